// kg: build a knowledge graph from news articles and query it in openCypher.
#include <cstdio>
#include <cstring>
#include <string>

#include "absl/synchronization/mutex.h"
#include "tools/commands.h"

namespace {

struct Command {
  const char* name;
  int (*run)(const kg::tools::Args&);
  const char* help;
};

constexpr Command kCommands[] = {
    {"ingest", kg::tools::RunIngest, "read articles and add their entities and facts"},
    {"query", kg::tools::RunQuery, "answer one openCypher statement"},
    {"shell", kg::tools::RunShell, "interactive openCypher shell"},
    {"export", kg::tools::RunExport, "write the graph as jsonl, csv, pb or dot"},
    {"import", kg::tools::RunImport, "load nodes and edges from CSV or a .pb snapshot"},
    {"stats", kg::tools::RunStats, "counts by label and type, size on disk"},
    {"serve", kg::tools::RunServe, "answer protobuf request files from a spool folder"},
    {"bench", kg::tools::RunBench, "run the peer benchmark workloads (../shared/bench)"},
};

void PrintUsage(FILE* out) {
  std::fprintf(out,
               "usage: kg COMMAND [OPTIONS]\n\n"
               "The database is --db PATH, else $KG_DB, else ./kg.db.\n\ncommands:\n");
  for (const Command& c : kCommands) std::fprintf(out, "  %-8s %s\n", c.name, c.help);
  std::fprintf(out, "\n`kg COMMAND --help` describes a command.\n");
}

}  // namespace

int main(int argc, char** argv) {
  // Debian's Abseil is built with Mutex deadlock detection on: a lock-order
  // graph updated on every lock, a cost on the ingest writer's dictionary
  // reads. kg's locks are few and flat; the checks are left to tests.
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
  if (argc < 2) {
    PrintUsage(stderr);
    return 1;
  }
  std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    PrintUsage(stdout);
    return 0;
  }
  if (name == "--version") {
    std::printf("kg 0.1.0\n");
    return 0;
  }
  for (const Command& c : kCommands) {
    if (name == c.name) return c.run(kg::tools::Args(argv + 2, argv + argc));
  }
  std::fprintf(stderr, "kg: unknown command '%s'\n", name.c_str());
  PrintUsage(stderr);
  return 1;
}
