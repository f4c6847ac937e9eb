#include "tools/output_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "absl/strings/str_cat.h"

namespace kg::tools {

absl::StatusOr<std::unique_ptr<OutputFile>> OutputFile::Open(const std::string& path) {
  if (path.empty() || path == "-") {
    return std::unique_ptr<OutputFile>(new OutputFile("-", "", stdout));
  }
  std::string tmp = absl::StrCat(path, ".tmp-", getpid());
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (f == nullptr) {
    return absl::InvalidArgumentError(
        absl::StrCat("cannot write '", path, "': ", std::strerror(errno)));
  }
  return std::unique_ptr<OutputFile>(new OutputFile(path, tmp, f));
}

OutputFile::~OutputFile() {
  if (file_ != nullptr && !tmp_.empty()) {
    std::fclose(file_);
    std::remove(tmp_.c_str());
  }
}

absl::Status OutputFile::Write(std::string_view data) {
  if (data.empty()) return absl::OkStatus();
  if (std::fwrite(data.data(), 1, data.size(), file_) != data.size()) {
    failed_ = true;
    return absl::InvalidArgumentError(
        absl::StrCat("cannot write '", path_, "': ", std::strerror(errno)));
  }
  return absl::OkStatus();
}

absl::Status OutputFile::Close() {
  if (file_ == nullptr) return absl::OkStatus();
  if (tmp_.empty()) {
    file_ = nullptr;
    if (std::fflush(stdout) != 0) {
      return absl::InvalidArgumentError(absl::StrCat("cannot write stdout: ", std::strerror(errno)));
    }
    return absl::OkStatus();
  }
  bool ok = std::fflush(file_) == 0 && !failed_;
  int err = errno;
  ok = (std::fclose(file_) == 0) && ok;
  file_ = nullptr;
  if (!ok || std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    if (ok) err = errno;
    std::remove(tmp_.c_str());
    return absl::InvalidArgumentError(
        absl::StrCat("cannot write '", path_, "': ", std::strerror(err)));
  }
  return absl::OkStatus();
}

}  // namespace kg::tools
