// The subcommands of `kg`. Each takes the arguments after its name and
// returns the process exit code: 0 success, 1 user error (message printed),
// 2 internal error. main.cc only dispatches; tests may call these directly.
#ifndef KG_TOOLS_COMMANDS_H_
#define KG_TOOLS_COMMANDS_H_

#include <string>
#include <vector>

namespace kg::tools {

using Args = std::vector<std::string>;

int RunIngest(const Args& args);  // cmd_ingest.cc
int RunImport(const Args& args);  // cmd_import.cc
int RunExport(const Args& args);  // cmd_export.cc
int RunStats(const Args& args);   // cmd_stats.cc
int RunQuery(const Args& args);   // cmd_query.cc
int RunShell(const Args& args);   // cmd_shell.cc
int RunServe(const Args& args);   // cmd_serve.cc
int RunBench(const Args& args);   // cmd_bench.cc

// Turns a status into a message on stderr and an exit code (the one place
// that does so): OK -> 0, InvalidArgument/NotFound/FailedPrecondition/
// AlreadyExists/OutOfRange/... -> 1, Internal/Unknown/DataLoss -> 2. It is
// ReportStatus() in tools/db_path.h, with ResolveDbPath() and OpenDb().
}  // namespace kg::tools

#endif  // KG_TOOLS_COMMANDS_H_
