// GraphStore on RocksDB: opening, locking, schema checks, and transactions.
// The key layout is in graph/key_format.h; shared reads in
// internal/reader_core.cc.
#include "graph/graph_store.h"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <unordered_set>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "graph/fold.h"
#include "graph/internal/store_impl.h"
#include "graph/status.h"
#include "rocksdb/cache.h"
#include "rocksdb/convenience.h"
#include "rocksdb/filter_policy.h"
#include "rocksdb/slice_transform.h"
#include "rocksdb/table.h"
#include "rocksdb/utilities/write_batch_with_index.h"

namespace kg::graph {

absl::StatusOr<std::unique_ptr<GraphStore>> GraphStore::Open(const std::string& path,
                                                              const Options& options) {
  return internal::GraphStoreImpl::OpenImpl(path, options);
}

namespace internal {
namespace fs = std::filesystem;

absl::Status ToAbsl(const rocksdb::Status& s, std::string_view context) {
  if (s.ok()) return absl::OkStatus();
  std::string msg = absl::StrCat(std::string(context), ": ", s.ToString());
  switch (s.code()) {
    case rocksdb::Status::kNotFound: return absl::NotFoundError(msg);
    case rocksdb::Status::kCorruption: return absl::DataLossError(msg);
    case rocksdb::Status::kNotSupported: return absl::UnimplementedError(msg);
    case rocksdb::Status::kInvalidArgument: return absl::InvalidArgumentError(msg);
    case rocksdb::Status::kBusy:
    case rocksdb::Status::kTimedOut:
    case rocksdb::Status::kTryAgain: return absl::UnavailableError(msg);
    case rocksdb::Status::kAborted: return absl::AbortedError(msg);
    case rocksdb::Status::kIOError:
    case rocksdb::Status::kIncomplete:
    case rocksdb::Status::kShutdownInProgress: return absl::InternalError(msg);
    default: return absl::UnknownError(msg);
  }
}

namespace {

constexpr char kWriterFile[] = "WRITER";

// RocksDB's WriteBatch encoding, which is also that of its write-ahead log
// (so it cannot change): a header of sequence number (fixed64, set by the
// DB) and record count (fixed32, little-endian), then per record a type
// tag, the column family id (varint32) unless it is the default family,
// the key and, for a put, the value, each prefixed with its varint32
// length. The same bytes WriteBatch::Put/Delete append, without their
// per-call bookkeeping.
constexpr size_t kBatchHeaderSize = 12;
enum BatchTag : char {
  kBatchDeletion = 0x0,
  kBatchValue = 0x1,
  kBatchCfDeletion = 0x4,
  kBatchCfValue = 0x5,
};

char* EncodeVarint32(char* p, uint32_t v) {
  while (v >= 0x80) {
    *p++ = static_cast<char>(v | 0x80);
    v >>= 7;
  }
  *p++ = static_cast<char>(v);
  return p;
}

// At most the bytes a record adds beyond its key and value: the tag, then
// the column family id and two lengths, varint32s of at most 5 bytes each.
constexpr size_t kMaxBatchRecordOverhead = 16;

// Writes one record at `p`, which has room for it (key, value and
// kMaxBatchRecordOverhead); returns the end of the record. `value` null: a
// deletion.
char* PutBatchRecord(char* p, uint32_t cf_id, const std::string& key, const std::string* value) {
  if (cf_id == 0) {
    *p++ = value ? kBatchValue : kBatchDeletion;
  } else {
    *p++ = value ? kBatchCfValue : kBatchCfDeletion;
    p = EncodeVarint32(p, cf_id);
  }
  p = EncodeVarint32(p, static_cast<uint32_t>(key.size()));
  p = std::copy(key.begin(), key.end(), p);
  if (value) {
    p = EncodeVarint32(p, static_cast<uint32_t>(value->size()));
    p = std::copy(value->begin(), value->end(), p);
  }
  return p;
}

std::string U64Value(uint64_t v) {
  std::string s;
  keys::PutU64(&s, v);
  return s;
}

std::string ThisCommand() {
  std::ifstream in("/proc/self/cmdline", std::ios::binary);
  std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  while (!raw.empty() && raw.back() == '\0') raw.pop_back();
  std::replace(raw.begin(), raw.end(), '\0', ' ');
  if (raw.size() > 200) raw = raw.substr(0, 200) + "...";
  return raw.empty() ? "unknown command" : raw;
}

std::string HostName() {
  char buf[256] = {0};
  if (gethostname(buf, sizeof(buf) - 1) != 0) return "unknown host";
  return buf;
}

// The error for a second writer: names the holder recorded in WRITER.
absl::Status LockedError(const std::string& path) {
  std::ifstream in(fs::path(path) / kWriterFile);
  std::string pid, host, command, line;
  while (std::getline(in, line)) {
    if (line.rfind("pid=", 0) == 0) pid = line.substr(4);
    if (line.rfind("host=", 0) == 0) host = line.substr(5);
    if (line.rfind("command=", 0) == 0) command = line.substr(8);
  }
  if (pid.empty()) {
    return absl::FailedPreconditionError(
        absl::StrCat("database ", path, " is locked by another writer (holder unknown)"));
  }
  return absl::FailedPreconditionError(absl::StrCat("database ", path, " is locked by pid ",
                                                    pid, " (", command, ") on host ", host));
}

rocksdb::ColumnFamilyOptions CfOptions(keys::Cf cf, std::shared_ptr<rocksdb::Cache> cache) {
  rocksdb::ColumnFamilyOptions o;
  rocksdb::BlockBasedTableOptions t;
  t.block_cache = std::move(cache);
  t.block_size = 16 * 1024;
  t.format_version = 5;
  t.cache_index_and_filter_blocks = false;
  // Point lookups of absent keys (new facts, nodes, provenance, documents
  // while ingesting) skip files and the memtable's skip list via Bloom
  // filters. Adjacency and names are only scanned by prefix: no filters.
  // The memtable filter takes 1% of the write buffer (~5.4 Mbit for 64 MB):
  // ample for the entries a memtable holds, and each one is allocated and
  // zeroed whenever a memtable is created (at open, after every flush).
  if (cf != keys::kOut && cf != keys::kIn && cf != keys::kNames) {
    t.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
    o.memtable_prefix_bloom_size_ratio = 0.01;
    o.memtable_whole_key_filtering = true;
  }
  o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(t));
  auto supported = rocksdb::GetSupportedCompressions();
  auto has = [&supported](rocksdb::CompressionType c) {
    return std::find(supported.begin(), supported.end(), c) != supported.end();
  };
  o.compression = has(rocksdb::kLZ4Compression) ? rocksdb::kLZ4Compression
                                                : rocksdb::kNoCompression;
  o.bottommost_compression = has(rocksdb::kZSTD) ? rocksdb::kZSTD : o.compression;
  if (cf == keys::kMeta || cf == keys::kDocs) o.write_buffer_size = 4 << 20;
  // Commit batches are written in key order: each insert into the memtable's
  // skip list starts from where the previous one ended (one hint per column
  // family: the empty prefix) instead of from the top.
  o.memtable_insert_with_hint_prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(0));
  return o;
}

}  // namespace

