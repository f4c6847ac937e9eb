// Recursive descent over the token list. Each Parse* method consumes one
// grammar rule; operator precedence follows the openCypher grammar:
// OR < XOR < AND < NOT < comparison < string/list/null predicates <
// + - < * / % < ^ < unary +/- < postfix (property, index, labels) < atom.
#include "query/parser/parser.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "graph/status.h"
#include "query/internal/errors.h"
#include "query/parser/lexer.h"

namespace kg::query {

const char* OpName(Op op) {
  switch (op) {
    case Op::kOr: return "OR";
    case Op::kXor: return "XOR";
    case Op::kAnd: return "AND";
    case Op::kNot: return "NOT";
    case Op::kNeg: return "-";
    case Op::kPlus: return "+";
    case Op::kEq: return "=";
    case Op::kNe: return "<>";
    case Op::kLt: return "<";
    case Op::kLe: return "<=";
    case Op::kGt: return ">";
    case Op::kGe: return ">=";
    case Op::kRegex: return "=~";
    case Op::kAdd: return "+";
    case Op::kSub: return "-";
    case Op::kMul: return "*";
    case Op::kDiv: return "/";
    case Op::kMod: return "%";
    case Op::kPow: return "^";
    case Op::kIn: return "IN";
    case Op::kStartsWith: return "STARTS WITH";
    case Op::kEndsWith: return "ENDS WITH";
    case Op::kContains: return "CONTAINS";
  }
  return "?";
}

namespace {

class Parser {
 public:
  Parser(absl::string_view text, std::vector<Token> toks) : text_(text), t_(std::move(toks)) {}

  absl::StatusOr<Statement> Run() {
    Statement st;
    st.text = std::string(text_);
    if (IsKw("EXPLAIN")) {
      Next();
      st.explain = true;
    } else if (IsKw("PROFILE")) {
      Next();
      st.profile = true;
    }
    while (true) {
      SingleQuery q;
      KG_RETURN_IF_ERROR(ParseSingle(&q));
      st.queries.push_back(std::move(q));
      if (IsKw("UNION")) {
        Next();
        bool all = false;
        if (IsKw("ALL")) {
          Next();
          all = true;
        }
        st.union_all.push_back(all);
        continue;
      }
      break;
    }
    if (IsSym(";")) Next();
    if (Cur().kind != Tok::kEnd) return Unexpected("end of statement");
    return st;
  }

 private:
  // ---- token helpers ----
  const Token& Cur() const { return t_[i_]; }
  const Token& Peek(size_t k = 1) const { return t_[std::min(i_ + k, t_.size() - 1)]; }
  void Next() {
    if (i_ + 1 < t_.size()) ++i_;
  }
  uint32_t PrevEnd() const { return i_ == 0 ? 0 : t_[i_ - 1].end; }
  bool IsSym(absl::string_view s) const { return Cur().kind == Tok::kSymbol && Cur().text == s; }
  bool IsSymAt(size_t k, absl::string_view s) const {
    return Peek(k).kind == Tok::kSymbol && Peek(k).text == s;
  }
  bool IsKw(absl::string_view kw) const {
    return Cur().kind == Tok::kIdent && absl::EqualsIgnoreCase(Cur().text, kw);
  }
  bool IsKwAt(size_t k, absl::string_view kw) const {
    return Peek(k).kind == Tok::kIdent && absl::EqualsIgnoreCase(Peek(k).text, kw);
  }
  absl::Status Unexpected(absl::string_view expected) const {
    const Token& c = Cur();
    std::string got = c.kind == Tok::kEnd ? "end of input" : absl::StrCat("'", std::string(text_.substr(c.pos.offset, c.end - c.pos.offset)), "'");
    return SyntaxError(c.pos, "UnexpectedSyntax", absl::StrCat("expected ", expected, ", found ", got));
  }
  absl::Status ExpectSym(absl::string_view s) {
    if (!IsSym(s)) return Unexpected(absl::StrCat("'", s, "'"));
    Next();
    return absl::OkStatus();
  }
  absl::Status ExpectKw(absl::string_view kw) {
    if (!IsKw(kw)) return Unexpected(kw);
    Next();
    return absl::OkStatus();
  }
  bool IsClauseStart() const {
    for (const char* kw : {"MATCH", "OPTIONAL", "UNWIND", "WITH", "RETURN", "CREATE", "MERGE",
                           "SET", "REMOVE", "DELETE", "DETACH"}) {
      if (IsKw(kw)) return true;
    }
    return false;
  }
  absl::StatusOr<std::string> ParseName(absl::string_view what) {
    if (Cur().kind != Tok::kIdent && Cur().kind != Tok::kQuotedIdent) return Unexpected(what);
    std::string s = Cur().text;
    Next();
    return s;
  }
  // Keywords that cannot be a variable name where an expression is expected.
  bool IsReservedHere() const {
    if (Cur().kind != Tok::kIdent) return false;
    for (const char* kw : {"AS", "WHERE", "ORDER", "SKIP", "LIMIT", "UNION", "AND", "OR", "XOR",
                           "THEN", "ELSE", "END", "WHEN", "ON"}) {
      if (IsKw(kw)) return true;
    }
    return IsClauseStart();
  }

