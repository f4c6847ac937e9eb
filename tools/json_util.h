// Minimal JSON writing helpers for the commands' machine-readable output.
#ifndef KG_TOOLS_JSON_UTIL_H_
#define KG_TOOLS_JSON_UTIL_H_

#include <string>
#include <string_view>

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

}  // namespace kg::tools

#endif  // KG_TOOLS_JSON_UTIL_H_
