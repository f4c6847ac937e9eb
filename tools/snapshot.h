// Conversion between the stored graph (graph/types.h) and the kg.proto
// messages, and the streaming GraphSnapshot file format of `kg export
// --format pb` / `kg import F.pb`.
//
// A snapshot file is one serialized kg.GraphSnapshot written field by field:
// the header (field 1) first, then every node (field 2), then every edge
// (field 3) with its sources. Any protobuf library can parse it whole; kg
// reads it element by element, so its size is not bounded by 2 GiB.
#ifndef KG_TOOLS_SNAPSHOT_H_
#define KG_TOOLS_SNAPSHOT_H_

#include <cstdint>
#include <functional>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "graph/graph_store.h"
#include "graph/types.h"
#include "proto/kg.pb.h"

namespace kg::tools {

void PropertyToProto(const graph::PropertyValue& value, kg::Value* out);
// InvalidArgument for maps, nodes, edges and paths, which are not storable.
absl::StatusOr<graph::PropertyValue> PropertyFromProto(const kg::Value& value);

void NodeToProto(const graph::Node& node, kg::Node* out);
absl::StatusOr<graph::Node> NodeFromProto(const kg::Node& node);
void EdgeToProto(const graph::Edge& edge, kg::Edge* out);  // includes edge.sources
absl::StatusOr<graph::Edge> EdgeFromProto(const kg::Edge& edge);

// Writes every node and edge (with sources) of `store` to `path` ("-" is
// stdout). Nodes and edges in id order.
absl::Status WriteSnapshotFile(const graph::GraphStore& store, const std::string& path);

struct SnapshotCallbacks {
  std::function<absl::Status(const kg::SnapshotHeader&)> on_header;
  std::function<absl::Status(graph::Node)> on_node;
  std::function<absl::Status(graph::Edge)> on_edge;
};
// Streams the snapshot at `path` through the callbacks. A malformed file
// gives InvalidArgument "PATH: byte offset N: what". Checks the header's
// schema version and that the node/edge counts match the header's.
absl::Status ReadSnapshotFile(const std::string& path, const SnapshotCallbacks& callbacks);

}  // namespace kg::tools

#endif  // KG_TOOLS_SNAPSHOT_H_
