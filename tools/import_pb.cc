// kg import of a GraphSnapshot file: validate the whole file, then write.
#include <chrono>

#include "absl/container/flat_hash_map.h"
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
  SnapshotCallbacks check;
  check.on_node = [&](graph::Node node) -> absl::Status {
    if (!ids.insert(node.id).second) {
      return absl::InvalidArgumentError(absl::StrCat("node id ", node.id, " appears twice"));
    }
    return absl::OkStatus();
  };
  check.on_edge = [&](graph::Edge edge) -> absl::Status {
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
  KG_ASSIGN_OR_RETURN(std::unique_ptr<ImportSink> sink, MakeImportSink(store.get(), true));
  summary.kept_ids = sink->keep_ids();
  absl::flat_hash_map<graph::NodeId, graph::NodeId> mapped;
  SnapshotCallbacks write;
  write.on_node = [&](graph::Node node) -> absl::Status {
    graph::NodeId old = node.id;
    KG_ASSIGN_OR_RETURN(graph::NodeId stored, sink->AddNode(std::move(node)));
    if (!sink->keep_ids()) mapped[old] = stored;
    ++summary.nodes;
    return absl::OkStatus();
  };
  write.on_edge = [&](graph::Edge edge) -> absl::Status {
    if (!sink->keep_ids()) {
      auto s = mapped.find(edge.src), d = mapped.find(edge.dst);
      if (s == mapped.end() || d == mapped.end()) {
        return absl::InvalidArgumentError("the file changed since it was validated");
      }
      edge.src = s->second;
      edge.dst = d->second;
    }
    ++summary.edges;
    return sink->AddEdge(std::move(edge));
  };
  KG_RETURN_IF_ERROR(ReadSnapshotFile(path, write));
  KG_RETURN_IF_ERROR(sink->Commit());
  summary.write_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
  return summary;
}

}  // namespace kg::tools
