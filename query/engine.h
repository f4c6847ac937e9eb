// The openCypher engine: parse -> bind -> plan -> execute, meeting only in
// Engine::Prepare / Engine::Execute.
//
// Thread safety: an Engine may be shared; each Execute call is independent.
// Writes (CREATE/MERGE/SET/REMOVE/DELETE) run in one store transaction per
// statement.
#ifndef KG_QUERY_ENGINE_H_
#define KG_QUERY_ENGINE_H_

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "graph/graph_store.h"
#include "query/value.h"

namespace kg::query {

using Params = std::map<std::string, Value>;

struct Limits {
  uint64_t max_rows = 1'000'000;      // rows produced by the statement
  uint64_t timeout_ms = 30'000;
  uint64_t max_memory_mb = 2'048;     // approximate, intermediate results
  // When set, the statement stops with `Interrupted` (and rolls back) soon
  // after *cancel becomes true: the shell sets it on Ctrl-C.
  const std::atomic<bool>* cancel = nullptr;
};

// Counters of what a statement changed (the TCK's side effects).
struct SideEffects {
  int64_t nodes_created = 0, nodes_deleted = 0;
  int64_t relationships_created = 0, relationships_deleted = 0;
  int64_t properties_set = 0, properties_removed = 0;
  int64_t labels_added = 0, labels_removed = 0;
};

struct Result {
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;
  SideEffects effects;
  bool ordered = false;          // the statement had ORDER BY
  std::string plan;              // EXPLAIN / PROFILE text, else empty
  double parse_ms = 0, plan_ms = 0, execute_ms = 0;
};

// Where an error points, when it comes from the text of the statement.
// Errors are absl::Status: InvalidArgument for syntax and semantic errors
// (message: "SyntaxError: ..." / "SemanticError: ..." naming the variable,
// label or type), ResourceExhausted / DeadlineExceeded for limits, others
// for runtime errors ("RuntimeError: ...").
struct ErrorPosition {
  uint32_t line = 0, column = 0;  // 1-based
};
std::optional<ErrorPosition> GetErrorPosition(const absl::Status& status);
// The statement with a caret line under the error position, for messages.
std::string FormatErrorWithCaret(const absl::Status& status, std::string_view statement);

class PreparedStatement;
// Whether the statement has CREATE/MERGE/SET/REMOVE/DELETE (needs a writable
// store), and its result columns.
bool StatementWrites(const PreparedStatement& prepared);
std::vector<std::string> StatementColumns(const PreparedStatement& prepared);

class Engine {
 public:
  // The store must outlive the engine.
  explicit Engine(graph::GraphStore* store);
  ~Engine();

  absl::StatusOr<std::shared_ptr<PreparedStatement>> Prepare(std::string_view statement);
  absl::StatusOr<Result> Execute(const PreparedStatement& prepared, const Params& params = {},
                                 const Limits& limits = {});
  // Prepare + Execute, with a small cache of prepared statements by text.
  absl::StatusOr<Result> Execute(std::string_view statement, const Params& params = {},
                                 const Limits& limits = {});

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::query

#endif  // KG_QUERY_ENGINE_H_
