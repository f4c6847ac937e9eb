// The RocksDB-backed GraphStore and the read logic it shares with its
// transactions. Used by graph_store.cc, bulk_load.cc and compact_view.cc.
#ifndef KG_GRAPH_INTERNAL_STORE_IMPL_H_
#define KG_GRAPH_INTERNAL_STORE_IMPL_H_

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/synchronization/mutex.h"
#include "graph/graph_store.h"
#include "graph/identity.h"
#include "graph/internal/codec.h"
#include "graph/key_format.h"
#include "rocksdb/db.h"
#include "rocksdb/env.h"

namespace kg::graph::internal {

// The one place a rocksdb::Status becomes an absl::Status. `context` names
// the operation (and database) for the message.
absl::Status ToAbsl(const rocksdb::Status& s, std::string_view context);

// Key-value access to one graph state (committed, or committed + batch).
class KvSource {
 public:
  virtual ~KvSource() = default;
  // NotFound is returned as rocksdb::Status::NotFound().
  virtual rocksdb::Status Get(keys::Cf cf, const std::string& key, std::string* value) const = 0;
  virtual std::unique_ptr<rocksdb::Iterator> NewIterator(keys::Cf cf) const = 0;
};

// Implements every GraphReader query on top of a KvSource and a dictionary.
class ReaderCore {
 public:
  ReaderCore(const KvSource& kv, const DictView& dict) : kv_(kv), dict_(dict) {}

  absl::StatusOr<std::optional<Node>> GetNode(NodeId id) const;
  absl::StatusOr<std::optional<Edge>> GetEdge(EdgeId id) const;
  absl::StatusOr<std::vector<Source>> GetEdgeSources(EdgeId id) const;
  absl::Status ScanNodes(std::string_view label,
                         const std::function<bool(const Node&)>& fn) const;
  absl::Status ScanEdges(std::string_view type,
                         const std::function<bool(const Edge&)>& fn) const;
  absl::Status ForEachAdjacent(NodeId node, Direction dir, std::string_view type,
                               const std::function<bool(const Adjacent&)>& fn) const;
  absl::StatusOr<std::vector<NodeId>> FindByName(std::string_view name,
                                                 std::string_view label) const;
  absl::StatusOr<std::vector<std::pair<std::string, NodeId>>> NamesWithPrefix(
      std::string_view folded_prefix, size_t limit) const;
  absl::StatusOr<std::optional<EdgeId>> FindFact(NodeId src, std::string_view type, NodeId dst,
                                                 const Properties& qualifiers) const;
  absl::StatusOr<std::optional<DocumentRecord>> FindDocument(std::string_view fp) const;
  absl::StatusOr<bool> HasLabel(NodeId id, std::string_view label) const;
  absl::StatusOr<uint64_t> ReadCounter(const std::string& key) const;
  absl::StatusOr<uint64_t> ReadU64(const std::string& meta_key, uint64_t dflt) const;

  // Fact identity: probes hashed slots from the identity hash. Returns the
  // slot holding this identity (found = true) or the first free slot.
  struct FactSlot {
    EdgeId id;
    bool found;
    std::optional<Edge> edge;
  };
  absl::StatusOr<FactSlot> ProbeFact(NodeId src, std::string_view type, NodeId dst,
                                     const Properties& qualifiers) const;

 private:
  const KvSource& kv_;
  const DictView& dict_;
};

// The GraphReader queries that a store and a transaction answer alike, from
// their ReaderCore. Base is GraphStore or Transaction.
template <class Base>
class CoreReader : public Base {
 public:
  absl::StatusOr<std::optional<Node>> GetNode(NodeId id) const override { return Core().GetNode(id); }
  absl::StatusOr<std::optional<Edge>> GetEdge(EdgeId id) const override { return Core().GetEdge(id); }
  absl::StatusOr<std::vector<Source>> GetEdgeSources(EdgeId id) const override {
    return Core().GetEdgeSources(id);
  }
  absl::Status ScanNodes(std::string_view label,
                         const std::function<bool(const Node&)>& fn) const override {
    return Core().ScanNodes(label, fn);
  }
  absl::Status ScanEdges(std::string_view type,
                         const std::function<bool(const Edge&)>& fn) const override {
    return Core().ScanEdges(type, fn);
  }
  absl::Status ForEachAdjacent(NodeId node, Direction dir, std::string_view type,
                               const std::function<bool(const Adjacent&)>& fn) const override {
    return Core().ForEachAdjacent(node, dir, type, fn);
  }
  absl::StatusOr<std::vector<NodeId>> FindByName(std::string_view name,
                                                 std::string_view label) const override {
    return Core().FindByName(name, label);
  }
  absl::StatusOr<std::vector<std::pair<std::string, NodeId>>> NamesWithPrefix(
      std::string_view folded_prefix, size_t limit) const override {
    return Core().NamesWithPrefix(folded_prefix, limit);
  }
  absl::StatusOr<std::optional<EdgeId>> FindFact(NodeId src, std::string_view type, NodeId dst,
                                                 const Properties& q) const override {
    return Core().FindFact(src, type, dst, q);
  }