// ---------------------------------------------------------------- transaction

class TransactionImpl final : public CoreReader<Transaction>, private KvSource, private DictWriter {
 public:
  TransactionImpl(GraphStoreImpl* store, const TransactionOptions& options, uint64_t next_node,
                  uint64_t next_edge)
      : store_(store),
        point_reads_only_(options.point_reads_only),
        batch_(rocksdb::BytewiseComparator(), 0, /*overwrite_key=*/true),
        cache_(store->ingest_cache()),
        core_(*this, *this),
        next_node_(next_node),
        next_edge_(next_edge),
        start_next_node_(next_node),
        start_next_edge_(next_edge) {
    if (cache_.generation != store->Generation()) {
      cache_.Clear();
      if (point_reads_only_) cache_.complete = StoreIsEmpty();
    }
  }
  ~TransactionImpl() override { Rollback(); }

  // GraphReader (the rest comes from CoreReader).
  absl::StatusOr<std::vector<std::string>> Labels() const override {
    return MergedNames(keys::kLabelDict);
  }
  absl::StatusOr<std::vector<std::string>> EdgeTypes() const override {
    return MergedNames(keys::kTypeDict);
  }

  // Writes.
  using Transaction::UpsertEntity;
  using Transaction::UpsertFact;
  absl::StatusOr<NodeId> UpsertEntity(std::string_view label, std::string_view name,
                                      const std::vector<std::string>& aliases,
                                      bool* created) override;
  absl::StatusOr<EdgeId> UpsertFact(NodeId src, std::string_view type, NodeId dst,
                                    const Properties& qualifiers, const Source& source,
                                    bool* created) override;
  absl::StatusOr<NodeId> CreateNode(const std::vector<std::string>& labels,
                                    const Properties& props) override;
  absl::StatusOr<EdgeId> CreateEdge(NodeId src, std::string_view type, NodeId dst,
                                    const Properties& props) override;
  absl::Status SetNodeProperty(NodeId id, std::string_view key,
                               const PropertyValue& value) override;
  absl::Status SetEdgeProperty(EdgeId id, std::string_view key,
                               const PropertyValue& value) override;
  absl::Status AddLabel(NodeId id, std::string_view label) override;
  absl::Status RemoveLabel(NodeId id, std::string_view label) override;
  absl::Status DeleteEdge(EdgeId id) override;
  absl::Status DeleteNode(NodeId id, bool detach) override;
  absl::StatusOr<std::optional<DocumentRecord>> FindDocument(
      std::string_view fingerprint) const override {
    auto found = core_.FindDocument(fingerprint);
    if (point_reads_only_ && found.ok() && !found->has_value()) {
      absent_docs_.emplace(fingerprint);  // RecordDocument need not look again
    }
    return found;
  }
  absl::Status RecordDocument(const DocumentRecord& doc) override;
  absl::Status Commit() override;
  void Rollback() override {
    if (done_) return;
    done_ = true;
    store_->ReleaseWriter();
  }

 private:
  const ReaderCore& Core() const override { return core_; }
  // KvSource: the committed state overlaid with this transaction's writes.
  rocksdb::Status Get(keys::Cf cf, const std::string& key, std::string* value) const override {
    if (!point_reads_only_) {
      return const_cast<rocksdb::WriteBatchWithIndex&>(batch_).GetFromBatchAndDB(
          store_->db(), rocksdb::ReadOptions(), store_->cf(cf), key, value);
    }
    if (!IsDeferred(cf)) return NotReadable();
    if (auto it = deferred_[cf].find(key); it != deferred_[cf].end()) {
      if (!it->second) return rocksdb::Status::NotFound();
      *value = *it->second;
      return rocksdb::Status::OK();
    }
    if (cf == keys::kEdges) {
      if (auto it = cache_.edges.find(key); it != cache_.edges.end()) {
        *value = it->second;
        return rocksdb::Status::OK();
      }
      if (cache_.complete) return rocksdb::Status::NotFound();
    }
    if (cf == keys::kNodes && cache_.complete && key.size() == 8 &&
        !cache_.nodes.contains(keys::GetU64(key.data()))) {
      return rocksdb::Status::NotFound();
    }
    return store_->db()->Get(rocksdb::ReadOptions(), store_->cf(cf), key, value);
  }
  // Whether the store has no nodes, edges or provenance (IngestCache::complete).
  bool StoreIsEmpty() const {
    for (keys::Cf cf : {keys::kNodes, keys::kEdges, keys::kProv}) {
      std::unique_ptr<rocksdb::Iterator> it(
          store_->db()->NewIterator(rocksdb::ReadOptions(), store_->cf(cf)));
      it->SeekToFirst();
      if (it->Valid() || !it->status().ok()) return false;
    }
    return true;
  }
  std::unique_ptr<rocksdb::Iterator> NewIterator(keys::Cf cf) const override {
    if (point_reads_only_) {
      return std::unique_ptr<rocksdb::Iterator>(rocksdb::NewErrorIterator(NotReadable()));
    }
    rocksdb::Iterator* base = store_->db()->NewIterator(rocksdb::ReadOptions(), store_->cf(cf));
    return std::unique_ptr<rocksdb::Iterator>(
        const_cast<rocksdb::WriteBatchWithIndex&>(batch_).NewIteratorWithBase(store_->cf(cf),
                                                                              base));
  }
  // With point_reads_only, writes wait for Commit; those of the column
  // families read back by key (nodes, edges, documents) in deferred_, the
  // others, not readable, in appended_.
  static bool IsDeferred(keys::Cf cf) {
    return cf == keys::kNodes || cf == keys::kEdges || cf == keys::kDocs;
  }
  static rocksdb::Status NotReadable() {
    return rocksdb::Status::NotSupported(
        "scans and index reads are not available in a point-reads-only transaction");
  }