  // ---- clauses ----
  absl::Status ParseSingle(SingleQuery* q) {
    if (!IsClauseStart()) return Unexpected("a clause (MATCH, RETURN, CREATE, ...)");
    while (IsClauseStart()) {
      Clause c;
      KG_RETURN_IF_ERROR(ParseClause(&c));
      q->clauses.push_back(std::move(c));
    }
    return absl::OkStatus();
  }

  absl::Status ParseClause(Clause* c) {
    c->pos = Cur().pos;
    if (IsKw("OPTIONAL")) {
      Next();
      if (!IsKw("MATCH")) return Unexpected("MATCH after OPTIONAL");
      c->optional = true;
    }
    if (IsKw("MATCH")) {
      Next();
      c->kind = ClauseKind::kMatch;
      KG_RETURN_IF_ERROR(ParsePattern(&c->pattern));
      if (IsKw("WHERE")) {
        Next();
        KG_ASSIGN_OR_RETURN(c->where, ParseExpr());
      }
      return absl::OkStatus();
    }
    if (IsKw("UNWIND")) {
      Next();
      c->kind = ClauseKind::kUnwind;
      KG_ASSIGN_OR_RETURN(c->expr, ParseExpr());
      KG_RETURN_IF_ERROR(ExpectKw("AS"));
      KG_ASSIGN_OR_RETURN(c->alias, ParseName("a variable name"));
      return absl::OkStatus();
    }
    if (IsKw("WITH") || IsKw("RETURN")) {
      bool with = IsKw("WITH");
      Next();
      c->kind = with ? ClauseKind::kWith : ClauseKind::kReturn;
      KG_RETURN_IF_ERROR(ParseProjection(&c->proj));
      if (with && IsKw("WHERE")) {
        Next();
        KG_ASSIGN_OR_RETURN(c->proj.where, ParseExpr());
      }
      return absl::OkStatus();
    }
    if (IsKw("CREATE")) {
      Next();
      c->kind = ClauseKind::kCreate;
      return ParsePattern(&c->pattern);
    }
    if (IsKw("MERGE")) {
      Next();
      c->kind = ClauseKind::kMerge;
      KG_ASSIGN_OR_RETURN(auto part, ParsePatternPart());
      c->pattern.push_back(std::move(part));
      while (IsKw("ON")) {
        Next();
        bool create = IsKw("CREATE");
        if (!create && !IsKw("MATCH")) return Unexpected("CREATE or MATCH after ON");
        Next();
        KG_RETURN_IF_ERROR(ExpectKw("SET"));
        KG_RETURN_IF_ERROR(ParseSetItems(create ? &c->on_create : &c->on_match));
      }
      return absl::OkStatus();
    }
    if (IsKw("SET")) {
      Next();
      c->kind = ClauseKind::kSet;
      return ParseSetItems(&c->set_items);
    }
    if (IsKw("REMOVE")) {
      Next();
      c->kind = ClauseKind::kRemove;
      while (true) {
        SetItem it;
        it.pos = Cur().pos;
        KG_ASSIGN_OR_RETURN(auto target, ParsePostfixOnly());
        if (target->kind == ExprKind::kHasLabels) {
          it.kind = SetKind::kLabels;
          it.labels = target->labels;
          it.target = std::move(target->args[0]);
        } else if (target->kind == ExprKind::kProperty) {
          it.kind = SetKind::kProperty;
          it.target = std::move(target);
        } else {
          return SyntaxError(it.pos, "UnexpectedSyntax", "REMOVE expects n.property or n:Label");
        }
        c->set_items.push_back(std::move(it));
        if (!IsSym(",")) break;
        Next();
      }
      return absl::OkStatus();
    }
    if (IsKw("DETACH") || IsKw("DELETE")) {
      if (IsKw("DETACH")) {
        c->detach = true;
        Next();
      }
      KG_RETURN_IF_ERROR(ExpectKw("DELETE"));
      c->kind = ClauseKind::kDelete;
      while (true) {
        KG_ASSIGN_OR_RETURN(auto e, ParseExpr());
        c->exprs.push_back(std::move(e));
        if (!IsSym(",")) break;
        Next();
      }
      return absl::OkStatus();
    }
    return Unexpected("a clause");
  }

