// A small command-line parser for the `kg` subcommands: `--name VALUE`,
// `--name=VALUE`, boolean `--name`, `--help`/`-h`, and positional arguments.
#ifndef KG_TOOLS_FLAGS_H_
#define KG_TOOLS_FLAGS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "tools/commands.h"

namespace kg::tools {

class FlagParser {
 public:
  // `synopsis` is the first usage line after "usage: kg ", e.g.
  // "import [--db PATH] --nodes F.csv --edges F.csv"; `description` follows it.
  FlagParser(std::string command, std::string synopsis, std::string description);

  // Register flags before Parse(). `out` keeps its value when the flag is absent.
  void AddString(const std::string& name, std::string* out, const std::string& help);
  void AddInt(const std::string& name, int64_t* out, const std::string& help);
  void AddBool(const std::string& name, bool* out, const std::string& help);
  // Positional arguments are accepted only when allowed (else an error).
  void AllowPositional(const std::string& name, const std::string& help);

  // InvalidArgument naming the flag for unknown flags, missing or malformed values.
  absl::Status Parse(const Args& args);
  bool help_requested() const { return help_requested_; }
  const std::vector<std::string>& positional() const { return positional_; }
  std::string Usage() const;
  // Prints Usage() to stdout; returns 0 (for `--help`).
  int PrintHelp() const;

 private:
  enum class Kind { kString, kInt, kBool };
  struct Flag {
    std::string name;
    Kind kind;
    void* out;
    std::string help;
  };
  const Flag* Find(const std::string& name) const;

  std::string command_, synopsis_, description_;
  std::vector<Flag> flags_;
  std::string positional_name_, positional_help_;
  bool allow_positional_ = false;
  bool help_requested_ = false;
  std::vector<std::string> positional_;
};

}  // namespace kg::tools

#endif  // KG_TOOLS_FLAGS_H_
