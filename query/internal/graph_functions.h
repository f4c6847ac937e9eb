// Functions that need the graph (not only their arguments); the executor
// evaluates them: startNode(r), endNode(r), sources(r) (provenance of an
// edge: a list of maps {doc, start, end, sentence}).
#ifndef KG_QUERY_INTERNAL_GRAPH_FUNCTIONS_H_
#define KG_QUERY_INTERNAL_GRAPH_FUNCTIONS_H_

#include <string_view>

namespace kg::query {

// `lname` is lower case.
inline bool IsGraphFunction(absl::string_view lname) {
  return lname == "startnode" || lname == "endnode" || lname == "sources";
}

}  // namespace kg::query

#endif  // KG_QUERY_INTERNAL_GRAPH_FUNCTIONS_H_