  // DictWriter: the store's dictionary plus entries new in this transaction.
  std::optional<uint32_t> Find(keys::DictKind kind, std::string_view name) const override {
    if (auto id = store_->dict().Find(kind, name)) return id;
    return pending_dict_.Find(kind, name);
  }
  const std::string* Name(keys::DictKind kind, uint32_t id) const override {
    // Names never move or change once given (both dictionaries own them by
    // pointer), so the transaction remembers those it looked up.
    std::vector<const std::string*>& names = names_[keys::DictIndex(kind)];
    if (id < names.size() && names[id] != nullptr) return names[id];
    const std::string* n = store_->dict().Name(kind, id);
    if (n == nullptr) n = pending_dict_.Name(kind, id);
    if (n != nullptr && id < kMaxRememberedNameId) {
      if (names.size() <= id) names.resize(id + 1, nullptr);
      names[id] = n;
    }
    return n;
  }
  static constexpr uint32_t kMaxRememberedNameId = 1 << 16;
  uint32_t Intern(keys::DictKind kind, std::string_view name) override {
    // Ids never change once given, so the transaction remembers those it
    // asked for without taking the dictionaries' locks again.
    auto& interned = interned_[keys::DictIndex(kind)];
    const absl::string_view key(name.data(), name.size());
    if (auto it = interned.find(key); it != interned.end()) return it->second;
    uint32_t id = InternSlow(kind, name);
    interned.emplace(std::string(name), id);
    return id;
  }
  uint32_t InternSlow(keys::DictKind kind, std::string_view name) {
    if (auto id = Find(kind, name)) return *id;
    uint32_t id = std::max(store_->dict().NextId(kind), pending_dict_.NextId(kind));
    pending_dict_.Add(kind, id, name);
    std::string idv;
    keys::PutU32(&idv, id);
    Put(keys::kMeta, keys::DictIdKey(kind, name), idv);
    Put(keys::kMeta, keys::DictNameKey(kind, id), std::string(name));
    return id;
  }
  std::vector<std::string> MergedNames(keys::DictKind kind) const {
    std::vector<std::string> a = store_->dict().Names(kind), b = pending_dict_.Names(kind);
    a.insert(a.end(), b.begin(), b.end());
    std::sort(a.begin(), a.end());
    return a;
  }

  absl::Status CheckOpen() const {
    return done_ ? absl::FailedPreconditionError("transaction already committed or rolled back")
                 : absl::OkStatus();
  }
  // Counter deltas, keyed by kind (and label or type id) rather than by
  // counter key: the keys are built once, at Commit().
  void Count(keys::CounterKind kind, int64_t delta, uint32_t id = 0) {
    switch (kind) {
      case keys::kNodeCount: total_deltas_[0] += delta; break;
      case keys::kEdgeCount: total_deltas_[1] += delta; break;
      case keys::kSourceCount: total_deltas_[2] += delta; break;
      case keys::kDocCount: total_deltas_[3] += delta; break;
      case keys::kLabelCount: label_deltas_[id] += delta; break;
      case keys::kTypeCount: type_deltas_[id] += delta; break;
    }
  }
  void Put(keys::Cf cf, std::string k, std::string v) {
    if (!point_reads_only_) {
      batch_.Put(store_->cf(cf), k, v);
    } else if (IsDeferred(cf)) {
      deferred_[cf].insert_or_assign(std::move(k), std::move(v));
    } else {
      appended_[cf].emplace_back(std::move(k), std::move(v));
    }
  }
  void Del(keys::Cf cf, std::string k) {
    if (!point_reads_only_) {
      batch_.Delete(store_->cf(cf), k);
    } else if (IsDeferred(cf)) {
      deferred_[cf].insert_or_assign(std::move(k), std::nullopt);
    } else {
      appended_[cf].emplace_back(std::move(k), std::nullopt);
    }
  }
  // Whether `prov_key` is recorded for its edge; `new_edge`: the edge was
  // created by this call, so it has none (DeleteEdge removes provenance).
  absl::StatusOr<bool> HasSource(const std::string& prov_key, std::string_view doc,
                                 bool new_edge) const;
  // The batch Commit() writes. With point_reads_only it is built from
  // deferred_ and appended_, in key order per column family, since the
  // memtable inserts keys in sequence faster.
  rocksdb::WriteBatch* CommitBatch();
  // After a point_reads_only commit: its edges and nodes into the cache.
  void RememberWrites();

  absl::StatusOr<Node> MustGetNode(NodeId id) const {
    KG_ASSIGN_OR_RETURN(std::optional<Node> n, core_.GetNode(id));
    if (!n) return absl::NotFoundError(absl::StrCat("no node with id ", id));
    return std::move(*n);
  }
  // Existence only; nodes seen to exist in this transaction are remembered
  // (WriteNode keeps the set exact), so repeated facts on them read nothing;
  // nor do nodes in the ingest cache.
  absl::Status MustHaveNode(NodeId id) {
    if (live_nodes_.count(id)) return absl::OkStatus();
    if (point_reads_only_ && cache_.nodes.count(id)) return absl::OkStatus();
    KG_RETURN_IF_ERROR(MustGetNode(id).status());
    live_nodes_.insert(id);
    return absl::OkStatus();
  }
  absl::StatusOr<Edge> MustGetEdge(EdgeId id) const {
    KG_ASSIGN_OR_RETURN(std::optional<Edge> e, core_.GetEdge(id));
    if (!e) return absl::NotFoundError(absl::StrCat("no edge with id ", id));
    return std::move(*e);
  }

  // Writes a node change (create: !old, delete: !now) with its label and
  // name index entries and counters. `now_names`: FoldedNames(now->props),
  // if the caller has it.
  void WriteNode(const std::optional<Node>& old, const std::optional<Node>& now,
                 const std::vector<std::string>* now_names = nullptr);
  void WriteEdge(const std::optional<Edge>& old, const std::optional<Edge>& now);

  GraphStoreImpl* store_;
  const bool point_reads_only_;
  rocksdb::WriteBatchWithIndex batch_;  // all writes, unless point_reads_only_
  // point_reads_only_: writes (nullopt: delete) by column family; the latest
  // per key for those read back (IsDeferred) in deferred_, the rest in order
  // in appended_.
  using Write = std::pair<std::string, std::optional<std::string>>;
  std::array<absl::flat_hash_map<std::string, std::optional<std::string>>, keys::kNumCf>
      deferred_;
  std::array<std::vector<Write>, keys::kNumCf> appended_;
  absl::flat_hash_set<std::string> sources_written_;  // provenance keys in appended_
  GraphStoreImpl::IngestCache& cache_;                 // consulted if point_reads_only_
  rocksdb::WriteBatch plain_;  // built by CommitBatch()
  ReaderCore core_;
  Dict pending_dict_;
  std::array<int64_t, 4> total_deltas_{};  // nodes, edges, sources, documents
  absl::flat_hash_map<uint32_t, int64_t> label_deltas_, type_deltas_;
  std::array<absl::flat_hash_map<std::string, uint32_t>, keys::kNumDictKinds> interned_;
  mutable std::array<std::vector<const std::string*>, keys::kNumDictKinds> names_;  // by id
  // point_reads_only_: fingerprints FindDocument found absent, not recorded since.
  mutable absl::flat_hash_set<std::string> absent_docs_;
  std::unordered_set<NodeId> live_nodes_;  // known to exist in this transaction's view
  uint64_t next_node_, next_edge_;
  const uint64_t start_next_node_, start_next_edge_;
  bool done_ = false;
};

