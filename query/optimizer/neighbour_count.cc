#include "absl/strings/ascii.h"
#include "query/optimizer/optimizer.h"

namespace kg::query {
namespace {

bool IsIdOfSlot(const Expr& e, int slot) {
  return e.kind == ExprKind::kFunction && e.slot < 0 && e.args.size() == 1 &&
         absl::AsciiStrToLower(e.name) == "id" && e.args[0]->kind == ExprKind::kVariable &&
         e.args[0]->slot == slot;
}

// The same parameter or the same integer literal.
bool SameKey(const Expr& a, const Expr& b) {
  if (a.kind == ExprKind::kParam && b.kind == ExprKind::kParam) return a.name == b.name;
  if (a.kind == ExprKind::kLiteral && b.kind == ExprKind::kLiteral && a.value.as_int() &&
      b.value.as_int()) {
    return *a.value.as_int() == *b.value.as_int();
  }
  return false;
}

bool TryRewrite(LogicalOpPtr& op) {
  if (op->kind != LogicalKind::kAggregate) return false;
  const Projection& p = op->clause->proj;
  if (p.items.size() != 1 || p.aggregates.size() != 1) return false;
  const Expr& agg = *p.aggregates[0];
  if (absl::AsciiStrToLower(agg.name) != "count" || !agg.distinct || agg.args.size() != 1 ||
      agg.args[0]->kind != ExprKind::kVariable) {
    return false;
  }
  int b = agg.args[0]->slot;
  const LogicalOpPtr& filter = op->children[0];
  if (filter->kind != LogicalKind::kFilter || !filter->expr || filter->slot >= 0) return false;
  const Expr& f = *filter->expr;
  if (f.kind != ExprKind::kBinary || f.op != Op::kNe) return false;
  const Expr* key = nullptr;
  if (IsIdOfSlot(*f.args[0], b)) key = f.args[1].get();
  if (IsIdOfSlot(*f.args[1], b)) key = f.args[0].get();
  if (!key) return false;
  const LogicalOpPtr& ex = filter->children[0];
  bool var = ex->kind == LogicalKind::kVarExpand;
  if (ex->kind != LogicalKind::kExpand && !var) return false;
  if (ex->to_slot != b || ex->to_bound || ex->rel_bound || ex->rel_props ||
      !ex->check.labels.empty() || ex->check.props || !ex->unique_with.empty()) {
    return false;
  }
  if (var && (ex->min_hops != 1 || ex->max_hops < 1)) return false;
  const LogicalOpPtr& seek = ex->children[0];
  if (seek->kind != LogicalKind::kNodeById || seek->slot != ex->from_slot ||
      !SameKey(*seek->expr, *key)) {
    return false;
  }
  auto nc = std::make_shared<LogicalOp>();
  nc->kind = LogicalKind::kNeighbourCount;
  nc->children.push_back(seek);
  nc->from_slot = ex->from_slot;
  nc->slot = agg.slot;
  nc->dir = ex->dir;
  nc->types = ex->types;
  nc->max_hops = var ? ex->max_hops : 1;
  op = nc;
  return true;
}

void Visit(LogicalOpPtr& op) {
  for (auto& c : op->children) Visit(c);
  TryRewrite(op);
}

}  // namespace

void NeighbourCountPass::Rewrite(LogicalOpPtr& root) { Visit(root); }

}  // namespace kg::query
