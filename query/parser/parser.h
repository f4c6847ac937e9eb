// Text -> syntax tree. Touches no catalog or store. Errors are
// "SyntaxError: <detail>: ..." with the position of the offending token.
#ifndef KG_QUERY_PARSER_PARSER_H_
#define KG_QUERY_PARSER_PARSER_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "query/parser/ast.h"

namespace kg::query {

absl::StatusOr<Statement> Parse(absl::string_view text);

}  // namespace kg::query

#endif  // KG_QUERY_PARSER_PARSER_H_
