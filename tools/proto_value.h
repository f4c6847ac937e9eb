// Conversions between kg's in-memory values (graph::PropertyValue, graph::Node,
// graph::Edge, query::Value) and the kg.proto messages. Lossless for every
// value a property can hold; maps, nodes, edges and paths exist only on the
// query side.
#ifndef KG_TOOLS_PROTO_VALUE_H_
#define KG_TOOLS_PROTO_VALUE_H_

#include "absl/status/statusor.h"
#include "graph/graph_store.h"
#include "graph/types.h"
#include "proto/kg.pb.h"
#include "query/value.h"

namespace kg::tools {

// Property values. PropertyFromProto rejects maps, nodes, edges and paths
// (InvalidArgument); an unset oneof reads as null.
void PropertyToProto(const graph::PropertyValue& v, kg::Value* out);
absl::StatusOr<graph::PropertyValue> PropertyFromProto(const kg::Value& v);

// Stored elements, with the edge's sources as given.
void NodeToProto(const graph::Node& n, kg::Node* out);
void EdgeToProto(const graph::Edge& e, kg::Edge* out);
absl::StatusOr<graph::Node> NodeFromProto(const kg::Node& n);
absl::StatusOr<graph::Edge> EdgeFromProto(const kg::Edge& e);

// Query values. When `sources_from` is not null every edge (alone or in a
// path) gets its provenance read from it; otherwise edges carry no sources.
absl::Status QueryValueToProto(const query::Value& v, const graph::GraphReader* sources_from,
                               kg::Value* out);
// For request parameters: every kind, nodes/edges/paths included.
absl::StatusOr<query::Value> QueryValueFromProto(const kg::Value& v);

}  // namespace kg::tools

#endif  // KG_TOOLS_PROTO_VALUE_H_
