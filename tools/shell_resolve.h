// Name lookup for the shell's shortcuts and `kg export --around`: a user's
// name goes through the alias index (case, diacritics, short forms); unknown
// or ambiguous names produce errors that list the nearest candidates.
#ifndef KG_TOOLS_SHELL_RESOLVE_H_
#define KG_TOOLS_SHELL_RESOLVE_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/graph_store.h"

namespace kg::tools {

struct NamedNode {
  graph::NodeId id = graph::kNoNode;
  std::string name;   // canonical name ("name" property)
  std::string label;  // first label, "" when none
};

// The one node `name` denotes. "Label:Name" restricts to a label. NotFound
// ("no node named 'X'; nearest: A (Person), B (Country)") or InvalidArgument
// ("'X' is ambiguous: ...") otherwise.
absl::StatusOr<NamedNode> ResolveName(const graph::GraphReader& g, std::string_view name);

// Up to `limit` nodes whose folded name or alias is closest to `name`
// (edit distance, with prefix and word matches ranked first).
absl::StatusOr<std::vector<NamedNode>> NearestNames(const graph::GraphReader& g,
                                                    std::string_view name, size_t limit);

// Edit distance between two UTF-8 strings, counted in code points.
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace kg::tools

#endif  // KG_TOOLS_SHELL_RESOLVE_H_
