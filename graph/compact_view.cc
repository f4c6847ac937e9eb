// CompactView: CSR construction (from RocksDB directly for a store, through
// GraphReader otherwise) and the traversals. Boost.Graph runs the BFS
// neighbourhoods and the target-side BFS of AllShortestPaths; single
// shortest paths use a bidirectional BFS over the same Boost adapter.
#include "graph/compact_view.h"

#include <algorithm>
#include <boost/graph/breadth_first_search.hpp>
#include <exception>
#include <thread>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "graph/internal/boost_adapter.h"
#include "graph/internal/store_impl.h"
#include "graph/status.h"

namespace kg::graph {
namespace internal {

// Per-query arrays sized to the view, reused across queries; stamps make
// "clear" O(1).
struct TraversalScratch {
  std::vector<uint32_t> stamp_a, stamp_b, dist_a, dist_b, parent_a, parent_b, slot_a, slot_b;
  std::vector<uint8_t> color;
  std::vector<uint32_t> queue, frontier, next;
  uint32_t current = 0;

  void Ensure(size_t n) {
    if (stamp_a.size() == n) return;
    for (auto* v : {&stamp_a, &stamp_b}) v->assign(n, 0);
    for (auto* v : {&dist_a, &dist_b, &parent_a, &parent_b, &slot_a, &slot_b}) v->resize(n);
    color.resize(n);
    current = 0;
  }
  uint32_t NextStamp() {
    if (++current == 0) {
      std::fill(stamp_a.begin(), stamp_a.end(), 0);
      std::fill(stamp_b.begin(), stamp_b.end(), 0);
      current = 1;
    }
    return current;
  }
};

class ScratchPool {
 public:
  explicit ScratchPool(size_t n) : n_(n) {}
  std::unique_ptr<TraversalScratch> Acquire() {
    {
      absl::MutexLock l(&mu_);
      if (!free_.empty()) {
        auto s = std::move(free_.back());
        free_.pop_back();
        return s;
      }
    }
    auto s = std::make_unique<TraversalScratch>();
    s->Ensure(n_);
    return s;
  }
  void Release(std::unique_ptr<TraversalScratch> s) {
    absl::MutexLock l(&mu_);
    if (free_.size() < 8) free_.push_back(std::move(s));
  }

 private:
  size_t n_;
  absl::Mutex mu_;
  std::vector<std::unique_ptr<TraversalScratch>> free_ ABSL_GUARDED_BY(mu_);
};

namespace {

// Takes a scratch from the pool for one query and gives it back.
class ScratchLease {
 public:
  explicit ScratchLease(ScratchPool* pool) : pool_(pool), s_(pool->Acquire()) {}
  ~ScratchLease() { pool_->Release(std::move(s_)); }
  TraversalScratch* operator->() { return s_.get(); }
  TraversalScratch& operator*() { return *s_; }

 private:
  ScratchPool* pool_;
  std::unique_ptr<TraversalScratch> s_;
};

// Records hop distances and (optionally) discovery order.
class HopVisitor : public boost::default_bfs_visitor {
 public:
  HopVisitor(uint32_t* dist, std::vector<uint32_t>* order) : dist_(dist), order_(order) {}
  void tree_edge(const CsrEdge& e, const FilteredCsr& g) const {
    dist_[target(e, g)] = dist_[e.src] + 1;
  }
  void discover_vertex(uint32_t v, const FilteredCsr&) const {
    if (order_ != nullptr) order_->push_back(v);
  }

