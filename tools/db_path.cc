#include "tools/db_path.h"

#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "absl/strings/str_cat.h"

namespace kg::tools {

std::string ResolveDbPath(const std::string& flag_value) {
  if (!flag_value.empty()) return flag_value;
  const char* env = std::getenv("KG_DB");
  if (env != nullptr && *env != '\0') return env;
  return kDefaultDbPath;
}

absl::StatusOr<std::unique_ptr<graph::GraphStore>> OpenDb(const std::string& path,
                                                           OpenMode mode) {
  graph::Options options;
  if (mode == OpenMode::kRead) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      return absl::NotFoundError(absl::StrCat(
          "no kg database at '", path,
          "' (give --db PATH or set $KG_DB; create one with `kg ingest` or `kg import`)"));
    }
    options.read_only = true;
    options.create_if_missing = false;
  }
  return graph::GraphStore::Open(path, options);
}

int ExitCodeFor(const absl::Status& status) {
  switch (status.code()) {
    case absl::StatusCode::kOk:
      return 0;
    case absl::StatusCode::kInternal:
    case absl::StatusCode::kUnknown:
    case absl::StatusCode::kDataLoss:
    case absl::StatusCode::kAborted:
      return 2;
    default:
      return 1;
  }
}

int ReportStatus(std::string_view command, const absl::Status& status) {
  int code = ExitCodeFor(status);
  if (code == 0) return 0;
  std::string prefix = command.empty() ? "kg" : absl::StrCat("kg ", std::string(command));
  std::fprintf(stderr, "%s: %s%s\n", prefix.c_str(), code == 2 ? "internal error: " : "",
               std::string(status.message()).c_str());
  return code;
}

uint64_t DiskUsage(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::file_status st = fs::symlink_status(path, ec);
  if (ec || !fs::exists(st)) return 0;
  if (fs::is_regular_file(st)) {
    uint64_t size = fs::file_size(path, ec);
    return ec ? 0 : size;
  }
  uint64_t total = 0;
  if (fs::is_directory(st)) {
    for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec)) {
        uint64_t size = it->file_size(ec);
        if (!ec) total += size;
      }
    }
  }
  return total;
}

}  // namespace kg::tools
