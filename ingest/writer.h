// Writing an extracted document into the graph store: one document, one
// transaction (entities, facts with provenance, and the document record with
// its fingerprint), so a crash leaves only whole documents behind.
#ifndef KG_INGEST_WRITER_H_
#define KG_INGEST_WRITER_H_

#include <cstdint>

#include "absl/status/statusor.h"
#include "graph/graph_store.h"
#include "ingest/document.h"

namespace kg::ingest {

struct WriteStats {
  bool duplicate = false;  // the fingerprint was already stored: nothing written
  uint64_t new_nodes = 0;
  uint64_t new_edges = 0;
  uint64_t merged_edges = 0;  // facts that added a source to an existing edge
};

// REQUIRES: `store` opened for writing. `now_unix` is recorded as ingest time.
absl::StatusOr<WriteStats> WriteDocument(graph::GraphStore* store, const ExtractedDocument& doc,
                                         int64_t now_unix);

}  // namespace kg::ingest

#endif  // KG_INGEST_WRITER_H_
