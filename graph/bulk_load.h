// BulkLoader: streams nodes and edges (e.g. CSV rows for `kg import`) into a
// GraphStore and writes them all at once at Finish(): sorted in memory, one
// SST file per column family, ingested atomically. Nothing reaches the
// database before Finish() succeeds; destroying the loader earlier (after an
// error, say) leaves the database unchanged.
//
// Node keys are the caller's ids (the CSV `id` column). If the database is
// empty and every key is a non-negative integer below 2^62, the keys become
// the NodeIds (so Cypher `id(n)` equals the CSV id); otherwise nodes get
// fresh counter ids. Edges are not merged by identity: each AddEdge is one
// edge (parallel edges are kept, as in a CSV), with a counter id assigned in
// (source, type, target) order.
//
// Not thread-safe (except EdgeBatch filling); holds the store's writer slot from Create() until Finish()
// or destruction (transactions block meanwhile).
#ifndef KG_GRAPH_BULK_LOAD_H_
#define KG_GRAPH_BULK_LOAD_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "graph/graph_store.h"

namespace kg::graph {

struct BulkLoadResult {
  uint64_t nodes = 0;
  uint64_t edges = 0;
  bool kept_integer_ids = false;  // NodeIds equal the integer keys
  uint64_t sst_bytes = 0;         // size of the files ingested
};

class BulkLoader {
 public:
  // REQUIRES: `store` was opened for writing and outlives the loader.
  static absl::StatusOr<std::unique_ptr<BulkLoader>> Create(GraphStore* store);
  // A loader without a store: AddX checks rows exactly as a real one does
  // (to validate input before opening a database); Finish() fails.
  static std::unique_ptr<BulkLoader> CreateCheckOnly();
  virtual ~BulkLoader() = default;

  // Adds a node. `key` names it for AddEdge; empty = anonymous (no edges can
  // refer to it, and integer ids are then not kept). `prop_keys[i]` names
  // `prop_values[i]`; null values are skipped. "name" and "aliases" feed the
  // name index. InvalidArgument on a duplicate key or empty label.
  virtual absl::Status AddNode(std::string_view key, absl::Span<const std::string> labels,
                               absl::Span<const std::string> prop_keys,
                               absl::Span<const PropertyValue> prop_values) = 0;
  absl::Status AddNode(std::string_view key, const std::vector<std::string>& labels,
                       const Properties& props);

  // Adds an edge between two nodes added before. InvalidArgument naming the
  // key if an endpoint is unknown, or if the type is empty.
  virtual absl::Status AddEdge(std::string_view src_key, std::string_view type,
                               std::string_view dst_key, absl::Span<const std::string> prop_keys,
                               absl::Span<const PropertyValue> prop_values) = 0;
  absl::Status AddEdge(std::string_view src_key, std::string_view type, std::string_view dst_key,
                       const Properties& props);

  // Optional capacity hint (expected numbers of nodes and edges).
  virtual void Reserve(size_t nodes, size_t edges) = 0;

  // Parallel edge loading, after the last AddNode: each batch is filled by
  // one thread (Add has AddEdge's checks and messages; batches may be filled
  // concurrently, the loader itself must not be used meanwhile), then
  // AddEdgeBatch appends its edges; call it in input order.
  class EdgeBatch {
   public:
    virtual ~EdgeBatch() = default;
    virtual absl::Status Add(std::string_view src_key, std::string_view type,
                             std::string_view dst_key, absl::Span<const std::string> prop_keys,
                             absl::Span<const PropertyValue> prop_values) = 0;
  };
  virtual std::unique_ptr<EdgeBatch> NewEdgeBatch(size_t expected_edges) = 0;
  virtual absl::Status AddEdgeBatch(std::unique_ptr<EdgeBatch> batch) = 0;

  // Writes everything in one atomic ingestion. After an earlier AddX error,
  // returns that error and writes nothing. The loader is spent afterwards.
  virtual absl::StatusOr<BulkLoadResult> Finish() = 0;

  // After Finish(): the NodeId given to `key`, or kNoNode.
  virtual NodeId IdOf(std::string_view key) const = 0;
};

}  // namespace kg::graph

#endif  // KG_GRAPH_BULK_LOAD_H_
