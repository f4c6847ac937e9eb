// Splits a statement into tokens with their positions. Keywords are returned
// as identifiers; the parser compares them case-insensitively.
#ifndef KG_QUERY_PARSER_LEXER_H_
#define KG_QUERY_PARSER_LEXER_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "query/parser/ast.h"

namespace kg::query {

enum class Tok { kEnd, kIdent, kQuotedIdent, kInt, kFloat, kString, kParam, kSymbol, kBadNumber };

struct Token {
  Tok kind = Tok::kEnd;
  std::string text;  // identifier/parameter name, decoded string, digits, symbol
  Pos pos;
  uint32_t end = 0;  // offset just past the token
  int base = 10;     // kInt: 10, 16 or 8
};

// SyntaxError (with position) for an unterminated string, a bad escape or
// a malformed number.
absl::StatusOr<std::vector<Token>> Tokenize(absl::string_view text);

}  // namespace kg::query

#endif  // KG_QUERY_PARSER_LEXER_H_
