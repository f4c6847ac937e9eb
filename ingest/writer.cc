#include "ingest/writer.h"

#include <vector>

#include "absl/strings/str_cat.h"
#include "graph/fold.h"
#include "graph/status.h"

namespace kg::ingest {

absl::Status Writer::WriteOne(graph::Transaction* txn, const ExtractedDocument& doc, int64_t now_unix,
                              WriteStats* stats) {
  KG_ASSIGN_OR_RETURN(auto existing, txn->FindDocument(doc.fingerprint));
  if (existing.has_value()) {
    ++stats->duplicates;
    return absl::OkStatus();
  }
  std::vector<graph::NodeId> ids(doc.entities.size(), graph::kNoNode);
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const ExtractedEntity& e = doc.entities[i];
    // Built in a buffer kept across entities: most are in the cache, and
    // looking them up then allocates nothing.
    std::string& key = key_buffer_;
    key.assign(e.label).push_back('\t');
    if (e.folded.empty()) {
      key.append(graph::FoldName(e.name));
    } else {
      key.append(e.folded);
    }
    auto it = nodes_.find(key);
    if (it != nodes_.end()) {
      bool news = false;  // only aliases not yet written need a write
      for (const auto& al : e.aliases) news |= !it->second.aliases.count(al);
      if (news) {
        KG_RETURN_IF_ERROR(txn->UpsertEntity(e.label, e.name, e.aliases).status());
        for (const auto& al : e.aliases) {
          if (it->second.aliases.insert(al).second) added_aliases_.emplace_back(key, al);
        }
      }
      ids[i] = it->second.id;
      continue;
    }
    bool created = false;
    KG_ASSIGN_OR_RETURN(ids[i], txn->UpsertEntity(e.label, e.name, e.aliases, &created));
    if (created) ++stats->new_nodes;
    // Absent above: emplaced whole (not default-made, then assigned).
    nodes_.emplace(key, Known{ids[i], std::set<std::string>(e.aliases.begin(), e.aliases.end())});
    added_nodes_.push_back(key);
  }
  for (const ExtractedFact& f : doc.facts) {
    graph::Properties q;
    // Both maps are ordered by key: each entry goes at the end.
    for (const auto& [k, v] : f.qualifiers) q.emplace_hint(q.end(), k, graph::PropertyValue(v));
    graph::NodeId s = ids[static_cast<size_t>(f.subject)], o = ids[static_cast<size_t>(f.object)];
    bool created = false;
    KG_RETURN_IF_ERROR(txn->UpsertFact(s, f.type, o, q, f.source, &created).status());
    if (created) ++stats->new_edges;
    else ++stats->merged_edges;
  }
  graph::DocumentRecord rec;
  rec.doc_id = doc.doc_id;
  rec.fingerprint = doc.fingerprint;
  rec.ingested_at_unix = now_unix;
  rec.facts = static_cast<uint32_t>(doc.facts.size());
  rec.entities = static_cast<uint32_t>(doc.entities.size());
  return txn->RecordDocument(rec);
}

void Writer::Undo() {
  for (const auto& [key, alias] : added_aliases_) {
    auto it = nodes_.find(key);
    if (it != nodes_.end()) it->second.aliases.erase(alias);
  }
  for (const auto& key : added_nodes_) nodes_.erase(key);
}

absl::StatusOr<WriteStats> Writer::Write(const std::vector<const ExtractedDocument*>& docs, int64_t now_unix,
                                         bool commit) {
  WriteStats stats;
  if (!txn_) {
    if (docs.empty()) return stats;
    graph::TransactionOptions options;
    options.point_reads_only = true;  // the writer only upserts and finds documents
    KG_ASSIGN_OR_RETURN(txn_, store_->Begin(options));
    added_nodes_.clear();
    added_aliases_.clear();
  }
  for (const ExtractedDocument* d : docs) {
    absl::Status st = WriteOne(txn_.get(), *d, now_unix, &stats);
    if (!st.ok()) {
      txn_.reset();  // rolls back
      Undo();        // the caches only describe committed state
      return absl::Status(st.code(), absl::StrCat(d->doc_id, ": ", st.message()));
    }
  }
  if (!commit) return stats;
  absl::Status st = txn_->Commit();
  txn_.reset();
  if (!st.ok()) {
    Undo();
    return st;
  }
  return stats;
}

absl::StatusOr<WriteStats> WriteDocuments(graph::GraphStore* store,
                                          const std::vector<const ExtractedDocument*>& docs,
                                          int64_t now_unix) {
  Writer w(store);
  return w.Write(docs, now_unix);
}

absl::StatusOr<WriteStats> WriteDocument(graph::GraphStore* store, const ExtractedDocument& doc,
                                         int64_t now_unix) {
  return WriteDocuments(store, {&doc}, now_unix);
}

}  // namespace kg::ingest
