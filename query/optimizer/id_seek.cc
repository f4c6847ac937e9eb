#include "absl/strings/ascii.h"
#include "query/optimizer/optimizer.h"
#include "query/planner/internal_planner.h"

namespace kg::query {
namespace {

bool IsIdOf(const Expr& e, int slot) {
  return e.kind == ExprKind::kFunction && e.args.size() == 1 &&
         absl::AsciiStrToLower(e.name) == "id" && e.args[0]->kind == ExprKind::kVariable &&
         e.args[0]->slot == slot;
}

// The expression that id(slot) must equal, if `f` is such a predicate.
const Expr* SeekKey(const Expr& f, int slot) {
  if (f.kind != ExprKind::kBinary || f.op != Op::kEq) return nullptr;
  for (int side = 0; side < 2; ++side) {
    const Expr& a = *f.args[side];
    const Expr& b = *f.args[1 - side];
    if (!IsIdOf(a, slot)) continue;
    SlotSet deps;
    ExprSlots(b, &deps);
    if (deps.count(slot) || b.kind == ExprKind::kPattern) continue;
    return &b;
  }
  return nullptr;
}

// Filter(p) right above Expand, where p reads only the relationship and
// slots bound before the expansion: evaluate p inside the Expand, before the
// target node is fetched.
void PushIntoExpand(LogicalOpPtr& op) {
  if (op->kind != LogicalKind::kFilter || !op->expr || op->slot >= 0) return;
  LogicalOpPtr& ex = op->children[0];
  if (ex->kind != LogicalKind::kExpand || ex->rel_filter) return;
  SlotSet need;
  ExprSlots(*op->expr, &need);
  if (need.count(ex->to_slot) || !need.count(ex->rel_slot)) return;
  ex->rel_filter = op->expr;
  op = ex;
}

void Visit(LogicalOpPtr& op) {
  for (auto& c : op->children) Visit(c);
  PushIntoExpand(op);
  if (op->kind != LogicalKind::kFilter || !op->expr || op->children.empty()) return;
  LogicalOpPtr& child = op->children[0];
  if (child->kind != LogicalKind::kNodeScan) return;
  const Expr* key = SeekKey(*op->expr, child->slot);
  if (!key) return;
  // The key may only read slots bound below the scan; ExprSlots(key) are
  // bound by the scan's input because the filter was placed at the scan.
  child->kind = LogicalKind::kNodeById;
  child->expr = key;
  op = child;
}

}  // namespace

void IdSeekPass::Rewrite(LogicalOpPtr& root) { Visit(root); }

}  // namespace kg::query
