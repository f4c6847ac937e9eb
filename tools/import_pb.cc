// kg import of a GraphSnapshot file: validate the whole file, then write.
#include <chrono>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "graph/status.h"
#include "tools/db_path.h"
#include "tools/import_sink.h"
#include "tools/importer.h"
#include "tools/snapshot.h"

namespace kg::tools {

absl::StatusOr<ImportSummary> ImportSnapshot(const std::string& db_path, const std::string& path) {
  ImportSummary summary;
  auto t0 = std::chrono::steady_clock::now();
  absl::flat_hash_set<graph::NodeId> ids;
  bool any_sources = false;
  SnapshotCallbacks check;
  check.on_node = [&](graph::Node node) -> absl::Status {
    if (!ids.insert(node.id).second) {
      return absl::InvalidArgumentError(absl::StrCat("node id ", node.id, " appears twice"));
    }
    return absl::OkStatus();
  };
  check.on_edge = [&](graph::Edge edge) -> absl::Status {
    if (!edge.sources.empty()) any_sources = true;
    for (graph::NodeId end : {edge.src, edge.dst}) {
      if (!ids.contains(end)) {
        return absl::InvalidArgumentError(
            absl::StrCat("edge ", edge.id, ": node ", end, " is not in the snapshot"));
      }
    }
    return absl::OkStatus();
  };
  KG_RETURN_IF_ERROR(ReadSnapshotFile(path, check));
  summary.validate_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

  auto t1 = std::chrono::steady_clock::now();
  KG_ASSIGN_OR_RETURN(auto store, OpenDb(db_path, OpenMode::kWrite));
  // The bulk loader keeps ids but takes no provenance: a snapshot with
  // sources goes through a transaction (entities keep their derived ids).
  std::unique_ptr<ImportSink> sink;
  if (any_sources) {
    KG_ASSIGN_OR_RETURN(sink, MakeTransactionSink(store.get()));
  } else {
    KG_ASSIGN_OR_RETURN(sink, MakeBulkSink(store.get()));
  }
  std::vector<std::string> keys;
  std::vector<graph::PropertyValue> values;
  auto split = [&](const graph::Properties& props) {
    keys.clear();
    values.clear();
    for (const auto& [k, v] : props) {
      keys.push_back(k);
      values.push_back(v);
    }
  };
  SnapshotCallbacks write;
  write.on_node = [&](graph::Node node) -> absl::Status {
    split(node.props);
    ++summary.nodes;
    return sink->AddNode(absl::StrCat(node.id), node.labels, keys, values);
  };
  write.on_edge = [&](graph::Edge edge) -> absl::Status {
    split(edge.props);
    ++summary.edges;
    return sink->AddEdge(absl::StrCat(edge.src), edge.type, absl::StrCat(edge.dst), keys, values,
                         edge.sources);
  };
  KG_RETURN_IF_ERROR(ReadSnapshotFile(path, write));
  KG_ASSIGN_OR_RETURN(summary.kept_ids, sink->Commit());
  summary.write_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
  return summary;
}

}  // namespace kg::tools
