// Graphviz DOT output of the graph: the whole graph, the subgraph a query
// returned, or the neighbourhood of a node. Output is deterministic (nodes by
// label, name, id; edges by their ends, type, qualifiers) so files diff well.
#ifndef KG_TOOLS_DOT_EXPORT_H_
#define KG_TOOLS_DOT_EXPORT_H_

#include <set>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "graph/graph_store.h"
#include "query/engine.h"
#include "tools/commands.h"

namespace kg::tools {

// The part of a graph to draw. Edges whose ends are missing from `nodes` get
// them added when written.
struct Selection {
  std::set<graph::NodeId> nodes;
  std::set<graph::EdgeId> edges;
};

absl::StatusOr<Selection> SelectAll(const graph::GraphReader& g);
// Nodes within `hops` edges of `center` (either direction) and the edges
// walked to reach them.
absl::StatusOr<Selection> SelectAround(const graph::GraphReader& g, graph::NodeId center,
                                       int hops);
// Every node, relationship and path in the result, also inside lists and maps.
Selection SelectFromResult(const query::Result& result);

// `text` as the inside of a DOT double-quoted string: quotes and backslashes
// escaped, newlines as \n, control characters as spaces, invalid UTF-8 as U+FFFD.
std::string DotEscape(std::string_view text);

// The DOT text of the selection. Node shape and colour follow the label;
// edge labels show the type and its key qualifiers (title, role, level, kind,
// term or date); MET, DIPLOMATIC_RELATIONS and PARTNERSHIP are undirected.
absl::StatusOr<std::string> WriteDot(const graph::GraphReader& g, const Selection& sel);

// Runs Graphviz `dot -T<format>` (svg, png, pdf) on `dot_text`, writing
// `output_path`. FailedPrecondition when dot is not installed; Internal with
// dot's messages when it fails. Warnings dot printed go to `*warnings`.
absl::Status RenderDot(const std::string& dot_text, const std::string& format,
                       const std::string& output_path, std::string* warnings);

// `kg export --format dot ...`: called by cmd_export.cc for the dot format.
int RunExportDot(const Args& args);

}  // namespace kg::tools

#endif  // KG_TOOLS_DOT_EXPORT_H_
