// The identity rule of facts (ONTOLOGY.md), shared by the store, the
// extractor's merger and the query planner: which edge types are symmetric
// and which qualifiers define which fact an edge is.
#ifndef KG_GRAPH_IDENTITY_H_
#define KG_GRAPH_IDENTITY_H_

#include <string_view>

namespace kg::graph {

// MET, DIPLOMATIC_RELATIONS, PARTNERSHIP: stored once, matched either way.
bool IsSymmetricType(std::string_view type);
// title for HOLDS_OFFICE, role/start/end for HELD_POSITION, start/end for
// MEMBER_OF, level for PARTNERSHIP.
bool IsDefiningQualifier(std::string_view type, std::string_view key);

}  // namespace kg::graph

#endif  // KG_GRAPH_IDENTITY_H_