 private:
  uint32_t* dist_;
  std::vector<uint32_t>* order_;
};

// BFS from `start` up to `max_hops` through Boost; vertices discovered are
// stamped in scratch.stamp_a with dist_a set. Returns the number discovered
// (start included). `order` receives them in BFS order if not null.
size_t BoundedBfs(const FilteredCsr& g, uint32_t start, uint32_t max_hops, TraversalScratch& s,
                  uint32_t* stamp_array, uint32_t* dist, uint32_t stamp,
                  std::vector<uint32_t>* order) {
  StampedColorMap color{stamp_array, s.color.data(), stamp};
  s.queue.clear();
  HopLimitedQueue q{&s.queue, dist, max_hops};
  dist[start] = 0;
  size_t before = order ? order->size() : 0;
  size_t count = 0;
  struct CountingVisitor : HopVisitor {
    CountingVisitor(uint32_t* d, std::vector<uint32_t>* o, size_t* c) : HopVisitor(d, o), c_(c) {}
    void discover_vertex(uint32_t v, const FilteredCsr& g) const {
      HopVisitor::discover_vertex(v, g);
      ++*c_;
    }
    size_t* c_;
  };
  boost::breadth_first_visit(g, start, q, CountingVisitor(dist, order, &count), color);
  (void)before;
  return count;
}

absl::Status Caught(const char* what, const std::exception& e) {
  return absl::InternalError(absl::StrCat(what, " failed: ", e.what()));
}

}  // namespace
}  // namespace internal

using internal::FilteredCsr;
using internal::ScratchLease;
using internal::TraversalScratch;

CompactView::CompactView() = default;
CompactView::~CompactView() = default;

std::optional<uint32_t> CompactView::IndexOf(NodeId id) const {
  if (!dense_index_.empty()) {
    if (id >= dense_index_.size() || dense_index_[id] == ~uint32_t{0}) return std::nullopt;
    return dense_index_[id];
  }
  auto it = std::lower_bound(ids_.begin(), ids_.end(), id);
  if (it == ids_.end() || *it != id) return std::nullopt;
  return static_cast<uint32_t>(it - ids_.begin());
}

// Collects nodes and edges, then lays out the CSR.
class CompactView::Builder {
 public:
  struct RawEdge {
    NodeId src, dst;
    EdgeId id;
    uint32_t type;  // index into type_names
  };
  std::vector<NodeId> ids;
  std::vector<RawEdge> edges;
  std::vector<std::string> type_names;

  absl::StatusOr<std::shared_ptr<const CompactView>> Finish(uint64_t generation) {
    std::shared_ptr<CompactView> v(new CompactView());
    v->generation_ = generation;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.size() >= ~uint32_t{0} || edges.size() >= (~uint32_t{0}) / 2) {
      return absl::ResourceExhaustedError("graph too large for the compact view");
    }
    if (type_names.size() > 65535) {
      return absl::ResourceExhaustedError("too many edge types for the compact view");
    }
    v->ids_ = std::move(ids);
    size_t n = v->ids_.size();
    if (n > 0 && v->ids_.back() < 4 * n + 1024) {
      v->dense_index_.assign(v->ids_.back() + 1, ~uint32_t{0});
      for (uint32_t i = 0; i < n; ++i) v->dense_index_[v->ids_[i]] = i;
    }
    std::vector<uint32_t> out_deg(n, 0), in_deg(n, 0);
    std::vector<std::pair<uint32_t, uint32_t>> ends(edges.size());
    for (size_t i = 0; i < edges.size(); ++i) {
      auto s = v->IndexOf(edges[i].src), d = v->IndexOf(edges[i].dst);
      if (!s || !d) {
        return absl::DataLossError(absl::StrCat("edge ", edges[i].id, " joins a missing node"));
      }
      ends[i] = {*s, *d};
      ++out_deg[*s];
      ++in_deg[*d];
    }
    v->offsets_.resize(n + 1);
    v->mid_.resize(n);
    uint32_t pos = 0;
    for (size_t i = 0; i < n; ++i) {
      v->offsets_[i] = pos;
      v->mid_[i] = pos + out_deg[i];
      pos += out_deg[i] + in_deg[i];
    }
    v->offsets_[n] = pos;
    v->nbr_.resize(pos);
    v->type_.resize(pos);
    v->edge_.resize(pos);
    std::vector<uint32_t> out_cur(v->offsets_.begin(), v->offsets_.end() - 1), in_cur(v->mid_);
    for (size_t i = 0; i < edges.size(); ++i) {
      auto [s, d] = ends[i];
      uint32_t o = out_cur[s]++, in = in_cur[d]++;
      v->nbr_[o] = d;
      v->nbr_[in] = s;
      v->type_[o] = v->type_[in] = static_cast<uint16_t>(edges[i].type);
      v->edge_[o] = v->edge_[in] = edges[i].id;
    }
    v->type_names_ = std::move(type_names);
    v->pool_ = std::make_unique<internal::ScratchPool>(n);
    return std::shared_ptr<const CompactView>(std::move(v));
  }
};

