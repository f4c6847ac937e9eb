// BulkLoader: rows are encoded as they arrive (values into one arena), ids
// resolved and everything sorted at Finish(), then one SST per column family
// is written (two threads) and all are ingested in one IngestExternalFiles
// call, which RocksDB records atomically.
#include "graph/bulk_load.h"

#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <thread>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "graph/fold.h"
#include "graph/internal/store_impl.h"
#include "graph/status.h"
#include "rocksdb/sst_file_writer.h"

namespace kg::graph {

absl::Status BulkLoader::AddNode(std::string_view key, const std::vector<std::string>& labels,
                                 const Properties& props) {
  std::vector<std::string> keys;
  std::vector<PropertyValue> values;
  for (const auto& [k, v] : props) {
    keys.push_back(k);
    values.push_back(v);
  }
  return AddNode(key, labels, keys, values);
}

absl::Status BulkLoader::AddEdge(std::string_view src_key, std::string_view type,
                                 std::string_view dst_key, const Properties& props) {
  std::vector<std::string> keys;
  std::vector<PropertyValue> values;
  for (const auto& [k, v] : props) {
    keys.push_back(k);
    values.push_back(v);
  }
  return AddEdge(src_key, type, dst_key, keys, values);
}

namespace {

using internal::GraphStoreImpl;
using internal::ToAbsl;

std::string S(std::string_view v) { return std::string(v); }

// KG_BULK_TRACE=1 prints the duration of each Finish() phase to stderr.
class PhaseTimer {
 public:
  PhaseTimer() : on_(std::getenv("KG_BULK_TRACE") != nullptr) {}
  void Mark(const char* phase) {
    if (!on_) return;
    auto now = std::chrono::steady_clock::now();
    double cpu = Cpu();
    std::fprintf(stderr, "bulk load: %-14s %.3f s wall, %.3f s cpu\n", phase,
                 std::chrono::duration<double>(now - last_).count(), cpu - last_cpu_);
    last_ = now;
    last_cpu_ = cpu;
  }

 private:
  static double Cpu() {
    rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
  }
  bool on_;
  double last_cpu_ = Cpu();
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

// Large arrays (edge rows, sort buffers: tens of MiB) are backed by
// transparent huge pages where the kernel allows it: with 4 KiB pages,
// first-touch page faults cost a tenth of a load on a virtual machine.
template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHuge = size_t{2} << 20;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT: allocator conversion
  T* allocate(size_t n) {
    size_t bytes = n * sizeof(T);
    if (bytes < kHuge) return std::allocator<T>().allocate(n);
    bytes = (bytes + kHuge - 1) / kHuge * kHuge;
    void* p = std::aligned_alloc(kHuge, bytes);
    if (p == nullptr) throw std::bad_alloc();
    madvise(p, bytes, MADV_HUGEPAGE);
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t n) {
    if (n * sizeof(T) < kHuge) return std::allocator<T>().deallocate(p, n);
    std::free(p);
  }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const { return true; }
  template <typename U>
  bool operator!=(const HugePageAllocator<U>&) const { return false; }
};
template <typename T>
using BigVector = std::vector<T, HugePageAllocator<T>>;

bool ParseIntKey(std::string_view key, int64_t* out) {
  if (key.empty()) return false;
  auto [ptr, ec] = std::from_chars(key.data(), key.data() + key.size(), *out);
  return ec == std::errc() && ptr == key.data() + key.size() && *out >= 0 &&
         static_cast<uint64_t>(*out) < keys::kHashedIdBit;
}

class BulkLoaderImpl final : public BulkLoader, private internal::DictWriter {
 public:
  explicit BulkLoaderImpl(GraphStoreImpl* store) : store_(store) {}
  ~BulkLoaderImpl() override {
    if (holds_writer_) store_->ReleaseWriter();
  }

  absl::Status Init() {
    if (store_ == nullptr) return absl::OkStatus();  // check-only
    KG_RETURN_IF_ERROR(store_->AcquireWriter());
    holds_writer_ = true;
    return absl::OkStatus();
  }

  absl::Status AddNode(std::string_view key, absl::Span<const std::string> labels,
                       absl::Span<const std::string> prop_keys,
                       absl::Span<const PropertyValue> prop_values) override;
  absl::Status AddEdge(std::string_view src_key, std::string_view type, std::string_view dst_key,
                       absl::Span<const std::string> prop_keys,
                       absl::Span<const PropertyValue> prop_values) override;
  absl::StatusOr<BulkLoadResult> Finish() override;
  void Reserve(size_t nodes, size_t edges) override {
    nodes_.reserve(nodes);
    node_int_keys_.reserve(nodes);
    edges_.reserve(edges);
    arena_.reserve(nodes * 24 + edges * 8);
  }
  std::unique_ptr<EdgeBatch> NewEdgeBatch(size_t expected_edges) override;
  absl::Status AddEdgeBatch(std::unique_ptr<EdgeBatch> batch) override;
  NodeId IdOf(std::string_view key) const override {
    auto idx = Lookup(key);
    if (!idx || node_ids_.empty()) return kNoNode;
    return node_ids_[*idx];
  }

