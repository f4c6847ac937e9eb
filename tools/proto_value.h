// Conversions between query values (query::Value: scalars, lists, maps,
// nodes, relationships with their sources, paths) and kg.Value.
#ifndef KG_TOOLS_PROTO_VALUE_H_
#define KG_TOOLS_PROTO_VALUE_H_

#include "absl/status/statusor.h"
#include "graph/graph_store.h"
#include "graph/types.h"
#include "proto/kg.pb.h"
#include "query/value.h"
#include "tools/snapshot.h"

namespace kg::tools {

// Property values, nodes and edges: PropertyToProto, NodeToProto, ... are
// declared in tools/snapshot.h (shared with the snapshot export).

// Query values. When `sources_from` is not null every edge (alone or in a
// path) gets its provenance read from it; otherwise edges carry no sources.
absl::Status QueryValueToProto(const query::Value& v, const graph::GraphReader* sources_from,
                               kg::Value* out);
// For request parameters: every kind, nodes/edges/paths included.
absl::StatusOr<query::Value> QueryValueFromProto(const kg::Value& v);

}  // namespace kg::tools

#endif  // KG_TOOLS_PROTO_VALUE_H_
