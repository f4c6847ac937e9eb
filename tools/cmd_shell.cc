// kg shell: an interactive openCypher shell (libedit line editing, history,
// completion), or a statement runner when standard input is not a terminal.
#include <sys/ioctl.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>

// libedit's readline emulation; it needs <cstdio> first.
#include <editline/readline.h>

#include "tools/commands.h"
#include "tools/db_path.h"
#include "tools/shell_session.h"

namespace kg::tools {
namespace {

constexpr char kShellUsage[] =
    "usage: kg shell [--db PATH] [--create] [--format table|json|csv] [--timing] [--continue]\n\n"
    "An openCypher shell. Statements end with ';' and may span lines; lines starting\n"
    "with ':' are shell commands (:help lists them). History is kept in $KG_HISTORY,\n"
    "else ~/.kg_history. When standard input is not a terminal the statements read\n"
    "from it are run in order and the shell exits with 1 at the first error, unless\n"
    "--continue (then it exits with 1 at the end if any statement failed).\n"
    "A database that does not exist is an error (a mistyped path should not look\n"
    "like an empty graph); --create starts a new, empty one there.\n";

// Set by Ctrl-C: the line being typed is dropped instead of the shell ending.
volatile sig_atomic_t g_interrupted = 0;
// Set by Ctrl-C too: a running statement stops with `Interrupted`.
std::atomic<bool> g_cancel{false};
void OnInterrupt(int) {
  g_interrupted = 1;
  g_cancel.store(true, std::memory_order_relaxed);
}

// Completion state shared with libedit's C callbacks.
ShellSession* g_session = nullptr;
bool g_line_starts_statement = true;
std::vector<std::string> g_matches;
size_t g_next_match = 0;
char g_word_breaks[] = " \t\n\"'`@$><=;|&{(:.[,)]}+-*/%!";

char* NextMatch(const char* /*text*/, int state) {
  if (state == 0) g_next_match = 0;
  if (g_next_match >= g_matches.size()) return nullptr;
  return strdup(g_matches[g_next_match++].c_str());
}

char** CompleteHook(const char* text, int start, int end) {
  std::string line = rl_line_buffer ? rl_line_buffer : "";
  size_t cursor = std::min<size_t>(end, line.size());
  size_t word_start = 0;
  CompletionWords words = g_session->Words();
  std::vector<std::string> found =
      CompleteAt(line, cursor, g_line_starts_statement, words, &word_start);
  // Filenames for :source and :export arguments: libedit's default.
  size_t first = line.find_first_not_of(" \t");
  if (found.empty() && g_line_starts_statement && first != std::string::npos &&
      (line.compare(first, 7, ":source") == 0 || line.compare(first, 7, ":export") == 0)) {
    rl_attempted_completion_over = 0;
    return nullptr;
  }
  rl_attempted_completion_over = 1;
  // Keywords and commands are followed by a space; labels, types and
  // properties by nothing (a ')' or ']' usually comes next).
  char before = word_start > 0 ? line[word_start - 1] : ' ';
  rl_completion_append_character =
      (before == ':' || before == '|' || before == '.' || before == '$') ? '\0' : ' ';
  // libedit replaces [start, end); our word began at word_start.
  g_matches.clear();
  for (auto& m : found) {
    if (static_cast<size_t>(start) > word_start) {
      size_t cut = start - word_start;
      if (m.size() < cut) continue;
      m = m.substr(cut);
    } else if (static_cast<size_t>(start) < word_start) {
      m = line.substr(start, word_start - start) + m;
    }
    g_matches.push_back(m);
  }
  if (g_matches.empty()) return nullptr;
  return rl_completion_matches(text, NextMatch);
}

size_t TerminalWidth() {
  struct winsize ws;
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  if (const char* c = std::getenv("COLUMNS")) {
    int n = std::atoi(c);
    if (n > 0) return n;
  }
  return 0;
}

std::string HistoryPath() {
  if (const char* h = std::getenv("KG_HISTORY"); h && *h) return h;
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.kg_history";
  return "";
}

int Interactive(ShellSession& session, const std::string& db_path) {
  std::setlocale(LC_CTYPE, "");
  g_session = &session;
  session.set_cancel_flag(&g_cancel);
  rl_readline_name = "kg";
  rl_attempted_completion_function = CompleteHook;
  rl_basic_word_break_characters = g_word_breaks;
  rl_completer_word_break_characters = g_word_breaks;
  // Ctrl-C interrupts the read (no SA_RESTART) and sets a flag; libedit must
  // not install its own handler, which would end the process.
  rl_catch_signals = 0;
  struct sigaction sa = {};
  sa.sa_handler = OnInterrupt;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
  using_history();
  stifle_history(2000);
  const std::string history = HistoryPath();
  if (!history.empty()) read_history(history.c_str());

  std::printf("kg shell on %s. End statements with ';'. :help for commands, Ctrl-D to leave.\n",
              db_path.c_str());
  session.set_timing(true);
  StatementSplitter splitter;
  std::string entry;  // the statement being typed, for the history
  while (!session.quit_requested()) {
    session.set_width(TerminalWidth());
    g_line_starts_statement = !splitter.in_statement();
    char* raw = readline(splitter.in_statement() ? "  -> " : "kg> ");
    if (g_interrupted) {  // Ctrl-C: forget the statement being typed
      g_interrupted = 0;
      std::free(raw);
      splitter.Reset();
      entry.clear();
      std::printf("^C\n");
      continue;
    }
    if (raw == nullptr) {
      std::printf("\n");
      break;
    }
    std::string line = raw;
    std::free(raw);
    std::vector<StatementSplitter::Item> items = splitter.AddLine(line);
    if (line.find_first_not_of(" \t") != std::string::npos) {
      entry += (entry.empty() ? "" : " ") + line;
    }
    if (!splitter.in_statement() && !entry.empty()) {
      add_history(entry.c_str());
      if (!history.empty()) write_history(history.c_str());
      entry.clear();
    }
    for (const auto& item : items) {
      g_cancel.store(false);
      (void)session.Run(item);  // errors (Interrupted too) are printed; the shell goes on
      if (g_cancel.load()) {  // Ctrl-C while running: the rest of the line is dropped
        g_interrupted = 0;
        break;
      }
      if (session.quit_requested()) break;
    }
  }
  if (!history.empty()) write_history(history.c_str());
  return 0;
}

int Batch(ShellSession& session, bool keep_going) {
  StatementSplitter splitter;
  bool failed = false;
  auto run = [&](const std::vector<StatementSplitter::Item>& items) {
    for (const auto& item : items) {
      if (session.quit_requested()) return false;
      absl::Status s = session.Run(item);
      if (!s.ok()) {
        std::fprintf(stderr, "  (stdin, statement at line %d)\n", item.first_line);
        failed = true;
        if (!keep_going) return false;
      }
    }
    return true;
  };
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!run(splitter.AddLine(line))) return 1;
  }
  if (!run(splitter.Finish())) return 1;
  return failed ? 1 : 0;
}

}  // namespace

