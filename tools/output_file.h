// An output file that appears complete or not at all: written to a
// temporary sibling and renamed over PATH at Close(). "-" is stdout.
#ifndef KG_TOOLS_OUTPUT_FILE_H_
#define KG_TOOLS_OUTPUT_FILE_H_

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace kg::tools {

class OutputFile {
 public:
  // InvalidArgument naming the path when it cannot be created.
  static absl::StatusOr<std::unique_ptr<OutputFile>> Open(const std::string& path);
  ~OutputFile();  // without Close(): the temporary file is removed

  absl::Status Write(std::string_view data);
  absl::Status Close();
  const std::string& path() const { return path_; }

 private:
  OutputFile(std::string path, std::string tmp, FILE* f) : path_(std::move(path)), tmp_(std::move(tmp)), file_(f) {}
  std::string path_, tmp_;  // tmp_ empty for stdout
  FILE* file_;
  bool failed_ = false;
};

}  // namespace kg::tools

#endif  // KG_TOOLS_OUTPUT_FILE_H_
