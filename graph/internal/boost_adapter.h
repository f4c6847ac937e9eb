// The one file that adapts CompactView to Boost.Graph concepts
// (IncidenceGraph, VertexListGraph), plus the property maps and buffer the
// traversals in compact_view.cc hand to boost::breadth_first_visit.
//
// FilteredCsr is a CompactView seen in one direction (kOut: out-edges, kIn:
// in-edges as if reversed, kBoth: undirected) and restricted to a set of edge
// types. Vertices are dense node indexes; an edge is (source index, slot).
#ifndef KG_GRAPH_INTERNAL_BOOST_ADAPTER_H_
#define KG_GRAPH_INTERNAL_BOOST_ADAPTER_H_

#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <boost/property_map/property_map.hpp>
#include <cstdint>
#include <utility>
#include <vector>

#include "graph/compact_view.h"

namespace kg::graph::internal {

struct CsrEdge {
  uint32_t src;
  uint32_t slot;
  friend bool operator==(const CsrEdge& a, const CsrEdge& b) {
    return a.src == b.src && a.slot == b.slot;
  }
  friend bool operator!=(const CsrEdge& a, const CsrEdge& b) { return !(a == b); }
};

struct FilteredCsr {
  const CompactView* view;
  Direction dir;
  const uint8_t* type_allowed;  // nullptr: every type

  uint32_t Begin(uint32_t v) const {
    return dir == Direction::kIn ? view->SlotMid(v) : view->SlotBegin(v);
  }
  uint32_t End(uint32_t v) const {
    return dir == Direction::kOut ? view->SlotMid(v) : view->SlotEnd(v);
  }
  bool Allowed(uint32_t slot) const {
    return type_allowed == nullptr || type_allowed[view->TypeOf(slot)];
  }
  // The same graph traversed backwards (for the target side of a search).
  FilteredCsr Reversed() const {
    Direction d = dir == Direction::kOut ? Direction::kIn
                  : dir == Direction::kIn ? Direction::kOut
                                          : Direction::kBoth;
    return FilteredCsr{view, d, type_allowed};
  }
};

// Iterates the allowed slots of one vertex.
class CsrOutEdgeIterator
    : public boost::iterator_facade<CsrOutEdgeIterator, CsrEdge, boost::forward_traversal_tag,
                                    CsrEdge> {
 public:
  CsrOutEdgeIterator() = default;
  CsrOutEdgeIterator(const FilteredCsr* g, uint32_t src, uint32_t slot, uint32_t end)
      : g_(g), src_(src), slot_(slot), end_(end) {
    Skip();
  }

 private:
  friend class boost::iterator_core_access;
  void Skip() {
    while (slot_ < end_ && !g_->Allowed(slot_)) ++slot_;
  }
  void increment() {
    ++slot_;
    Skip();
  }
  bool equal(const CsrOutEdgeIterator& o) const { return slot_ == o.slot_; }
  CsrEdge dereference() const { return CsrEdge{src_, slot_}; }

  const FilteredCsr* g_ = nullptr;
  uint32_t src_ = 0, slot_ = 0, end_ = 0;
};

// Colour map with generation stamps: a vertex whose stamp is not the current
// one is white, so clearing between searches costs nothing.
struct StampedColorMap {
  using key_type = uint32_t;
  using value_type = boost::default_color_type;
  using reference = value_type;
  using category = boost::read_write_property_map_tag;
  uint32_t* stamps;
  uint8_t* colors;
  uint32_t stamp;
};
inline boost::default_color_type get(const StampedColorMap& m, uint32_t v) {
  return m.stamps[v] == m.stamp ? static_cast<boost::default_color_type>(m.colors[v])
                                : boost::white_color;
}
inline void put(const StampedColorMap& m, uint32_t v, boost::default_color_type c) {
  m.stamps[v] = m.stamp;
  m.colors[v] = static_cast<uint8_t>(c);
}

// A FIFO over a reusable vector that refuses to enqueue vertices at the hop
// limit (they are discovered but never expanded), and can be told to stop.
struct HopLimitedQueue {
  using value_type = uint32_t;
  std::vector<uint32_t>* items;
  const uint32_t* depth;
  uint32_t max_hops;
  size_t head = 0;
  bool stopped = false;

  void push(uint32_t v) {
    if (depth[v] < max_hops) items->push_back(v);
  }
  uint32_t& top() { return (*items)[head]; }
  const uint32_t& top() const { return (*items)[head]; }
  void pop() { ++head; }
  bool empty() const { return stopped || head == items->size(); }
  size_t size() const { return items->size() - head; }
};

}  // namespace kg::graph::internal

namespace boost {

template <>
struct graph_traits<kg::graph::internal::FilteredCsr> {
  using vertex_descriptor = uint32_t;
  using edge_descriptor = kg::graph::internal::CsrEdge;
  using out_edge_iterator = kg::graph::internal::CsrOutEdgeIterator;
  using vertex_iterator = boost::counting_iterator<uint32_t>;
  using directed_category = directed_tag;
  using edge_parallel_category = allow_parallel_edge_tag;
  struct traversal_category : incidence_graph_tag, vertex_list_graph_tag {};
  using degree_size_type = size_t;
  using vertices_size_type = size_t;
  using edges_size_type = size_t;
  static vertex_descriptor null_vertex() { return ~uint32_t{0}; }
};

}  // namespace boost

namespace kg::graph::internal {

inline std::pair<CsrOutEdgeIterator, CsrOutEdgeIterator> out_edges(uint32_t v,
                                                                  const FilteredCsr& g) {
  uint32_t end = g.End(v);
  return {CsrOutEdgeIterator(&g, v, g.Begin(v), end), CsrOutEdgeIterator(&g, v, end, end)};
}
inline size_t out_degree(uint32_t v, const FilteredCsr& g) {
  size_t n = 0;
  for (uint32_t s = g.Begin(v); s < g.End(v); ++s) n += g.Allowed(s) ? 1 : 0;
  return n;
}
inline uint32_t source(const CsrEdge& e, const FilteredCsr&) { return e.src; }
inline uint32_t target(const CsrEdge& e, const FilteredCsr& g) { return g.view->Neighbour(e.slot); }
inline std::pair<boost::counting_iterator<uint32_t>, boost::counting_iterator<uint32_t>> vertices(
    const FilteredCsr& g) {
  return {boost::counting_iterator<uint32_t>(0),
          boost::counting_iterator<uint32_t>(static_cast<uint32_t>(g.view->num_nodes()))};
}
inline size_t num_vertices(const FilteredCsr& g) { return g.view->num_nodes(); }

}  // namespace kg::graph::internal

#endif  // KG_GRAPH_INTERNAL_BOOST_ADAPTER_H_
