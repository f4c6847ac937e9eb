// Tab completion for `kg shell`: which words fit where the cursor is —
// shell commands at the start, labels after '(x:', relationship types after
// '[r:' or '|', property names after '.', parameters after '$', otherwise
// Cypher keywords and functions. Pure; the shell supplies the word lists.
#ifndef KG_TOOLS_SHELL_COMPLETE_H_
#define KG_TOOLS_SHELL_COMPLETE_H_

#include <string>
#include <string_view>
#include <vector>

namespace kg::tools {

struct CompletionWords {
  std::vector<std::string> labels, types, properties, params;
};

// Candidates for the word that ends at `cursor` in `line` (the current input
// line; `line_starts_statement` is false on continuation lines). `*word_start`
// receives where that word begins. Sorted, unique.
std::vector<std::string> CompleteAt(std::string_view line, size_t cursor,
                                    bool line_starts_statement, const CompletionWords& words,
                                    size_t* word_start);

// The shell commands, with their argument synopsis, for :help and completion.
struct ShellCommandHelp {
  const char* name;
  const char* args;
  const char* help;
};
const std::vector<ShellCommandHelp>& ShellCommands();

}  // namespace kg::tools

#endif  // KG_TOOLS_SHELL_COMPLETE_H_
