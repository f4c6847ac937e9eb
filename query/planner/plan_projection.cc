// Planning of WITH and RETURN: aggregation or projection, then DISTINCT,
// ORDER BY, SKIP, LIMIT and WITH's WHERE.
#include "query/planner/internal_planner.h"

namespace kg::query {

LogicalOpPtr Planner::PlanProjection(const Clause& c, LogicalOpPtr cur, SlotSet* bound) {
  const Projection& p = c.proj;
  for (const auto& it : p.items) PlanPatternExprs(*it.expr, *bound);
  for (const auto& s : p.order_by) PlanPatternExprs(*s.expr, *bound);
  if (p.has_aggregates) {
    auto a = Make(LogicalKind::kAggregate, cur);
    a->clause = &c;
    cur = a;
  }
  auto pr = Make(LogicalKind::kProject, cur);
  pr->clause = &c;
  cur = pr;
  SlotSet next;
  for (const auto& it : p.items) {
    next.insert(it.slot);
    pr->slots.push_back(it.slot);
  }
  if (p.distinct) {
    auto d = Make(LogicalKind::kDistinct, cur);
    d->slots = pr->slots;
    cur = d;
  }
  if (!p.order_by.empty()) {
    auto s = Make(LogicalKind::kSort, cur);
    s->clause = &c;
    cur = s;
  }
  if (p.skip) {
    auto s = Make(LogicalKind::kSkip, cur);
    s->expr = p.skip.get();
    cur = s;
  }
  if (p.limit) {
    auto s = Make(LogicalKind::kLimit, cur);
    s->expr = p.limit.get();
    cur = s;
  }
  *bound = next;
  if (p.where) {
    PlanPatternExprs(*p.where, *bound);
    auto f = Make(LogicalKind::kFilter, cur);
    f->expr = p.where.get();
    cur = f;
  }
  return cur;
}

}  // namespace kg::query
