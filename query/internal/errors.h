// Error construction for the query engine. Compile-time errors carry the
// statement position as a status payload (read by GetErrorPosition).
#ifndef KG_QUERY_INTERNAL_ERRORS_H_
#define KG_QUERY_INTERNAL_ERRORS_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "query/parser/ast.h"

namespace kg::query {

inline constexpr char kPositionPayload[] = "kg.query/position";

// "SyntaxError: <detail>: <message>" at `pos`; InvalidArgument.
absl::Status SyntaxError(const Pos& pos, absl::string_view detail, absl::string_view message);
// "SemanticError: <detail>: <message>" at `pos`; InvalidArgument.
absl::Status SemanticError(const Pos& pos, absl::string_view detail, absl::string_view message);
// "TypeError: <detail>: <message>" detected at compile time, at `pos`.
absl::Status CompileTypeError(const Pos& pos, absl::string_view detail, absl::string_view message);
// Runtime errors end the query: "<type>: <detail>: <message>", e.g.
// TypeError/InvalidArgumentType; FailedPrecondition, no position.
absl::Status RuntimeError(absl::string_view type, absl::string_view detail,
                          absl::string_view message);

}  // namespace kg::query

#endif  // KG_QUERY_INTERNAL_ERRORS_H_
