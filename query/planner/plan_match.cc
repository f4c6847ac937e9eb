// Planning of MATCH patterns: a start node (bound, or scanned by label), then
// expansions to the right and to the left, with WHERE conjuncts placed right
// after the operator that binds their last variable.
#include <algorithm>

#include "graph/identity.h"
#include "query/planner/internal_planner.h"

namespace kg::query {
namespace {

// A directed pattern on symmetric types only matches either way.
RelDir EffectiveDir(const RelPattern& r) {
  if (r.dir == RelDir::kBoth || r.types.empty()) return r.dir;
  for (const auto& t : r.types) {
    if (!graph::IsSymmetricType(t)) return r.dir;
  }
  return RelDir::kBoth;
}

std::vector<std::string> UniqueTypes(std::vector<std::string> t) {
  std::sort(t.begin(), t.end());
  t.erase(std::unique(t.begin(), t.end()), t.end());
  return t;
}

RelDir Reverse(RelDir d) {
  return d == RelDir::kOut ? RelDir::kIn : d == RelDir::kIn ? RelDir::kOut : d;
}

void SplitAnd(const Expr* e, std::vector<const Expr*>* out) {
  if (e->kind == ExprKind::kBinary && e->op == Op::kAnd) {
    SplitAnd(e->args[0].get(), out);
    SplitAnd(e->args[1].get(), out);
  } else {
    out->push_back(e);
  }
}

}  // namespace

void ExprSlots(const Expr& e, SlotSet* out) {
  if (e.kind == ExprKind::kVariable && e.slot >= 0) out->insert(e.slot);
  if (e.kind == ExprKind::kPattern || e.kind == ExprKind::kPatternComprehension) {
    for (const auto& n : e.pattern->nodes) {
      if (!n.var.empty()) out->insert(n.slot);
    }
    for (const auto& r : e.pattern->rels) {
      if (!r.var.empty()) out->insert(r.slot);
    }
  }
  for (const auto& a : e.args) {
    if (a) ExprSlots(*a, out);
  }
  if (e.kind == ExprKind::kComprehension || e.kind == ExprKind::kQuantifier) out->erase(e.slot);
}

void Planner::PlanPatternExprs(const Expr& e, const SlotSet& bound) {
  if (e.kind == ExprKind::kPattern || e.kind == ExprKind::kPatternComprehension) {
    SlotSet b = bound;
    std::vector<int> rels;
    std::vector<const Expr*> none;
    auto arg = Make(LogicalKind::kArgument, nullptr);
    const_cast<Expr&>(e).subplan = PlanPart(*e.pattern, arg, &b, &rels, &none);
  }
  for (const auto& a : e.args) {
    if (a) PlanPatternExprs(*a, bound);
  }
}

LogicalOpPtr Planner::PlaceFilters(LogicalOpPtr cur, const SlotSet& bound,
                                   std::vector<const Expr*>* conjuncts) {
  for (auto it = conjuncts->begin(); it != conjuncts->end();) {
    SlotSet need;
    ExprSlots(**it, &need);
    bool ready = std::includes(bound.begin(), bound.end(), need.begin(), need.end());
    if (ready) {
      PlanPatternExprs(**it, bound);
      auto f = Make(LogicalKind::kFilter, cur);
      f->expr = *it;
      cur = f;
      it = conjuncts->erase(it);
    } else {
      ++it;
    }
  }
  return cur;
}

LogicalOpPtr Planner::PlanPart(const PatternPart& part, LogicalOpPtr cur, SlotSet* bound,
                               std::vector<int>* rel_slots,
                               std::vector<const Expr*>* conjuncts) {
  auto node_check = [](const NodePattern& n) {
    NodeCheck c;
    c.labels = n.labels;
    c.props = n.props.get();
    return c;
  };
  auto bind_node = [&](const NodePattern& n) {
    if (bound->count(n.slot)) {
      if (!n.labels.empty() || n.props) {
        auto f = Make(LogicalKind::kFilter, cur);
        f->slot = n.slot;
        f->check = node_check(n);
        cur = f;
      }
      return;
    }
    auto s = Make(LogicalKind::kNodeScan, cur);
    s->slot = n.slot;
    s->check = node_check(n);
    if (!n.labels.empty()) s->label = n.labels[0];
    cur = s;
    bound->insert(n.slot);
    cur = PlaceFilters(cur, *bound, conjuncts);
  };

  if (part.kind != PathKind::kNormal) {
    bind_node(part.nodes[0]);
    bind_node(part.nodes[1]);
    const RelPattern& r = part.rels[0];
    auto sp = Make(LogicalKind::kShortestPath, cur);
    sp->from_slot = part.nodes[0].slot;
    sp->to_slot = part.nodes[1].slot;
    sp->rel_slot = r.slot;
    sp->slot = part.path_slot;
    sp->types = UniqueTypes(r.types);
    sp->dir = EffectiveDir(r);
    sp->min_hops = r.varlen ? r.min_hops : 1;
    sp->max_hops = r.varlen ? r.max_hops : 1;
    sp->rel_props = r.props.get();
    sp->all = part.kind == PathKind::kAllShortest;
    sp->part = &part;
    cur = sp;
    bound->insert(r.slot);
    if (part.path_slot >= 0) bound->insert(part.path_slot);
    return PlaceFilters(cur, *bound, conjuncts);
  }

  size_t start = 0;
  bool found = false;
  for (size_t i = 0; i < part.nodes.size() && !found; ++i) {
    if (bound->count(part.nodes[i].slot)) {
      start = i;
      found = true;
    }
  }
  for (size_t i = 0; i < part.nodes.size() && !found; ++i) {
    if (!part.nodes[i].labels.empty()) {
      start = i;
      found = true;
    }
  }
  bind_node(part.nodes[start]);

  auto expand = [&](size_t rel_index, const NodePattern& from, const NodePattern& to,
                    bool reverse) {
    const RelPattern& r = part.rels[rel_index];
    auto e = Make(r.varlen ? LogicalKind::kVarExpand : LogicalKind::kExpand, cur);
    e->from_slot = from.slot;
    e->to_slot = to.slot;
    e->rel_slot = r.slot;
    e->to_bound = bound->count(to.slot) > 0;
    e->rel_bound = bound->count(r.slot) > 0;
    e->check = node_check(to);
    e->types = UniqueTypes(r.types);
    RelDir d = EffectiveDir(r);
    e->dir = reverse ? Reverse(d) : d;
    e->reversed = reverse;
    e->min_hops = r.min_hops;
    e->max_hops = r.max_hops;
    e->rel_props = r.props.get();
    e->unique_with = *rel_slots;
    cur = e;
    rel_slots->push_back(r.slot);
    bound->insert(to.slot);
    bound->insert(r.slot);
    cur = PlaceFilters(cur, *bound, conjuncts);
  };
  for (size_t i = start; i < part.rels.size(); ++i) expand(i, part.nodes[i], part.nodes[i + 1], false);
  for (size_t i = start; i-- > 0;) expand(i, part.nodes[i + 1], part.nodes[i], true);

  if (part.path_slot >= 0) {
    auto p = Make(LogicalKind::kBuildPath, cur);
    p->slot = part.path_slot;
    p->part = &part;
    cur = p;
    bound->insert(part.path_slot);
    cur = PlaceFilters(cur, *bound, conjuncts);
  }
  return cur;
}

LogicalOpPtr Planner::PlanMatch(const Clause& c, LogicalOpPtr cur, SlotSet* bound) {
  std::vector<const Expr*> conjuncts;
  if (c.where) SplitAnd(c.where.get(), &conjuncts);
  cur = PlaceFilters(cur, *bound, &conjuncts);
  std::vector<int> rel_slots;
  for (const auto& part : c.pattern) cur = PlanPart(*part, cur, bound, &rel_slots, &conjuncts);
  for (const Expr* e : conjuncts) {
    PlanPatternExprs(*e, *bound);
    auto f = Make(LogicalKind::kFilter, cur);
    f->expr = e;
    cur = f;
  }
  return cur;
}

}  // namespace kg::query
