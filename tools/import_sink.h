// Where the importers write: nodes named by the input's keys (CSV ids,
// snapshot ids as decimal text), edges between keys, one atomic commit.
#ifndef KG_TOOLS_IMPORT_SINK_H_
#define KG_TOOLS_IMPORT_SINK_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "graph/graph_store.h"

namespace kg::tools {

class ImportSink {
 public:
  virtual ~ImportSink() = default;
  // `keys[i]` names `values[i]`; null values are skipped.
  virtual absl::Status AddNode(std::string_view key, const std::vector<std::string>& labels,
                               absl::Span<const std::string> keys,
                               absl::Span<const graph::PropertyValue> values) = 0;
  virtual absl::Status AddEdge(std::string_view src_key, std::string_view type,
                               std::string_view dst_key, absl::Span<const std::string> keys,
                               absl::Span<const graph::PropertyValue> values,
                               const std::vector<graph::Source>& sources) = 0;
  // Writes everything atomically; returns whether integer keys became the ids.
  virtual absl::StatusOr<bool> Commit() = 0;
};

// The bulk loader (graph/bulk_load.h): sorted SST ingestion, integer keys
// kept as ids in an empty database. Edges are stored as given; it takes no
// sources (AddEdge with sources fails).
absl::StatusOr<std::unique_ptr<ImportSink>> MakeBulkSink(graph::GraphStore* store);
// One Transaction: a node with one label and a string name is an entity
// (UpsertEntity: id derived from label and name, as `kg ingest` makes them),
// other nodes get fresh ids; an edge with sources is a fact (UpsertFact per
// source, so equal facts merge), other edges are created as given.
absl::StatusOr<std::unique_ptr<ImportSink>> MakeTransactionSink(graph::GraphStore* store);

}  // namespace kg::tools

#endif  // KG_TOOLS_IMPORT_SINK_H_