void TransactionImpl::WriteNode(const std::optional<Node>& old, const std::optional<Node>& now,
                                const std::vector<std::string>* now_names) {
  NodeId id = now ? now->id : old->id;
  if (now) {
    Put(keys::kNodes, keys::NodeKey(id), EncodeNode(*now, *this));
    live_nodes_.insert(id);
  } else {
    Del(keys::kNodes, keys::NodeKey(id));
    live_nodes_.erase(id);
    cache_.nodes.erase(id);
    cache_.complete = false;  // the node is still there if this rolls back
  }
  // Labels as sorted, unique lists (Node::labels should already be).
  auto sorted_labels = [](const std::optional<Node>& n) {
    std::vector<std::string_view> out;
    if (!n) return out;
    out.assign(n->labels.begin(), n->labels.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  const std::vector<std::string_view> old_labels = sorted_labels(old), new_labels = sorted_labels(now);
  for (std::string_view l : old_labels) {
    if (std::binary_search(new_labels.begin(), new_labels.end(), l)) continue;
    uint32_t lid = Intern(keys::kLabelDict, l);
    Del(keys::kLabels, keys::LabelKey(lid, id));
    Count(keys::kLabelCount, -1, lid);
  }
  for (std::string_view l : new_labels) {
    if (std::binary_search(old_labels.begin(), old_labels.end(), l)) continue;
    uint32_t lid = Intern(keys::kLabelDict, l);
    Put(keys::kLabels, keys::LabelKey(lid, id), "");
    Count(keys::kLabelCount, +1, lid);
  }
  std::vector<std::string> old_names, new_names;
  if (old) old_names = FoldedNames(old->props);
  if (now) new_names = now_names ? *now_names : FoldedNames(now->props);
  for (const auto& f : old_names) {
    if (!std::binary_search(new_names.begin(), new_names.end(), f)) {
      Del(keys::kNames, keys::NameKey(f, id));
    }
  }
  for (const auto& f : new_names) {
    if (!std::binary_search(old_names.begin(), old_names.end(), f)) {
      Put(keys::kNames, keys::NameKey(f, id), "");
    }
  }
  if (!old && now) Count(keys::kNodeCount, +1);
  if (old && !now) Count(keys::kNodeCount, -1);
}

void TransactionImpl::WriteEdge(const std::optional<Edge>& old, const std::optional<Edge>& now) {
  const Edge& e = now ? *now : *old;
  if (now) {
    Put(keys::kEdges, keys::EdgeKey(e.id), EncodeEdge(e, *this));
  } else {
    Del(keys::kEdges, keys::EdgeKey(e.id));
    cache_.edges.erase(keys::EdgeKey(e.id));
    cache_.complete = false;  // the edge is still there if this rolls back
  }
  if (old && now) return;  // endpoints and type never change
  uint32_t tid = Intern(keys::kTypeDict, e.type);
  std::string out_key = keys::AdjKey(e.src, tid, e.dst, e.id);
  std::string in_key = keys::AdjKey(e.dst, tid, e.src, e.id);
  int delta = now ? +1 : -1;
  if (now) {
    Put(keys::kOut, std::move(out_key), "");
    Put(keys::kIn, std::move(in_key), "");
  } else {
    Del(keys::kOut, std::move(out_key));
    Del(keys::kIn, std::move(in_key));
  }
  Count(keys::kEdgeCount, delta);
  Count(keys::kTypeCount, delta, tid);
}

absl::StatusOr<NodeId> TransactionImpl::UpsertEntity(std::string_view label,
                                                     std::string_view name,
                                                     const std::vector<std::string>& aliases,
                                                     bool* created) {
  KG_RETURN_IF_ERROR(CheckOpen());
  *created = false;
  std::string folded = FoldName(name);
  if (label.empty() || folded.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("an entity needs a label and a name with letters or digits (got label '",
                     std::string(label), "', name '", std::string(name), "')"));
  }
  NodeId id = keys::EntityId(label, folded);
  for (int probe = 0;; ++probe, id = keys::NextHashedId(id)) {
    if (probe == 64) return absl::InternalError("entity id space exhausted after 64 probes");
    KG_ASSIGN_OR_RETURN(std::optional<Node> node, core_.GetNode(id));
    if (!node) {
      Node n;
      n.id = id;
      n.labels = {std::string(label)};
      n.props["name"] = std::string(name);
      PropertyValue::List list;
      for (const auto& a : aliases) {
        if (std::find(list.begin(), list.end(), PropertyValue(a)) == list.end()) {
          list.push_back(PropertyValue(a));
        }
      }
      // FoldedNames(n.props), reusing the name's fold.
      std::vector<std::string> names = {folded};
      for (const auto& a : list) {
        std::string f = FoldName(*a.string_or_null());
        if (!f.empty()) names.push_back(std::move(f));
      }
      std::sort(names.begin(), names.end());
      names.erase(std::unique(names.begin(), names.end()), names.end());
      if (!list.empty()) n.props["aliases"] = std::move(list);
      WriteNode(std::nullopt, std::move(n), &names);
      *created = true;
      return id;
    }
    auto name_it = node->props.find("name");
    bool same = std::binary_search(node->labels.begin(), node->labels.end(), label) &&
                name_it != node->props.end() && name_it->second.string_or_null() &&
                FoldName(*name_it->second.string_or_null()) == folded;
    if (!same) continue;
    Node updated = *node;
    PropertyValue::List list;
    if (auto it = updated.props.find("aliases"); it != updated.props.end()) {
      if (auto* l = std::get_if<PropertyValue::List>(&it->second.v)) list = *l;
    }
    bool changed = false;
    for (const auto& a : aliases) {
      if (std::find(list.begin(), list.end(), PropertyValue(a)) == list.end()) {
        list.push_back(PropertyValue(a));
        changed = true;
      }
    }
    if (changed) {
      updated.props["aliases"] = std::move(list);
      WriteNode(node, std::move(updated));
    }
    return id;
  }
}

namespace {

bool IsDateLike(const std::string& s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    bool dash = i == 4 || i == 7;
    if (dash ? s[i] != '-' : !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

}  // namespace

absl::StatusOr<bool> TransactionImpl::HasSource(const std::string& prov_key,
                                                std::string_view doc, bool new_edge) const {
  if (point_reads_only_ && sources_written_.count(prov_key)) return true;
  if (new_edge) return false;
  if (point_reads_only_ && cache_.complete &&
      !cache_.source_docs.contains(absl::string_view(doc.data(), doc.size()))) {
    return false;  // no committed provenance cites this document
  }
  std::string sentence;
  // With point_reads_only, all of this transaction's provenance is in
  // sources_written_: the rest is committed.
  rocksdb::Status s =
      point_reads_only_
          ? store_->db()->Get(rocksdb::ReadOptions(), store_->cf(keys::kProv), prov_key, &sentence)
          : Get(keys::kProv, prov_key, &sentence);
  if (s.IsNotFound()) return false;
  if (!s.ok()) return ToAbsl(s, "reading provenance");
  return true;
}

absl::StatusOr<EdgeId> TransactionImpl::UpsertFact(NodeId src, std::string_view type,
                                                   NodeId dst, const Properties& qualifiers,
                                                   const Source& source, bool* created) {
  KG_RETURN_IF_ERROR(CheckOpen());
  *created = false;
  if (type.empty()) return absl::InvalidArgumentError("a fact needs an edge type");
  KG_RETURN_IF_ERROR(CheckRequiredQualifiers(type, qualifiers));
  KG_RETURN_IF_ERROR(MustHaveNode(src));
  KG_RETURN_IF_ERROR(MustHaveNode(dst));
  KG_ASSIGN_OR_RETURN(ReaderCore::FactSlot slot, core_.ProbeFact(src, type, dst, qualifiers));
  if (!slot.found) {
    Edge e;
    e.id = slot.id;
    e.src = src;
    e.dst = dst;
    e.type = std::string(type);
    for (const auto& [k, v] : qualifiers) {
      if (!v.is_null()) e.props[k] = v;
    }
    WriteEdge(std::nullopt, std::move(e));
  } else {
    // Merged in place: WriteEdge only needs to know the edge existed.
    Edge& merged = *slot.edge;
    bool changed = false;
    for (const auto& [k, v] : qualifiers) {
      if (v.is_null() || IsDefiningQualifier(type, k)) continue;
      auto it = merged.props.find(k);
      if (it == merged.props.end() || it->second.is_null()) {
        merged.props[k] = v;
        changed = true;
        continue;
      }
      const std::string* have = it->second.string_or_null();
      const std::string* got = v.string_or_null();
      // A more precise date replaces its prefix ("2024" -> "2024-09-23").
      if (have && got && IsDateLike(*have) && IsDateLike(*got) && got->size() > have->size() &&
          got->compare(0, have->size(), *have) == 0) {
        it->second = v;
        changed = true;
      }
    }
    if (changed) WriteEdge(slot.edge, slot.edge);
  }
  std::string prov_key = keys::ProvKey(slot.id, source);
  KG_ASSIGN_OR_RETURN(bool has_source, HasSource(prov_key, source.doc, !slot.found));
  if (!has_source) {
    Put(keys::kProv, prov_key, source.sentence);
    if (point_reads_only_) sources_written_.insert(std::move(prov_key));
    Count(keys::kSourceCount, +1);
  }
  *created = !slot.found;
  return slot.id;
}

absl::StatusOr<NodeId> TransactionImpl::CreateNode(const std::vector<std::string>& labels,
                                                   const Properties& props) {
  KG_RETURN_IF_ERROR(CheckOpen());
  // Counter ids may be taken by imported integer ids: skip those.
  for (;;) {
    KG_ASSIGN_OR_RETURN(std::optional<Node> taken, core_.GetNode(next_node_));
    if (!taken) break;
    ++next_node_;
  }
  Node n;
  n.id = next_node_++;
  std::set<std::string> ls(labels.begin(), labels.end());
  n.labels.assign(ls.begin(), ls.end());
  for (const auto& [k, v] : props) {
    if (!v.is_null()) n.props[k] = v;
  }
  WriteNode(std::nullopt, n);
  return n.id;
}

absl::StatusOr<EdgeId> TransactionImpl::CreateEdge(NodeId src, std::string_view type,
                                                   NodeId dst, const Properties& props) {
  KG_RETURN_IF_ERROR(CheckOpen());
  if (type.empty()) return absl::InvalidArgumentError("an edge needs a type");
  KG_RETURN_IF_ERROR(MustHaveNode(src));
  KG_RETURN_IF_ERROR(MustHaveNode(dst));
  for (;;) {
    KG_ASSIGN_OR_RETURN(std::optional<Edge> taken, core_.GetEdge(next_edge_));
    if (!taken) break;
    ++next_edge_;
  }
  Edge e;
  e.id = next_edge_++;
  e.src = src;
  e.dst = dst;
  e.type = std::string(type);
  for (const auto& [k, v] : props) {
    if (!v.is_null()) e.props[k] = v;
  }
  WriteEdge(std::nullopt, e);
  return e.id;
}

absl::Status TransactionImpl::SetNodeProperty(NodeId id, std::string_view key,
                                              const PropertyValue& value) {
  KG_RETURN_IF_ERROR(CheckOpen());
  KG_ASSIGN_OR_RETURN(Node old, MustGetNode(id));
  Node now = old;
  if (value.is_null()) {
    now.props.erase(std::string(key));
  } else {
    now.props[std::string(key)] = value;
  }
  WriteNode(old, now);
  return absl::OkStatus();
}

absl::Status TransactionImpl::SetEdgeProperty(EdgeId id, std::string_view key,
                                              const PropertyValue& value) {
  KG_RETURN_IF_ERROR(CheckOpen());
  KG_ASSIGN_OR_RETURN(Edge old, MustGetEdge(id));
  Edge now = old;
  if (value.is_null()) {
    now.props.erase(std::string(key));
  } else {
    now.props[std::string(key)] = value;
  }
  WriteEdge(old, now);
  return absl::OkStatus();
}

absl::Status TransactionImpl::AddLabel(NodeId id, std::string_view label) {
  KG_RETURN_IF_ERROR(CheckOpen());
  if (label.empty()) return absl::InvalidArgumentError("empty label");
  KG_ASSIGN_OR_RETURN(Node old, MustGetNode(id));
  if (std::binary_search(old.labels.begin(), old.labels.end(), label)) return absl::OkStatus();
  Node now = old;
  now.labels.emplace_back(label);
  std::sort(now.labels.begin(), now.labels.end());
  WriteNode(old, now);
  return absl::OkStatus();
}

absl::Status TransactionImpl::RemoveLabel(NodeId id, std::string_view label) {
  KG_RETURN_IF_ERROR(CheckOpen());
  KG_ASSIGN_OR_RETURN(Node old, MustGetNode(id));
  Node now = old;
  now.labels.erase(std::remove(now.labels.begin(), now.labels.end(), label), now.labels.end());
  if (now.labels.size() != old.labels.size()) WriteNode(old, now);
  return absl::OkStatus();
}

absl::Status TransactionImpl::DeleteEdge(EdgeId id) {
  KG_RETURN_IF_ERROR(CheckOpen());
  KG_ASSIGN_OR_RETURN(Edge old, MustGetEdge(id));
  KG_ASSIGN_OR_RETURN(std::vector<Source> sources, core_.GetEdgeSources(id));
  for (const auto& s : sources) {
    Del(keys::kProv, keys::ProvKey(id, s));
    Count(keys::kSourceCount, -1);
  }
  WriteEdge(old, std::nullopt);
  return absl::OkStatus();
}

absl::Status TransactionImpl::DeleteNode(NodeId id, bool detach) {
  KG_RETURN_IF_ERROR(CheckOpen());
  KG_ASSIGN_OR_RETURN(Node old, MustGetNode(id));
  std::vector<EdgeId> edges;
  KG_RETURN_IF_ERROR(core_.ForEachAdjacent(id, Direction::kBoth, {}, [&](const Adjacent& a) {
    edges.push_back(a.edge);
    return true;
  }));
  if (!edges.empty() && !detach) {
    return absl::FailedPreconditionError(absl::StrCat(
        "node ", id, " still has ", edges.size(), " relationship(s); use DETACH DELETE"));
  }
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());  // self-loops
  for (EdgeId e : edges) KG_RETURN_IF_ERROR(DeleteEdge(e));
  WriteNode(old, std::nullopt);
  return absl::OkStatus();
}

absl::Status TransactionImpl::RecordDocument(const DocumentRecord& doc) {
  KG_RETURN_IF_ERROR(CheckOpen());
  if (doc.fingerprint.empty()) return absl::InvalidArgumentError("document without fingerprint");
  // Absent when FindDocument looked, and not recorded since (that erases
  // it): still absent. Otherwise read (this transaction's writes included).
  std::optional<DocumentRecord> old;
  if (!absent_docs_.erase(absl::string_view(doc.fingerprint))) {
    KG_ASSIGN_OR_RETURN(old, core_.FindDocument(doc.fingerprint));
  }
  Put(keys::kDocs, doc.fingerprint, EncodeDoc(doc));
  if (!old) Count(keys::kDocCount, +1);
  return absl::OkStatus();
}

absl::Status TransactionImpl::Commit() {
  KG_RETURN_IF_ERROR(CheckOpen());
  // Counters: committed value + this transaction's delta. Safe because this
  // is the only writer of the store.
  std::vector<std::pair<std::string, int64_t>> counters;
  constexpr keys::CounterKind kTotals[] = {keys::kNodeCount, keys::kEdgeCount, keys::kSourceCount,
                                           keys::kDocCount};
  for (size_t i = 0; i < total_deltas_.size(); ++i) {
    counters.emplace_back(keys::CounterKey(kTotals[i]), total_deltas_[i]);
  }
  for (const auto& [id, delta] : label_deltas_) {
    counters.emplace_back(keys::CounterKey(keys::kLabelCount, id), delta);
  }
  for (const auto& [id, delta] : type_deltas_) {
    counters.emplace_back(keys::CounterKey(keys::kTypeCount, id), delta);
  }
  for (const auto& [key, delta] : counters) {
    if (delta == 0) continue;
    KG_ASSIGN_OR_RETURN(uint64_t current, store_->core().ReadCounter(key));
    Put(keys::kMeta, key, U64Value(static_cast<uint64_t>(static_cast<int64_t>(current) + delta)));
  }
  if (next_node_ != start_next_node_) {
    Put(keys::kMeta, keys::MetaKey(keys::kNextNodeTag), U64Value(next_node_));
  }
  if (next_edge_ != start_next_edge_) {
    Put(keys::kMeta, keys::MetaKey(keys::kNextEdgeTag), U64Value(next_edge_));
  }
  rocksdb::WriteOptions wo;
  wo.sync = true;
  rocksdb::Status s = store_->db()->Write(wo, CommitBatch());
  if (!s.ok()) {
    Rollback();
    return ToAbsl(s, absl::StrCat("committing to ", store_->path()));
  }
  for (keys::DictKind kind : {keys::kLabelDict, keys::kTypeDict, keys::kPropKeyDict}) {
    uint32_t next = pending_dict_.NextId(kind);
    for (uint32_t id = 1; id < next; ++id) {
      if (const std::string* n = pending_dict_.Name(kind, id)) store_->dict().Add(kind, id, *n);
    }
  }
  store_->BumpGeneration();
  if (point_reads_only_) RememberWrites();
  done_ = true;
  store_->ReleaseWriter();
  return absl::OkStatus();
}

rocksdb::WriteBatch* TransactionImpl::CommitBatch() {
  if (!point_reads_only_) return batch_.GetWriteBatch();
  size_t bytes = 0;
  for (int cf = 0; cf < keys::kNumCf; ++cf) {
    appended_[cf].reserve(appended_[cf].size() + deferred_[cf].size());  // one allocation
    for (auto& [key, value] : deferred_[cf]) appended_[cf].emplace_back(key, std::move(value));
    deferred_[cf].clear();
    for (const Write& w : appended_[cf]) {
      bytes += w.first.size() + (w.second ? w.second->size() : 0) + kMaxBatchRecordOverhead;
    }
  }
  // Sized for the most the records can take, written in place through `end`
  // (one allocation, no per-append bookkeeping), then cut to what they took.
  std::string rep(kBatchHeaderSize + bytes, '\0');
  char* end = rep.data() + kBatchHeaderSize;
  uint32_t records = 0;
  // Sorted by each key's first sixteen bytes as two numbers (zero-padded),
  // the whole key only on a tie: most comparisons never reach memcmp, even
  // in the adjacency families, whose keys share their first eight bytes
  // (the node) for every edge of a node.
  struct Ordered {
    uint64_t head[2];
    uint32_t index;
  };
  // Key bytes [from, from + 8) as a big-endian number, zero-padded.
  auto head_word = [](const std::string& k, size_t from) {
    if (k.size() >= from + 8) return keys::GetU64(k.data() + from);
    uint64_t w = 0;
    for (size_t b = from; b < from + 8; ++b) {
      w = (w << 8) | (b < k.size() ? static_cast<unsigned char>(k[b]) : 0u);
    }
    return w;
  };
  std::vector<Ordered> order;
  for (int cf = 0; cf < keys::kNumCf; ++cf) {
    const std::vector<Write>& writes = appended_[cf];
    order.resize(writes.size());
    for (uint32_t i = 0; i < order.size(); ++i) {
      const std::string& k = writes[i].first;
      order[i] = {{head_word(k, 0), head_word(k, 8)}, i};
    }
    // Of several writes of a key the last one wins: it sorts last.
    std::sort(order.begin(), order.end(), [&writes](const Ordered& a, const Ordered& b) {
      if (a.head[0] != b.head[0]) return a.head[0] < b.head[0];
      if (a.head[1] != b.head[1]) return a.head[1] < b.head[1];
      const int c = writes[a.index].first.compare(writes[b.index].first);
      return c < 0 || (c == 0 && a.index < b.index);
    });
    const uint32_t cf_id = store_->cf(static_cast<keys::Cf>(cf))->GetID();
    for (size_t i = 0; i < order.size(); ++i) {
      const Write& w = writes[order[i].index];
      if (i + 1 < order.size() && writes[order[i + 1].index].first == w.first) continue;
      end = PutBatchRecord(end, cf_id, w.first, w.second ? &*w.second : nullptr);
      ++records;
    }
  }
  rep.resize(static_cast<size_t>(end - rep.data()));
  for (int b = 0; b < 4; ++b) rep[8 + b] = static_cast<char>(records >> (8 * b));
  plain_ = rocksdb::WriteBatch(std::move(rep));
  return &plain_;
}

void TransactionImpl::RememberWrites() {
  // Bounds the cache's memory; past it, later batches fill it afresh.
  constexpr size_t kMaxBytes = size_t{64} << 20;
  for (Write& w : appended_[keys::kEdges]) {  // deleted edges left it in WriteEdge
    if (!w.second) continue;
    cache_.bytes += w.first.size() + w.second->size();
    cache_.edges.insert_or_assign(std::move(w.first), std::move(*w.second));
  }
  cache_.bytes += live_nodes_.size() * sizeof(NodeId);
  cache_.nodes.insert(live_nodes_.begin(), live_nodes_.end());
  if (cache_.complete) {
    std::string_view last;
    for (const Write& w : appended_[keys::kProv]) {
      // Provenance key: edge(8) doc 0x00 start(4) end(4).
      if (!w.second || w.first.size() < 17) continue;
      std::string_view doc(w.first.data() + 8, w.first.size() - 17);
      if (doc == last) continue;  // a document's facts come together
      last = doc;
      cache_.source_docs.emplace(doc);
    }
  }
  if (cache_.bytes > kMaxBytes) {
    cache_.Clear();
  }
  cache_.generation = store_->Generation();
}

// ---------------------------------------------------------------- store

GraphStoreImpl::GraphStoreImpl(std::string path, const Options& options)
    : path_(std::move(path)), options_(options), core_(*this, dict_) {}

GraphStoreImpl::~GraphStoreImpl() {
  view_cache_.value.reset();
  if (db_) {
    for (auto* h : handles_) db_->DestroyColumnFamilyHandle(h);
    handles_.clear();
    db_->Close().PermitUncheckedError();
    db_.reset();
  }
  if (owns_writer_file_) {
    std::error_code ec;
    fs::remove(fs::path(path_) / kWriterFile, ec);
  }
}

absl::StatusOr<std::unique_ptr<GraphStore>> GraphStoreImpl::OpenImpl(const std::string& path,
                                                                     const Options& options) {
  std::unique_ptr<GraphStoreImpl> store(new GraphStoreImpl(path, options));
  KG_RETURN_IF_ERROR(store->OpenDb());
  KG_RETURN_IF_ERROR(store->InitOrCheckMeta());
  KG_RETURN_IF_ERROR(store->LoadDict());
  return std::unique_ptr<GraphStore>(std::move(store));
}

absl::Status GraphStoreImpl::OpenDb() {
  rocks_options_ = rocksdb::Options();
  if (options_.in_memory) {
    env_.reset(rocksdb::NewMemEnv(rocksdb::Env::Default()));
    rocks_options_.env = env_.get();
  }
  bool exists = false;
  if (!options_.in_memory) {
    std::error_code ec;
    fs::path p(path_);
    if (fs::exists(p, ec)) {
      if (!fs::is_directory(p, ec)) {
        return absl::InvalidArgumentError(
            absl::StrCat(path_, " is not a kg database (it is a file, not a directory)"));
      }
      exists = fs::exists(p / "CURRENT", ec);
      if (!exists && !fs::is_empty(p, ec)) {
        return absl::InvalidArgumentError(
            absl::StrCat(path_, " is not a kg database (a non-empty directory without CURRENT)"));
      }
    }
    if (!exists && (options_.read_only || !options_.create_if_missing)) {
      return absl::NotFoundError(absl::StrCat("no kg database at ", path_));
    }
  }
  if (exists) {
    std::vector<std::string> cfs;
    rocksdb::Status s = rocksdb::DB::ListColumnFamilies(rocks_options_, path_, &cfs);
    if (!s.ok()) return ToAbsl(s, absl::StrCat("opening ", path_));
    for (const char* name : keys::kCfNames) {
      if (std::find(cfs.begin(), cfs.end(), name) == cfs.end()) {
        return absl::InvalidArgumentError(absl::StrCat(
            path_, " is not a kg database (no column family '", name, "')"));
      }
    }
  }
  rocks_options_.create_if_missing = true;
  rocks_options_.create_missing_column_families = true;
  rocks_options_.max_background_jobs = 2;
  rocks_options_.keep_log_file_num = 2;
  rocks_options_.max_manifest_file_size = 8 << 20;
  auto cache = rocksdb::NewLRUCache(options_.block_cache_mb << 20);
  std::vector<rocksdb::ColumnFamilyDescriptor> descs;
  for (int i = 0; i < keys::kNumCf; ++i) {
    descs.emplace_back(keys::kCfNames[i], CfOptions(static_cast<keys::Cf>(i), cache));
  }
  static_cast<rocksdb::ColumnFamilyOptions&>(rocks_options_) = descs[0].options;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s =
      options_.read_only
          ? rocksdb::DB::OpenForReadOnly(rocks_options_, path_, descs, &handles_, &raw)
          : rocksdb::DB::Open(rocks_options_, path_, descs, &handles_, &raw);
  if (!s.ok()) {
    if (!options_.read_only && s.IsIOError() && s.ToString().find("lock") != std::string::npos) {
      return LockedError(path_);
    }
    return ToAbsl(s, absl::StrCat("opening ", path_));
  }
  db_.reset(raw);
  if (!options_.read_only && !options_.in_memory) {
    std::ofstream out(fs::path(path_) / kWriterFile, std::ios::trunc);
    out << "pid=" << getpid() << "\nhost=" << HostName() << "\ncommand=" << ThisCommand()
        << "\n";
    owns_writer_file_ = static_cast<bool>(out);
  }
  return absl::OkStatus();
}

absl::Status GraphStoreImpl::InitOrCheckMeta() {
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), handles_[keys::kMeta],
                               keys::MetaKey(keys::kSchemaVersionTag), &value);
  if (s.IsNotFound()) {
    if (options_.read_only) {
      return absl::InvalidArgumentError(
          absl::StrCat(path_, " is not a kg database (no schema version)"));
    }
    rocksdb::WriteBatch b;
    std::string v;
    keys::PutU32(&v, kSchemaVersion);
    b.Put(handles_[keys::kMeta], keys::MetaKey(keys::kSchemaVersionTag), v);
    b.Put(handles_[keys::kMeta], keys::MetaKey(keys::kNextNodeTag), U64Value(0));
    b.Put(handles_[keys::kMeta], keys::MetaKey(keys::kNextEdgeTag), U64Value(1));
    PutFingerprintAlgorithm(&b);
    rocksdb::WriteOptions wo;
    wo.sync = true;
    return ToAbsl(db_->Write(wo, &b), absl::StrCat("initialising ", path_));
  }
  if (!s.ok()) return ToAbsl(s, absl::StrCat("reading the schema version of ", path_));
  if (value.size() != 4) {
    return absl::DataLossError(absl::StrCat(path_, ": malformed schema version record"));
  }
  uint32_t version = keys::GetU32(value.data());
  if (version != kSchemaVersion) {
    return absl::FailedPreconditionError(absl::StrCat(
        "database ", path_, " has schema version ", version, ", but this kg reads version ",
        kSchemaVersion, "; re-create it with this kg (kg ingest / kg import)"));
  }
  return CheckFingerprintAlgorithm();
}

