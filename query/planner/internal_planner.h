// The planner's class, whose definitions are spread over plan_*.cc.
#ifndef KG_QUERY_PLANNER_INTERNAL_PLANNER_H_
#define KG_QUERY_PLANNER_INTERNAL_PLANNER_H_

#include <set>
#include <vector>

#include "query/planner/planner.h"

namespace kg::query {

using SlotSet = std::set<int>;

class Planner {
 public:
  LogicalOpPtr PlanSingle(const SingleQuery& q, const BoundQuery& bq);

  // plan_match.cc
  LogicalOpPtr PlanMatch(const Clause& c, LogicalOpPtr in, SlotSet* bound);
  LogicalOpPtr PlanPart(const PatternPart& part, LogicalOpPtr in, SlotSet* bound,
                        std::vector<int>* rel_slots, std::vector<const Expr*>* conjuncts);
  // Plans the inner plans of pattern predicates inside `e`.
  void PlanPatternExprs(const Expr& e, const SlotSet& bound);

  // plan_projection.cc
  LogicalOpPtr PlanProjection(const Clause& c, LogicalOpPtr in, SlotSet* bound);

  static LogicalOpPtr Make(LogicalKind k, LogicalOpPtr child) {
    auto op = std::make_shared<LogicalOp>();
    op->kind = k;
    if (child) op->children.push_back(std::move(child));
    return op;
  }

 private:
  LogicalOpPtr PlaceFilters(LogicalOpPtr cur, const SlotSet& bound,
                            std::vector<const Expr*>* conjuncts);
};

// Slots an expression reads (variables, aggregate results).
void ExprSlots(const Expr& e, SlotSet* out);

}  // namespace kg::query

#endif  // KG_QUERY_PLANNER_INTERNAL_PLANNER_H_
