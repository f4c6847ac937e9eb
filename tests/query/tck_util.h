// Helpers of the openCypher TCK runner (tck_test.cc): a parser for the
// Gherkin subset of the feature files, a parser for the TCK's expected-value
// syntax, canonical value forms for result comparison, and graph snapshots
// for the side-effect counters. See ../shared/tck/README.md.
#ifndef KG_TESTS_QUERY_TCK_UTIL_H_
#define KG_TESTS_QUERY_TCK_UTIL_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/graph_store.h"
#include "query/value.h"

namespace kg::query::tck {

using Table = std::vector<std::vector<std::string>>;  // cells Gherkin-unescaped

struct Step {
  int line = 0;
  std::string text;                      // without the Given/When/... keyword
  std::optional<std::string> docstring;  // indentation stripped
  Table table;
};

// One runnable scenario: a plain Scenario, or one Examples row of an outline
// (placeholders substituted). Background steps come first in `steps`.
struct Scenario {
  std::string file;  // as given to ParseFeature
  int line = 0;      // of the Scenario / Scenario Outline header
  int example = -1;  // 0-based Examples row over all tables of an outline
  std::string name;
  std::vector<Step> steps;
};

// Parses a .feature file; errors name file:line.
absl::StatusOr<std::vector<Scenario>> ParseFeature(std::string_view text,
                                                   const std::string& file);

// Parses one cell in the TCK value syntax: null, true, 1, 1.5, NaN, 'str',
// [..], {k: v}, (:L {k: v}), [:T {k: v}], <(a)-[:T]->(b)>.
absl::StatusOr<Value> ParseTckValue(std::string_view text);

// A string that is equal for two values iff the TCK considers them equal:
// nodes by label set + properties, relationships by type + properties, paths
// by their sequence, floats exactly, 1 distinct from 1.0. With `sort_lists`
// list elements are compared as multisets at every level.
std::string CanonicalValue(const Value& v, bool sort_lists);

enum class RowOrder { kAnyOrder, kInOrder };

// Compares a result with an expected table (header row first). Returns an
// empty string when they match, else a short description of the difference.
std::string CompareResult(const Table& expected, const std::vector<std::string>& columns,
                          const std::vector<std::vector<Value>>& rows, RowOrder order,
                          bool ignore_list_order);

// The state the side-effect counters are differences of.
struct GraphSnapshot {
  std::set<uint64_t> nodes, edges;
  std::set<std::string> labels;      // distinct label names present
  std::set<std::string> properties;  // "n<id>.key=value" / "e<id>.key=value"
};
absl::StatusOr<GraphSnapshot> TakeSnapshot(const graph::GraphReader& reader);
// The eight TCK counters ("+nodes", "-properties", ...) from before to after.
std::map<std::string, int64_t> SideEffectCounters(const GraphSnapshot& before,
                                                  const GraphSnapshot& after);

}  // namespace kg::query::tck

#endif  // KG_TESTS_QUERY_TCK_UTIL_H_
