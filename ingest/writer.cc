#include "ingest/writer.h"

#include <vector>

#include "absl/strings/str_cat.h"
#include "graph/status.h"

namespace kg::ingest {

namespace {

absl::Status WriteOne(graph::Transaction* txn, const ExtractedDocument& doc, int64_t now_unix,
                      WriteStats* stats) {
  KG_ASSIGN_OR_RETURN(auto existing, txn->FindDocument(doc.fingerprint));
  if (existing.has_value()) {
    ++stats->duplicates;
    return absl::OkStatus();
  }
  std::vector<graph::NodeId> ids(doc.entities.size(), graph::kNoNode);
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const ExtractedEntity& e = doc.entities[i];
    KG_ASSIGN_OR_RETURN(auto found, txn->FindByName(e.name, e.label));
    KG_ASSIGN_OR_RETURN(ids[i], txn->UpsertEntity(e.label, e.name, e.aliases));
    bool known = false;
    for (graph::NodeId id : found) known |= id == ids[i];
    if (!known) ++stats->new_nodes;
  }
  for (const ExtractedFact& f : doc.facts) {
    graph::Properties q;
    for (const auto& [k, v] : f.qualifiers) q[k] = graph::PropertyValue(v);
    graph::NodeId s = ids[static_cast<size_t>(f.subject)], o = ids[static_cast<size_t>(f.object)];
    KG_ASSIGN_OR_RETURN(auto before, txn->FindFact(s, f.type, o, q));
    KG_RETURN_IF_ERROR(txn->UpsertFact(s, f.type, o, q, f.source).status());
    if (before.has_value()) ++stats->merged_edges;
    else ++stats->new_edges;
  }
  graph::DocumentRecord rec;
  rec.doc_id = doc.doc_id;
  rec.fingerprint = doc.fingerprint;
  rec.ingested_at_unix = now_unix;
  rec.facts = static_cast<uint32_t>(doc.facts.size());
  rec.entities = static_cast<uint32_t>(doc.entities.size());
  return txn->RecordDocument(rec);
}

}  // namespace

absl::StatusOr<WriteStats> WriteDocuments(graph::GraphStore* store,
                                          const std::vector<const ExtractedDocument*>& docs,
                                          int64_t now_unix) {
  WriteStats stats;
  if (docs.empty()) return stats;
  KG_ASSIGN_OR_RETURN(std::unique_ptr<graph::Transaction> txn, store->Begin());
  for (const ExtractedDocument* d : docs) {
    absl::Status st = WriteOne(txn.get(), *d, now_unix, &stats);
    if (!st.ok()) {
      txn->Rollback();
      return absl::Status(st.code(), absl::StrCat(d->doc_id, ": ", st.message()));
    }
  }
  KG_RETURN_IF_ERROR(txn->Commit());
  return stats;
}

absl::StatusOr<WriteStats> WriteDocument(graph::GraphStore* store, const ExtractedDocument& doc,
                                         int64_t now_unix) {
  return WriteDocuments(store, {&doc}, now_unix);
}

}  // namespace kg::ingest