void GraphStoreImpl::PutFingerprintAlgorithm(rocksdb::WriteBatch* b) {
  fingerprint_algorithm_ = FingerprintAlgorithm::kXxh3_128;
  std::string v;
  keys::PutU32(&v, static_cast<uint32_t>(fingerprint_algorithm_));
  b->Put(handles_[keys::kMeta], keys::MetaKey(keys::kFingerprintTag), v);
}

absl::Status GraphStoreImpl::CheckFingerprintAlgorithm() {
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), handles_[keys::kMeta],
                               keys::MetaKey(keys::kFingerprintTag), &value);
  if (s.ok()) {
    uint32_t a = value.size() == 4 ? keys::GetU32(value.data()) : ~0u;
    if (a != static_cast<uint32_t>(FingerprintAlgorithm::kFnv1a2x64) &&
        a != static_cast<uint32_t>(FingerprintAlgorithm::kXxh3_128)) {
      return absl::FailedPreconditionError(absl::StrCat(
          "database ", path_, " fingerprints documents with an unknown algorithm (", a,
          "); it was written by a newer kg"));
    }
    fingerprint_algorithm_ = static_cast<FingerprintAlgorithm>(a);
    return absl::OkStatus();
  }
  if (!s.IsNotFound()) return ToAbsl(s, absl::StrCat("reading the fingerprint algorithm of ", path_));
  // Written before the algorithm was recorded: the legacy digest, unless no
  // document is stored yet, which lets the database take the current one.
  fingerprint_algorithm_ = FingerprintAlgorithm::kFnv1a2x64;
  if (options_.read_only) return absl::OkStatus();
  std::unique_ptr<rocksdb::Iterator> it(NewIterator(keys::kDocs));
  it->SeekToFirst();
  KG_RETURN_IF_ERROR(ToAbsl(it->status(), absl::StrCat("reading the documents of ", path_)));
  if (it->Valid()) return absl::OkStatus();
  rocksdb::WriteBatch b;
  PutFingerprintAlgorithm(&b);
  rocksdb::WriteOptions wo;
  wo.sync = true;
  return ToAbsl(db_->Write(wo, &b), absl::StrCat("recording the fingerprint algorithm of ", path_));
}