  absl::Status ParseSetItems(std::vector<SetItem>* items) {
    while (true) {
      SetItem it;
      it.pos = Cur().pos;
      KG_ASSIGN_OR_RETURN(auto target, ParsePostfixOnly());
      if (target->kind == ExprKind::kHasLabels) {
        it.kind = SetKind::kLabels;
        it.labels = target->labels;
        it.target = std::move(target->args[0]);
      } else if (target->kind == ExprKind::kProperty) {
        it.kind = SetKind::kProperty;
        it.target = std::move(target);
        KG_RETURN_IF_ERROR(ExpectSym("="));
        KG_ASSIGN_OR_RETURN(it.value, ParseExpr());
      } else if (target->kind == ExprKind::kVariable) {
        if (IsSym("=")) {
          it.kind = SetKind::kReplaceMap;
        } else if (IsSym("+=")) {
          it.kind = SetKind::kMergeMap;
        } else {
          return Unexpected("'=' or '+='");
        }
        Next();
        it.target = std::move(target);
        KG_ASSIGN_OR_RETURN(it.value, ParseExpr());
      } else {
        return SyntaxError(it.pos, "UnexpectedSyntax", "SET expects n.property, n or n:Label");
      }
      items->push_back(std::move(it));
      if (!IsSym(",")) break;
      Next();
    }
    return absl::OkStatus();
  }

  absl::Status ParseProjection(Projection* p) {
    if (IsKw("DISTINCT")) {
      Next();
      p->distinct = true;
    }
    if (IsSym("*")) {
      Next();
      p->star = true;
      if (IsSym(",")) Next();
      else goto tail;
    }
    while (true) {
      ProjectionItem it;
      KG_ASSIGN_OR_RETURN(it.expr, ParseExpr());
      it.column = std::string(text_.substr(it.expr->pos.offset, it.expr->end - it.expr->pos.offset));
      if (IsKw("AS")) {
        Next();
        KG_ASSIGN_OR_RETURN(it.alias, ParseName("an alias after AS"));
        it.column = it.alias;
      }
      p->items.push_back(std::move(it));
      if (!IsSym(",")) break;
      Next();
    }
  tail:
    if (IsKw("ORDER")) {
      Next();
      KG_RETURN_IF_ERROR(ExpectKw("BY"));
      while (true) {
        SortItem s;
        KG_ASSIGN_OR_RETURN(s.expr, ParseExpr());
        if (IsKw("ASC") || IsKw("ASCENDING")) {
          Next();
        } else if (IsKw("DESC") || IsKw("DESCENDING")) {
          Next();
          s.ascending = false;
        }
        p->order_by.push_back(std::move(s));
        if (!IsSym(",")) break;
        Next();
      }
    }
    if (IsKw("SKIP")) {
      Next();
      KG_ASSIGN_OR_RETURN(p->skip, ParseExpr());
    }
    if (IsKw("LIMIT")) {
      Next();
      KG_ASSIGN_OR_RETURN(p->limit, ParseExpr());
    }
    return absl::OkStatus();
  }

  // ---- patterns ----
  absl::Status ParsePattern(std::vector<std::shared_ptr<PatternPart>>* out) {
    while (true) {
      KG_ASSIGN_OR_RETURN(auto part, ParsePatternPart());
      out->push_back(std::move(part));
      if (!IsSym(",")) break;
      Next();
    }
    return absl::OkStatus();
  }

  absl::StatusOr<std::shared_ptr<PatternPart>> ParsePatternPart() {
    auto part = std::make_shared<PatternPart>();
    part->pos = Cur().pos;
    if ((Cur().kind == Tok::kIdent || Cur().kind == Tok::kQuotedIdent) && IsSymAt(1, "=")) {
      part->path_var = Cur().text;
      Next();
      Next();
    }
    bool wrapped = false;
    if (IsKw("shortestPath") || IsKw("allShortestPaths")) {
      part->kind = IsKw("shortestPath") ? PathKind::kShortest : PathKind::kAllShortest;
      Next();
      KG_RETURN_IF_ERROR(ExpectSym("("));
      wrapped = true;
    }
    KG_RETURN_IF_ERROR(ParseChain(part.get()));
    if (wrapped) KG_RETURN_IF_ERROR(ExpectSym(")"));
    return part;
  }

  absl::Status ParseChain(PatternPart* part) {
    NodePattern n;
    KG_RETURN_IF_ERROR(ParseNode(&n));
    part->nodes.push_back(std::move(n));
    while (IsSym("-") || (IsSym("<") && IsSymAt(1, "-"))) {
      RelPattern r;
      KG_RETURN_IF_ERROR(ParseRel(&r));
      part->rels.push_back(std::move(r));
      NodePattern m;
      KG_RETURN_IF_ERROR(ParseNode(&m));
      part->nodes.push_back(std::move(m));
    }
    return absl::OkStatus();
  }

  absl::Status ParseNode(NodePattern* n) {
    n->pos = Cur().pos;
    KG_RETURN_IF_ERROR(ExpectSym("("));
    if (Cur().kind == Tok::kIdent || Cur().kind == Tok::kQuotedIdent) {
      n->var = Cur().text;
      Next();
    }
    while (IsSym(":")) {
      Next();
      KG_ASSIGN_OR_RETURN(auto l, ParseName("a label name"));
      n->labels.push_back(std::move(l));
    }
    if (IsSym("{")) {
      KG_ASSIGN_OR_RETURN(n->props, ParseMapLiteral());
    } else if (Cur().kind == Tok::kParam) {
      return SyntaxError(Cur().pos, "InvalidParameterUse",
                         "a parameter cannot be used as a property map in a pattern");
    }
    return ExpectSym(")");
  }

