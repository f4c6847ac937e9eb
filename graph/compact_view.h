// CompactView: an immutable compressed-sparse-row snapshot of a graph's
// topology (node ids, and for each node its out- then in-edges with edge id,
// type and neighbour), for traversals that must not touch RocksDB: BFS
// neighbourhoods and unweighted shortest paths, run through Boost.Graph on
// the adapter in graph/internal/boost_adapter.h.
//
// Thread-safe: a view is immutable; queries may run concurrently (each takes
// its scratch arrays from a small pool, so repeated queries do not allocate
// per node).
#ifndef KG_GRAPH_COMPACT_VIEW_H_
#define KG_GRAPH_COMPACT_VIEW_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "graph/graph_store.h"
#include "graph/types.h"

namespace kg::graph {

namespace internal {
struct TraversalScratch;
class ScratchPool;
}  // namespace internal

// What a traversal may follow: direction (kBoth = undirected), the edge
// types allowed (empty = all), and the hop limit.
struct TraversalSpec {
  Direction dir = Direction::kBoth;
  std::vector<std::string> types;
  int max_hops = 1;
};

// A path: nodes[0] = start, nodes.back() = end, edges[i] joins nodes[i] and
// nodes[i+1] (traversed in either direction when the spec is undirected).
struct GraphPath {
  std::vector<NodeId> nodes;
  std::vector<EdgeId> edges;
  size_t length() const { return edges.size(); }
};

class CompactView {
 public:
  // Snapshots everything `reader` holds (a store or a transaction).
  static absl::StatusOr<std::shared_ptr<const CompactView>> Build(const GraphReader& reader);
  // The view of a store's committed state, cached with the store and rebuilt
  // when store.Generation() has changed since it was built.
  static absl::StatusOr<std::shared_ptr<const CompactView>> ForStore(const GraphStore& store);

  ~CompactView();
  size_t num_nodes() const { return ids_.size(); }
  size_t num_edges() const { return nbr_.size() / 2; }
  uint64_t generation() const { return generation_; }
  bool Contains(NodeId id) const { return IndexOf(id).has_value(); }

  // Nodes reachable from `start` in 1..spec.max_hops hops (start excluded),
  // each once with its hop distance, in BFS order. NotFound for an unknown
  // start node.
  absl::StatusOr<std::vector<std::pair<NodeId, int>>> Neighbourhood(
      NodeId start, const TraversalSpec& spec) const;
  // The same set's size, without materialising it.
  absl::StatusOr<size_t> CountNeighbourhood(NodeId start, const TraversalSpec& spec) const;

  // One shortest path from `from` to `to` within spec.max_hops hops, or
  // nullopt if there is none (bidirectional BFS). from == to gives a
  // zero-length path.
  absl::StatusOr<std::optional<GraphPath>> ShortestPath(NodeId from, NodeId to,
                                                        const TraversalSpec& spec) const;
  // Every shortest path (parallel edges give distinct paths), at most
  // `limit` of them; empty if `to` is not reachable within max_hops.
  absl::StatusOr<std::vector<GraphPath>> AllShortestPaths(NodeId from, NodeId to,
                                                          const TraversalSpec& spec,
                                                          size_t limit = 100000) const;

  // ---- raw CSR access (for the Boost adapter) ----
  // Slots of node index v: out-edges [begin(v), mid(v)), in-edges [mid(v), end(v)).
  uint32_t SlotBegin(uint32_t v) const { return offsets_[v]; }
  uint32_t SlotMid(uint32_t v) const { return mid_[v]; }
  uint32_t SlotEnd(uint32_t v) const { return offsets_[v + 1]; }
  uint32_t Neighbour(uint32_t slot) const { return nbr_[slot]; }
  uint32_t TypeOf(uint32_t slot) const { return type_[slot]; }
  EdgeId EdgeOf(uint32_t slot) const { return edge_[slot]; }
  NodeId IdAt(uint32_t index) const { return ids_[index]; }
  std::optional<uint32_t> IndexOf(NodeId id) const;

 private:
  CompactView();
  class Builder;
  // Type mask for spec.types; empty vector = all types allowed. Sets
  // *none_allowed when the spec names only unknown types.
  std::vector<uint8_t> TypeMask(const TraversalSpec& spec, bool* none_allowed) const;

  uint64_t generation_ = 0;
  std::vector<NodeId> ids_;             // index -> id, ascending
  std::vector<uint32_t> dense_index_;   // id -> index when ids are small, else empty
  std::vector<uint32_t> offsets_;       // size n + 1
  std::vector<uint32_t> mid_;           // size n
  std::vector<uint32_t> nbr_;           // per slot
  std::vector<uint16_t> type_;          // per slot, index into type_names_
  std::vector<EdgeId> edge_;            // per slot
  std::vector<std::string> type_names_;
  std::unique_ptr<internal::ScratchPool> pool_;
};

}  // namespace kg::graph

#endif  // KG_GRAPH_COMPACT_VIEW_H_
