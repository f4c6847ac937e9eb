// Minimal JSON writing helpers for the commands' machine-readable output.
#ifndef KG_TOOLS_JSON_UTIL_H_
#define KG_TOOLS_JSON_UTIL_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

#include "graph/types.h"

namespace kg::tools {

// Appends `s` as a JSON string literal (UTF-8 passed through; control
// characters, quotes and backslashes escaped).
void AppendJsonString(std::string_view s, std::string* out);
// Appends a property value as JSON: null, true/false, integers, floats
// (non-finite as null), strings, arrays.
void AppendJsonProperty(const graph::PropertyValue& v, std::string* out);
// Appends a double the way JSON wants it (shortest round-trip form).
void AppendJsonNumber(double d, std::string* out);

// A parsed JSON document (for reading benchmark parameter files).
struct JsonValue {
  enum Kind { kNull, kBool, kNumber, kString, kArray, kObject } kind = kNull;
  bool b = false;
  double number = 0;
  int64_t integer = 0;  // when the number is integral
  bool is_integer = false;
  std::string str;
  std::vector<JsonValue> array;
  std::map<std::string, JsonValue> object;

  // The member `key` of an object, or nullptr.
  const JsonValue* Find(const std::string& key) const;
};
// InvalidArgument "byte offset N: what" on malformed input.
absl::StatusOr<JsonValue> ParseJson(std::string_view text);

}  // namespace kg::tools

#endif  // KG_TOOLS_JSON_UTIL_H_
