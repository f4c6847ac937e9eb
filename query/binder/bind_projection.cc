// Binding of WITH and RETURN: items, aggregates, ORDER BY, SKIP, LIMIT.
#include <functional>
#include <set>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "graph/status.h"
#include "query/binder/internal_binder.h"
#include "query/internal/errors.h"

namespace kg::query {
namespace {

// Variables and property reads outside aggregate calls.
void CollectOutsideAgg(const Expr& e, std::vector<const Expr*>* out) {
  if (e.kind == ExprKind::kFunction && e.slot >= 0) return;  // an aggregate
  if (e.kind == ExprKind::kVariable) {
    out->push_back(&e);
    return;
  }
  if (e.kind == ExprKind::kProperty && e.args[0]->kind == ExprKind::kVariable) {
    out->push_back(&e);
    return;
  }
  for (const auto& a : e.args) {
    if (a) CollectOutsideAgg(*a, out);
  }
}

bool ContainsAgg(const Expr& e) {
  if (e.kind == ExprKind::kFunction && e.slot >= 0) return true;
  for (const auto& a : e.args) {
    if (a && ContainsAgg(*a)) return true;
  }
  return false;
}

bool HasVariable(const Expr& e) {
  if (e.kind == ExprKind::kVariable) return true;
  for (const auto& a : e.args) {
    if (a && HasVariable(*a)) return true;
  }
  return false;
}

bool HasAggregateCall(const Expr& e) {
  if (e.kind == ExprKind::kFunction && IsAggregateName(absl::AsciiStrToLower(e.name))) return true;
  for (const auto& a : e.args) {
    if (a && HasAggregateCall(*a)) return true;
  }
  return false;
}

// Inside an ORDER BY item that aggregates, a returned expression may only be
// reused when it is a variable or a property access: "me.age + you.age +
// count(*)" is ambiguous even when "me.age + you.age" is returned.
const Expr* ComplexProjectedPart(const Expr& e, const Projection& p,
                                 const std::function<absl::string_view(const Expr&)>& text) {
  for (const ProjectionItem& it : p.items) {
    const Expr& x = *it.expr;
    if (x.end == 0 || x.kind == ExprKind::kVariable || x.kind == ExprKind::kProperty ||
        x.kind == ExprKind::kLiteral || x.kind == ExprKind::kParam || HasAggregateCall(x)) {
      continue;
    }
    if (text(e) == text(x)) return &e;
  }
  for (const auto& a : e.args) {
    if (!a) continue;
    if (const Expr* r = ComplexProjectedPart(*a, p, text)) return r;
  }
  return nullptr;
}

}  // namespace

void Binder::ReplaceProjected(Expr* e, const Projection& p) {
  if (e->kind == ExprKind::kVariable || e->kind == ExprKind::kLiteral ||
      e->kind == ExprKind::kParam) {
    return;
  }
  for (const ProjectionItem& it : p.items) {
    if (it.expr->end != 0 && it.slot >= 0 && Text(*e) == Text(*it.expr)) {
      e->kind = ExprKind::kVariable;
      e->args.clear();
      e->slot = it.slot;
      e->type = it.expr->type;
      e->name = it.column;
      e->pattern.reset();
      return;
    }
  }
  for (auto& a : e->args) {
    if (a) ReplaceProjected(a.get(), p);
  }
}

absl::Status Binder::BindProjection(Clause& c, BoundQuery* bq) {
  Projection& p = c.proj;
  const bool with = c.kind == ClauseKind::kWith;
  if (p.star) {
    std::vector<ProjectionItem> stars;
    for (const auto& [name, info] : scope_) {
      ProjectionItem it;
      it.expr = std::make_unique<Expr>();
      it.expr->kind = ExprKind::kVariable;
      it.expr->name = name;
      it.expr->pos = c.pos;
      it.column = name;
      stars.push_back(std::move(it));
    }
    if (stars.empty() && !with) {
      return SemanticError(c.pos, "NoVariablesInScope",
                           absl::StrCat(with ? "WITH" : "RETURN", " * has no variables in scope"));
    }
    for (auto& it : p.items) stars.push_back(std::move(it));
    p.items = std::move(stars);
  }
  std::set<std::string> seen;
  for (ProjectionItem& it : p.items) {
    KG_RETURN_IF_ERROR(BindExprAllowAgg(*it.expr, &p.aggregates));
    if (with && it.alias.empty() && it.expr->kind != ExprKind::kVariable) {
      return SemanticError(it.expr->pos, "NoExpressionAlias",
                           absl::StrCat("expression '", it.column, "' in WITH needs an alias"));
    }
    if (!seen.insert(it.column).second) {
      return SemanticError(it.expr->pos, "ColumnNameConflict",
                           absl::StrCat("column name '", it.column, "' is used twice"));
    }
  }
  p.has_aggregates = !p.aggregates.empty();
  if (p.has_aggregates) {
    // Every variable used outside an aggregate must be a grouping key.
    std::set<std::string> keys;
    std::vector<bool> is_agg(p.items.size());
    for (size_t i = 0; i < p.items.size(); ++i) {
      bool agg = ContainsAgg(*p.items[i].expr);
      is_agg[i] = agg;
      if (!agg) keys.insert(std::string(p.items[i].expr->end ? Text(*p.items[i].expr) : p.items[i].column));
    }
    for (size_t i = 0; i < p.items.size(); ++i) {
      if (!is_agg[i]) continue;
      std::vector<const Expr*> refs;
      CollectOutsideAgg(*p.items[i].expr, &refs);
      for (const Expr* r : refs) {
        std::string t(Text(*r));
        bool ok = keys.count(t) > 0;
        if (!ok && r->kind == ExprKind::kProperty) ok = keys.count(r->args[0]->name) > 0;
        if (!ok) {
          return SemanticError(r->pos, "AmbiguousAggregationExpression",
                               absl::StrCat("'", t, "' is neither aggregated nor a grouping key"));
        }
      }
    }
  }
  Scope old = scope_;
  Scope next;
  for (ProjectionItem& it : p.items) {
    Type t = it.expr->type;
    it.slot = NewSlot(it.column, t);
    next[it.column] = VarInfo{it.slot, t};
  }
  // ORDER BY sees the projected names, and also the incoming variables when
  // the projection neither aggregates nor removes duplicates.
  if (!p.order_by.empty()) {
    Scope sort_scope = (p.distinct || p.has_aggregates) ? next : old;
    for (auto& [k, v] : next) sort_scope[k] = v;
    scope_ = sort_scope;
    for (SortItem& s : p.order_by) {
      if (p.has_aggregates && HasAggregateCall(*s.expr)) {
        if (const Expr* bad = ComplexProjectedPart(*s.expr, p, [this](const Expr& x) { return Text(x); })) {
          scope_ = old;
          return SemanticError(bad->pos, "AmbiguousAggregationExpression",
                               absl::StrCat("'", Text(*bad), "' is neither aggregated nor a variable or "
                                            "property in this ORDER BY item"));
        }
      }
      // Parts written like a projected expression read its column.
      ReplaceProjected(s.expr.get(), p);
      absl::Status st = p.has_aggregates ? BindExprAllowAgg(*s.expr, &p.aggregates)
                                         : BindExpr(*s.expr);
      if (!st.ok()) {
        scope_ = old;
        return st;
      }
    }
  }
  // SKIP and LIMIT are constant expressions.
  for (ExprPtr* e : {&p.skip, &p.limit}) {
    if (!*e) continue;
    if (HasVariable(**e)) {
      return SemanticError((*e)->pos, "NonConstantExpression",
                           "SKIP and LIMIT take a constant expression");
    }
    scope_.clear();
    KG_RETURN_IF_ERROR(BindExpr(**e));
    const Expr& x = **e;
    if (x.kind == ExprKind::kLiteral && x.value.as_int() && *x.value.as_int() < 0) {
      return SemanticError(x.pos, "NegativeIntegerArgument",
                           "SKIP and LIMIT take a non-negative integer");
    }
    if (x.kind == ExprKind::kLiteral && !x.value.as_int()) {
      return SemanticError(x.pos, "InvalidArgumentType", "SKIP and LIMIT take an integer");
    }
  }
  if (p.where) {
    // WITH ... WHERE also sees the incoming variables unless the projection
    // aggregates or removes duplicates.
    Scope where_scope = (p.distinct || p.has_aggregates) ? next : old;
    for (auto& [k, v] : next) where_scope[k] = v;
    scope_ = where_scope;
    absl::Status st = BindExpr(*p.where);
    if (!st.ok()) return st;
  }
  scope_ = next;
  if (!with) {
    for (const ProjectionItem& it : p.items) {
      bq->columns.push_back(it.column);
      bq->column_slots.push_back(it.slot);
    }
  }
  return absl::OkStatus();
}

}  // namespace kg::query
