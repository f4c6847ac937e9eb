#include "tools/json_util.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

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

const JsonValue* JsonValue::Find(const std::string& key) const {
  auto it = object.find(key);
  return it == object.end() ? nullptr : &it->second;
}

namespace {

class JsonParser {
 public:
  explicit JsonParser(std::string_view text) : text_(text) {}

  absl::StatusOr<JsonValue> Document() {
    JsonValue v;
    if (!Value(&v, 0)) return Error();
    Space();
    if (pos_ != text_.size()) {
      error_ = "text after the JSON value";
      return Error();
    }
    return v;
  }

 private:
  absl::Status Error() const {
    return absl::InvalidArgumentError(absl::StrCat("byte offset ", pos_, ": ", error_));
  }
  bool Fail(const char* what) {
    error_ = what;
    return false;
  }
  void Space() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' ||
                                   text_[pos_] == '\r' || text_[pos_] == '\t')) {
      ++pos_;
    }
  }
  bool Literal(const char* word) {
    size_t n = std::strlen(word);
    if (text_.substr(pos_, n) != word) return Fail("unexpected character");
    pos_ += n;
    return true;
  }
  bool Value(JsonValue* v, int depth) {
    if (depth > 256) return Fail("nested too deeply");
    Space();
    if (pos_ >= text_.size()) return Fail("unexpected end of input");
    char c = text_[pos_];
    if (c == '{') {
      v->kind = JsonValue::kObject;
      ++pos_;
      Space();
      if (pos_ < text_.size() && text_[pos_] == '}') { ++pos_; return true; }
      for (;;) {
        Space();
        std::string key;
        if (pos_ >= text_.size() || text_[pos_] != '"') return Fail("expected a member name");
        if (!String(&key)) return false;
        Space();
        if (pos_ >= text_.size() || text_[pos_] != ':') return Fail("expected ':'");
        ++pos_;
        if (!Value(&v->object[key], depth + 1)) return false;
        Space();
        if (pos_ < text_.size() && text_[pos_] == ',') { ++pos_; continue; }
        if (pos_ < text_.size() && text_[pos_] == '}') { ++pos_; return true; }
        return Fail("expected ',' or '}'");
      }
    }
    if (c == '[') {
      v->kind = JsonValue::kArray;
      ++pos_;
      Space();
      if (pos_ < text_.size() && text_[pos_] == ']') { ++pos_; return true; }
      for (;;) {
        v->array.emplace_back();
        if (!Value(&v->array.back(), depth + 1)) return false;
        Space();
        if (pos_ < text_.size() && text_[pos_] == ',') { ++pos_; continue; }
        if (pos_ < text_.size() && text_[pos_] == ']') { ++pos_; return true; }
        return Fail("expected ',' or ']'");
      }
    }
    if (c == '"') {
      v->kind = JsonValue::kString;
      return String(&v->str);
    }
    if (c == 't') { v->kind = JsonValue::kBool; v->b = true; return Literal("true"); }
    if (c == 'f') { v->kind = JsonValue::kBool; v->b = false; return Literal("false"); }
    if (c == 'n') { v->kind = JsonValue::kNull; return Literal("null"); }
    return Number(v);
  }
  bool Number(JsonValue* v) {
    size_t start = pos_;
    bool integral = true;
    if (pos_ < text_.size() && text_[pos_] == '-') ++pos_;
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c >= '0' && c <= '9') { ++pos_; continue; }
      if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') { integral = false; ++pos_; continue; }
      break;
    }
    std::string token(text_.substr(start, pos_ - start));
    if (token.empty() || token == "-") return Fail("unexpected character");
    char* end = nullptr;
    v->kind = JsonValue::kNumber;
    v->number = std::strtod(token.c_str(), &end);
    if (end != token.c_str() + token.size()) return Fail("malformed number");
    if (integral) {
      v->is_integer = true;
      v->integer = std::strtoll(token.c_str(), nullptr, 10);
    }
    return true;
  }
  bool String(std::string* out) {
    ++pos_;  // opening quote
    while (pos_ < text_.size()) {
      char c = text_[pos_++];
      if (c == '"') return true;
      if (c != '\\') {
        out->push_back(c);
        continue;
      }
      if (pos_ >= text_.size()) break;
      char e = text_[pos_++];
      switch (e) {
        case 'n': out->push_back('\n'); break;
        case 't': out->push_back('\t'); break;
        case 'r': out->push_back('\r'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'u': {
          if (pos_ + 4 > text_.size()) return Fail("short \\u escape");
          unsigned cp = std::strtoul(std::string(text_.substr(pos_, 4)).c_str(), nullptr, 16);
          pos_ += 4;
          // Basic-plane code points only (enough for parameter files).
          if (cp < 0x80) {
            out->push_back(static_cast<char>(cp));
          } else if (cp < 0x800) {
            out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
            out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
          } else {
            out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
            out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
          }
          break;
        }
        default: out->push_back(e);
      }
    }
    return Fail("string not closed");
  }

  std::string_view text_;
  size_t pos_ = 0;
  const char* error_ = "";
};

}  // namespace

absl::StatusOr<JsonValue> ParseJson(std::string_view text) { return JsonParser(text).Document(); }

}  // namespace kg::tools