int RunShell(const Args& args) {
  std::string db, format = "table";
  bool timing = false, keep_going = false, create = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      std::fputs(kShellUsage, stdout);
      return 0;
    } else if ((a == "--db" || a == "--format") && i + 1 < args.size()) {
      (a == "--db" ? db : format) = args[++i];
    } else if (a.rfind("--db=", 0) == 0) {
      db = a.substr(5);
    } else if (a.rfind("--format=", 0) == 0) {
      format = a.substr(9);
    } else if (a == "--timing") {
      timing = true;
    } else if (a == "--continue") {
      keep_going = true;
    } else if (a == "--create") {
      create = true;
    } else {
      std::fprintf(stderr, "kg shell: unknown argument '%s'\n\n%s", a.c_str(), kShellUsage);
      return 1;
    }
  }
  ShellFormat fmt;
  if (format == "table") {
    fmt = ShellFormat::kTable;
  } else if (format == "json") {
    fmt = ShellFormat::kJson;
  } else if (format == "csv") {
    fmt = ShellFormat::kCsv;
  } else {
    std::fprintf(stderr, "kg shell: --format takes table, json or csv\n");
    return 1;
  }
  const std::string path = ResolveDbPath(db);
  std::error_code ec;
  if (!create && !std::filesystem::exists(path, ec)) {
    std::fprintf(stderr,
                 "kg shell: no kg database at '%s' (give --db PATH or set $KG_DB; --create starts an "
                 "empty one)\n",
                 path.c_str());
    return 1;
  }
  auto store = OpenDb(path, OpenMode::kWrite);
  if (!store.ok() && store.status().code() == absl::StatusCode::kFailedPrecondition) {
    // Another process writes the database: browse it read-only.
    auto ro = OpenDb(path, OpenMode::kRead);
    if (ro.ok()) {
      std::fprintf(stderr, "kg shell: %s; opened read-only\n",
                   std::string(store.status().message()).c_str());
      store = std::move(ro);
    }
  }
  if (!store.ok()) return ReportStatus("shell", store.status());

  ShellSession session(store->get(), stdout, stderr);
  session.set_format(fmt);
  if (!isatty(STDIN_FILENO)) {
    session.set_timing(timing);
    return Batch(session, keep_going);
  }
  int rc = Interactive(session, path);
  if (timing) session.set_timing(true);
  return rc;
}

}  // namespace kg::tools
