// The property-graph store: nodes, edges, provenance and indexes persisted in
// RocksDB. This header is the public API of kg_graph; the RocksDB-backed
// implementation lives in graph_store.cc and graph/internal/.
//
// Thread safety: a GraphStore may be read from many threads. Writes go through
// one Transaction at a time (Begin() blocks while another is open).
#ifndef KG_GRAPH_GRAPH_STORE_H_
#define KG_GRAPH_GRAPH_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "graph/fingerprint.h"
#include "graph/types.h"

namespace kg::graph {

// Schema version written into every database; opening a database with a
// different major version fails with FailedPrecondition.
inline constexpr uint32_t kSchemaVersion = 1;

struct Options {
  bool read_only = false;          // no lock taken; sees the state at open
  bool create_if_missing = true;
  bool in_memory = false;          // rocksdb::NewMemEnv: for hermetic tests
  size_t block_cache_mb = 256;
};

struct TransactionOptions {
  // For bulk writers (kg ingest). Index entries (adjacency, labels, names,
  // provenance, counters) go straight into the commit batch, and nodes, edges
  // and document records are kept in a hash map until Commit(), instead of in
  // an ordered, readable batch. Point reads (GetNode, GetEdge, FindFact,
  // FindDocument) and UpsertEntity/UpsertFact/RecordDocument still see the
  // transaction's own writes; everything that scans or reads an index
  // (ForEachAdjacent, FindByName, GetEdgeSources, DeleteEdge, ...) fails
  // (Unimplemented) rather than answer without them.
  bool point_reads_only = false;
};

// Counts for `kg stats` and the shell's :schema.
struct GraphStats {
  uint64_t nodes = 0;
  uint64_t edges = 0;
  uint64_t sources = 0;
  uint64_t documents = 0;
  std::map<std::string, uint64_t> nodes_by_label;
  std::map<std::string, uint64_t> edges_by_type;
  uint64_t disk_bytes = 0;
};

// A document that was ingested: its id (file stem), content fingerprint,
// when it was read, and what it contributed.
struct DocumentRecord {
  std::string doc_id;
  std::string fingerprint;  // hex digest of the NFC text
  int64_t ingested_at_unix = 0;
  uint32_t facts = 0;
  uint32_t entities = 0;
};

// Read access to a graph state. Implemented by GraphStore (committed state)
// and by Transaction (committed state plus the transaction's own writes).
// Callbacks return false to stop a scan early.
class GraphReader {
 public:
  virtual ~GraphReader() = default;

  virtual absl::StatusOr<std::optional<Node>> GetNode(NodeId id) const = 0;
  // Without sources (cheap); GetEdgeSources() fetches provenance.
  virtual absl::StatusOr<std::optional<Edge>> GetEdge(EdgeId id) const = 0;
  virtual absl::StatusOr<std::vector<Source>> GetEdgeSources(EdgeId id) const = 0;

  // All nodes, or those carrying `label` (label index), in id order.
  virtual absl::Status ScanNodes(std::string_view label,
                                 const std::function<bool(const Node&)>& fn) const = 0;
  // All edges, or those of `type`, in id order (no sources).
  virtual absl::Status ScanEdges(std::string_view type,
                                 const std::function<bool(const Edge&)>& fn) const = 0;
  // Edges at `node` in direction `dir`, all types or only `type`. A self-loop
  // appears once per direction asked.
  virtual absl::Status ForEachAdjacent(NodeId node, Direction dir, std::string_view type,
                                       const std::function<bool(const Adjacent&)>& fn) const = 0;

  // Nodes whose name or an alias folds (FoldName) to the same key as `name`,
  // optionally restricted to `label`. Sorted by id.
  virtual absl::StatusOr<std::vector<NodeId>> FindByName(std::string_view name,
                                                         std::string_view label = {}) const = 0;
  // Names (folded) starting with `prefix`, for completion and "did you mean".
  virtual absl::StatusOr<std::vector<std::pair<std::string, NodeId>>> NamesWithPrefix(
      std::string_view folded_prefix, size_t limit) const = 0;

  // The edge with this identity (see Transaction::UpsertFact), if stored.
  virtual absl::StatusOr<std::optional<EdgeId>> FindFact(NodeId src, std::string_view type,
                                                         NodeId dst,
                                                         const Properties& qualifiers) const = 0;

