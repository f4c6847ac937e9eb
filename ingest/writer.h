// Writing extracted documents into the graph store. A document's entities,
// facts (with provenance) and record (with its fingerprint) are always in the
// same transaction, so a crash leaves only whole documents behind; several
// documents may share one transaction to amortise the commit's fsync.
#ifndef KG_INGEST_WRITER_H_
#define KG_INGEST_WRITER_H_

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "graph/graph_store.h"
#include "ingest/document.h"

namespace kg::ingest {

struct WriteStats {
  uint64_t duplicates = 0;  // fingerprints already stored: nothing written for them
  uint64_t new_nodes = 0;
  uint64_t new_edges = 0;
  uint64_t merged_edges = 0;  // facts that added a source to an existing edge
};

// Writes batches into one store, remembering which entities (with which
// aliases) this run already wrote, so that repeated entities cost no store
// reads or writes. Uses point-reads-only transactions (graph_store.h).
// Not thread-safe; one writer per store.
class Writer {
 public:
  explicit Writer(graph::GraphStore* store) : store_(store) {}
  // Writes `docs` into the open transaction (begun if none is), then
  // commits it unless `commit` is false: each transaction holds whole
  // documents, all or none, and the documents may be freed once this
  // returns. Several calls per commit make fewer, larger commits, whose
  // sorted keys land closer together in the memtables (cheaper inserts).
  // On an error the whole open transaction is rolled back. `now_unix` is
  // recorded as ingest time. The counts are of this call's documents.
  absl::StatusOr<WriteStats> Write(const std::vector<const ExtractedDocument*>& docs, int64_t now_unix,
                                   bool commit = true);

 private:
  absl::Status WriteOne(graph::Transaction* txn, const ExtractedDocument& doc, int64_t now_unix,
                        WriteStats* stats);
  struct Known {
    graph::NodeId id;
    std::set<std::string> aliases;
  };
  void Undo();  // forgets what the current (failed) batch added to the caches
  graph::GraphStore* store_;
  std::unique_ptr<graph::Transaction> txn_;  // open between uncommitted Write() calls
  absl::flat_hash_map<std::string, Known> nodes_;  // label + folded name -> node written this run
  std::string key_buffer_;  // WriteOne's nodes_ key, reused
  // What the open transaction added to the cache, so a failed one can be
  // taken back out without copying the cache for every batch.
  std::vector<std::string> added_nodes_;
  std::vector<std::pair<std::string, std::string>> added_aliases_;  // node key, alias
};

// REQUIRES: `store` opened for writing. One batch with a fresh Writer.
absl::StatusOr<WriteStats> WriteDocuments(graph::GraphStore* store,
                                          const std::vector<const ExtractedDocument*>& docs,
                                          int64_t now_unix);
absl::StatusOr<WriteStats> WriteDocument(graph::GraphStore* store, const ExtractedDocument& doc,
                                         int64_t now_unix);

}  // namespace kg::ingest

#endif  // KG_INGEST_WRITER_H_
