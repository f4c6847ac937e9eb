// The syntax tree of one openCypher statement, as produced by the parser and
// annotated in place by the binder (variable slots, static types). Plain data.
#ifndef KG_QUERY_PARSER_AST_H_
#define KG_QUERY_PARSER_AST_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "query/value.h"

namespace kg::query {

struct LogicalOp;  // planner/logical_plan.h

// A position in the statement text: 1-based line and column, 0-based offset.
struct Pos {
  uint32_t line = 1, column = 1, offset = 0;
};

enum class ExprKind {
  kLiteral,        // value
  kParam,          // $name
  kVariable,       // name
  kProperty,       // args[0].name
  kIndex,          // args[0][args[1]]
  kSlice,          // args[0][args[1]..args[2]] (missing bounds are null literals)
  kList,           // [args...]
  kMap,            // {keys[i]: args[i]}
  kFunction,       // name(args...), distinct; count(*) has star
  kUnary,          // op args[0]
  kBinary,         // args[0] op args[1]
  kIsNull,         // args[0] IS NULL
  kIsNotNull,      // args[0] IS NOT NULL
  kCase,           // args: [test] (when, then)* [else]; has_test, has_else
  kHasLabels,      // args[0]:labels
  kComprehension,  // [name IN args[0] WHERE args[1] | args[2]] (missing: null)
  kQuantifier,     // any/all/none/single(name IN args[0] WHERE args[1])
  kPattern,        // a pattern predicate: true when the pattern matches
  kPatternComprehension,  // [pattern WHERE args[0] | args[1]] (args[0] may be null)
  kAggRef,         // bound: value of an aggregate computed by the executor
};

enum class Op {
  kOr, kXor, kAnd, kNot, kNeg, kPlus,
  kEq, kNe, kLt, kLe, kGt, kGe, kRegex,
  kAdd, kSub, kMul, kDiv, kMod, kPow,
  kIn, kStartsWith, kEndsWith, kContains,
};
const char* OpName(Op op);

// The static type the binder infers, for early InvalidArgumentType errors.
enum class Type { kAny, kNull, kBool, kInt, kFloat, kString, kList, kMap, kNode, kRel, kPath };

struct PatternPart;

struct Expr {
  ExprKind kind = ExprKind::kLiteral;
  Pos pos;
  uint32_t end = 0;          // offset just past the expression's text
  Value value;               // kLiteral
  std::string name;          // variable, parameter, property key, function
  Op op = Op::kAnd;
  std::vector<std::unique_ptr<Expr>> args;
  std::vector<std::string> keys;    // kMap
  std::vector<std::string> labels;  // kHasLabels
  bool distinct = false;            // kFunction
  bool star = false;                // count(*)
  bool has_test = false, has_else = false;  // kCase
  std::shared_ptr<PatternPart> pattern;     // kPattern
  // Bound by the binder.
  int slot = -1;             // kVariable / kComprehension / kQuantifier var / kAggRef
  Type type = Type::kAny;
  std::shared_ptr<LogicalOp> subplan;       // kPattern: plan over an argument row
};
using ExprPtr = std::unique_ptr<Expr>;

enum class RelDir { kOut, kIn, kBoth };  // ->, <-, -

struct NodePattern {
  Pos pos;
  std::string var;           // empty: anonymous (the binder names it)
  std::vector<std::string> labels;
  ExprPtr props;             // map literal, or null
  int slot = -1;
  bool bound_before = false; // the binder found the variable in scope
};

struct RelPattern {
  Pos pos;
  std::string var;
  std::vector<std::string> types;  // alternatives
  ExprPtr props;
  RelDir dir = RelDir::kBoth;
  bool varlen = false;
  int64_t min_hops = 1, max_hops = -1;  // -1: unbounded
  int slot = -1;
  bool bound_before = false;
};

enum class PathKind { kNormal, kShortest, kAllShortest };

struct PatternPart {
  Pos pos;
  std::string path_var;
  int path_slot = -1;
  PathKind kind = PathKind::kNormal;
  std::vector<NodePattern> nodes;  // rels.size() + 1
  std::vector<RelPattern> rels;
};

struct ProjectionItem {
  ExprPtr expr;
  std::string alias;   // explicit AS name, else empty
  std::string column;  // alias or the expression's source text
  int slot = -1;       // bound output slot
};

struct SortItem {
  ExprPtr expr;
  bool ascending = true;
};

struct Projection {
  bool distinct = false;
  bool star = false;
  std::vector<ProjectionItem> items;
  std::vector<SortItem> order_by;
  ExprPtr skip, limit;
  ExprPtr where;  // WITH ... WHERE
  // Bound: aggregate calls (kFunction nodes owned by the items) and slots.
  std::vector<const Expr*> aggregates;
  bool has_aggregates = false;
};

enum class SetKind { kProperty, kReplaceMap, kMergeMap, kLabels };
struct SetItem {
  Pos pos;
  SetKind kind = SetKind::kProperty;
  ExprPtr target;  // kProperty: a kProperty expr; others: a variable
  ExprPtr value;   // null for kLabels
  std::vector<std::string> labels;
};

enum class ClauseKind { kMatch, kUnwind, kWith, kReturn, kCreate, kMerge, kSet, kRemove, kDelete };

struct Clause {
  ClauseKind kind = ClauseKind::kMatch;
  Pos pos;
  bool optional = false;  // OPTIONAL MATCH
  std::vector<std::shared_ptr<PatternPart>> pattern;  // MATCH, CREATE, MERGE (one part)
  ExprPtr where;          // MATCH
  ExprPtr expr;           // UNWIND
  std::string alias;      // UNWIND
  int slot = -1;          // UNWIND
  Projection proj;        // WITH, RETURN
  std::vector<SetItem> set_items;       // SET, REMOVE (kProperty/kLabels)
  std::vector<SetItem> on_create, on_match;  // MERGE
  bool detach = false;                  // DELETE
  std::vector<ExprPtr> exprs;           // DELETE
};

struct SingleQuery {
  std::vector<Clause> clauses;
};

struct Statement {
  std::vector<SingleQuery> queries;  // joined by UNION
  std::vector<bool> union_all;       // queries.size() - 1
  bool explain = false, profile = false;
  std::string text;
};

}  // namespace kg::query

#endif  // KG_QUERY_PARSER_AST_H_
