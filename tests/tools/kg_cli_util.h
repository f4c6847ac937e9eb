// Helpers for tests that drive the real `kg` binary ($KG_BIN) in temp dirs.
#ifndef KG_TESTS_TOOLS_KG_CLI_UTIL_H_
#define KG_TESTS_TOOLS_KG_CLI_UTIL_H_

#include <map>
#include <string>
#include <vector>

// EXPECT_CONTAINS(haystack, needle): a substring check with a readable failure.
#define EXPECT_CONTAINS(haystack, needle)                                         \
  EXPECT_NE(std::string(haystack).find(needle), std::string::npos)               \
      << "expected to find [" << (needle) << "] in:\n" << (haystack)

namespace kg::testing {

struct CliResult {
  int code = -1;  // exit status; 128+signal when killed
  std::string out, err;
};

// Path of the kg binary: $KG_BIN, else KG_BINARY_DIR/kg.
std::string KgBinary();
// Runs kg with `args` in `cwd` (when non-empty) with extra environment
// variables `env` (an empty value unsets the variable).
CliResult RunKg(const std::vector<std::string>& args, const std::string& cwd = "",
                const std::map<std::string, std::string>& env = {});

// A fresh directory under $TMPDIR, removed with everything in it.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

std::string ReadFileOrDie(const std::string& path);
void WriteFileOrDie(const std::string& path, const std::string& text);

}  // namespace kg::testing

#endif  // KG_TESTS_TOOLS_KG_CLI_UTIL_H_