  absl::Status ParseRel(RelPattern* r) {
    r->pos = Cur().pos;
    bool left = false;
    if (IsSym("<")) {
      left = true;
      Next();
    }
    KG_RETURN_IF_ERROR(ExpectSym("-"));
    if (IsSym("[")) {
      Next();
      if (Cur().kind == Tok::kIdent || Cur().kind == Tok::kQuotedIdent) {
        r->var = Cur().text;
        Next();
      }
      if (IsSym(":")) {
        Next();
        while (true) {
          KG_ASSIGN_OR_RETURN(auto ty, ParseName("a relationship type"));
          r->types.push_back(std::move(ty));
          if (!IsSym("|")) break;
          Next();
          if (IsSym(":")) Next();
        }
      }
      if (Cur().kind == Tok::kInt || IsSym("..")) {
        return SyntaxError(Cur().pos, "InvalidRelationshipPattern",
                           "a length range needs '*' before it, as in [*1..3]");
      }
      if (IsSym("*")) {
        Next();
        r->varlen = true;
        if (IsSym("-")) {
          return SyntaxError(Cur().pos, "InvalidRelationshipPattern",
                             "a relationship length cannot be negative");
        }
        r->min_hops = 1;
        r->max_hops = -1;
        if (Cur().kind == Tok::kInt) {
          KG_ASSIGN_OR_RETURN(int64_t v, IntToken());
          r->min_hops = v;
          r->max_hops = v;
        }
        if (IsSym("..")) {
          Next();
          r->max_hops = -1;  // `*n..`: n is the minimum, no maximum
          if (Cur().kind == Tok::kInt) {
            KG_ASSIGN_OR_RETURN(int64_t v, IntToken());
            r->max_hops = v;
          }
        }
      }
      if (IsSym("{")) {
        KG_ASSIGN_OR_RETURN(r->props, ParseMapLiteral());
      } else if (Cur().kind == Tok::kParam) {
        return SyntaxError(Cur().pos, "InvalidParameterUse",
                           "a parameter cannot be used as a property map in a pattern");
      }
      KG_RETURN_IF_ERROR(ExpectSym("]"));
    }
    KG_RETURN_IF_ERROR(ExpectSym("-"));
    bool right = false;
    if (IsSym(">")) {
      right = true;
      Next();
    }
    r->dir = left && right ? RelDir::kBoth : left ? RelDir::kIn : right ? RelDir::kOut : RelDir::kBoth;
    return absl::OkStatus();
  }

  absl::StatusOr<int64_t> IntToken() {
    const Token& tok = Cur();
    KG_ASSIGN_OR_RETURN(int64_t v, IntValue(tok, false));
    Next();
    return v;
  }

  absl::StatusOr<int64_t> IntValue(const Token& tok, bool negative) {
    unsigned __int128 acc = 0;
    for (char ch : tok.text) {
      int d = std::isdigit(static_cast<unsigned char>(ch)) ? ch - '0' : std::tolower(ch) - 'a' + 10;
      acc = acc * tok.base + d;
      if (acc > (static_cast<unsigned __int128>(1) << 64)) break;
    }
    unsigned __int128 lim = negative ? (static_cast<unsigned __int128>(1) << 63)
                                     : (static_cast<unsigned __int128>(1) << 63) - 1;
    if (acc > lim) {
      return SyntaxError(tok.pos, "IntegerOverflow",
                         absl::StrCat("integer literal '", std::string(text_.substr(tok.pos.offset, tok.end - tok.pos.offset)), "' does not fit in 64 bits"));
    }
    if (negative) return static_cast<int64_t>(-static_cast<__int128>(acc));
    return static_cast<int64_t>(acc);
  }

  absl::StatusOr<ExprPtr> ParseMapLiteral() {
    auto e = NewExpr(ExprKind::kMap);
    KG_RETURN_IF_ERROR(ExpectSym("{"));
    if (!IsSym("}")) {
      while (true) {
        KG_ASSIGN_OR_RETURN(auto key, ParseName("a property key"));
        KG_RETURN_IF_ERROR(ExpectSym(":"));
        KG_ASSIGN_OR_RETURN(auto v, ParseExpr());
        e->keys.push_back(std::move(key));
        e->args.push_back(std::move(v));
        if (!IsSym(",")) break;
        Next();
      }
    }
    KG_RETURN_IF_ERROR(ExpectSym("}"));
    e->end = PrevEnd();
    return e;
  }

  // ---- expressions ----
  ExprPtr NewExpr(ExprKind k) {
    auto e = std::make_unique<Expr>();
    e->kind = k;
    e->pos = Cur().pos;
    return e;
  }
  ExprPtr Binary(Op op, ExprPtr a, ExprPtr b) {
    auto e = std::make_unique<Expr>();
    e->kind = ExprKind::kBinary;
    e->op = op;
    e->pos = a->pos;
    e->end = b->end;
    e->args.push_back(std::move(a));
    e->args.push_back(std::move(b));
    return e;
  }