absl::StatusOr<std::shared_ptr<const CompactView>> CompactView::Build(const GraphReader& reader) {
  Builder b;
  auto* store = dynamic_cast<const internal::GraphStoreImpl*>(&reader);
  uint64_t generation = store ? store->Generation() : 0;
  if (store != nullptr) {
    // Fast path: read the keys of the nodes and out column families under
    // one snapshot, without decoding values.
    rocksdb::DB* db = store->db();
    const rocksdb::Snapshot* snap = db->GetSnapshot();
    rocksdb::ReadOptions ro;
    ro.snapshot = snap;
    ro.fill_cache = false;
    absl::Status status;
    {
      std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(ro, store->cf(keys::kNodes)));
      for (it->SeekToFirst(); it->Valid(); it->Next()) {
        if (it->key().size() == 8) b.ids.push_back(keys::GetU64(it->key().data()));
      }
      status = internal::ToAbsl(it->status(), "building the compact view");
    }
    if (status.ok()) {
      // Two threads scan the out column family, split at the middle node.
      // Types are dictionary ids here and compacted afterwards.
      std::string split;
      if (b.ids.size() > 10000) split = keys::AdjPrefix(b.ids[b.ids.size() / 2]);
      std::vector<Builder::RawEdge> upper;
      absl::Status upper_status;
      auto scan = [&](const std::string& from, const std::string* to,
                      std::vector<Builder::RawEdge>* out) {
        rocksdb::ReadOptions range = ro;
        rocksdb::Slice bound;
        if (to != nullptr) {
          bound = rocksdb::Slice(*to);
          range.iterate_upper_bound = &bound;
        }
        std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(range, store->cf(keys::kOut)));
        for (it->Seek(from); it->Valid(); it->Next()) {
          if (it->key().size() != keys::kAdjKeySize) continue;
          keys::AdjParts p =
              keys::ParseAdjKey(std::string_view(it->key().data(), it->key().size()));
          out->push_back({p.node, p.other, p.edge, p.type});
        }
        return internal::ToAbsl(it->status(), "building the compact view");
      };
      if (split.empty()) {
        status = scan(std::string(), nullptr, &b.edges);
      } else {
        std::thread worker([&] { upper_status = scan(split, nullptr, &upper); });
        status = scan(std::string(), &split, &b.edges);
        worker.join();
        if (status.ok()) status = upper_status;
        b.edges.insert(b.edges.end(), upper.begin(), upper.end());
      }
      // Dictionary type ids -> dense indexes into type_names.
      std::vector<uint32_t> remap;
      for (auto& e : b.edges) {
        if (e.type >= remap.size()) remap.resize(e.type + 1, ~uint32_t{0});
        if (remap[e.type] == ~uint32_t{0}) {
          remap[e.type] = static_cast<uint32_t>(b.type_names.size());
          const std::string* name = store->dict().Name(keys::kTypeDict, e.type);
          b.type_names.push_back(name ? *name : absl::StrCat("#", e.type));
        }
        e.type = remap[e.type];
      }
    }
    db->ReleaseSnapshot(snap);
    KG_RETURN_IF_ERROR(status);
  } else {
    KG_RETURN_IF_ERROR(reader.ScanNodes({}, [&b](const Node& n) {
      b.ids.push_back(n.id);
      return true;
    }));
    absl::flat_hash_map<std::string, uint32_t> type_index;
    KG_RETURN_IF_ERROR(reader.ScanEdges({}, [&](const Edge& e) {
      auto [it, inserted] = type_index.emplace(e.type, b.type_names.size());
      if (inserted) b.type_names.push_back(e.type);
      b.edges.push_back({e.src, e.dst, e.id, it->second});
      return true;
    }));
  }
  try {
    return b.Finish(generation);
  } catch (const std::bad_alloc& e) {
    return absl::ResourceExhaustedError("out of memory building the compact view");
  }
}

absl::StatusOr<std::shared_ptr<const CompactView>> CompactView::ForStore(const GraphStore& store) {
  auto* impl = dynamic_cast<const internal::GraphStoreImpl*>(&store);
  if (impl == nullptr) return Build(store);
  auto& slot = impl->view_cache();
  absl::MutexLock l(&slot.mu);
  uint64_t gen = store.Generation();
  if (slot.value && slot.generation == gen) {
    return std::static_pointer_cast<const CompactView>(slot.value);
  }
  KG_ASSIGN_OR_RETURN(std::shared_ptr<const CompactView> view, Build(store));
  slot.value = view;
  slot.generation = gen;
  return view;
}

std::vector<uint8_t> CompactView::TypeMask(const TraversalSpec& spec, bool* none_allowed) const {
  *none_allowed = false;
  if (spec.types.empty()) return {};
  std::vector<uint8_t> mask(std::max<size_t>(type_names_.size(), 1), 0);
  bool any = false;
  for (size_t i = 0; i < type_names_.size(); ++i) {
    if (std::find(spec.types.begin(), spec.types.end(), type_names_[i]) != spec.types.end()) {
      mask[i] = 1;
      any = true;
    }
  }
  *none_allowed = !any;
  return mask;
}

namespace {

absl::Status UnknownNode(NodeId id) {
  return absl::NotFoundError(absl::StrCat("node ", id, " is not in the graph"));
}

}  // namespace

