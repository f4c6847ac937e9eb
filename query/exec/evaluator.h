// Expression evaluation over one row, with openCypher's null semantics.
#ifndef KG_QUERY_EXEC_EVALUATOR_H_
#define KG_QUERY_EXEC_EVALUATOR_H_

#include "absl/status/statusor.h"
#include "query/exec/exec_context.h"
#include "query/parser/ast.h"

namespace kg::query {

absl::StatusOr<Value> Evaluate(const Expr& e, const Row& row, ExecContext* ctx);
// A predicate: true only when the value is true; TypeError for non-booleans.
absl::StatusOr<bool> EvaluatePredicate(const Expr& e, const Row& row, ExecContext* ctx);

}  // namespace kg::query

#endif  // KG_QUERY_EXEC_EVALUATOR_H_
