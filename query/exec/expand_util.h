// Adjacency helpers shared by the expansion operators.
#ifndef KG_QUERY_EXEC_EXPAND_UTIL_H_
#define KG_QUERY_EXEC_EXPAND_UTIL_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "query/exec/exec_context.h"

namespace kg::query {

struct Candidate {
  graph::EdgeId edge;
  graph::NodeId neighbor;
};

inline graph::Direction ToGraphDir(RelDir d) {
  return d == RelDir::kOut ? graph::Direction::kOut
         : d == RelDir::kIn ? graph::Direction::kIn
                            : graph::Direction::kBoth;
}

// Edges at `node` in direction `dir` with one of `types` (all when empty).
// An undirected self-loop is reported once.
absl::Status Adjacent(ExecContext* ctx, graph::NodeId node, RelDir dir,
                      const std::vector<std::string>& types, std::vector<Candidate>* out);

// Whether the edge id occurs in any of the relationship slots (a single
// relationship or a list of them).
bool EdgeUsed(const Row& row, const std::vector<int>& slots, graph::EdgeId id);

}  // namespace kg::query

#endif  // KG_QUERY_EXEC_EXPAND_UTIL_H_