 private:
  struct NodeRec {
    uint64_t value_off;  // into arena_
    uint32_t value_len;
  };
  // src/dst hold node indexes until Finish() turns them into NodeIds.
  // src/dst: node indexes while loading; node ranks (position in NodeId
  // order) after Finish() sorts. 24 bytes: memory traffic dominates loads.
  struct EdgeRec {
    uint32_t src;
    uint32_t dst;
    uint32_t type;
    uint32_t props_len;
    uint64_t props_off;  // into arena_; strictly increasing with input order
  };
  struct InRec {
    uint32_t dst;   // rank
    uint32_t src;   // rank
    uint32_t edge;  // offset from the first new edge id
    uint32_t type;
  };

  // DictWriter over the store's dictionary plus new entries.
  std::optional<uint32_t> Find(keys::DictKind kind, std::string_view name) const override {
    if (store_ == nullptr) return pending_.Find(kind, name);
    if (auto id = store_->dict().Find(kind, name)) return id;
    return pending_.Find(kind, name);
  }
  const std::string* Name(keys::DictKind kind, uint32_t id) const override {
    if (store_ == nullptr) return pending_.Name(kind, id);
    if (const std::string* n = store_->dict().Name(kind, id)) return n;
    return pending_.Name(kind, id);
  }
  uint32_t Intern(keys::DictKind kind, std::string_view name) override {
    if (kind == keys::kTypeDict && name == last_type_name_) return last_type_id_;
    if (auto id = Find(kind, name)) return *id;
    uint32_t id = store_ == nullptr
                      ? pending_.NextId(kind)
                      : std::max(store_->dict().NextId(kind), pending_.NextId(kind));
    pending_.Add(kind, id, name);
    return id;
  }

  std::optional<uint32_t> Lookup(std::string_view key) const {
    int64_t i;
    if (ParseIntKey(key, &i)) {
      if (static_cast<uint64_t>(i) < dense_keys_.size()) {
        uint32_t idx = dense_keys_[i];
        if (idx != kNoIndex) return idx;
        return std::nullopt;
      }
      auto it = int_keys_.find(i);
      if (it != int_keys_.end()) return it->second;
    } else {
      auto it = str_keys_.find(absl::string_view(key.data(), key.size()));
      if (it != str_keys_.end()) return it->second;
    }
    return std::nullopt;
  }
  absl::Status Fail(absl::Status s) {
    if (first_error_.ok()) first_error_ = s;
    return s;
  }
  // Rows of a CSV share their property keys: their ids are cached.
  struct KeyCache {
    std::vector<std::string> keys;
    std::vector<uint32_t> ids;
  };
  template <typename InternFn>
  static void EncodeProps(absl::Span<const std::string> ks, absl::Span<const PropertyValue> vs,
                          KeyCache* cache, const InternFn& intern, std::string* arena) {
    if (ks.size() != cache->keys.size() || !std::equal(ks.begin(), ks.end(), cache->keys.begin())) {
      cache->keys.assign(ks.begin(), ks.end());
      cache->ids.clear();
      for (const auto& k : ks) cache->ids.push_back(intern(keys::kPropKeyDict, k));
    }
    size_t n = 0;
    for (const auto& v : vs) n += v.is_null() ? 0 : 1;
    keys::PutVarint(arena, n);
    for (size_t i = 0; i < vs.size(); ++i) {
      if (vs[i].is_null()) continue;
      keys::PutVarint(arena, cache->ids[i]);
      internal::EncodeValue(arena, vs[i]);
    }
  }
  void EncodeProps(absl::Span<const std::string> ks, absl::Span<const PropertyValue> vs) {
    EncodeProps(ks, vs, &key_cache_,
                [this](keys::DictKind k, std::string_view n) { return Intern(k, n); }, &arena_);
  }
  // Intern for batches filled in other threads.
  uint32_t InternShared(keys::DictKind kind, std::string_view name) {
    std::lock_guard<std::mutex> lock(intern_mu_);
    return Intern(kind, name);
  }
  // Calls f(EdgeRec with an absolute props_off) for every edge added.
  template <typename F>
  void ForEachEdge(const F& f) const {
    for (const EdgeRec& e : edges_) f(e);
    for (const Segment& seg : segments_) {
      for (EdgeRec e : seg.edges) {
        e.props_off += seg.arena_base;
        f(e);
      }
    }
  }
  class EdgeBatchImpl;