  virtual absl::StatusOr<std::vector<std::string>> Labels() const = 0;
  virtual absl::StatusOr<std::vector<std::string>> EdgeTypes() const = 0;
};

// A write transaction. Every change made through it becomes visible and
// durable together at Commit() (one RocksDB WriteBatch), or not at all.
// Reads through it see its own uncommitted writes.
class Transaction : public GraphReader {
 public:
  // Finds or creates the entity node (label, canonical name). Its id is
  // derived from the label and the folded name, so it is stable across runs
  // and databases. `aliases` are merged into the node's "aliases".
  // `*created` tells whether the node is new (did not exist before the call).
  virtual absl::StatusOr<NodeId> UpsertEntity(std::string_view label, std::string_view name,
                                              const std::vector<std::string>& aliases,
                                              bool* created) = 0;
  absl::StatusOr<NodeId> UpsertEntity(std::string_view label, std::string_view name,
                                      const std::vector<std::string>& aliases) {
    bool created;
    return UpsertEntity(label, name, aliases, &created);
  }

  // Finds or creates the fact edge. Identity: (src, type, dst, defining
  // qualifiers: title for HOLDS_OFFICE, role for HELD_POSITION, start/end for
  // MEMBER_OF and HELD_POSITION, level for PARTNERSHIP); symmetric types are
  // matched in either direction. Non-defining qualifiers are merged (existing
  // values kept, missing ones filled; a more precise date replaces a prefix).
  // `source` is added unless the same (doc, start, end) is already there.
  // `*created` tells whether the edge is new (false: merged into a stored one).
  virtual absl::StatusOr<EdgeId> UpsertFact(NodeId src, std::string_view type, NodeId dst,
                                            const Properties& qualifiers, const Source& source,
                                            bool* created) = 0;
  absl::StatusOr<EdgeId> UpsertFact(NodeId src, std::string_view type, NodeId dst,
                                    const Properties& qualifiers, const Source& source) {
    bool created;
    return UpsertFact(src, type, dst, qualifiers, source, &created);
  }

  // Hand edits (Cypher CREATE/SET/REMOVE/DELETE): always new ids.
  virtual absl::StatusOr<NodeId> CreateNode(const std::vector<std::string>& labels,
                                            const Properties& props) = 0;
  virtual absl::StatusOr<EdgeId> CreateEdge(NodeId src, std::string_view type, NodeId dst,
                                            const Properties& props) = 0;
  // A null value removes the property.
  virtual absl::Status SetNodeProperty(NodeId id, std::string_view key,
                                       const PropertyValue& value) = 0;
  virtual absl::Status SetEdgeProperty(EdgeId id, std::string_view key,
                                       const PropertyValue& value) = 0;
  virtual absl::Status AddLabel(NodeId id, std::string_view label) = 0;
  virtual absl::Status RemoveLabel(NodeId id, std::string_view label) = 0;
  virtual absl::Status DeleteEdge(EdgeId id) = 0;
  // FailedPrecondition if the node still has edges and !detach.
  virtual absl::Status DeleteNode(NodeId id, bool detach) = 0;

  // Documents: the fingerprint is written in the same batch as the facts.
  virtual absl::StatusOr<std::optional<DocumentRecord>> FindDocument(
      std::string_view fingerprint) const = 0;
  virtual absl::Status RecordDocument(const DocumentRecord& doc) = 0;

  virtual absl::Status Commit() = 0;
  virtual void Rollback() = 0;
};

class GraphStore : public GraphReader {
 public:
  // Opens (or creates) the database at `path`. Errors: FailedPrecondition
  // naming the process that holds the write lock, or a schema version
  // mismatch; InvalidArgument for a path that is not a kg database.
  static absl::StatusOr<std::unique_ptr<GraphStore>> Open(const std::string& path,
                                                           const Options& options = {});

  // REQUIRES: the store was opened for writing. Blocks while another
  // transaction of this store is open. The transaction must not outlive
  // the store.
  virtual absl::StatusOr<std::unique_ptr<Transaction>> Begin(
      const TransactionOptions& options) = 0;
  absl::StatusOr<std::unique_ptr<Transaction>> Begin() { return Begin(TransactionOptions()); }

  virtual absl::StatusOr<GraphStats> Stats() const = 0;
  virtual absl::StatusOr<std::vector<DocumentRecord>> Documents() const = 0;
  // The fingerprint algorithm of this database's document records: ingest
  // must fingerprint texts with it to recognise documents already stored.
  virtual FingerprintAlgorithm fingerprint_algorithm() const = 0;
  // Bumped by every commit; lets caches (the compact view) know they are stale.
  virtual uint64_t Generation() const = 0;
  virtual const std::string& path() const = 0;
};

}  // namespace kg::graph

#endif  // KG_GRAPH_GRAPH_STORE_H_
