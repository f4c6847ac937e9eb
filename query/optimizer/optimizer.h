// Optimizer passes over the logical plan, run in order by Optimize(). Each
// pass is a named class with Rewrite(); passes can be switched off by name
// (env KG_QUERY_DISABLE_PASSES="id_seek,...") for testing.
#ifndef KG_QUERY_OPTIMIZER_OPTIMIZER_H_
#define KG_QUERY_OPTIMIZER_OPTIMIZER_H_

#include <memory>
#include <vector>

#include "query/planner/logical_plan.h"

namespace kg::query {

class OptimizerPass {
 public:
  virtual ~OptimizerPass() = default;
  virtual const char* name() const = 0;
  virtual void Rewrite(LogicalOpPtr& root) = 0;
};

// NodeScan + Filter(id(n) = e) with e independent of n -> NodeById(e).
class IdSeekPass : public OptimizerPass {
 public:
  const char* name() const override { return "id_seek"; }
  void Rewrite(LogicalOpPtr& root) override;
};

// Aggregate(count(DISTINCT b)) over Filter(id(b) <> k) over Expand or
// VarExpand(a -> b, *1..n) over NodeById(a = k) -> NeighbourCount: a
// bounded BFS on the compact CSR view instead of enumerating walks.
class NeighbourCountPass : public OptimizerPass {
 public:
  const char* name() const override { return "neighbour_count"; }
  void Rewrite(LogicalOpPtr& root) override;
};

std::vector<std::unique_ptr<OptimizerPass>> DefaultPasses();
void Optimize(LogicalOpPtr& root);

}  // namespace kg::query

#endif  // KG_QUERY_OPTIMIZER_OPTIMIZER_H_