  absl::StatusOr<ExprPtr> ParseExpr() { return ParseOr(); }

  absl::StatusOr<ExprPtr> ParseOr() {
    KG_ASSIGN_OR_RETURN(auto l, ParseXor());
    while (IsKw("OR")) {
      Next();
      KG_ASSIGN_OR_RETURN(auto r, ParseXor());
      l = Binary(Op::kOr, std::move(l), std::move(r));
    }
    return l;
  }
  absl::StatusOr<ExprPtr> ParseXor() {
    KG_ASSIGN_OR_RETURN(auto l, ParseAnd());
    while (IsKw("XOR")) {
      Next();
      KG_ASSIGN_OR_RETURN(auto r, ParseAnd());
      l = Binary(Op::kXor, std::move(l), std::move(r));
    }
    return l;
  }
  absl::StatusOr<ExprPtr> ParseAnd() {
    KG_ASSIGN_OR_RETURN(auto l, ParseNot());
    while (IsKw("AND")) {
      Next();
      KG_ASSIGN_OR_RETURN(auto r, ParseNot());
      l = Binary(Op::kAnd, std::move(l), std::move(r));
    }
    return l;
  }
  absl::StatusOr<ExprPtr> ParseNot() {
    if (IsKw("NOT")) {
      auto e = NewExpr(ExprKind::kUnary);
      e->op = Op::kNot;
      Next();
      KG_ASSIGN_OR_RETURN(auto a, ParseNot());
      e->end = a->end;
      e->args.push_back(std::move(a));
      return e;
    }
    return ParseComparison();
  }
  bool ComparisonOp(Op* op) const {
    if (Cur().kind != Tok::kSymbol) return false;
    const std::string& s = Cur().text;
    if (s == "=") *op = Op::kEq;
    else if (s == "<>" || s == "!=") *op = Op::kNe;
    else if (s == "<") *op = Op::kLt;
    else if (s == "<=") *op = Op::kLe;
    else if (s == ">") *op = Op::kGt;
    else if (s == ">=") *op = Op::kGe;
    else if (s == "=~") *op = Op::kRegex;
    else return false;
    return true;
  }
  absl::StatusOr<ExprPtr> ParseComparison() {
    KG_ASSIGN_OR_RETURN(auto l, ParsePredicates());
    Op op;
    if (!ComparisonOp(&op)) return l;
    // a < b < c means a < b AND b < c; inner operands are cloned.
    std::vector<ExprPtr> operands;
    std::vector<Op> ops;
    operands.push_back(std::move(l));
    while (ComparisonOp(&op)) {
      Next();
      KG_ASSIGN_OR_RETURN(auto r, ParsePredicates());
      ops.push_back(op);
      operands.push_back(std::move(r));
    }
    if (ops.size() == 1) return Binary(ops[0], std::move(operands[0]), std::move(operands[1]));
    ExprPtr acc;
    for (size_t k = 0; k < ops.size(); ++k) {
      ExprPtr left = k == 0 ? std::move(operands[0]) : Clone(*operands[k]);
      ExprPtr right = k + 1 == ops.size() ? std::move(operands[k + 1]) : Clone(*operands[k + 1]);
      auto cmp = Binary(ops[k], std::move(left), std::move(right));
      acc = acc ? Binary(Op::kAnd, std::move(acc), std::move(cmp)) : std::move(cmp);
    }
    return acc;
  }

  static ExprPtr Clone(const Expr& e) {
    auto c = std::make_unique<Expr>();
    c->kind = e.kind;
    c->pos = e.pos;
    c->end = e.end;
    c->value = e.value;
    c->name = e.name;
    c->op = e.op;
    for (const auto& a : e.args) c->args.push_back(a ? Clone(*a) : nullptr);
    c->keys = e.keys;
    c->labels = e.labels;
    c->distinct = e.distinct;
    c->star = e.star;
    c->has_test = e.has_test;
    c->has_else = e.has_else;
    c->pattern = e.pattern;
    return c;
  }

