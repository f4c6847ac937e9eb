#include "query/internal/errors.h"

#include "absl/strings/cord.h"
#include "absl/strings/str_cat.h"

namespace kg::query {
namespace {

absl::Status WithPos(absl::Status s, const Pos& pos) {
  s.SetPayload(kPositionPayload, absl::Cord(absl::StrCat(pos.line, ":", pos.column)));
  return s;
}

}  // namespace

absl::Status SyntaxError(const Pos& pos, absl::string_view detail, absl::string_view message) {
  return WithPos(absl::InvalidArgumentError(absl::StrCat(
                     "SyntaxError: ", detail, ": ", message, " (line ", pos.line,
                     ", column ", pos.column, ")")),
                 pos);
}

absl::Status SemanticError(const Pos& pos, absl::string_view detail, absl::string_view message) {
  return WithPos(absl::InvalidArgumentError(absl::StrCat(
                     "SemanticError: ", detail, ": ", message, " (line ", pos.line,
                     ", column ", pos.column, ")")),
                 pos);
}

absl::Status CompileTypeError(const Pos& pos, absl::string_view detail,
                              absl::string_view message) {
  return WithPos(absl::InvalidArgumentError(absl::StrCat(
                     "TypeError: ", detail, ": ", message, " (line ", pos.line,
                     ", column ", pos.column, ")")),
                 pos);
}

absl::Status RuntimeError(absl::string_view type, absl::string_view detail,
                          absl::string_view message) {
  return absl::FailedPreconditionError(absl::StrCat(type, ": ", detail, ": ", message));
}

}  // namespace kg::query
