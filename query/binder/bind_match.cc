// Binding of pattern clauses (MATCH, CREATE, MERGE) and of the write
// clauses SET, REMOVE, DELETE, and of UNWIND.
#include "absl/strings/str_cat.h"
#include "graph/status.h"
#include "query/binder/internal_binder.h"
#include "query/internal/errors.h"

namespace kg::query {
namespace {

const char* KindName(Type t) {
  switch (t) {
    case Type::kNode: return "a node";
    case Type::kRel: return "a relationship";
    case Type::kPath: return "a path";
    case Type::kList: return "a list";
    default: return "a value";
  }
}

absl::Status Conflict(const Pos& pos, const std::string& var, Type was, const char* now) {
  return SemanticError(pos, "VariableTypeConflict",
                       absl::StrCat("variable `", var, "` is ", KindName(was),
                                    " and cannot be used as ", now));
}

}  // namespace

absl::Status Binder::BindPatternPart(PatternPart& part, bool create, Scope* clause_vars) {
  if (!part.path_var.empty()) {
    if (scope_.count(part.path_var)) {
      return SemanticError(part.pos, "VariableAlreadyBound",
                           absl::StrCat("variable `", part.path_var, "` is already bound"));
    }
  }
  if (!part.path_var.empty()) {
    for (const auto& n : part.nodes) {
      if (n.var == part.path_var) {
        return SemanticError(n.pos, "VariableAlreadyBound",
                             absl::StrCat("variable `", n.var, "` is already bound as the path"));
      }
    }
    for (const auto& r : part.rels) {
      if (r.var == part.path_var) {
        return SemanticError(r.pos, "VariableAlreadyBound",
                             absl::StrCat("variable `", r.var, "` is already bound as the path"));
      }
    }
  }
  if (part.kind != PathKind::kNormal) {
    if (part.rels.size() != 1) {
      return SemanticError(part.pos, "UnexpectedSyntax",
                           "shortestPath needs a pattern with exactly one relationship");
    }
  }
  for (size_t i = 0; i < part.nodes.size(); ++i) {
    NodePattern& n = part.nodes[i];
    if (n.props) KG_RETURN_IF_ERROR(BindExpr(*n.props));
    if (n.var.empty()) {
      n.slot = NewSlot(absl::StrCat("  anon_", anon_++), Type::kNode);
      continue;
    }
    auto it = scope_.find(n.var);
    if (it != scope_.end()) {
      Type t = it->second.type;
      if (t != Type::kNode && t != Type::kAny && t != Type::kNull) {
        return Conflict(n.pos, n.var, t, "a node");
      }
      bool in_clause = clause_vars->count(n.var) > 0;
      if (create && (!n.labels.empty() || n.props != nullptr ||
                     (!in_clause && part.nodes.size() == 1))) {
        return SemanticError(n.pos, "VariableAlreadyBound",
                             absl::StrCat("variable `", n.var, "` is already bound"));
      }
      n.slot = it->second.slot;
      n.bound_before = !in_clause;
      continue;
    }
    n.slot = NewSlot(n.var, Type::kNode);
    scope_[n.var] = VarInfo{n.slot, Type::kNode};
    (*clause_vars)[n.var] = VarInfo{n.slot, Type::kNode};
  }
  for (RelPattern& r : part.rels) {
    if (r.props) KG_RETURN_IF_ERROR(BindExpr(*r.props));
    if (create && !r.var.empty() && scope_.count(r.var)) {
      return SemanticError(r.pos, "VariableAlreadyBound",
                           absl::StrCat("variable `", r.var, "` is already bound"));
    }
    if (create) {
      if (r.types.size() != 1) {
        return SemanticError(r.pos, "NoSingleRelationshipType",
                             "a relationship to create needs exactly one type");
      }
      if (r.dir == RelDir::kBoth) {
        return SemanticError(r.pos, "RequiresDirectedRelationship",
                             "a relationship to create needs a direction");
      }
      if (r.varlen) {
        return SemanticError(r.pos, "CreatingVarLength",
                             "cannot create a variable-length relationship");
      }
    }
    if (r.varlen && r.min_hops < 0) {
      return SemanticError(r.pos, "InvalidRelationshipPattern", "negative path length");
    }
    Type want = r.varlen ? Type::kList : Type::kRel;
    if (r.var.empty()) {
      r.slot = NewSlot(absl::StrCat("  anon_", anon_++), want);
      continue;
    }
    auto it = scope_.find(r.var);
    if (it != scope_.end()) {
      Type t = it->second.type;
      if (clause_vars->count(r.var) && t == Type::kRel) {
        return SemanticError(r.pos, "RelationshipUniquenessViolation",
                             absl::StrCat("relationship `", r.var,
                                          "` is used twice in the same pattern"));
      }
      if (t != want && t != Type::kAny && t != Type::kNull) {
        return Conflict(r.pos, r.var, t, r.varlen ? "a relationship list" : "a relationship");
      }
      if (create) {
        return SemanticError(r.pos, "VariableAlreadyBound",
                             absl::StrCat("variable `", r.var, "` is already bound"));
      }
      r.slot = it->second.slot;
      r.bound_before = true;
      continue;
    }
    r.slot = NewSlot(r.var, want);
    scope_[r.var] = VarInfo{r.slot, want};
    (*clause_vars)[r.var] = VarInfo{r.slot, want};
  }
  if (!part.path_var.empty()) {
    part.path_slot = NewSlot(part.path_var, Type::kPath);
    scope_[part.path_var] = VarInfo{part.path_slot, Type::kPath};
    (*clause_vars)[part.path_var] = VarInfo{part.path_slot, Type::kPath};
  }
  return absl::OkStatus();
}

absl::Status Binder::BindMatch(Clause& c) {
  Scope clause_vars;
  for (auto& part : c.pattern) KG_RETURN_IF_ERROR(BindPatternPart(*part, false, &clause_vars));
  if (c.where) KG_RETURN_IF_ERROR(BindExpr(*c.where));
  return absl::OkStatus();
}

absl::Status Binder::BindCreate(Clause& c) {
  Scope clause_vars;
  for (auto& part : c.pattern) KG_RETURN_IF_ERROR(BindPatternPart(*part, true, &clause_vars));
  return absl::OkStatus();
}

absl::Status Binder::BindMerge(Clause& c) {
  Scope clause_vars;
  KG_RETURN_IF_ERROR(BindPatternPart(*c.pattern[0], true, &clause_vars));
  KG_RETURN_IF_ERROR(BindSetItems(c.on_create, false));
  KG_RETURN_IF_ERROR(BindSetItems(c.on_match, false));
  return absl::OkStatus();
}

absl::Status Binder::BindSetItems(std::vector<SetItem>& items, bool remove) {
  for (SetItem& it : items) {
    KG_RETURN_IF_ERROR(BindExpr(*it.target));
    if (it.value) KG_RETURN_IF_ERROR(BindExpr(*it.value));
    const Expr& owner = it.kind == SetKind::kProperty ? *it.target->args[0] : *it.target;
    if (owner.type != Type::kNode && owner.type != Type::kRel && owner.type != Type::kAny &&
        owner.type != Type::kMap && owner.type != Type::kNull) {
      return SemanticError(it.pos, "InvalidArgumentType",
                           "SET/REMOVE needs a node or a relationship");
    }
    if (it.kind == SetKind::kLabels && owner.type == Type::kRel) {
      return SemanticError(it.pos, "InvalidArgumentType", "relationships have no labels");
    }
  }
  return absl::OkStatus();
}

absl::Status Binder::BindDelete(Clause& c) {
  for (auto& e : c.exprs) {
    KG_RETURN_IF_ERROR(BindExpr(*e));
    Type t = e->type;
    if (t != Type::kNode && t != Type::kRel && t != Type::kPath && t != Type::kAny &&
        t != Type::kNull) {
      return SemanticError(e->pos, "InvalidArgumentType",
                           "DELETE needs a node, a relationship or a path");
    }
  }
  return absl::OkStatus();
}

absl::Status Binder::BindUnwind(Clause& c) {
  KG_RETURN_IF_ERROR(BindExpr(*c.expr));
  if (scope_.count(c.alias)) {
    return SemanticError(c.pos, "VariableAlreadyBound",
                         absl::StrCat("variable `", c.alias, "` is already bound"));
  }
  c.slot = NewSlot(c.alias, Type::kAny);
  scope_[c.alias] = VarInfo{c.slot, Type::kAny};
  return absl::OkStatus();
}

}  // namespace kg::query
