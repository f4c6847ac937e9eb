// The state and commands of `kg shell`, apart from line editing: runs
// statements and :commands against a store, prints results as a table, JSON
// lines or CSV, keeps parameters and the last result (for :sources).
// Not thread-safe; one session per shell.
#ifndef KG_TOOLS_SHELL_SESSION_H_
#define KG_TOOLS_SHELL_SESSION_H_

#include <atomic>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "absl/status/status.h"
#include "graph/graph_store.h"
#include "query/engine.h"
#include "tools/shell_complete.h"
#include "tools/shell_lines.h"

namespace kg::tools {

enum class ShellFormat { kTable, kJson, kCsv };

class ShellSession {
 public:
  // `store` must outlive the session; results go to `out`, messages to `err`.
  ShellSession(graph::GraphStore* store, FILE* out, FILE* err);
  ~ShellSession();

  // Runs one statement or :command. Errors are printed (with a caret under
  // the position for query errors) and returned.
  absl::Status Run(const StatementSplitter::Item& item);
  // Runs every statement of `text`; stops at the first error unless
  // `keep_going`. Returns the first error.
  absl::Status RunScript(std::string_view text, std::string_view origin, bool keep_going);

  bool quit_requested() const { return quit_; }
  void set_format(ShellFormat f) { format_ = f; }
  void set_timing(bool on) { timing_ = on; }
  void set_width(size_t columns) { width_ = columns; }
  // Statements stop with `Interrupted` once *flag is true (Ctrl-C).
  void set_cancel_flag(const std::atomic<bool>* flag) { limits_.cancel = flag; }
  // Words for tab completion: labels, types, property keys (sampled), params.
  CompletionWords Words();

 private:
  absl::Status RunStatement(const std::string& text);
  absl::Status RunCommand(const std::string& line);
  absl::Status Shortcut(const std::string& cypher);
  absl::Status CmdSchema();
  absl::Status CmdStats();
  absl::Status CmdParam(const std::vector<std::string>& args, const std::string& rest);
  absl::Status CmdSources();
  absl::Status CmdExport(const std::vector<std::string>& args, const std::string& rest);
  absl::Status CmdMet(const std::string& name);
  absl::Status CmdTerms(const std::string& name);
  absl::Status CmdPath(const std::string& rest);
  absl::Status CmdAround(const std::vector<std::string>& args, const std::string& rest);
  void PrintResult(const query::Result& r, double ms);
  void PrintTable(const std::vector<std::string>& columns,
                  const std::vector<std::vector<std::string>>& rows);

  graph::GraphStore* store_;
  std::unique_ptr<query::Engine> engine_;
  FILE* out_;
  FILE* err_;
  ShellFormat format_ = ShellFormat::kTable;
  bool timing_ = false;
  bool wrap_ = true;
  size_t width_ = 0;
  bool quit_ = false;
  query::Params params_;
  query::Limits limits_;
  std::optional<query::Result> last_;
};

}  // namespace kg::tools

#endif  // KG_TOOLS_SHELL_SESSION_H_
