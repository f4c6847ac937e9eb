// Input handling of `kg shell`: splitting typed or piped text into Cypher
// statements ended by ';' (quotes, backticks and comments respected) and
// shell commands (a line starting with ':'), and splitting command arguments.
#ifndef KG_TOOLS_SHELL_LINES_H_
#define KG_TOOLS_SHELL_LINES_H_

#include <string>
#include <string_view>
#include <vector>

namespace kg::tools {

// Feed lines one at a time; complete statements come out. A ';' inside a
// string, a `quoted name` or a comment does not end a statement.
class StatementSplitter {
 public:
  struct Item {
    std::string text;     // statement without its ';', or the ":command line"
    bool is_command = false;
    int first_line = 0;   // 1-based line number where it started
  };

  // Adds one line (without its newline); returns what it completed.
  std::vector<Item> AddLine(std::string_view line);
  // Text left without a final ';' at end of input (a statement, if not blank).
  std::vector<Item> Finish();
  // True while a statement is open: the shell shows its continuation prompt.
  bool in_statement() const;
  void Reset();

 private:
  enum class State { kCode, kSingle, kDouble, kBacktick, kBlockComment };
  std::string buffer_;
  State state_ = State::kCode;
  int line_no_ = 0;
  int start_line_ = 0;
};

// Splits ":cmd a "b c" d" style arguments: whitespace separates, single or
// double quotes group (backslash escapes the quote inside).
std::vector<std::string> SplitArgs(std::string_view text);

// `s` as a Cypher string literal: 'It\'s'.
std::string CypherQuote(std::string_view s);

}  // namespace kg::tools

#endif  // KG_TOOLS_SHELL_LINES_H_
