// The logical plan: a tree of operators over rows of slots. Operators pull
// rows from children[0]; "apply"-style operators (Optional, Merge, pattern
// predicates) run an inner plan whose leaf is an Argument producing the
// current outer row. Expressions point into the bound syntax tree, which the
// prepared statement keeps alive.
#ifndef KG_QUERY_PLANNER_LOGICAL_PLAN_H_
#define KG_QUERY_PLANNER_LOGICAL_PLAN_H_

#include <memory>
#include <string>
#include <vector>

#include "query/parser/ast.h"

namespace kg::query {

enum class LogicalKind {
  kArgument,      // one row: the outer row (or an empty row at the root)
  kNodeScan,      // for each input row, each node (with label) -> slot
  kNodeById,      // for each input row, the node whose id is expr -> slot
  kExpand,        // from slot over rel to to_slot (fixed length 1)
  kVarExpand,     // variable length: list of rels in rel_slot
  kShortestPath,  // shortest path(s) between two bound nodes
  kFilter,        // predicate
  kOptional,      // children[1]: inner plan; null-fill null_slots when empty
  kProject,       // items -> slots
  kAggregate,     // group by key items, compute aggregates
  kDistinct,      // on slots
  kSort,
  kSkip,
  kLimit,
  kUnwind,
  kBuildPath,     // named path from the part's slots
  kCreate,
  kMerge,         // children[1]: the match plan
  kSet,
  kRemove,
  kDelete,
  kUnion,         // children: one per part; maps slots to columns
  kProduce,       // the result columns
  kNeighbourCount,  // count(DISTINCT b) of nodes 1..max_hops from slot (optimizer)
};

const char* LogicalKindName(LogicalKind k);

// Label and property checks on a node bound by a scan or an expansion.
struct NodeCheck {
  std::vector<std::string> labels;
  const Expr* props = nullptr;  // map expression
};

struct LogicalOp {
  LogicalKind kind = LogicalKind::kArgument;
  std::vector<std::shared_ptr<LogicalOp>> children;

  int slot = -1;            // scan/seek node, unwind, path
  int from_slot = -1, rel_slot = -1, to_slot = -1;
  bool to_bound = false;    // the target node is already bound: check it
  bool rel_bound = false;   // the relationship is already bound: check it
  NodeCheck check;          // on the node bound by this op
  std::string label;        // kNodeScan: label index to use (empty: all)
  std::vector<std::string> types;
  RelDir dir = RelDir::kBoth;
  int64_t min_hops = 1, max_hops = -1;
  const Expr* rel_props = nullptr;
  const Expr* rel_filter = nullptr;  // kExpand: predicate on the relationship alone
  std::vector<int> unique_with;  // relationship slots that must differ
  const Expr* expr = nullptr;    // filter, unwind, seek id, skip, limit
  const PatternPart* part = nullptr;     // kBuildPath, kShortestPath, kMerge
  const Clause* clause = nullptr;        // write clauses, projection
  std::vector<int> null_slots;           // kOptional
  std::vector<int> slots;                // kDistinct, kProduce, kUnion outputs
  std::vector<std::string> columns;      // kProduce
  std::vector<std::vector<int>> union_slots;  // kUnion: per part
  bool all = false;                      // kUnion ALL; kShortestPath all shortest
  bool reversed = false;    // kVarExpand: expanding against the pattern's order
  bool eager_scan = true;                // kNodeScan: cache between input rows
};
using LogicalOpPtr = std::shared_ptr<LogicalOp>;

// EXPLAIN text: one operator per line, children indented.
std::string ExplainPlan(const LogicalOp& root);

}  // namespace kg::query

#endif  // KG_QUERY_PLANNER_LOGICAL_PLAN_H_
