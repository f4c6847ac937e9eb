#include "tools/json_util.h"

#include <cmath>
#include <cstdio>

#include "absl/strings/str_cat.h"

namespace kg::tools {

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out->append(buf);
        } else {
          out->push_back(ch);
        }
    }
  }
  out->push_back('"');
}

void AppendJsonNumber(double d, std::string* out) {
  if (!std::isfinite(d)) {
    out->append("null");
    return;
  }
  char buf[32];
  // %.17g round-trips; try shorter forms first for readable output.
  for (int precision = 15; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  std::string s = buf;
  if (s.find_first_of(".eE") == std::string::npos) s += ".0";
  out->append(s);
}

void AppendJsonProperty(const graph::PropertyValue& v, std::string* out) {
  struct Visitor {
    std::string* out;
    void operator()(std::monostate) const { out->append("null"); }
    void operator()(bool b) const { out->append(b ? "true" : "false"); }
    void operator()(int64_t i) const { absl::StrAppend(out, i); }
    void operator()(double d) const { AppendJsonNumber(d, out); }
    void operator()(const std::string& s) const { AppendJsonString(s, out); }
    void operator()(const graph::PropertyValue::List& l) const {
      out->push_back('[');
      for (size_t i = 0; i < l.size(); ++i) {
        if (i > 0) out->push_back(',');
        AppendJsonProperty(l[i], out);
      }
      out->push_back(']');
    }
  };
  std::visit(Visitor{out}, v.v);
}

}  // namespace kg::tools