absl::Status GraphStoreImpl::LoadDict() {
  std::unique_ptr<rocksdb::Iterator> it(
      db_->NewIterator(rocksdb::ReadOptions(), handles_[keys::kMeta]));
  const char tag = keys::kDictNameTag;
  for (it->Seek(rocksdb::Slice(&tag, 1)); it->Valid() && it->key()[0] == tag; it->Next()) {
    if (it->key().size() != 6) return absl::DataLossError("malformed dictionary key");
    auto kind = static_cast<keys::DictKind>(it->key()[1]);
    uint32_t id = keys::GetU32(it->key().data() + 2);
    dict_.Add(kind, id, std::string_view(it->value().data(), it->value().size()));
  }
  return ToAbsl(it->status(), "loading dictionaries");
}

rocksdb::Status GraphStoreImpl::Get(keys::Cf cf, const std::string& key,
                                    std::string* value) const {
  return db_->Get(rocksdb::ReadOptions(), handles_[cf], key, value);
}

std::unique_ptr<rocksdb::Iterator> GraphStoreImpl::NewIterator(keys::Cf cf) const {
  return std::unique_ptr<rocksdb::Iterator>(db_->NewIterator(rocksdb::ReadOptions(), handles_[cf]));
}

absl::Status GraphStoreImpl::AcquireWriter() {
  if (options_.read_only) {
    return absl::FailedPreconditionError(
        absl::StrCat("database ", path_, " was opened read-only"));
  }
  absl::MutexLock l(&writer_mu_);
  writer_mu_.Await(absl::Condition(
      +[](bool* busy) { return !*busy; }, &writer_busy_));
  writer_busy_ = true;
  return absl::OkStatus();
}