absl::StatusOr<std::vector<std::pair<NodeId, int>>> CompactView::Neighbourhood(
    NodeId start, const TraversalSpec& spec) const {
  auto s = IndexOf(start);
  if (!s) return UnknownNode(start);
  std::vector<std::pair<NodeId, int>> out;
  bool none;
  std::vector<uint8_t> mask = TypeMask(spec, &none);
  if (none || spec.max_hops <= 0) return out;
  FilteredCsr g{this, spec.dir, mask.empty() ? nullptr : mask.data()};
  ScratchLease lease(pool_.get());
  TraversalScratch& sc = *lease;
  std::vector<uint32_t> order;
  try {
    uint32_t stamp = sc.NextStamp();
    internal::BoundedBfs(g, *s, static_cast<uint32_t>(spec.max_hops), sc, sc.stamp_a.data(),
                         sc.dist_a.data(), stamp, &order);
  } catch (const std::exception& e) {
    return internal::Caught("neighbourhood search", e);
  }
  out.reserve(order.size());
  for (uint32_t v : order) {
    if (v == *s) continue;
    out.emplace_back(ids_[v], static_cast<int>(sc.dist_a[v]));
  }
  return out;
}

absl::StatusOr<size_t> CompactView::CountNeighbourhood(NodeId start,
                                                       const TraversalSpec& spec) const {
  auto s = IndexOf(start);
  if (!s) return UnknownNode(start);
  bool none;
  std::vector<uint8_t> mask = TypeMask(spec, &none);
  if (none || spec.max_hops <= 0) return 0;
  FilteredCsr g{this, spec.dir, mask.empty() ? nullptr : mask.data()};
  ScratchLease lease(pool_.get());
  TraversalScratch& sc = *lease;
  try {
    uint32_t stamp = sc.NextStamp();
    size_t n = internal::BoundedBfs(g, *s, static_cast<uint32_t>(spec.max_hops), sc,
                                    sc.stamp_a.data(), sc.dist_a.data(), stamp, nullptr);
    return n - 1;
  } catch (const std::exception& e) {
    return internal::Caught("neighbourhood search", e);
  }
}

namespace {

// Bidirectional BFS. On success fills the path (as node indexes and slots).
// Side A searches forward from s, side B backward from t.
bool BidirectionalSearch(const FilteredCsr& fwd, uint32_t s, uint32_t t, uint32_t max_hops,
                         TraversalScratch& sc, std::vector<uint32_t>* nodes,
                         std::vector<uint32_t>* slots) {
  FilteredCsr bwd = fwd.Reversed();
  uint32_t stamp = sc.NextStamp();
  sc.stamp_a[s] = stamp;
  sc.dist_a[s] = 0;
  sc.stamp_b[t] = stamp;
  sc.dist_b[t] = 0;
  std::vector<uint32_t> fa = {s}, fb = {t};
  uint32_t da = 0, db = 0;
  auto cost = [](const FilteredCsr& g, const std::vector<uint32_t>& f) {
    uint64_t c = 0;
    for (uint32_t v : f) c += g.End(v) - g.Begin(v);
    return c;
  };
  while (!fa.empty() && !fb.empty() && da + db < max_hops) {
    bool forward = cost(fwd, fa) <= cost(bwd, fb);
    const FilteredCsr& g = forward ? fwd : bwd;
    std::vector<uint32_t>& frontier = forward ? fa : fb;
    uint32_t* my_stamp = forward ? sc.stamp_a.data() : sc.stamp_b.data();
    uint32_t* other_stamp = forward ? sc.stamp_b.data() : sc.stamp_a.data();
    uint32_t* my_dist = forward ? sc.dist_a.data() : sc.dist_b.data();
    uint32_t* my_parent = forward ? sc.parent_a.data() : sc.parent_b.data();
    uint32_t* my_slot = forward ? sc.slot_a.data() : sc.slot_b.data();
    uint32_t depth = forward ? da : db;
    sc.next.clear();
    for (uint32_t u : frontier) {
      auto [it, end] = internal::out_edges(u, g);
      for (; it != end; ++it) {
        internal::CsrEdge e = *it;
        uint32_t v = internal::target(e, g);
        if (my_stamp[v] == stamp) continue;
        my_stamp[v] = stamp;
        my_dist[v] = depth + 1;
        my_parent[v] = u;
        my_slot[v] = e.slot;
        if (other_stamp[v] == stamp) {
          // Met at v: the first meeting of a level is a shortest path.
          std::vector<uint32_t> left, left_slots;
          for (uint32_t x = v; x != s; x = sc.parent_a[x]) {
            left.push_back(x);
            left_slots.push_back(sc.slot_a[x]);
          }
          left.push_back(s);
          std::reverse(left.begin(), left.end());
          std::reverse(left_slots.begin(), left_slots.end());
          *nodes = std::move(left);
          *slots = std::move(left_slots);
          for (uint32_t x = v; x != t; x = sc.parent_b[x]) {
            slots->push_back(sc.slot_b[x]);
            nodes->push_back(sc.parent_b[x]);
          }
          return true;
        }
        sc.next.push_back(v);
      }
    }
    frontier.swap(sc.next);
    (forward ? da : db) += 1;
  }
  return false;
}

}  // namespace

