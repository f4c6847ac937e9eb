// Where the importers write: one atomic commit of nodes and edges, either
// through the bulk loader (empty database, ids kept) or a Transaction
// (non-empty database, fresh ids).
#ifndef KG_TOOLS_IMPORT_SINK_H_
#define KG_TOOLS_IMPORT_SINK_H_

#include <memory>

#include "absl/status/statusor.h"
#include "graph/graph_store.h"

namespace kg::tools {

class ImportSink {
 public:
  virtual ~ImportSink() = default;
  // Returns the stored id: node.id itself when keep_ids(), else a fresh one.
  virtual absl::StatusOr<graph::NodeId> AddNode(graph::Node node) = 0;
  // src/dst are stored ids; the edge's id is ignored, its sources are kept.
  virtual absl::Status AddEdge(graph::Edge edge) = 0;
  virtual absl::Status Commit() = 0;
  virtual bool keep_ids() const = 0;
};

// Chooses the sink: the bulk loader when the store is empty and the input's
// ids can be kept (`ids_are_integers`), else a write transaction.
absl::StatusOr<std::unique_ptr<ImportSink>> MakeImportSink(graph::GraphStore* store,
                                                           bool ids_are_integers);

}  // namespace kg::tools

#endif  // KG_TOOLS_IMPORT_SINK_H_
