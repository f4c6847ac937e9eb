// The planner: bound statement -> logical plan. Correct, not clever; the
// optimizer passes (query/optimizer/) improve it afterwards.
#ifndef KG_QUERY_PLANNER_PLANNER_H_
#define KG_QUERY_PLANNER_PLANNER_H_

#include "absl/status/statusor.h"
#include "query/binder/binder.h"
#include "query/planner/logical_plan.h"

namespace kg::query {

// REQUIRES: `st` was bound into `bound`. The plan points into `st`.
absl::StatusOr<LogicalOpPtr> PlanStatement(const Statement& st, const BoundStatement& bound);

}  // namespace kg::query

#endif  // KG_QUERY_PLANNER_PLANNER_H_
