// Binding of expressions: variables to slots, static types, operand checks.
#include <functional>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "graph/status.h"
#include "query/binder/internal_binder.h"
#include "query/functions.h"
#include "query/internal/errors.h"
#include "query/internal/graph_functions.h"

namespace kg::query {

bool IsAggregateName(std::string_view lower_name) {
  return IsAggregateFunction(lower_name) || lower_name == "stdev" || lower_name == "stdevp" ||
         lower_name == "percentilecont" || lower_name == "percentiledisc";
}
namespace {

const char* TypeName(Type t) {
  switch (t) {
    case Type::kAny: return "ANY";
    case Type::kNull: return "NULL";
    case Type::kBool: return "BOOLEAN";
    case Type::kInt: return "INTEGER";
    case Type::kFloat: return "FLOAT";
    case Type::kString: return "STRING";
    case Type::kList: return "LIST";
    case Type::kMap: return "MAP";
    case Type::kNode: return "NODE";
    case Type::kRel: return "RELATIONSHIP";
    case Type::kPath: return "PATH";
  }
  return "?";
}

Type LiteralType(const Value& v) {
  if (v.is_null()) return Type::kNull;
  if (v.as_bool()) return Type::kBool;
  if (v.as_int()) return Type::kInt;
  if (v.as_float()) return Type::kFloat;
  if (v.as_string()) return Type::kString;
  return Type::kAny;
}

bool IsNumber(Type t) { return t == Type::kInt || t == Type::kFloat; }

}  // namespace

absl::Status Binder::CheckBooleanOperand(const Expr& e, const Expr& op) {
  switch (e.type) {
    case Type::kInt: case Type::kFloat: case Type::kString: case Type::kList: case Type::kMap:
    case Type::kNode: case Type::kRel: case Type::kPath:
      return SemanticError(e.pos, "InvalidArgumentType",
                           absl::StrCat(OpName(op.op), " expects a boolean operand, got ",
                                        TypeName(e.type)));
    default:
      return absl::OkStatus();
  }
}

absl::Status Binder::BindExprAllowAgg(Expr& e, std::vector<const Expr*>* aggs) {
  auto* saved = aggs_;
  aggs_ = aggs;
  absl::Status s = BindExpr(e);
  aggs_ = saved;
  return s;
}

absl::Status Binder::BindExpr(Expr& e) {
  switch (e.kind) {
    case ExprKind::kLiteral:
      e.type = LiteralType(e.value);
      return absl::OkStatus();
    case ExprKind::kParam:
      e.type = Type::kAny;
      return absl::OkStatus();
    case ExprKind::kVariable: {
      auto it = scope_.find(e.name);
      if (it == scope_.end()) {
        return SemanticError(e.pos, "UndefinedVariable",
                             absl::StrCat("variable `", e.name, "` is not defined"));
      }
      e.slot = it->second.slot;
      e.type = it->second.type;
      return absl::OkStatus();
    }
    case ExprKind::kAggRef:
      return absl::OkStatus();
    default:
      break;
  }
  // Quantifiers and comprehensions introduce a local variable.
  if (e.kind == ExprKind::kComprehension || e.kind == ExprKind::kQuantifier) {
    KG_RETURN_IF_ERROR(BindExpr(*e.args[0]));
    Scope saved = scope_;
    e.slot = NewSlot(e.keys[0], Type::kAny);
    scope_[e.keys[0]] = VarInfo{e.slot, Type::kAny};
    for (size_t i = 1; i < e.args.size(); ++i) {
      if (e.args[i]) KG_RETURN_IF_ERROR(BindExpr(*e.args[i]));
    }
    scope_ = std::move(saved);
    e.type = e.kind == ExprKind::kComprehension ? Type::kList : Type::kBool;
    return absl::OkStatus();
  }
  if (e.kind == ExprKind::kPatternComprehension) {
    Scope saved = scope_;
    Scope local;
    absl::Status st = BindPatternPart(*e.pattern, /*create=*/false, &local);
    for (auto& a : e.args) {
      if (st.ok() && a) st = BindExpr(*a);
    }
    scope_ = std::move(saved);
    e.type = Type::kList;
    return st;
  }
  if (e.kind == ExprKind::kPattern) {
    // Pattern predicates may only introduce anonymous elements; named ones
    // must be in scope already.
    Scope saved = scope_;
    Scope local;
    KG_RETURN_IF_ERROR(BindPatternPart(*e.pattern, /*create=*/false, &local));
    scope_ = std::move(saved);
    e.type = Type::kBool;
    return absl::OkStatus();
  }
  if (e.kind == ExprKind::kFunction) {
    std::string lname = absl::AsciiStrToLower(e.name);
    if (IsAggregateName(lname)) {
      if (aggs_ == nullptr) {
        return SemanticError(e.pos, "InvalidAggregation",
                             absl::StrCat("aggregate function ", e.name,
                                          "() is not allowed here"));
      }
      if (in_agg_) {
        return SemanticError(e.pos, "NestedAggregation",
                             absl::StrCat("aggregate function ", e.name,
                                          "() inside another aggregate"));
      }
      if (e.star && lname != "count") {
        return SemanticError(e.pos, "UnexpectedSyntax", absl::StrCat(e.name, "(*) is not valid"));
      }
      in_agg_ = true;
      for (auto& a : e.args) {
        absl::Status s = BindExpr(*a);
        if (!s.ok()) {
          in_agg_ = false;
          return s;
        }
      }
      in_agg_ = false;
      // An aggregate over rand() has no stable meaning (openCypher rejects it).
      std::function<bool(const Expr&)> random = [&](const Expr& x) {
        if (x.kind == ExprKind::kFunction && absl::AsciiStrToLower(x.name) == "rand") return true;
        for (const auto& a : x.args) {
          if (a && random(*a)) return true;
        }
        return false;
      };
      for (const auto& a : e.args) {
        if (a && random(*a)) {
          return SemanticError(a->pos, "NonConstantExpression",
                               absl::StrCat(e.name, "() over rand() is not allowed"));
        }
      }
      e.slot = NewSlot(absl::StrCat("  agg_", e.name), Type::kAny);
      aggs_->push_back(&e);
      e.type = lname == "count" ? Type::kInt : lname == "collect" ? Type::kList : Type::kAny;
      return absl::OkStatus();
    }
    if (!IsScalarFunction(lname) && !IsGraphFunction(lname)) {
      return SemanticError(e.pos, "UnknownFunction",
                           absl::StrCat("unknown function '", e.name, "'"));
    }
    if (e.distinct || e.star) {
      return SemanticError(e.pos, "UnexpectedSyntax",
                           absl::StrCat(e.name, "() is not an aggregate function"));
    }
    for (auto& a : e.args) {
      if (a->kind == ExprKind::kPattern && lname != "exists") {
        return SyntaxError(a->pos, "UnexpectedSyntax",
                           absl::StrCat("a pattern predicate cannot be an argument of ", e.name,
                                        "(); use a pattern comprehension"));
      }
      KG_RETURN_IF_ERROR(BindExpr(*a));
    }
    // Static argument checks that the TCK expects at compile time.
    if (e.args.size() == 1) {
      Type at = e.args[0]->type;
      auto bad = [&](const char* want) {
        return SemanticError(e.args[0]->pos, "InvalidArgumentType",
                             absl::StrCat(e.name, "() expects ", want, ", got ", TypeName(at)));
      };
      if (lname == "type" && at != Type::kAny && at != Type::kRel && at != Type::kNull) return bad("a relationship");
      if (lname == "labels" && at != Type::kAny && at != Type::kNode && at != Type::kNull) return bad("a node");
      if (lname == "size" && (at == Type::kPath || at == Type::kNode || at == Type::kRel)) return bad("a list or string");
      if (lname == "length" && (at == Type::kNode || at == Type::kRel)) return bad("a path");
    }
    if (lname == "type" || lname == "tostring" || lname == "tolower" || lname == "toupper" ||
        lname == "trim" || lname == "substring" || lname == "reverse") {
      e.type = lname == "reverse" ? Type::kAny : Type::kString;
    } else if (lname == "labels" || lname == "keys" || lname == "nodes" ||
               lname == "relationships" || lname == "sources" || lname == "range") {
      e.type = Type::kList;
    } else if (lname == "id" || lname == "size" || lname == "length" || lname == "tointeger") {
      e.type = lname == "tointeger" ? Type::kAny : Type::kInt;
    } else if (lname == "startnode" || lname == "endnode") {
      e.type = Type::kNode;
    } else if (lname == "properties") {
      e.type = Type::kMap;
    }
    return absl::OkStatus();
  }
  for (auto& a : e.args) {
    if (a) KG_RETURN_IF_ERROR(BindExpr(*a));
  }
  switch (e.kind) {
    case ExprKind::kProperty: {
      Type t = e.args[0]->type;
      if (t == Type::kPath) {
        return SemanticError(e.args[0]->pos, "InvalidArgumentType",
                             absl::StrCat("a path has no property '", e.name, "'"));
      }
      if (t == Type::kBool || t == Type::kInt || t == Type::kFloat || t == Type::kString ||
          t == Type::kList) {
        return CompileTypeError(e.args[0]->pos, "InvalidArgumentType",
                                absl::StrCat("cannot read property '", e.name, "' of a ", TypeName(t)));
      }
      e.type = Type::kAny;
      break;
    }
    case ExprKind::kList:
      e.type = Type::kList;
      break;
    case ExprKind::kMap:
      e.type = Type::kMap;
      break;
    case ExprKind::kIsNull:
    case ExprKind::kIsNotNull:
    case ExprKind::kHasLabels:
      e.type = Type::kBool;
      break;
    case ExprKind::kSlice:
      e.type = Type::kList;
      break;
    case ExprKind::kIndex: {
      Type t = e.args[0]->type;
      Type it = e.args[1]->type;
      if (t == Type::kList && it != Type::kAny && it != Type::kInt && it != Type::kNull) {
        return CompileTypeError(e.args[1]->pos, "InvalidArgumentType",
                                absl::StrCat("list index must be an integer, got ", TypeName(it)));
      }
      if ((t == Type::kBool || t == Type::kInt || t == Type::kFloat || t == Type::kString) &&
          it != Type::kNull) {
        return CompileTypeError(e.args[0]->pos, "InvalidArgumentType",
                                absl::StrCat("cannot index a ", TypeName(t)));
      }
      e.type = Type::kAny;
      break;
    }
    case ExprKind::kUnary:
      if (e.op == Op::kNot) {
        KG_RETURN_IF_ERROR(CheckBooleanOperand(*e.args[0], e));
        e.type = Type::kBool;
      } else {
        e.type = IsNumber(e.args[0]->type) ? e.args[0]->type : Type::kAny;
      }
      break;
    case ExprKind::kBinary:
      switch (e.op) {
        case Op::kAnd: case Op::kOr: case Op::kXor:
          KG_RETURN_IF_ERROR(CheckBooleanOperand(*e.args[0], e));
          KG_RETURN_IF_ERROR(CheckBooleanOperand(*e.args[1], e));
          e.type = Type::kBool;
          break;
        case Op::kIn: {
          Type t = e.args[1]->type;
          if (t != Type::kAny && t != Type::kList && t != Type::kNull) {
            return SemanticError(e.args[1]->pos, "InvalidArgumentType",
                                 absl::StrCat("IN expects a list, got ", TypeName(t)));
          }
          e.type = Type::kBool;
          break;
        }
        case Op::kEq: case Op::kNe: case Op::kLt: case Op::kLe: case Op::kGt: case Op::kGe:
        case Op::kRegex: case Op::kStartsWith: case Op::kEndsWith:
        case Op::kContains:
          e.type = Type::kBool;
          break;
        default: {
          Type a = e.args[0]->type, b = e.args[1]->type;
          if (a == Type::kInt && b == Type::kInt && e.op != Op::kPow) e.type = Type::kInt;
          else if (IsNumber(a) && IsNumber(b)) e.type = Type::kFloat;
          else if (e.op == Op::kAdd && (a == Type::kList || b == Type::kList)) e.type = Type::kList;
          else if (e.op == Op::kAdd && a == Type::kString && b == Type::kString) e.type = Type::kString;
          else e.type = Type::kAny;
        }
      }
      break;
    default:
      e.type = Type::kAny;
  }
  return absl::OkStatus();
}

}  // namespace kg::query
