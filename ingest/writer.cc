#include "ingest/writer.h"

#include <vector>

#include "graph/status.h"

namespace kg::ingest {

absl::StatusOr<WriteStats> WriteDocument(graph::GraphStore* store, const ExtractedDocument& doc,
                                         int64_t now_unix) {
  WriteStats stats;
  KG_ASSIGN_OR_RETURN(std::unique_ptr<graph::Transaction> txn, store->Begin());
  KG_ASSIGN_OR_RETURN(auto existing, txn->FindDocument(doc.fingerprint));
  if (existing.has_value()) {
    txn->Rollback();
    stats.duplicate = true;
    return stats;
  }
  std::vector<graph::NodeId> ids(doc.entities.size(), graph::kNoNode);
  std::vector<bool> used(doc.entities.size(), false);
  for (const ExtractedFact& f : doc.facts) {
    used[static_cast<size_t>(f.subject)] = used[static_cast<size_t>(f.object)] = true;
  }
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const ExtractedEntity& e = doc.entities[i];
    KG_ASSIGN_OR_RETURN(auto found, txn->FindByName(e.name, e.label));
    KG_ASSIGN_OR_RETURN(ids[i], txn->UpsertEntity(e.label, e.name, e.aliases));
    bool known = false;
    for (graph::NodeId id : found) known |= id == ids[i];
    if (!known) ++stats.new_nodes;
  }
  for (const ExtractedFact& f : doc.facts) {
    graph::Properties q;
    for (const auto& [k, v] : f.qualifiers) q[k] = graph::PropertyValue(v);
    graph::NodeId s = ids[static_cast<size_t>(f.subject)], o = ids[static_cast<size_t>(f.object)];
    KG_ASSIGN_OR_RETURN(auto before, txn->FindFact(s, f.type, o, q));
    KG_RETURN_IF_ERROR(txn->UpsertFact(s, f.type, o, q, f.source).status());
    if (before.has_value()) ++stats.merged_edges;
    else ++stats.new_edges;
  }
  graph::DocumentRecord rec;
  rec.doc_id = doc.doc_id;
  rec.fingerprint = doc.fingerprint;
  rec.ingested_at_unix = now_unix;
  rec.facts = static_cast<uint32_t>(doc.facts.size());
  rec.entities = static_cast<uint32_t>(doc.entities.size());
  KG_RETURN_IF_ERROR(txn->RecordDocument(rec));
  KG_RETURN_IF_ERROR(txn->Commit());
  return stats;
}

}  // namespace kg::ingest