  absl::StatusOr<ExprPtr> ParsePredicates() {
    KG_ASSIGN_OR_RETURN(auto l, ParseAddSub());
    while (true) {
      if (IsKw("STARTS") && IsKwAt(1, "WITH")) {
        Next();
        Next();
        KG_ASSIGN_OR_RETURN(auto r, ParseAddSub());
        l = Binary(Op::kStartsWith, std::move(l), std::move(r));
      } else if (IsKw("ENDS") && IsKwAt(1, "WITH")) {
        Next();
        Next();
        KG_ASSIGN_OR_RETURN(auto r, ParseAddSub());
        l = Binary(Op::kEndsWith, std::move(l), std::move(r));
      } else if (IsKw("CONTAINS")) {
        Next();
        KG_ASSIGN_OR_RETURN(auto r, ParseAddSub());
        l = Binary(Op::kContains, std::move(l), std::move(r));
      } else if (IsKw("IN")) {
        Next();
        KG_ASSIGN_OR_RETURN(auto r, ParseAddSub());
        l = Binary(Op::kIn, std::move(l), std::move(r));
      } else if (IsKw("IS")) {
        Next();
        bool neg = false;
        if (IsKw("NOT")) {
          Next();
          neg = true;
        }
        if (!IsKw("NULL")) return Unexpected("NULL");
        auto e = std::make_unique<Expr>();
        e->kind = neg ? ExprKind::kIsNotNull : ExprKind::kIsNull;
        e->pos = l->pos;
        Next();
        e->end = PrevEnd();
        e->args.push_back(std::move(l));
        l = std::move(e);
      } else {
        return l;
      }
    }
  }
  absl::StatusOr<ExprPtr> ParseAddSub() {
    KG_ASSIGN_OR_RETURN(auto l, ParseMulDiv());
    while (IsSym("+") || IsSym("-")) {
      Op op = IsSym("+") ? Op::kAdd : Op::kSub;
      Next();
      KG_ASSIGN_OR_RETURN(auto r, ParseMulDiv());
      l = Binary(op, std::move(l), std::move(r));
    }
    return l;
  }
  absl::StatusOr<ExprPtr> ParseMulDiv() {
    KG_ASSIGN_OR_RETURN(auto l, ParsePow());
    while (IsSym("*") || IsSym("/") || IsSym("%")) {
      Op op = IsSym("*") ? Op::kMul : IsSym("/") ? Op::kDiv : Op::kMod;
      Next();
      KG_ASSIGN_OR_RETURN(auto r, ParsePow());
      l = Binary(op, std::move(l), std::move(r));
    }
    return l;
  }
  absl::StatusOr<ExprPtr> ParsePow() {
    KG_ASSIGN_OR_RETURN(auto l, ParseUnary());
    while (IsSym("^")) {
      Next();
      KG_ASSIGN_OR_RETURN(auto r, ParseUnary());
      l = Binary(Op::kPow, std::move(l), std::move(r));
    }
    return l;
  }
  absl::StatusOr<ExprPtr> ParseUnary() {
    if (IsSym("-") || IsSym("+")) {
      bool neg = IsSym("-");
      auto e = NewExpr(ExprKind::kUnary);
      Next();
      if (neg && Cur().kind == Tok::kInt) {
        // Fold -literal so that the smallest integer parses.
        KG_ASSIGN_OR_RETURN(int64_t v, IntValue(Cur(), true));
        Next();
        e->kind = ExprKind::kLiteral;
        e->value = Value::Int(v);
        e->end = PrevEnd();
        return ParsePostfix(std::move(e));
      }
      e->op = neg ? Op::kNeg : Op::kPlus;
      KG_ASSIGN_OR_RETURN(auto a, ParseUnary());
      e->end = a->end;
      e->args.push_back(std::move(a));
      return e;
    }
    KG_ASSIGN_OR_RETURN(auto a, ParseAtom());
    return ParsePostfix(std::move(a));
  }
  // For SET/REMOVE targets: an atom with its postfix operators only.
  absl::StatusOr<ExprPtr> ParsePostfixOnly() {
    KG_ASSIGN_OR_RETURN(auto a, ParseAtom());
    return ParsePostfix(std::move(a));
  }

  absl::StatusOr<ExprPtr> ParsePostfix(ExprPtr e) {
    while (true) {
      if (IsSym(".")) {
        Next();
        auto p = std::make_unique<Expr>();
        p->kind = ExprKind::kProperty;
        p->pos = e->pos;
        KG_ASSIGN_OR_RETURN(p->name, ParseName("a property name"));
        p->end = PrevEnd();
        p->args.push_back(std::move(e));
        e = std::move(p);
      } else if (IsSym("[")) {
        Next();
        auto p = std::make_unique<Expr>();
        p->pos = e->pos;
        p->args.push_back(std::move(e));
        ExprPtr from;
        if (!IsSym("..")) {
          KG_ASSIGN_OR_RETURN(from, ParseExpr());
        }
        if (IsSym("..")) {
          Next();
          p->kind = ExprKind::kSlice;
          ExprPtr to;
          if (!IsSym("]")) {
            KG_ASSIGN_OR_RETURN(to, ParseExpr());
          }
          p->args.push_back(std::move(from));  // missing bounds stay null pointers
          p->args.push_back(std::move(to));
        } else {
          if (!from) return Unexpected("an index");
          p->kind = ExprKind::kIndex;
          p->args.push_back(std::move(from));
        }
        KG_RETURN_IF_ERROR(ExpectSym("]"));
        p->end = PrevEnd();
        e = std::move(p);
      } else if (IsSym(":") && (Peek().kind == Tok::kIdent || Peek().kind == Tok::kQuotedIdent)) {
        auto p = std::make_unique<Expr>();
        p->kind = ExprKind::kHasLabels;
        p->pos = e->pos;
        while (IsSym(":")) {
          Next();
          KG_ASSIGN_OR_RETURN(auto l, ParseName("a label"));
          p->labels.push_back(std::move(l));
        }
        p->end = PrevEnd();
        p->args.push_back(std::move(e));
        e = std::move(p);
      } else {
        return e;
      }
    }
  }