 protected:
  virtual const ReaderCore& Core() const = 0;
};

// Identity helpers shared with tests and the transaction (IsSymmetricType
// and IsDefiningQualifier are in graph/identity.h).
// Defining qualifiers that must be present (InvalidArgument otherwise).
absl::Status CheckRequiredQualifiers(std::string_view type, const Properties& q);
EdgeId FactBaseId(NodeId src, std::string_view type, NodeId dst, const Properties& q);
// Every folded key of a node: its name and each alias (empty folds skipped).
std::vector<std::string> FoldedNames(const Properties& props);

class GraphStoreImpl final : public CoreReader<GraphStore>, private KvSource {
 public:
  ~GraphStoreImpl() override;
  static absl::StatusOr<std::unique_ptr<GraphStore>> OpenImpl(const std::string& path,
                                                               const Options& options);

  // GraphReader (the rest comes from CoreReader).
  absl::StatusOr<std::vector<std::string>> Labels() const override {
    return dict_.Names(keys::kLabelDict);
  }
  absl::StatusOr<std::vector<std::string>> EdgeTypes() const override {
    return dict_.Names(keys::kTypeDict);
  }

  // GraphStore.
  using GraphStore::Begin;
  absl::StatusOr<std::unique_ptr<Transaction>> Begin(const TransactionOptions& options) override;
  absl::StatusOr<GraphStats> Stats() const override;
  absl::StatusOr<std::vector<DocumentRecord>> Documents() const override;
  FingerprintAlgorithm fingerprint_algorithm() const override { return fingerprint_algorithm_; }
  uint64_t Generation() const override { return generation_.load(); }
  const std::string& path() const override { return path_; }

  // For the transaction, the bulk loader and the compact view.
  rocksdb::DB* db() const { return db_.get(); }
  rocksdb::ColumnFamilyHandle* cf(keys::Cf c) const { return handles_[c]; }
  rocksdb::Env* env() const { return env_ ? env_.get() : rocksdb::Env::Default(); }
  const rocksdb::Options& rocks_options() const { return rocks_options_; }
  Dict& dict() { return dict_; }
  const Dict& dict() const { return dict_; }
  const ReaderCore& core() const { return core_; }
  const ReaderCore& Core() const override { return core_; }
  bool read_only() const { return options_.read_only; }
  // One writer (transaction or bulk load) at a time; blocks.
  absl::Status AcquireWriter();
  void ReleaseWriter();
  void BumpGeneration() { generation_.fetch_add(1); }

  // A slot for a derived, generation-stamped cache (the compact view).
  struct CacheSlot {
    absl::Mutex mu;
    std::shared_ptr<const void> value ABSL_GUARDED_BY(mu);
    uint64_t generation ABSL_GUARDED_BY(mu) = 0;
  };
  CacheSlot& view_cache() const { return view_cache_; }

  // What this store's point-reads-only transactions committed: edges
  // (encoded values by edge key) and the ids of nodes, so that ingest reads
  // them back without RocksDB. Valid only while generation == Generation(),
  // i.e. until any other write. Used only by the holder of the writer lock.
  //
  // `complete`: the store held no nodes, edges or provenance when the cache
  // started, and the cache has seen every write since, so it lists every
  // node and edge there is: a node or edge it does not list is absent, and
  // provenance exists only for the documents in `source_docs` (those that
  // committed transactions cited). Set when a point-reads-only transaction
  // starts a cache on an empty store; any deletion or clearing unsets it.
  struct IngestCache {
    uint64_t generation = 0;
    size_t bytes = 0;  // about; the cache starts over past a bound
    absl::flat_hash_map<std::string, std::string> edges;
    absl::flat_hash_set<NodeId> nodes;
    bool complete = false;
    absl::flat_hash_set<std::string> source_docs;  // only while complete
    void Clear() {
      edges.clear();
      nodes.clear();
      source_docs.clear();
      complete = false;
      bytes = 0;
    }
  };
  IngestCache& ingest_cache() { return ingest_cache_; }

 private:
  GraphStoreImpl(std::string path, const Options& options);
  absl::Status OpenDb();
  absl::Status InitOrCheckMeta();
  // Reads (or, on a database without documents, records) the fingerprint
  // algorithm into fingerprint_algorithm_.
  absl::Status CheckFingerprintAlgorithm();
  void PutFingerprintAlgorithm(rocksdb::WriteBatch* b);  // the current one
  absl::Status LoadDict();

  rocksdb::Status Get(keys::Cf cf, const std::string& key, std::string* value) const override;
  std::unique_ptr<rocksdb::Iterator> NewIterator(keys::Cf cf) const override;

  std::string path_;
  Options options_;
  rocksdb::Options rocks_options_;
  std::unique_ptr<rocksdb::Env> env_;  // in-memory env; outlives db_
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  std::unique_ptr<rocksdb::DB> db_;
  Dict dict_;
  ReaderCore core_;
  std::atomic<uint64_t> generation_{1};
  absl::Mutex writer_mu_;
  bool writer_busy_ ABSL_GUARDED_BY(writer_mu_) = false;
  bool owns_writer_file_ = false;
  FingerprintAlgorithm fingerprint_algorithm_ = FingerprintAlgorithm::kFnv1a2x64;
  mutable CacheSlot view_cache_;
  IngestCache ingest_cache_;
};

}  // namespace kg::graph::internal

#endif  // KG_GRAPH_INTERNAL_STORE_IMPL_H_
