// Expression evaluation. Three-valued logic for AND/OR/XOR/NOT, null
// propagation for operators, TypeError for operands of the wrong type.
#include "query/exec/evaluator.h"

#include <cmath>
#include <limits>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "graph/status.h"
#include "query/exec/physical_op.h"
#include "query/functions.h"
#include "query/internal/errors.h"
#include "re2/re2.h"

namespace kg::query {
namespace {

const char* KindOf(const Value& v) {
  switch (v.v.index()) {
    case 0: return "NULL";
    case 1: return "BOOLEAN";
    case 2: return "INTEGER";
    case 3: return "FLOAT";
    case 4: return "STRING";
    case 5: return "LIST";
    case 6: return "MAP";
    case 7: return "NODE";
    case 8: return "RELATIONSHIP";
    case 9: return "PATH";
  }
  return "?";
}

absl::Status TypeErr(absl::string_view what, const Value& got) {
  return RuntimeError("TypeError", "InvalidArgumentType",
                      absl::StrCat(what, ", got ", KindOf(got), " ", ToCypherLiteral(got)));
}

// Three-valued booleans: 0 false, 1 true, 2 null.
absl::StatusOr<int> Tri(const Value& v, Op op) {
  if (v.is_null()) return 2;
  if (const bool* b = v.as_bool()) return *b ? 1 : 0;
  return TypeErr(absl::StrCat(OpName(op), " expects a boolean"), v);
}
Value FromTri(int t) { return t == 2 ? Value::Null() : Value::Bool(t == 1); }

bool IsNum(const Value& v) { return v.as_int() || v.as_float(); }
double AsDouble(const Value& v) { return v.as_int() ? static_cast<double>(*v.as_int()) : *v.as_float(); }

absl::StatusOr<Value> Arith(Op op, const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value::Null();
  if (op == Op::kAdd) {
    if (const ValueList* la = a.as_list()) {
      ValueList out = *la;
      if (const ValueList* lb = b.as_list()) out.insert(out.end(), lb->begin(), lb->end());
      else out.push_back(b);
      return Value::List(std::move(out));
    }
    if (const ValueList* lb = b.as_list()) {
      ValueList out;
      out.push_back(a);
      out.insert(out.end(), lb->begin(), lb->end());
      return Value::List(std::move(out));
    }
    if (a.as_string() && b.as_string()) return Value::String(*a.as_string() + *b.as_string());
    if (a.as_string() && IsNum(b)) return Value::String(*a.as_string() + ToCypherLiteral(b));
    if (IsNum(a) && b.as_string()) return Value::String(ToCypherLiteral(a) + *b.as_string());
  }
  if (!IsNum(a) || !IsNum(b)) {
    return RuntimeError("TypeError", "InvalidArgumentType",
                        absl::StrCat("cannot apply ", OpName(op), " to ", KindOf(a), " and ",
                                     KindOf(b)));
  }
  if (a.as_int() && b.as_int() && op != Op::kPow) {
    int64_t x = *a.as_int(), y = *b.as_int(), r = 0;
    switch (op) {
      case Op::kAdd:
        if (__builtin_add_overflow(x, y, &r)) break;
        return Value::Int(r);
      case Op::kSub:
        if (__builtin_sub_overflow(x, y, &r)) break;
        return Value::Int(r);
      case Op::kMul:
        if (__builtin_mul_overflow(x, y, &r)) break;
        return Value::Int(r);
      case Op::kDiv:
        if (y == 0) return RuntimeError("ArithmeticError", "DivisionByZero", "integer division by zero");
        if (x == std::numeric_limits<int64_t>::min() && y == -1) break;
        return Value::Int(x / y);
      case Op::kMod:
        if (y == 0) return RuntimeError("ArithmeticError", "DivisionByZero", "integer modulo by zero");
        if (y == -1) return Value::Int(0);
        return Value::Int(x % y);
      default:
        break;
    }
    return RuntimeError("ArithmeticError", "IntegerOverflow",
                        absl::StrCat("integer overflow in ", x, " ", OpName(op), " ", y));
  }
  double x = AsDouble(a), y = AsDouble(b);
  switch (op) {
    case Op::kAdd: return Value::Float(x + y);
    case Op::kSub: return Value::Float(x - y);
    case Op::kMul: return Value::Float(x * y);
    case Op::kDiv: return Value::Float(x / y);
    case Op::kMod: return Value::Float(std::fmod(x, y));
    case Op::kPow: return Value::Float(std::pow(x, y));
    default: return Value::Null();
  }
}

absl::Status CheckNotDeleted(const Value& v, ExecContext* ctx) {
  if (const NodeRef* n = v.as_node()) {
    if (ctx->deleted_nodes.count(n->id)) {
      return RuntimeError("EntityNotFound", "DeletedEntityAccess",
                          absl::StrCat("node ", n->id, " was deleted by this statement"));
    }
  } else if (const EdgeRef* e = v.as_edge()) {
    if (ctx->deleted_edges.count(e->id)) {
      return RuntimeError("EntityNotFound", "DeletedEntityAccess",
                          absl::StrCat("relationship ", e->id, " was deleted by this statement"));
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<Value> Property(const Value& target, const std::string& key, ExecContext* ctx) {
  if (target.is_null()) return Value::Null();
  KG_RETURN_IF_ERROR(CheckNotDeleted(target, ctx));
  const graph::Properties* props = nullptr;
  if (const NodeRef* n = target.as_node()) props = &n->props;
  else if (const EdgeRef* e = target.as_edge()) props = &e->props;
  else if (const ValueMap* m = target.as_map()) {
    auto it = m->find(key);
    return it == m->end() ? Value::Null() : it->second;
  } else {
    return TypeErr(absl::StrCat("property access ." , key, " needs a node, relationship or map"), target);
  }
  auto it = props->find(key);
  return it == props->end() ? Value::Null() : Value::FromProperty(it->second);
}

absl::StatusOr<Value> Index(const Value& c, const Value& i, ExecContext* ctx) {
  if (c.is_null() || i.is_null()) return Value::Null();
  if (const ValueList* l = c.as_list()) {
    if (!i.as_int()) return TypeErr("a list index must be an integer", i);
    int64_t k = *i.as_int();
    int64_t n = static_cast<int64_t>(l->size());
    if (k < 0) k += n;
    if (k < 0 || k >= n) return Value::Null();
    return (*l)[k];
  }
  if (c.as_map() || c.as_node() || c.as_edge()) {
    if (!i.as_string()) return TypeErr("a map key must be a string", i);
    return Property(c, *i.as_string(), ctx);
  }
  return TypeErr("only lists and maps can be indexed", c);
}

absl::StatusOr<Value> Compare(Op op, const Value& a, const Value& b) {
  if (op == Op::kEq || op == Op::kNe) {
    std::optional<bool> eq = Equals(a, b);
    if (!eq) return Value::Null();
    return Value::Bool(op == Op::kEq ? *eq : !*eq);
  }
  if (IsNum(a) && IsNum(b) && (a.as_float() || b.as_float())) {
    double x = AsDouble(a), y = AsDouble(b);
    if (std::isnan(x) || std::isnan(y)) return Value::Bool(false);
  }
  std::optional<int> c = kg::query::Compare(a, b);
  if (!c) return Value::Null();
  switch (op) {
    case Op::kLt: return Value::Bool(*c < 0);
    case Op::kLe: return Value::Bool(*c <= 0);
    case Op::kGt: return Value::Bool(*c > 0);
    case Op::kGe: return Value::Bool(*c >= 0);
    default: return Value::Null();
  }
}

absl::StatusOr<Value> In(const Value& x, const Value& list) {
  if (list.is_null()) return Value::Null();
  const ValueList* l = list.as_list();
  if (!l) return TypeErr("IN expects a list", list);
  bool saw_null = false;
  for (const Value& v : *l) {
    std::optional<bool> eq = Equals(x, v);
    if (!eq) saw_null = true;
    else if (*eq) return Value::Bool(true);
  }
  return saw_null ? Value::Null() : Value::Bool(false);
}

absl::StatusOr<Value> GraphFunction(const std::string& lname, const std::vector<Value>& args,
                                    ExecContext* ctx) {
  if (args.size() != 1) {
    return RuntimeError("SyntaxError", "InvalidNumberOfArguments",
                        absl::StrCat(lname, "() takes one argument"));
  }
  const Value& a = args[0];
  if (a.is_null()) return Value::Null();
  const EdgeRef* e = a.as_edge();
  if (!e) return TypeErr(absl::StrCat(lname, "() expects a relationship"), a);
  if (lname == "sources") {
    KG_ASSIGN_OR_RETURN(auto sources, ctx->reader->GetEdgeSources(e->id));
    ValueList out;
    for (const graph::Source& s : sources) {
      ValueMap m;
      m["doc"] = Value::String(s.doc);
      m["start"] = Value::Int(s.start);
      m["end"] = Value::Int(s.end);
      m["sentence"] = Value::String(s.sentence);
      out.push_back(Value::Map(std::move(m)));
    }
    return Value::List(std::move(out));
  }
  graph::NodeId id = lname == "startnode" ? e->src : e->dst;
  KG_ASSIGN_OR_RETURN(auto node, ctx->reader->GetNode(id));
  if (!node) return Value::Null();
  return NodeValue(*node);
}

}  // namespace

absl::StatusOr<bool> EvaluatePredicate(const Expr& e, const Row& row, ExecContext* ctx) {
  KG_ASSIGN_OR_RETURN(Value v, Evaluate(e, row, ctx));
  if (v.is_null()) return false;
  if (const bool* b = v.as_bool()) return *b;
  return TypeErr("a predicate must be a boolean", v);
}

absl::StatusOr<Value> Evaluate(const Expr& e, const Row& row, ExecContext* ctx) {
  switch (e.kind) {
    case ExprKind::kLiteral:
      return e.value;
    case ExprKind::kParam: {
      auto it = ctx->params->find(e.name);
      if (it == ctx->params->end()) {
        return absl::InvalidArgumentError(
            absl::StrCat("ParameterMissing: MissingParameter: parameter $", e.name,
                         " was not given"));
      }
      return it->second;
    }
    case ExprKind::kVariable:
    case ExprKind::kAggRef:
      return row[e.slot];
    case ExprKind::kProperty: {
      KG_ASSIGN_OR_RETURN(Value t, Evaluate(*e.args[0], row, ctx));
      return Property(t, e.name, ctx);
    }
    case ExprKind::kIndex: {
      KG_ASSIGN_OR_RETURN(Value c, Evaluate(*e.args[0], row, ctx));
      KG_ASSIGN_OR_RETURN(Value i, Evaluate(*e.args[1], row, ctx));
      return Index(c, i, ctx);
    }
    case ExprKind::kSlice: {
      KG_ASSIGN_OR_RETURN(Value c, Evaluate(*e.args[0], row, ctx));
      Value from = Value::Int(0), to;
      if (e.args[1]) {
        KG_ASSIGN_OR_RETURN(from, Evaluate(*e.args[1], row, ctx));
      }
      if (e.args[2]) {
        KG_ASSIGN_OR_RETURN(to, Evaluate(*e.args[2], row, ctx));
        if (to.is_null()) return Value::Null();
      }
      if (c.is_null() || from.is_null()) return Value::Null();
      const ValueList* l = c.as_list();
      if (!l) return TypeErr("only lists can be sliced", c);
      int64_t n = static_cast<int64_t>(l->size());
      if (!from.as_int() || (e.args[2] && !to.as_int())) return TypeErr("slice bounds must be integers", from);
      int64_t a = *from.as_int(), b = e.args[2] ? *to.as_int() : n;
      if (a < 0) a += n;
      if (b < 0) b += n;
      a = std::max<int64_t>(0, std::min(a, n));
      b = std::max<int64_t>(0, std::min(b, n));
      ValueList out;
      for (int64_t k = a; k < b; ++k) out.push_back((*l)[k]);
      return Value::List(std::move(out));
    }
    case ExprKind::kList: {
      ValueList out;
      out.reserve(e.args.size());
      for (const auto& a : e.args) {
        KG_ASSIGN_OR_RETURN(Value v, Evaluate(*a, row, ctx));
        out.push_back(std::move(v));
      }
      return Value::List(std::move(out));
    }
    case ExprKind::kMap: {
      ValueMap out;
      for (size_t i = 0; i < e.args.size(); ++i) {
        KG_ASSIGN_OR_RETURN(Value v, Evaluate(*e.args[i], row, ctx));
        out[e.keys[i]] = std::move(v);
      }
      return Value::Map(std::move(out));
    }
    case ExprKind::kFunction: {
      if (e.slot >= 0) return row[e.slot];  // an aggregate computed upstream
      std::vector<Value> args;
      args.reserve(e.args.size());
      for (const auto& a : e.args) {
        KG_ASSIGN_OR_RETURN(Value v, Evaluate(*a, row, ctx));
        args.push_back(std::move(v));
      }
      std::string lname = absl::AsciiStrToLower(e.name);
      if (lname == "labels" || lname == "keys" || lname == "properties") {
        for (const Value& a : args) KG_RETURN_IF_ERROR(CheckNotDeleted(a, ctx));
      }
      if (lname == "startnode" || lname == "endnode" || lname == "sources") {
        return GraphFunction(lname, args, ctx);
      }
      return CallFunction(lname, args);
    }
    case ExprKind::kUnary: {
      KG_ASSIGN_OR_RETURN(Value v, Evaluate(*e.args[0], row, ctx));
      if (e.op == Op::kNot) {
        KG_ASSIGN_OR_RETURN(int t, Tri(v, Op::kNot));
        return FromTri(t == 2 ? 2 : 1 - t);
      }
      if (v.is_null()) return Value::Null();
      if (e.op == Op::kPlus) {
        if (!IsNum(v)) return TypeErr("unary + expects a number", v);
        return v;
      }
      if (const int64_t* i = v.as_int()) {
        if (*i == std::numeric_limits<int64_t>::min()) {
          return RuntimeError("ArithmeticError", "IntegerOverflow", "integer overflow in negation");
        }
        return Value::Int(-*i);
      }
      if (const double* d = v.as_float()) return Value::Float(-*d);
      return TypeErr("unary - expects a number", v);
    }
    case ExprKind::kBinary: {
      if (e.op == Op::kAnd || e.op == Op::kOr || e.op == Op::kXor) {
        KG_ASSIGN_OR_RETURN(Value a, Evaluate(*e.args[0], row, ctx));
        KG_ASSIGN_OR_RETURN(int x, Tri(a, e.op));
        if (e.op == Op::kAnd && x == 0) {
          KG_ASSIGN_OR_RETURN(Value b, Evaluate(*e.args[1], row, ctx));
          KG_RETURN_IF_ERROR(Tri(b, e.op).status());
          return Value::Bool(false);
        }
        if (e.op == Op::kOr && x == 1) {
          KG_ASSIGN_OR_RETURN(Value b, Evaluate(*e.args[1], row, ctx));
          KG_RETURN_IF_ERROR(Tri(b, e.op).status());
          return Value::Bool(true);
        }
        KG_ASSIGN_OR_RETURN(Value b, Evaluate(*e.args[1], row, ctx));
        KG_ASSIGN_OR_RETURN(int y, Tri(b, e.op));
        if (e.op == Op::kAnd) {
          if (y == 0) return Value::Bool(false);
          return FromTri(x == 2 || y == 2 ? 2 : 1);
        }
        if (e.op == Op::kOr) {
          if (y == 1) return Value::Bool(true);
          return FromTri(x == 2 || y == 2 ? 2 : 0);
        }
        if (x == 2 || y == 2) return Value::Null();
        return Value::Bool(x != y);
      }
      KG_ASSIGN_OR_RETURN(Value a, Evaluate(*e.args[0], row, ctx));
      KG_ASSIGN_OR_RETURN(Value b, Evaluate(*e.args[1], row, ctx));
      switch (e.op) {
        case Op::kEq: case Op::kNe: case Op::kLt: case Op::kLe: case Op::kGt: case Op::kGe:
          return Compare(e.op, a, b);
        case Op::kIn:
          return In(a, b);
        case Op::kStartsWith: case Op::kEndsWith: case Op::kContains: {
          if (!a.as_string() || !b.as_string()) return Value::Null();
          const std::string& x = *a.as_string();
          const std::string& y = *b.as_string();
          if (e.op == Op::kStartsWith) return Value::Bool(absl::StartsWith(x, y));
          if (e.op == Op::kEndsWith) return Value::Bool(absl::EndsWith(x, y));
          return Value::Bool(absl::StrContains(x, y));
        }
        case Op::kRegex: {
          if (!a.as_string() || !b.as_string()) return Value::Null();
          auto& re = ctx->regexes[*b.as_string()];
          if (!re) {
            re = std::make_unique<re2::RE2>(*b.as_string(), re2::RE2::Quiet);
            if (!re->ok()) {
              std::string err = re->error();
              ctx->regexes.erase(*b.as_string());
              return RuntimeError("ArgumentError", "InvalidRegex",
                                  absl::StrCat("invalid regular expression: ", err));
            }
          }
          return Value::Bool(re2::RE2::FullMatch(*a.as_string(), *re));
        }
        default:
          return Arith(e.op, a, b);
      }
    }
    case ExprKind::kIsNull:
    case ExprKind::kIsNotNull: {
      KG_ASSIGN_OR_RETURN(Value v, Evaluate(*e.args[0], row, ctx));
      return Value::Bool(v.is_null() == (e.kind == ExprKind::kIsNull));
    }
    case ExprKind::kCase: {
      size_t i = 0;
      Value test;
      if (e.has_test) {
        KG_ASSIGN_OR_RETURN(test, Evaluate(*e.args[0], row, ctx));
        i = 1;
      }
      size_t end = e.args.size() - (e.has_else ? 1 : 0);
      for (; i + 1 < end + 1 && i < end; i += 2) {
        KG_ASSIGN_OR_RETURN(Value w, Evaluate(*e.args[i], row, ctx));
        bool hit;
        if (e.has_test) {
          std::optional<bool> eq = Equals(test, w);
          hit = eq.value_or(false);
        } else {
          hit = w.as_bool() && *w.as_bool();
        }
        if (hit) return Evaluate(*e.args[i + 1], row, ctx);
      }
      if (e.has_else) return Evaluate(*e.args.back(), row, ctx);
      return Value::Null();
    }
    case ExprKind::kHasLabels: {
      KG_ASSIGN_OR_RETURN(Value v, Evaluate(*e.args[0], row, ctx));
      if (v.is_null()) return Value::Null();
      const NodeRef* n = v.as_node();
      if (!n) return TypeErr("a label check needs a node", v);
      for (const auto& l : e.labels) {
        if (std::find(n->labels.begin(), n->labels.end(), l) == n->labels.end()) {
          return Value::Bool(false);
        }
      }
      return Value::Bool(true);
    }
    case ExprKind::kComprehension:
    case ExprKind::kQuantifier: {
      KG_ASSIGN_OR_RETURN(Value lv, Evaluate(*e.args[0], row, ctx));
      if (lv.is_null()) return Value::Null();
      const ValueList* l = lv.as_list();
      if (!l) return TypeErr("expected a list", lv);
      Row local = row;
      ValueList out;
      int64_t trues = 0, nulls = 0;
      for (const Value& x : *l) {
        local[e.slot] = x;
        Value keep = Value::Bool(true);
        if (e.args[1] && !(e.args[1]->kind == ExprKind::kLiteral && e.args[1]->value.is_null() &&
                           e.kind == ExprKind::kQuantifier && false)) {
          KG_ASSIGN_OR_RETURN(keep, Evaluate(*e.args[1], local, ctx));
        }
        if (e.kind == ExprKind::kComprehension) {
          if (!(keep.as_bool() && *keep.as_bool())) continue;
          if (e.args[2]) {
            KG_ASSIGN_OR_RETURN(Value y, Evaluate(*e.args[2], local, ctx));
            out.push_back(std::move(y));
          } else {
            out.push_back(x);
          }
        } else {
          if (keep.is_null()) ++nulls;
          else if (keep.as_bool() && *keep.as_bool()) ++trues;
        }
      }
      if (e.kind == ExprKind::kComprehension) return Value::List(std::move(out));
      int64_t n = static_cast<int64_t>(l->size());
      int64_t falses = n - trues - nulls;
      if (e.name == "any") return trues > 0 ? Value::Bool(true) : nulls > 0 ? Value::Null() : Value::Bool(false);
      if (e.name == "all") return falses > 0 ? Value::Bool(false) : nulls > 0 ? Value::Null() : Value::Bool(true);
      if (e.name == "none") return trues > 0 ? Value::Bool(false) : nulls > 0 ? Value::Null() : Value::Bool(true);
      // single
      if (trues > 1) return Value::Bool(false);
      if (nulls > 0) return Value::Null();
      return Value::Bool(trues == 1);
    }
    case ExprKind::kPatternComprehension: {
      auto& inst = ctx->subplans[e.subplan.get()];
      if (!inst) inst = BuildPhysical(*e.subplan);
      // The inner plan may be re-entered by a nested evaluation; copy the row.
      Row arg = row;
      FindArgument(inst.get())->SetArgument(&arg);
      KG_RETURN_IF_ERROR(inst->Reset(ctx));
      std::vector<Row> matches;
      Row out;
      while (true) {
        KG_ASSIGN_OR_RETURN(bool more, inst->Next(ctx, &out));
        if (!more) break;
        matches.push_back(out);
      }
      ValueList list;
      for (const Row& m : matches) {
        if (e.args[0]) {
          KG_ASSIGN_OR_RETURN(bool keep, EvaluatePredicate(*e.args[0], m, ctx));
          if (!keep) continue;
        }
        KG_ASSIGN_OR_RETURN(Value v, Evaluate(*e.args[1], m, ctx));
        list.push_back(std::move(v));
      }
      return Value::List(std::move(list));
    }
    case ExprKind::kPattern: {
      auto& inst = ctx->subplans[e.subplan.get()];
      if (!inst) inst = BuildPhysical(*e.subplan);
      FindArgument(inst.get())->SetArgument(&row);
      KG_RETURN_IF_ERROR(inst->Reset(ctx));
      Row out;
      KG_ASSIGN_OR_RETURN(bool any, inst->Next(ctx, &out));
      return Value::Bool(any);
    }
  }
  return absl::InternalError("unknown expression kind");
}

}  // namespace kg::query
