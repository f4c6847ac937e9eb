// Shared plumbing of the `kg` subcommands: where the database is, opening it,
// and the one mapping of absl::Status to a message and an exit code.
#ifndef KG_TOOLS_DB_PATH_H_
#define KG_TOOLS_DB_PATH_H_

#include <memory>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "graph/graph_store.h"

namespace kg::tools {

inline constexpr char kDefaultDbPath[] = "./kg.db";

// `flag_value` when non-empty, else $KG_DB when set and non-empty, else ./kg.db.
std::string ResolveDbPath(const std::string& flag_value);

enum class OpenMode { kRead, kWrite };
// kRead: the database must exist (NotFound "no kg database at PATH ...") and
// is opened read-only without taking the write lock. kWrite: created when missing.
absl::StatusOr<std::unique_ptr<graph::GraphStore>> OpenDb(const std::string& path, OpenMode mode);

// The one place that turns a status into an exit code: OK -> 0 (prints
// nothing); Internal/Unknown/DataLoss/Aborted -> 2 ("kg CMD: internal error:
// MESSAGE" on stderr); every other code is the user's to fix -> 1
// ("kg CMD: MESSAGE").
int ReportStatus(std::string_view command, const absl::Status& status);
int ExitCodeFor(const absl::Status& status);

// Bytes used on disk by a file, or a directory recursively; 0 if missing.
uint64_t DiskUsage(const std::string& path);

}  // namespace kg::tools

#endif  // KG_TOOLS_DB_PATH_H_
