#include "query/planner/planner.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "query/planner/internal_planner.h"

namespace kg::query {

const char* LogicalKindName(LogicalKind k) {
  switch (k) {
    case LogicalKind::kArgument: return "Argument";
    case LogicalKind::kNodeScan: return "NodeScan";
    case LogicalKind::kNodeById: return "NodeById";
    case LogicalKind::kExpand: return "Expand";
    case LogicalKind::kVarExpand: return "VarLengthExpand";
    case LogicalKind::kShortestPath: return "ShortestPath";
    case LogicalKind::kFilter: return "Filter";
    case LogicalKind::kOptional: return "Optional";
    case LogicalKind::kProject: return "Project";
    case LogicalKind::kAggregate: return "Aggregate";
    case LogicalKind::kDistinct: return "Distinct";
    case LogicalKind::kSort: return "Sort";
    case LogicalKind::kSkip: return "Skip";
    case LogicalKind::kLimit: return "Limit";
    case LogicalKind::kUnwind: return "Unwind";
    case LogicalKind::kBuildPath: return "BuildPath";
    case LogicalKind::kCreate: return "Create";
    case LogicalKind::kMerge: return "Merge";
    case LogicalKind::kSet: return "Set";
    case LogicalKind::kRemove: return "Remove";
    case LogicalKind::kDelete: return "Delete";
    case LogicalKind::kUnion: return "Union";
    case LogicalKind::kProduce: return "ProduceResults";
    case LogicalKind::kNeighbourCount: return "NeighbourCount";
  }
  return "?";
}

LogicalOpPtr Planner::PlanSingle(const SingleQuery& q, const BoundQuery& bq) {
  LogicalOpPtr cur = Make(LogicalKind::kArgument, nullptr);
  SlotSet bound;
  for (const Clause& c : q.clauses) {
    switch (c.kind) {
      case ClauseKind::kMatch:
        if (c.optional) {
          SlotSet inner_bound = bound;
          auto inner = PlanMatch(c, Make(LogicalKind::kArgument, nullptr), &inner_bound);
          auto o = Make(LogicalKind::kOptional, cur);
          o->children.push_back(inner);
          for (int s : inner_bound) {
            if (!bound.count(s)) o->null_slots.push_back(s);
          }
          bound = inner_bound;
          cur = o;
        } else {
          cur = PlanMatch(c, cur, &bound);
        }
        break;
      case ClauseKind::kUnwind: {
        PlanPatternExprs(*c.expr, bound);
        auto u = Make(LogicalKind::kUnwind, cur);
        u->expr = c.expr.get();
        u->slot = c.slot;
        bound.insert(c.slot);
        cur = u;
        break;
      }
      case ClauseKind::kWith:
      case ClauseKind::kReturn:
        cur = PlanProjection(c, cur, &bound);
        break;
      case ClauseKind::kCreate: {
        auto op = Make(LogicalKind::kCreate, cur);
        op->clause = &c;
        for (const auto& part : c.pattern) {
          for (const auto& n : part->nodes) bound.insert(n.slot);
          for (const auto& r : part->rels) bound.insert(r.slot);
          if (part->path_slot >= 0) bound.insert(part->path_slot);
        }
        cur = op;
        break;
      }
      case ClauseKind::kMerge: {
        SlotSet inner_bound = bound;
        std::vector<int> rels;
        std::vector<const Expr*> none;
        auto inner = PlanPart(*c.pattern[0], Make(LogicalKind::kArgument, nullptr),
                              &inner_bound, &rels, &none);
        // MERGE must see what earlier rows of the same clause created.
        std::vector<LogicalOp*> stack{inner.get()};
        while (!stack.empty()) {
          LogicalOp* op = stack.back();
          stack.pop_back();
          op->eager_scan = false;
          for (auto& ch : op->children) stack.push_back(ch.get());
        }
        auto op = Make(LogicalKind::kMerge, cur);
        op->children.push_back(inner);
        op->clause = &c;
        op->part = c.pattern[0].get();
        bound = inner_bound;
        cur = op;
        break;
      }
      case ClauseKind::kSet:
      case ClauseKind::kRemove:
      case ClauseKind::kDelete: {
        auto op = Make(c.kind == ClauseKind::kSet      ? LogicalKind::kSet
                       : c.kind == ClauseKind::kRemove ? LogicalKind::kRemove
                                                       : LogicalKind::kDelete,
                       cur);
        op->clause = &c;
        cur = op;
        break;
      }
    }
  }
  return cur;
}

absl::StatusOr<LogicalOpPtr> PlanStatement(const Statement& st, const BoundStatement& bound) {
  Planner planner;
  LogicalOpPtr root;
  if (st.queries.size() == 1) {
    root = planner.PlanSingle(st.queries[0], bound.queries[0]);
  } else {
    root = Planner::Make(LogicalKind::kUnion, nullptr);
    for (size_t i = 0; i < st.queries.size(); ++i) {
      root->children.push_back(planner.PlanSingle(st.queries[i], bound.queries[i]));
      root->union_slots.push_back(bound.queries[i].column_slots);
    }
    root->slots = bound.queries[0].column_slots;
    bool all = true;
    for (bool a : st.union_all) all = all && a;
    root->all = all;
    if (!all) {
      auto d = Planner::Make(LogicalKind::kDistinct, root);
      d->slots = root->slots;
      root = d;
    }
  }
  auto produce = Planner::Make(LogicalKind::kProduce, root);
  produce->columns = bound.queries[0].columns;
  produce->slots = bound.queries[0].column_slots;
  return produce;
}

namespace {

void Explain(const LogicalOp& op, int depth, std::string* out) {
  std::string line(depth * 2, ' ');
  absl::StrAppend(&line, LogicalKindName(op.kind));
  std::vector<std::string> details;
  if (!op.label.empty()) details.push_back(absl::StrCat(":", op.label));
  if (!op.types.empty()) details.push_back(absl::StrCat(":", absl::StrJoin(op.types, "|")));
  if (op.kind == LogicalKind::kVarExpand || op.kind == LogicalKind::kShortestPath) {
    details.push_back(absl::StrCat("*", op.min_hops, "..",
                                   op.max_hops < 0 ? std::string() : absl::StrCat(op.max_hops)));
  }
  if (op.kind == LogicalKind::kExpand || op.kind == LogicalKind::kVarExpand ||
      op.kind == LogicalKind::kShortestPath) {
    details.push_back(op.dir == RelDir::kOut ? "->" : op.dir == RelDir::kIn ? "<-" : "--");
    if (op.to_bound) details.push_back("into");
  }
  if (op.kind == LogicalKind::kProduce) details.push_back(absl::StrJoin(op.columns, ", "));
  if (!details.empty()) absl::StrAppend(&line, " ", absl::StrJoin(details, " "));
  absl::StrAppend(out, line, "\n");
  for (const auto& c : op.children) Explain(*c, depth + 1, out);
}

}  // namespace

std::string ExplainPlan(const LogicalOp& root) {
  std::string out;
  Explain(root, 0, &out);
  return out;
}

}  // namespace kg::query
