// Physical operators: pull-based iterators over rows. Each operator is made
// from one logical operator (Build) and pulls rows from its children.
#ifndef KG_QUERY_EXEC_PHYSICAL_OP_H_
#define KG_QUERY_EXEC_PHYSICAL_OP_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "query/exec/exec_context.h"

namespace kg::query {

class PhysicalOp {
 public:
  explicit PhysicalOp(const LogicalOp& lop) : lop_(lop) {}
  virtual ~PhysicalOp() = default;

  // Starts a new run (for inner plans: one per outer row). Recursive.
  virtual absl::Status Reset(ExecContext* ctx) {
    for (auto& c : children_) {
      absl::Status s = c->Reset(ctx);
      if (!s.ok()) return s;
    }
    return absl::OkStatus();
  }
  // The next row into *row; false at the end.
  absl::StatusOr<bool> Next(ExecContext* ctx, Row* row);

  const LogicalOp& logical() const { return lop_; }
  std::vector<std::unique_ptr<PhysicalOp>>& children() { return children_; }
  uint64_t rows() const { return rows_; }
  double ms() const { return ns_ / 1e6; }

 protected:
  virtual absl::StatusOr<bool> NextImpl(ExecContext* ctx, Row* row) = 0;
  PhysicalOp* child() { return children_[0].get(); }

  const LogicalOp& lop_;
  std::vector<std::unique_ptr<PhysicalOp>> children_;
  uint64_t rows_ = 0;
  double ns_ = 0;

  friend std::unique_ptr<PhysicalOp> BuildPhysical(const LogicalOp& lop);
};

// The leaf of every plan: produces the argument row once per Reset.
class ArgumentOp : public PhysicalOp {
 public:
  using PhysicalOp::PhysicalOp;
  void SetArgument(const Row* row) { arg_ = row; }
  absl::Status Reset(ExecContext* ctx) override {
    done_ = false;
    return absl::OkStatus();
  }

 protected:
  absl::StatusOr<bool> NextImpl(ExecContext* ctx, Row* row) override;

 private:
  const Row* arg_ = nullptr;
  bool done_ = false;
};

std::unique_ptr<PhysicalOp> BuildPhysical(const LogicalOp& lop);
// The Argument leaf of a plan (following children[0]).
ArgumentOp* FindArgument(PhysicalOp* op);
// PROFILE text: the plan with rows and milliseconds per operator.
std::string ProfileText(PhysicalOp& root);

// Factories, one per operator file.
std::unique_ptr<PhysicalOp> MakeScanOp(const LogicalOp& lop);       // physical_scan.cc
std::unique_ptr<PhysicalOp> MakeExpandOp(const LogicalOp& lop);     // physical_expand.cc
std::unique_ptr<PhysicalOp> MakeVarExpandOp(const LogicalOp& lop);  // physical_var_expand.cc
std::unique_ptr<PhysicalOp> MakeShortestPathOp(const LogicalOp& lop);  // physical_shortest_path.cc
std::unique_ptr<PhysicalOp> MakeFilterOp(const LogicalOp& lop);     // physical_filter.cc
std::unique_ptr<PhysicalOp> MakeProjectionOp(const LogicalOp& lop); // physical_projection.cc
std::unique_ptr<PhysicalOp> MakeAggregateOp(const LogicalOp& lop);  // physical_aggregate.cc
std::unique_ptr<PhysicalOp> MakeWriteOp(const LogicalOp& lop);      // physical_write.cc
std::unique_ptr<PhysicalOp> MakeNeighbourCountOp(const LogicalOp& lop);  // physical_neighbour_count.cc

// Shared helpers.
// Whether node `n` passes the label and property checks of `check`.
absl::StatusOr<bool> CheckNode(ExecContext* ctx, const NodeCheck& check, const NodeRef& n,
                               const Row& row);
// Whether the properties match the map expression `props` (null: true).
absl::StatusOr<bool> MatchProps(ExecContext* ctx, const Expr* props,
                                const graph::Properties& have, const Row& row);
// Builds a path value from the slots of a pattern part.
absl::StatusOr<Value> BuildPathValue(ExecContext* ctx, const PatternPart& part, const Row& row);

}  // namespace kg::query

#endif  // KG_QUERY_EXEC_PHYSICAL_OP_H_