  ExprPtr NullLit() {
    auto e = NewExpr(ExprKind::kLiteral);
    e->type = Type::kNull;
    return e;
  }

  absl::StatusOr<ExprPtr> ParseAtom() {
    const Token& tok = Cur();
    auto e = NewExpr(ExprKind::kLiteral);
    switch (tok.kind) {
      case Tok::kInt: {
        KG_ASSIGN_OR_RETURN(int64_t v, IntValue(tok, false));
        e->value = Value::Int(v);
        Next();
        e->end = PrevEnd();
        return e;
      }
      case Tok::kFloat: {
        errno = 0;
        double d = std::strtod(tok.text.c_str(), nullptr);
        if (errno == ERANGE && std::isinf(d)) {
          return SyntaxError(tok.pos, "FloatingPointOverflow",
                             absl::StrCat("float literal '", tok.text, "' is too large"));
        }
        e->value = Value::Float(d);
        Next();
        e->end = PrevEnd();
        return e;
      }
      case Tok::kString:
        e->value = Value::String(tok.text);
        Next();
        e->end = PrevEnd();
        return e;
      case Tok::kParam:
        e->kind = ExprKind::kParam;
        e->name = tok.text;
        Next();
        e->end = PrevEnd();
        return e;
      case Tok::kSymbol:
        if (tok.text == "[") return ParseListOrComprehension();
        if (tok.text == "{") return ParseMapLiteral();
        if (tok.text == "(") return ParseParenOrPattern();
        return Unexpected("an expression");
      case Tok::kEnd:
        return Unexpected("an expression");
      case Tok::kBadNumber:
        return SyntaxError(tok.pos, "InvalidNumberLiteral",
                           absl::StrCat("invalid number literal '", tok.text, "'"));
      case Tok::kQuotedIdent:
      case Tok::kIdent:
        break;
    }
    if (tok.kind == Tok::kIdent) {
      if (IsKw("true") || IsKw("false")) {
        e->value = Value::Bool(IsKw("true"));
        Next();
        e->end = PrevEnd();
        return e;
      }
      if (IsKw("null")) {
        e->type = Type::kNull;
        Next();
        e->end = PrevEnd();
        return e;
      }
      if (IsKw("CASE")) return ParseCase();
      if ((IsKw("any") || IsKw("all") || IsKw("none") || IsKw("single")) && IsSymAt(1, "(") &&
          (Peek(2).kind == Tok::kIdent || Peek(2).kind == Tok::kQuotedIdent) && IsKwAt(3, "IN")) {
        e->kind = ExprKind::kQuantifier;
        e->name = absl::AsciiStrToLower(tok.text);
        Next();
        Next();
        std::string var = Cur().text;
        Next();
        Next();
        KG_ASSIGN_OR_RETURN(auto list, ParseExpr());
        ExprPtr pred;
        if (IsKw("WHERE")) {
          Next();
          KG_ASSIGN_OR_RETURN(pred, ParseExpr());
        }
        KG_RETURN_IF_ERROR(ExpectSym(")"));
        e->keys.push_back(var);
        e->args.push_back(std::move(list));
        e->args.push_back(pred ? std::move(pred) : NullLit());
        e->end = PrevEnd();
        return e;
      }
      if (IsKw("EXISTS") && IsSymAt(1, "(")) {
        // exists(n.prop) or exists((a)-->(b))
        Next();
        Next();
        KG_ASSIGN_OR_RETURN(auto inner, ParseExpr());
        KG_RETURN_IF_ERROR(ExpectSym(")"));
        if (inner->kind == ExprKind::kPattern) {
          inner->end = PrevEnd();
          return inner;
        }
        e->kind = ExprKind::kIsNotNull;
        e->args.push_back(std::move(inner));
        e->end = PrevEnd();
        return e;
      }
    }
    if (IsReservedHere() && tok.kind == Tok::kIdent) return Unexpected("an expression");
    std::string name = tok.text;
    Next();
    // Namespaced function names: a.b.c(
    if (IsSymAt(0, "(")) {
      e->kind = ExprKind::kFunction;
      e->name = name;
      Next();
      if (IsKw("DISTINCT")) {
        Next();
        e->distinct = true;
      }
      if (IsSym("*")) {
        Next();
        e->star = true;
      } else if (!IsSym(")")) {
        while (true) {
          KG_ASSIGN_OR_RETURN(auto a, ParseExpr());
          e->args.push_back(std::move(a));
          if (!IsSym(",")) break;
          Next();
        }
      }
      KG_RETURN_IF_ERROR(ExpectSym(")"));
      e->end = PrevEnd();
      return e;
    }
    e->kind = ExprKind::kVariable;
    e->name = name;
    e->end = PrevEnd();
    return e;
  }