  absl::Status WriteSst(keys::Cf cf, const std::string& file,
                        const std::function<absl::Status(rocksdb::SstFileWriter&)>& fill,
                        uint64_t* bytes);

  GraphStoreImpl* store_;
  bool holds_writer_ = false;
  bool finished_ = false;
  absl::Status first_error_;
  internal::Dict pending_;
  std::string last_type_name_;
  uint32_t last_type_id_ = 0;
  std::string arena_;
  std::vector<NodeRec> nodes_;
  std::vector<int64_t> node_int_keys_;  // -1: not an integer key
  std::vector<std::pair<std::string, uint32_t>> names_;  // folded name, node index
  std::vector<std::pair<uint32_t, uint32_t>> labels_;    // label id, node index
  static constexpr uint32_t kNoIndex = ~uint32_t{0};
  // Small integer keys index directly; larger ones go through int_keys_.
  static constexpr int64_t kMaxDenseKey = int64_t{1} << 24;
  std::vector<uint32_t> dense_keys_;
  absl::flat_hash_map<int64_t, uint32_t> int_keys_;
  KeyCache key_cache_;
  std::mutex intern_mu_;
  absl::flat_hash_map<std::string, uint32_t> str_keys_;
  bool all_int_keys_ = true;
  BigVector<EdgeRec> edges_;
  // Edges of batches: props_off relative to arena_base in arena_.
  struct Segment {
    BigVector<EdgeRec> edges;
    uint64_t arena_base;
  };
  std::vector<Segment> segments_;
  size_t segment_edges_ = 0;
  std::vector<NodeId> node_ids_;
};

class BulkLoaderImpl::EdgeBatchImpl final : public BulkLoader::EdgeBatch {
 public:
  EdgeBatchImpl(BulkLoaderImpl* loader, size_t expected) : loader_(loader) {
    edges_.reserve(expected);
    arena_.reserve(expected * 4);
  }
  absl::Status Add(std::string_view src_key, std::string_view type, std::string_view dst_key,
                   absl::Span<const std::string> prop_keys,
                   absl::Span<const PropertyValue> prop_values) override {
    absl::Status s = AddOne(src_key, type, dst_key, prop_keys, prop_values);
    if (!s.ok() && error_.ok()) error_ = s;
    return s;
  }

 private:
  friend class BulkLoaderImpl;
  absl::Status AddOne(std::string_view src_key, std::string_view type, std::string_view dst_key,
                      absl::Span<const std::string> prop_keys,
                      absl::Span<const PropertyValue> prop_values) {
    if (prop_keys.size() != prop_values.size()) {
      return absl::InvalidArgumentError("property keys and values differ in number");
    }
    if (type.empty()) return absl::InvalidArgumentError("empty edge type");
    auto src = loader_->Lookup(src_key);
    if (!src) {
      return absl::InvalidArgumentError(
          absl::StrCat("edge source '", S(src_key), "' is not a node id"));
    }
    auto dst = loader_->Lookup(dst_key);
    if (!dst) {
      return absl::InvalidArgumentError(
          absl::StrCat("edge target '", S(dst_key), "' is not a node id"));
    }
    uint32_t type_id;
    if (auto it = types_.find(absl::string_view(type.data(), type.size())); it != types_.end()) {
      type_id = it->second;
    } else {
      type_id = loader_->InternShared(keys::kTypeDict, type);
      types_.emplace(S(type), type_id);
    }
    EdgeRec rec{*src, *dst, type_id, 0, arena_.size()};
    EncodeProps(prop_keys, prop_values, &key_cache_,
                [this](keys::DictKind k, std::string_view n) { return loader_->InternShared(k, n); },
                &arena_);
    rec.props_len = static_cast<uint32_t>(arena_.size() - rec.props_off);
    edges_.push_back(rec);
    return absl::OkStatus();
  }

