// State shared by the physical operators of one execution: the graph (the
// store, or the statement's transaction), parameters, limits and counters.
#ifndef KG_QUERY_EXEC_EXEC_CONTEXT_H_
#define KG_QUERY_EXEC_EXEC_CONTEXT_H_

#include <chrono>
#include <map>
#include <memory>
#include <set>
#include <vector>

#include "absl/status/status.h"
#include "graph/graph_store.h"
#include "query/engine.h"
#include "query/planner/logical_plan.h"

namespace re2 {
class RE2;
}

namespace kg::query {

using Row = std::vector<Value>;
class PhysicalOp;

struct ExecContext {
  ExecContext();
  ~ExecContext();

  const graph::GraphReader* reader = nullptr;
  graph::Transaction* txn = nullptr;  // set for statements that write
  const graph::GraphStore* store = nullptr;
  const Params* params = nullptr;
  Limits limits;
  std::chrono::steady_clock::time_point deadline;
  size_t num_slots = 0;
  SideEffects effects;
  bool profile = false;
  std::string statement;  // recorded as the sentence of manual sources

  // Called in every operator loop; checks the deadline now and then.
  absl::Status Tick() {
    if ((++ticks_ & 1023) != 0) return absl::OkStatus();
    return CheckDeadline();
  }
  absl::Status CheckDeadline();
  // Accounts for buffered intermediate results (approximate bytes).
  absl::Status AddMemory(int64_t bytes);
  void ReleaseMemory(int64_t bytes) { mem_bytes_ -= bytes; }

  // Physical instances of pattern-predicate plans, made on first use.
  std::map<const LogicalOp*, std::unique_ptr<PhysicalOp>> subplans;
  std::map<std::string, std::unique_ptr<re2::RE2>> regexes;
  std::set<graph::NodeId> deleted_nodes;
  std::set<graph::EdgeId> deleted_edges;

 private:
  uint64_t ticks_ = 0;
  int64_t mem_bytes_ = 0;
};

// Rough size of a row for memory accounting.
int64_t ApproxRowBytes(const Row& row);

// Value conversions between the store and the engine.
Value NodeValue(const graph::Node& n);
Value EdgeValue(const graph::Edge& e);
// TypeError for maps, nodes and other values a property cannot hold.
absl::StatusOr<graph::PropertyValue> ToProperty(const Value& v);

}  // namespace kg::query

#endif  // KG_QUERY_EXEC_EXEC_CONTEXT_H_
