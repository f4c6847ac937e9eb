#include "tools/flags.h"

#include <cstdio>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace kg::tools {

FlagParser::FlagParser(std::string command, std::string synopsis, std::string description)
    : command_(std::move(command)),
      synopsis_(std::move(synopsis)),
      description_(std::move(description)) {}

void FlagParser::AddString(const std::string& name, std::string* out, const std::string& help) {
  flags_.push_back({name, Kind::kString, out, help});
}
void FlagParser::AddInt(const std::string& name, int64_t* out, const std::string& help) {
  flags_.push_back({name, Kind::kInt, out, help});
}
void FlagParser::AddBool(const std::string& name, bool* out, const std::string& help) {
  flags_.push_back({name, Kind::kBool, out, help});
}
void FlagParser::AllowPositional(const std::string& name, const std::string& help) {
  allow_positional_ = true;
  positional_name_ = name;
  positional_help_ = help;
}

const FlagParser::Flag* FlagParser::Find(const std::string& name) const {
  for (const Flag& f : flags_) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

absl::Status FlagParser::Parse(const Args& args) {
  bool only_positional = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (only_positional || arg.size() < 2 || arg[0] != '-' ) {
      if (!allow_positional_) {
        return absl::InvalidArgumentError(
            absl::StrCat("unexpected argument '", arg, "' (see `kg ", command_, " --help`)"));
      }
      positional_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_positional = true;
      continue;
    }
    if (arg == "--help" || arg == "-h") {
      help_requested_ = true;
      continue;
    }
    if (arg.rfind("--", 0) != 0) {
      return absl::InvalidArgumentError(
          absl::StrCat("unknown option '", arg, "' (see `kg ", command_, " --help`)"));
    }
    std::string name = arg.substr(2);
    std::string value;
    bool has_value = false;
    if (size_t eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      has_value = true;
    }
    const Flag* flag = Find(name);
    if (flag == nullptr) {
      return absl::InvalidArgumentError(
          absl::StrCat("unknown option '--", name, "' (see `kg ", command_, " --help`)"));
    }
    if (flag->kind == Kind::kBool) {
      bool* out = static_cast<bool*>(flag->out);
      if (!has_value) {
        *out = true;
      } else if (value == "true" || value == "1") {
        *out = true;
      } else if (value == "false" || value == "0") {
        *out = false;
      } else {
        return absl::InvalidArgumentError(
            absl::StrCat("--", name, " takes true or false, not '", value, "'"));
      }
      continue;
    }
    if (!has_value) {
      if (i + 1 >= args.size()) {
        return absl::InvalidArgumentError(absl::StrCat("--", name, " needs a value"));
      }
      value = args[++i];
    }
    if (flag->kind == Kind::kString) {
      *static_cast<std::string*>(flag->out) = value;
    } else {
      int64_t n = 0;
      if (!absl::SimpleAtoi(value, &n)) {
        return absl::InvalidArgumentError(
            absl::StrCat("--", name, " takes an integer, not '", value, "'"));
      }
      *static_cast<int64_t*>(flag->out) = n;
    }
  }
  return absl::OkStatus();
}

std::string FlagParser::Usage() const {
  std::string out = absl::StrCat("usage: kg ", synopsis_, "\n\n", description_);
  if (!description_.empty() && description_.back() != '\n') out += "\n";
  out += "\noptions:\n";
  for (const Flag& f : flags_) {
    std::string left = absl::StrCat("--", f.name, f.kind == Kind::kBool ? "" : " VALUE");
    if (f.kind == Kind::kInt) left = absl::StrCat("--", f.name, " N");
    absl::StrAppendFormat(&out, "  %-18s %s\n", left, f.help);
  }
  if (allow_positional_) absl::StrAppendFormat(&out, "  %-18s %s\n", positional_name_, positional_help_);
  absl::StrAppendFormat(&out, "  %-18s %s\n", "--help", "print this help and exit");
  return out;
}

int FlagParser::PrintHelp() const {
  std::fputs(Usage().c_str(), stdout);
  return 0;
}

}  // namespace kg::tools