  absl::StatusOr<ExprPtr> ParseCase() {
    auto e = NewExpr(ExprKind::kCase);
    Next();
    if (!IsKw("WHEN")) {
      e->has_test = true;
      KG_ASSIGN_OR_RETURN(auto t, ParseExpr());
      e->args.push_back(std::move(t));
    }
    if (!IsKw("WHEN")) return Unexpected("WHEN");
    while (IsKw("WHEN")) {
      Next();
      KG_ASSIGN_OR_RETURN(auto w, ParseExpr());
      KG_RETURN_IF_ERROR(ExpectKw("THEN"));
      KG_ASSIGN_OR_RETURN(auto t, ParseExpr());
      e->args.push_back(std::move(w));
      e->args.push_back(std::move(t));
    }
    if (IsKw("ELSE")) {
      Next();
      e->has_else = true;
      KG_ASSIGN_OR_RETURN(auto x, ParseExpr());
      e->args.push_back(std::move(x));
    }
    KG_RETURN_IF_ERROR(ExpectKw("END"));
    e->end = PrevEnd();
    return e;
  }

  absl::StatusOr<ExprPtr> ParseListOrComprehension() {
    auto e = NewExpr(ExprKind::kList);
    Next();  // [
    if (IsSym("(") || ((Cur().kind == Tok::kIdent || Cur().kind == Tok::kQuotedIdent) &&
                       IsSymAt(1, "="))) {
      size_t save = i_;
      auto part = ParsePatternPart();
      if (part.ok() && !(*part)->rels.empty() && (IsKw("WHERE") || IsSym("|"))) {
        e->kind = ExprKind::kPatternComprehension;
        e->pattern = std::move(part).value();
        ExprPtr where;
        if (IsKw("WHERE")) {
          Next();
          KG_ASSIGN_OR_RETURN(where, ParseExpr());
        }
        KG_RETURN_IF_ERROR(ExpectSym("|"));
        KG_ASSIGN_OR_RETURN(auto proj, ParseExpr());
        KG_RETURN_IF_ERROR(ExpectSym("]"));
        e->args.push_back(std::move(where));
        e->args.push_back(std::move(proj));
        e->end = PrevEnd();
        return e;
      }
      i_ = save;
    }
    if ((Cur().kind == Tok::kIdent || Cur().kind == Tok::kQuotedIdent) && IsKwAt(1, "IN")) {
      e->kind = ExprKind::kComprehension;
      e->keys.push_back(Cur().text);
      Next();
      Next();
      KG_ASSIGN_OR_RETURN(auto list, ParseExpr());
      ExprPtr pred, proj;
      if (IsKw("WHERE")) {
        Next();
        KG_ASSIGN_OR_RETURN(pred, ParseExpr());
      }
      if (IsSym("|")) {
        Next();
        KG_ASSIGN_OR_RETURN(proj, ParseExpr());
      }
      KG_RETURN_IF_ERROR(ExpectSym("]"));
      e->args.push_back(std::move(list));
      e->args.push_back(pred ? std::move(pred) : nullptr);
      e->args.push_back(proj ? std::move(proj) : nullptr);
      e->end = PrevEnd();
      return e;
    }
    if (!IsSym("]")) {
      while (true) {
        KG_ASSIGN_OR_RETURN(auto a, ParseExpr());
        e->args.push_back(std::move(a));
        if (!IsSym(",")) break;
        Next();
      }
    }
    KG_RETURN_IF_ERROR(ExpectSym("]"));
    e->end = PrevEnd();
    return e;
  }

  // '(' starts either a parenthesised expression or a pattern predicate such
  // as (a)-[:T]->(b). Try the pattern first; fall back on failure.
  absl::StatusOr<ExprPtr> ParseParenOrPattern() {
    size_t save = i_;
    {
      auto part = std::make_shared<PatternPart>();
      part->pos = Cur().pos;
      absl::Status st = ParseChain(part.get());
      if (st.ok() && !part->rels.empty()) {
        auto e = std::make_unique<Expr>();
        e->kind = ExprKind::kPattern;
        e->pos = part->pos;
        e->end = PrevEnd();
        e->pattern = std::move(part);
        return e;
      }
      i_ = save;
    }
    Next();
    KG_ASSIGN_OR_RETURN(auto inner, ParseExpr());
    KG_RETURN_IF_ERROR(ExpectSym(")"));
    inner->pos = t_[save].pos;
    inner->end = PrevEnd();
    return inner;
  }

  absl::string_view text_;
  std::vector<Token> t_;
  size_t i_ = 0;
};

}  // namespace

absl::StatusOr<Statement> Parse(absl::string_view text) {
  KG_ASSIGN_OR_RETURN(auto toks, Tokenize(text));
  return Parser(text, std::move(toks)).Run();
}

}  // namespace kg::query
