// NodeScan (all nodes or by label index) and NodeById (a seek), both applied
// to every input row.
#include "graph/status.h"
#include "query/exec/evaluator.h"
#include "query/exec/physical_op.h"

namespace kg::query {
namespace {

class NodeScanOp : public PhysicalOp {
 public:
  using PhysicalOp::PhysicalOp;

  absl::Status Reset(ExecContext* ctx) override {
    have_input_ = false;
    if (!lop_.eager_scan) loaded_ = false;
    return PhysicalOp::Reset(ctx);
  }

 protected:
  absl::StatusOr<bool> NextImpl(ExecContext* ctx, Row* row) override {
    while (true) {
      KG_RETURN_IF_ERROR(ctx->Tick());
      if (!have_input_) {
        KG_ASSIGN_OR_RETURN(bool more, child()->Next(ctx, &input_));
        if (!more) return false;
        have_input_ = true;
        pos_ = 0;
        if (!loaded_) KG_RETURN_IF_ERROR(Load(ctx));
      }
      if (pos_ >= nodes_.size()) {
        have_input_ = false;
        continue;
      }
      const Value& n = nodes_[pos_++];
      KG_ASSIGN_OR_RETURN(bool ok, CheckNode(ctx, lop_.check, *n.as_node(), input_));
      if (!ok) continue;
      *row = input_;
      (*row)[lop_.slot] = n;
      return true;
    }
  }

 private:
  absl::Status Load(ExecContext* ctx) {
    nodes_.clear();
    absl::Status inner;
    int64_t bytes = 0;
    KG_RETURN_IF_ERROR(ctx->reader->ScanNodes(lop_.label, [&](const graph::Node& n) {
      if (ctx->deleted_nodes.count(n.id)) return true;
      nodes_.push_back(NodeValue(n));
      bytes += 160;
      if ((nodes_.size() & 4095) == 0) {
        inner = ctx->AddMemory(bytes);
        bytes = 0;
        if (inner.ok()) inner = ctx->CheckDeadline();
        if (!inner.ok()) return false;
      }
      return true;
    }));
    KG_RETURN_IF_ERROR(inner);
    KG_RETURN_IF_ERROR(ctx->AddMemory(bytes));
    loaded_ = true;
    return absl::OkStatus();
  }

  Row input_;
  bool have_input_ = false;
  bool loaded_ = false;
  std::vector<Value> nodes_;
  size_t pos_ = 0;
};

class NodeByIdOp : public PhysicalOp {
 public:
  using PhysicalOp::PhysicalOp;

 protected:
  absl::StatusOr<bool> NextImpl(ExecContext* ctx, Row* row) override {
    while (true) {
      KG_ASSIGN_OR_RETURN(bool more, child()->Next(ctx, row));
      if (!more) return false;
      KG_ASSIGN_OR_RETURN(Value key, Evaluate(*lop_.expr, *row, ctx));
      const int64_t* id = key.as_int();
      if (!id || ctx->deleted_nodes.count(static_cast<graph::NodeId>(*id))) continue;
      KG_ASSIGN_OR_RETURN(auto node, ctx->reader->GetNode(static_cast<graph::NodeId>(*id)));
      if (!node) continue;
      Value v = NodeValue(*node);
      KG_ASSIGN_OR_RETURN(bool ok, CheckNode(ctx, lop_.check, *v.as_node(), *row));
      if (!ok) continue;
      (*row)[lop_.slot] = std::move(v);
      return true;
    }
  }
};

}  // namespace

std::unique_ptr<PhysicalOp> MakeScanOp(const LogicalOp& lop) {
  if (lop.kind == LogicalKind::kNodeById) return std::make_unique<NodeByIdOp>(lop);
  return std::make_unique<NodeScanOp>(lop);
}

}  // namespace kg::query