  BulkLoaderImpl* loader_;
  absl::Status error_;
  BigVector<EdgeRec> edges_;
  std::string arena_;
  absl::flat_hash_map<std::string, uint32_t> types_;
  KeyCache key_cache_;
};

std::unique_ptr<BulkLoader::EdgeBatch> BulkLoaderImpl::NewEdgeBatch(size_t expected_edges) {
  return std::make_unique<EdgeBatchImpl>(this, expected_edges);
}

absl::Status BulkLoaderImpl::AddEdgeBatch(std::unique_ptr<EdgeBatch> batch) {
  if (!first_error_.ok() || finished_) {
    return absl::FailedPreconditionError("bulk loader already failed or finished");
  }
  auto* b = dynamic_cast<EdgeBatchImpl*>(batch.get());
  if (b == nullptr || b->loader_ != this) {
    return Fail(absl::InvalidArgumentError("an edge batch of another loader"));
  }
  if (!b->error_.ok()) return Fail(b->error_);
  if (edges_.size() + segment_edges_ + b->edges_.size() >= 0xffffffffu) {
    return Fail(absl::ResourceExhaustedError("more than 2^32 - 1 edges in one bulk load"));
  }
  segment_edges_ += b->edges_.size();
  segments_.push_back(Segment{std::move(b->edges_), arena_.size()});
  arena_.append(b->arena_);
  return absl::OkStatus();
}

absl::Status BulkLoaderImpl::AddNode(std::string_view key, absl::Span<const std::string> labels,
                                     absl::Span<const std::string> prop_keys,
                                     absl::Span<const PropertyValue> prop_values) {
  if (!first_error_.ok() || finished_) {
    return absl::FailedPreconditionError("bulk loader already failed or finished");
  }
  if (prop_keys.size() != prop_values.size()) {
    return Fail(absl::InvalidArgumentError("property keys and values differ in number"));
  }
  auto idx = static_cast<uint32_t>(nodes_.size());
  int64_t ik = -1;
  if (key.empty()) {
    all_int_keys_ = false;
  } else if (ParseIntKey(key, &ik)) {
    bool fresh;
    if (ik < kMaxDenseKey) {
      if (static_cast<size_t>(ik) >= dense_keys_.size()) {
        dense_keys_.resize(std::max<size_t>(ik + 1, dense_keys_.size() * 2), kNoIndex);
      }
      fresh = dense_keys_[ik] == kNoIndex;
      if (fresh) dense_keys_[ik] = idx;
    } else {
      fresh = int_keys_.emplace(ik, idx).second;
    }
    if (!fresh) {
      return Fail(absl::InvalidArgumentError(absl::StrCat("duplicate node id '", S(key), "' (it appears twice)")));
    }
  } else {
    all_int_keys_ = false;
    if (!str_keys_.emplace(S(key), idx).second) {
      return Fail(absl::InvalidArgumentError(absl::StrCat("duplicate node id '", S(key), "' (it appears twice)")));
    }
  }
  node_int_keys_.push_back(ik);
  uint32_t label_ids[16];
  size_t nl = 0;
  for (const auto& l : labels) {
    if (l.empty()) return Fail(absl::InvalidArgumentError("empty node label"));
    uint32_t id = Intern(keys::kLabelDict, l);
    if (std::find(label_ids, label_ids + nl, id) != label_ids + nl) continue;
    if (nl == 16) return Fail(absl::InvalidArgumentError("more than 16 labels on a node"));
    label_ids[nl++] = id;
  }
  std::sort(label_ids, label_ids + nl);
  NodeRec rec{arena_.size(), 0};
  keys::PutVarint(&arena_, nl);
  for (size_t i = 0; i < nl; ++i) {
    keys::PutVarint(&arena_, label_ids[i]);
    labels_.emplace_back(label_ids[i], idx);
  }
  EncodeProps(prop_keys, prop_values);
  rec.value_len = static_cast<uint32_t>(arena_.size() - rec.value_off);
  nodes_.push_back(rec);
  // Name index: the same folded keys as the transactional path.
  for (size_t i = 0; i < prop_keys.size(); ++i) {
    if (prop_keys[i] != "name" && prop_keys[i] != "aliases") continue;
    Properties one{{prop_keys[i], prop_values[i]}};
    for (auto& f : internal::FoldedNames(one)) names_.emplace_back(std::move(f), idx);
  }
  return absl::OkStatus();
}

absl::Status BulkLoaderImpl::AddEdge(std::string_view src_key, std::string_view type,
                                     std::string_view dst_key,
                                     absl::Span<const std::string> prop_keys,
                                     absl::Span<const PropertyValue> prop_values) {
  if (!first_error_.ok() || finished_) {
    return absl::FailedPreconditionError("bulk loader already failed or finished");
  }
  if (prop_keys.size() != prop_values.size()) {
    return Fail(absl::InvalidArgumentError("property keys and values differ in number"));
  }
  if (type.empty()) return Fail(absl::InvalidArgumentError("empty edge type"));
  auto src = Lookup(src_key);
  if (!src) {
    return Fail(absl::InvalidArgumentError(
        absl::StrCat("edge source '", S(src_key), "' is not a node id")));
  }
  auto dst = Lookup(dst_key);
  if (!dst) {
    return Fail(absl::InvalidArgumentError(
        absl::StrCat("edge target '", S(dst_key), "' is not a node id")));
  }
  if (type != last_type_name_) {
    last_type_id_ = Intern(keys::kTypeDict, type);
    last_type_name_.assign(type);
  }
  if (edges_.size() + segment_edges_ >= 0xffffffffu) {
    return Fail(absl::ResourceExhaustedError("more than 2^32 - 1 edges in one bulk load"));
  }
  EdgeRec rec{*src, *dst, last_type_id_, 0, arena_.size()};
  EncodeProps(prop_keys, prop_values);
  rec.props_len = static_cast<uint32_t>(arena_.size() - rec.props_off);
  edges_.push_back(rec);
  return absl::OkStatus();
}

absl::Status BulkLoaderImpl::WriteSst(
    keys::Cf cf, const std::string& file,
    const std::function<absl::Status(rocksdb::SstFileWriter&)>& fill, uint64_t* bytes) {
  rocksdb::Options opts = store_->db()->GetOptions(store_->cf(cf));
  // Keep the pages cached: they are read right back by the ingestion.
  rocksdb::SstFileWriter w(rocksdb::EnvOptions(), opts, store_->cf(cf),
                           /*invalidate_page_cache=*/false);
  KG_RETURN_IF_ERROR(ToAbsl(w.Open(file), "bulk load: opening " + file));
  KG_RETURN_IF_ERROR(fill(w));
  rocksdb::ExternalSstFileInfo info;
  KG_RETURN_IF_ERROR(ToAbsl(w.Finish(&info), "bulk load: writing " + file));
  *bytes = info.file_size;
  return absl::OkStatus();
}

std::string U64(uint64_t v) {
  std::string s;
  keys::PutU64(&s, v);
  return s;
}

absl::StatusOr<BulkLoadResult> BulkLoaderImpl::Finish() {
  if (finished_) return absl::FailedPreconditionError("bulk loader already finished");
  finished_ = true;
  KG_RETURN_IF_ERROR(first_error_);
  if (store_ == nullptr) return absl::FailedPreconditionError("a check-only bulk loader writes nothing");
  PhaseTimer timer;
  const internal::ReaderCore& core = store_->core();
  KG_ASSIGN_OR_RETURN(uint64_t old_nodes, core.ReadCounter(keys::CounterKey(keys::kNodeCount)));
  KG_ASSIGN_OR_RETURN(uint64_t old_edges, core.ReadCounter(keys::CounterKey(keys::kEdgeCount)));
  KG_ASSIGN_OR_RETURN(uint64_t next_node, core.ReadU64(keys::MetaKey(keys::kNextNodeTag), 0));
  KG_ASSIGN_OR_RETURN(uint64_t next_edge, core.ReadU64(keys::MetaKey(keys::kNextEdgeTag), 1));
  BulkLoadResult result;
  result.nodes = nodes_.size();
  result.edges = edges_.size() + segment_edges_;

  // 1. Node ids.
  bool empty_db = old_nodes == 0 && old_edges == 0;
  if (empty_db) {
    // A database emptied by deletes may still hold entity ids in the names
    // index; require it to be truly empty.
    auto it = std::unique_ptr<rocksdb::Iterator>(
        store_->db()->NewIterator(rocksdb::ReadOptions(), store_->cf(keys::kNodes)));
    it->SeekToFirst();
    empty_db = !it->Valid();
  }
  result.kept_integer_ids = empty_db && all_int_keys_ && !nodes_.empty();
  node_ids_.resize(nodes_.size());
  uint64_t max_id = 0;
  for (size_t i = 0; i < nodes_.size(); ++i) {
    node_ids_[i] = result.kept_integer_ids ? static_cast<NodeId>(node_int_keys_[i]) : next_node + i;
    max_id = std::max<uint64_t>(max_id, node_ids_[i]);
  }
  uint64_t new_next_node = nodes_.empty() ? next_node : std::max(next_node, max_id + 1);

  // 2. Edges sorted by (src, type, dst, input order); edge ids follow that
  // order so out-adjacency and edge keys line up. A counting sort on the
  // source's rank in id order, then a small sort per source.
  std::vector<uint32_t> rank(nodes_.size());
  std::vector<NodeId> by_rank(nodes_.size());
  {
    std::vector<uint32_t> order(nodes_.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    if (result.kept_integer_ids) {
      std::sort(order.begin(), order.end(),
                [&](uint32_t a, uint32_t b) { return node_ids_[a] < node_ids_[b]; });
    }
    for (uint32_t r = 0; r < order.size(); ++r) {
      rank[order[r]] = r;
      by_rank[r] = node_ids_[order[r]];
    }
  }
  const size_t num_edges = edges_.size() + segment_edges_;
  std::vector<uint64_t> type_counts;
  std::vector<uint32_t> src_start(nodes_.size() + 1, 0);
  // Default-initialised (no memset): every slot is written by the scatter.
  BigVector<EdgeRec> sorted_rows(num_edges);
  {
    ForEachEdge([&](const EdgeRec& e) { ++src_start[rank[e.src] + 1]; });
    for (size_t i = 1; i < src_start.size(); ++i) src_start[i] += src_start[i - 1];
    std::vector<uint32_t> cursor(src_start.begin(), src_start.end() - 1);
    ForEachEdge([&](const EdgeRec& e) {
      uint32_t r = rank[e.src];
      sorted_rows[cursor[r]++] = EdgeRec{r, rank[e.dst], e.type, e.props_len, e.props_off};
    });
  }
  {
    // Per-type counts, then the unsorted rows are no longer needed.
    ForEachEdge([&](const EdgeRec& e) {
      if (type_counts.size() <= e.type) type_counts.resize(e.type + 1);
      ++type_counts[e.type];
    });
    BigVector<EdgeRec>().swap(edges_);
    std::vector<Segment>().swap(segments_);
  }
  EdgeRec* const E = sorted_rows.data();
  auto sort_sources = [&](size_t from, size_t to) {
    for (size_t r = from; r < to; ++r) {
      if (src_start[r + 1] - src_start[r] < 2) continue;
      std::sort(E + src_start[r], E + src_start[r + 1],
                [](const EdgeRec& a, const EdgeRec& b) {
                  if (a.type != b.type) return a.type < b.type;
                  if (a.dst != b.dst) return a.dst < b.dst;  // rank order = id order
                  return a.props_off < b.props_off;
                });
    }
  };
  {
    // Two halves of the edges (split at a source boundary) sort in parallel.
    const size_t num_ranks = nodes_.size();
    size_t mid = std::upper_bound(src_start.begin(), src_start.end(), num_edges / 2) -
                 src_start.begin();
    mid = std::min(mid, num_ranks);
    if (num_edges >= 100000 && mid > 0) {
      std::thread second([&] { sort_sources(mid, num_ranks); });
      sort_sources(0, mid);
      second.join();
    } else {
      sort_sources(0, num_ranks);
    }
  }

  timer.Mark("sort");
  // 3. SST files, in a scratch directory inside the database.
  rocksdb::Env* env = store_->env();
  std::string dir = store_->path() + "/bulk_tmp_" + std::to_string(getpid());
  env->CreateDirIfMissing(dir).PermitUncheckedError();
  std::vector<std::string> files(keys::kNumCf);
  std::vector<uint64_t> bytes(keys::kNumCf, 0);
  std::vector<absl::Status> st(keys::kNumCf);
  for (int c = 0; c < keys::kNumCf; ++c) files[c] = dir + "/" + keys::kCfNames[c] + ".sst";
  std::vector<char> used(keys::kNumCf, 0);  // not vector<bool>: written from threads

  if (num_edges > 0) used[keys::kEdges] = used[keys::kOut] = used[keys::kIn] = true;
  auto write_edges = [&]() {
    if (num_edges == 0) return;
    std::string key, value;
    st[keys::kEdges] = WriteSst(keys::kEdges, files[keys::kEdges], [&](rocksdb::SstFileWriter& w) {
      // Rows are in (source, type, target) order but their properties in
      // input order: fetch those a few rows ahead.
      constexpr size_t kAhead = 16;
      for (size_t i = 0; i < num_edges; ++i) {
        if (i + kAhead < num_edges) __builtin_prefetch(arena_.data() + E[i + kAhead].props_off);
        const EdgeRec& e = E[i];
        key.clear();
        keys::PutU64(&key, next_edge + i);
        value.clear();
        keys::PutVarint(&value, by_rank[e.src]);
        keys::PutVarint(&value, by_rank[e.dst]);
        keys::PutVarint(&value, e.type);
        value.append(arena_, e.props_off, e.props_len);
        auto s = w.Put(key, value);
        if (!s.ok()) return ToAbsl(s, "bulk load: edges");
      }
      return absl::OkStatus();
    }, &bytes[keys::kEdges]);
  };
  auto write_out = [&]() {
    if (num_edges == 0) return;
    st[keys::kOut] = WriteSst(keys::kOut, files[keys::kOut], [&](rocksdb::SstFileWriter& w) {
      for (size_t i = 0; i < num_edges; ++i) {
        const EdgeRec& e = E[i];
        char buf[keys::kAdjKeySize];
        keys::EncodeAdjKey(buf, by_rank[e.src], e.type, by_rank[e.dst], next_edge + i);
        auto s = w.Put(rocksdb::Slice(buf, sizeof(buf)), rocksdb::Slice());
        if (!s.ok()) return ToAbsl(s, "bulk load: out adjacency");
      }
      return absl::OkStatus();
    }, &bytes[keys::kOut]);
  };
  auto write_in = [&]() {
    if (num_edges == 0) return;
    // Counting sort on the target's rank, then (type, src, edge) per target.
    std::vector<uint32_t> start(nodes_.size() + 1, 0);
    for (size_t i = 0; i < num_edges; ++i) ++start[E[i].dst + 1];
    for (size_t i = 1; i < start.size(); ++i) start[i] += start[i - 1];
    BigVector<InRec> in_rows(num_edges);
    InRec* const in = in_rows.data();
    {
      std::vector<uint32_t> cursor(start.begin(), start.end() - 1);
      for (size_t i = 0; i < num_edges; ++i) {
        const EdgeRec& e = E[i];
        in[cursor[e.dst]++] = InRec{e.dst, e.src, static_cast<uint32_t>(i), e.type};
      }
    }
    for (size_t r = 0; r + 1 < start.size(); ++r) {
      if (start[r + 1] - start[r] < 2) continue;
      std::sort(in + start[r], in + start[r + 1], [](const InRec& a, const InRec& b) {
        if (a.type != b.type) return a.type < b.type;
        if (a.src != b.src) return a.src < b.src;
        return a.edge < b.edge;
      });
    }
    st[keys::kIn] = WriteSst(keys::kIn, files[keys::kIn], [&](rocksdb::SstFileWriter& w) {
      for (size_t i = 0; i < num_edges; ++i) {
        const InRec& r = in[i];
        char buf[keys::kAdjKeySize];
        keys::EncodeAdjKey(buf, by_rank[r.dst], r.type, by_rank[r.src], next_edge + r.edge);
        auto s = w.Put(rocksdb::Slice(buf, sizeof(buf)), rocksdb::Slice());
        if (!s.ok()) return ToAbsl(s, "bulk load: in adjacency");
      }
      return absl::OkStatus();
    }, &bytes[keys::kIn]);
  };
  auto write_nodes = [&]() {
    if (nodes_.empty()) return;
    used[keys::kNodes] = true;
    std::vector<uint32_t> order(nodes_.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    if (result.kept_integer_ids) {
      std::sort(order.begin(), order.end(),
                [&](uint32_t a, uint32_t b) { return node_ids_[a] < node_ids_[b]; });
    }
    st[keys::kNodes] = WriteSst(keys::kNodes, files[keys::kNodes], [&](rocksdb::SstFileWriter& w) {
      for (uint32_t i : order) {
        auto s = w.Put(keys::NodeKey(node_ids_[i]),
                       rocksdb::Slice(arena_.data() + nodes_[i].value_off, nodes_[i].value_len));
        if (!s.ok()) return ToAbsl(s, "bulk load: nodes");
      }
      return absl::OkStatus();
    }, &bytes[keys::kNodes]);
    if (!labels_.empty()) {
      used[keys::kLabels] = true;
      std::vector<std::pair<uint32_t, NodeId>> ls;
      ls.reserve(labels_.size());
      for (auto [l, i] : labels_) ls.emplace_back(l, node_ids_[i]);
      std::sort(ls.begin(), ls.end());
      st[keys::kLabels] = WriteSst(keys::kLabels, files[keys::kLabels],
                                   [&](rocksdb::SstFileWriter& w) {
        for (auto [l, id] : ls) {
          auto s = w.Put(keys::LabelKey(l, id), rocksdb::Slice());
          if (!s.ok()) return ToAbsl(s, "bulk load: labels");
        }
        return absl::OkStatus();
      }, &bytes[keys::kLabels]);
    }
    if (!names_.empty()) {
      used[keys::kNames] = true;
      std::vector<std::string> ks;
      ks.reserve(names_.size());
      for (const auto& [f, i] : names_) ks.push_back(keys::NameKey(f, node_ids_[i]));
      std::sort(ks.begin(), ks.end());
      ks.erase(std::unique(ks.begin(), ks.end()), ks.end());
      st[keys::kNames] = WriteSst(keys::kNames, files[keys::kNames],
                                  [&](rocksdb::SstFileWriter& w) {
        for (const auto& k : ks) {
          auto s = w.Put(k, rocksdb::Slice());
          if (!s.ok()) return ToAbsl(s, "bulk load: names");
        }
        return absl::OkStatus();
      }, &bytes[keys::kNames]);
    }
  };

  // Three similar-sized SSTs (edges, out, in) plus the node files.
  std::thread in_worker([&] { write_in(); });
  std::thread out_worker([&] {
    write_out();
    write_nodes();
  });
  write_edges();
  timer.Mark("edges sst");
  in_worker.join();
  timer.Mark("in sst");
  out_worker.join();
  timer.Mark("out+node ssts");

  // Meta: new dictionary entries, counters, id counters.
  std::map<std::string, std::string> meta;
  for (keys::DictKind kind : {keys::kLabelDict, keys::kTypeDict, keys::kPropKeyDict}) {
    uint32_t next = pending_.NextId(kind);
    for (uint32_t id = 1; id < next; ++id) {
      const std::string* n = pending_.Name(kind, id);
      if (n == nullptr) continue;
      std::string idv;
      keys::PutU32(&idv, id);
      meta[keys::DictIdKey(kind, *n)] = idv;
      meta[keys::DictNameKey(kind, id)] = *n;
    }
  }
  std::map<std::string, int64_t> deltas;
  deltas[keys::CounterKey(keys::kNodeCount)] += nodes_.size();
  deltas[keys::CounterKey(keys::kEdgeCount)] += num_edges;
  for (auto [l, i] : labels_) deltas[keys::CounterKey(keys::kLabelCount, l)] += 1;
  for (uint32_t t = 0; t < type_counts.size(); ++t) {
    if (type_counts[t]) deltas[keys::CounterKey(keys::kTypeCount, t)] += type_counts[t];
  }
  for (const auto& [k, d] : deltas) {
    if (d == 0) continue;
    KG_ASSIGN_OR_RETURN(uint64_t cur, core.ReadCounter(k));
    meta[k] = U64(cur + d);
  }
  meta[keys::MetaKey(keys::kNextNodeTag)] = U64(new_next_node);
  meta[keys::MetaKey(keys::kNextEdgeTag)] = U64(next_edge + num_edges);
  used[keys::kMeta] = true;
  st[keys::kMeta] = WriteSst(keys::kMeta, files[keys::kMeta], [&](rocksdb::SstFileWriter& w) {
    for (const auto& [k, v] : meta) {
      auto s = w.Put(k, v);
      if (!s.ok()) return ToAbsl(s, "bulk load: meta");
    }
    return absl::OkStatus();
  }, &bytes[keys::kMeta]);

  absl::Status failed;
  std::vector<rocksdb::IngestExternalFileArg> args;
  for (int c = 0; c < keys::kNumCf; ++c) {
    if (!used[c]) continue;
    if (!st[c].ok() && failed.ok()) failed = st[c];
    rocksdb::IngestExternalFileArg a;
    a.column_family = store_->cf(static_cast<keys::Cf>(c));
    a.external_files = {files[c]};
    a.options.move_files = true;
    args.push_back(std::move(a));
    result.sst_bytes += bytes[c];
  }
  if (failed.ok()) {
    failed = ToAbsl(store_->db()->IngestExternalFiles(args),
                    absl::StrCat("bulk load into ", store_->path()));
  }
  timer.Mark("ingest");
  for (int c = 0; c < keys::kNumCf; ++c) {
    if (used[c]) env->DeleteFile(files[c]).PermitUncheckedError();
  }
  env->DeleteDir(dir).PermitUncheckedError();
  KG_RETURN_IF_ERROR(failed);
  for (keys::DictKind kind : {keys::kLabelDict, keys::kTypeDict, keys::kPropKeyDict}) {
    uint32_t next = pending_.NextId(kind);
    for (uint32_t id = 1; id < next; ++id) {
      if (const std::string* n = pending_.Name(kind, id)) store_->dict().Add(kind, id, *n);
    }
  }
  store_->BumpGeneration();
  holds_writer_ = false;
  store_->ReleaseWriter();
  return result;
}

}  // namespace

std::unique_ptr<BulkLoader> BulkLoader::CreateCheckOnly() {
  return std::make_unique<BulkLoaderImpl>(nullptr);
}

absl::StatusOr<std::unique_ptr<BulkLoader>> BulkLoader::Create(GraphStore* store) {
  auto* impl = dynamic_cast<GraphStoreImpl*>(store);
  if (impl == nullptr) return absl::InvalidArgumentError("BulkLoader needs a RocksDB GraphStore");
  auto loader = std::make_unique<BulkLoaderImpl>(impl);
  KG_RETURN_IF_ERROR(loader->Init());
  return std::unique_ptr<BulkLoader>(std::move(loader));
}

}  // namespace kg::graph
