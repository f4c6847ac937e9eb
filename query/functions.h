// The scalar function library of the query engine (toLower, size, coalesce,
// labels, type, nodes, ...). Aggregates (count, collect, sum, ...) are
// evaluated by the executor, not here.
#ifndef KG_QUERY_FUNCTIONS_H_
#define KG_QUERY_FUNCTIONS_H_

#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "query/value.h"

namespace kg::query {

// `name` is matched case-insensitively. NotFound for an unknown function;
// InvalidArgument ("TypeError: ...") for arguments of the wrong type or number.
absl::StatusOr<Value> CallFunction(std::string_view name, const std::vector<Value>& args);
bool IsScalarFunction(std::string_view name);
bool IsAggregateFunction(std::string_view name);  // count, collect, sum, avg, min, max

}  // namespace kg::query

#endif  // KG_QUERY_FUNCTIONS_H_