void GraphStoreImpl::ReleaseWriter() {
  absl::MutexLock l(&writer_mu_);
  writer_busy_ = false;
}

absl::StatusOr<std::unique_ptr<Transaction>> GraphStoreImpl::Begin(
    const TransactionOptions& options) {
  KG_RETURN_IF_ERROR(AcquireWriter());
  auto next_node = core_.ReadU64(keys::MetaKey(keys::kNextNodeTag), 0);
  auto next_edge = core_.ReadU64(keys::MetaKey(keys::kNextEdgeTag), 1);
  if (!next_node.ok() || !next_edge.ok()) {
    ReleaseWriter();
    return next_node.ok() ? next_edge.status() : next_node.status();
  }
  return std::unique_ptr<Transaction>(
      new TransactionImpl(this, options, *next_node, *next_edge));
}

absl::StatusOr<GraphStats> GraphStoreImpl::Stats() const {
  GraphStats st;
  KG_ASSIGN_OR_RETURN(st.nodes, core_.ReadCounter(keys::CounterKey(keys::kNodeCount)));
  KG_ASSIGN_OR_RETURN(st.edges, core_.ReadCounter(keys::CounterKey(keys::kEdgeCount)));
  KG_ASSIGN_OR_RETURN(st.sources, core_.ReadCounter(keys::CounterKey(keys::kSourceCount)));
  KG_ASSIGN_OR_RETURN(st.documents, core_.ReadCounter(keys::CounterKey(keys::kDocCount)));
  std::unique_ptr<rocksdb::Iterator> it(NewIterator(keys::kMeta));
  for (char kind : {keys::kLabelCount, keys::kTypeCount}) {
    std::string prefix = {keys::kCounterTag, kind};
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      if (it->key().size() != 6 || it->value().size() != 8) continue;
      uint32_t id = keys::GetU32(it->key().data() + 2);
      uint64_t n = keys::GetU64(it->value().data());
      const std::string* name =
          dict_.Name(kind == keys::kLabelCount ? keys::kLabelDict : keys::kTypeDict, id);
      if (name == nullptr || n == 0) continue;
      (kind == keys::kLabelCount ? st.nodes_by_label : st.edges_by_type)[*name] = n;
    }
  }
  KG_RETURN_IF_ERROR(ToAbsl(it->status(), "reading counters"));
  if (options_.in_memory) {
    for (auto* h : handles_) {
      uint64_t v = 0;
      if (db_->GetIntProperty(h, "rocksdb.total-sst-files-size", &v)) st.disk_bytes += v;
    }
  } else {
    std::error_code ec;
    for (const auto& e : fs::recursive_directory_iterator(path_, ec)) {
      if (e.is_regular_file(ec)) st.disk_bytes += e.file_size(ec);
    }
  }
  return st;
}

absl::StatusOr<std::vector<DocumentRecord>> GraphStoreImpl::Documents() const {
  std::vector<DocumentRecord> out;
  std::unique_ptr<rocksdb::Iterator> it(NewIterator(keys::kDocs));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    DocumentRecord d;
    if (!DecodeDoc(std::string_view(it->key().data(), it->key().size()),
                   std::string_view(it->value().data(), it->value().size()), &d)) {
      return absl::DataLossError("corrupt document record");
    }
    out.push_back(std::move(d));
  }
  KG_RETURN_IF_ERROR(ToAbsl(it->status(), "listing documents"));
  std::sort(out.begin(), out.end(), [](const DocumentRecord& a, const DocumentRecord& b) {
    return a.doc_id < b.doc_id;
  });
  return out;
}

}  // namespace internal
}  // namespace kg::graph