absl::StatusOr<std::optional<GraphPath>> CompactView::ShortestPath(
    NodeId from, NodeId to, const TraversalSpec& spec) const {
  auto s = IndexOf(from);
  if (!s) return UnknownNode(from);
  auto t = IndexOf(to);
  if (!t) return UnknownNode(to);
  if (*s == *t) return GraphPath{{from}, {}};
  bool none;
  std::vector<uint8_t> mask = TypeMask(spec, &none);
  if (none || spec.max_hops <= 0) return std::nullopt;
  FilteredCsr g{this, spec.dir, mask.empty() ? nullptr : mask.data()};
  ScratchLease lease(pool_.get());
  std::vector<uint32_t> nodes, slots;
  try {
    if (!BidirectionalSearch(g, *s, *t, static_cast<uint32_t>(spec.max_hops), *lease, &nodes,
                             &slots)) {
      return std::nullopt;
    }
  } catch (const std::exception& e) {
    return internal::Caught("shortest path search", e);
  }
  GraphPath p;
  for (uint32_t v : nodes) p.nodes.push_back(ids_[v]);
  for (uint32_t sl : slots) p.edges.push_back(edge_[sl]);
  return p;
}

absl::StatusOr<std::vector<GraphPath>> CompactView::AllShortestPaths(NodeId from, NodeId to,
                                                                     const TraversalSpec& spec,
                                                                     size_t limit) const {
  KG_ASSIGN_OR_RETURN(std::optional<GraphPath> one, ShortestPath(from, to, spec));
  std::vector<GraphPath> out;
  if (!one) return out;
  if (one->length() == 0) {
    out.push_back(*one);
    return out;
  }
  uint32_t s = *IndexOf(from), t = *IndexOf(to);
  auto d = static_cast<uint32_t>(one->length());
  bool none;
  std::vector<uint8_t> mask = TypeMask(spec, &none);
  FilteredCsr g{this, spec.dir, mask.empty() ? nullptr : mask.data()};
  ScratchLease lease(pool_.get());
  TraversalScratch& sc = *lease;
  try {
    // Distances to t (Boost BFS on the reversed graph), up to d - 1.
    uint32_t stamp = sc.NextStamp();
    internal::BoundedBfs(g.Reversed(), t, d - 1, sc, sc.stamp_b.data(), sc.dist_b.data(), stamp,
                         nullptr);
    auto dist_to_t = [&](uint32_t v) -> int64_t {
      return sc.stamp_b[v] == stamp ? static_cast<int64_t>(sc.dist_b[v]) : -1;
    };
    // Depth-first enumeration along edges that step one closer to t.
    struct Frame {
      uint32_t v;
      internal::CsrOutEdgeIterator it, end;
    };
    std::vector<Frame> stack;
    std::vector<uint32_t> path_slots;
    auto push = [&](uint32_t v) {
      auto [b, e] = internal::out_edges(v, g);
      stack.push_back({v, b, e});
    };
    push(s);
    while (!stack.empty() && out.size() < limit) {
      Frame& f = stack.back();
      if (f.it == f.end) {
        stack.pop_back();
        if (!path_slots.empty()) path_slots.pop_back();
        continue;
      }
      internal::CsrEdge e = *f.it;
      ++f.it;
      uint32_t w = internal::target(e, g);
      auto depth = static_cast<uint32_t>(stack.size());  // hops after taking e
      if (dist_to_t(w) != static_cast<int64_t>(d - depth)) continue;
      if (depth == d) {
        GraphPath p;
        p.nodes.push_back(from);
        for (uint32_t sl : path_slots) {
          p.edges.push_back(edge_[sl]);
          p.nodes.push_back(ids_[nbr_[sl]]);
        }
        p.edges.push_back(edge_[e.slot]);
        p.nodes.push_back(ids_[w]);
        out.push_back(std::move(p));
        continue;
      }
      path_slots.push_back(e.slot);
      push(w);
    }
  } catch (const std::exception& e) {
    return internal::Caught("all shortest paths search", e);
  }
  return out;
}

}  // namespace kg::graph
