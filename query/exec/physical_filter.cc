// Row-at-a-time operators: Filter, Optional (apply with null fill), Unwind,
// BuildPath.
#include "graph/status.h"
#include "query/exec/evaluator.h"
#include "query/exec/physical_op.h"

namespace kg::query {
namespace {

class FilterOp : public PhysicalOp {
 public:
  using PhysicalOp::PhysicalOp;

 protected:
  absl::StatusOr<bool> NextImpl(ExecContext* ctx, Row* row) override {
    while (true) {
      KG_RETURN_IF_ERROR(ctx->Tick());
      KG_ASSIGN_OR_RETURN(bool more, child()->Next(ctx, row));
      if (!more) return false;
      if (lop_.slot >= 0) {
        const NodeRef* n = (*row)[lop_.slot].as_node();
        if (!n) continue;
        KG_ASSIGN_OR_RETURN(bool ok, CheckNode(ctx, lop_.check, *n, *row));
        if (!ok) continue;
      }
      if (lop_.expr) {
        KG_ASSIGN_OR_RETURN(bool ok, EvaluatePredicate(*lop_.expr, *row, ctx));
        if (!ok) continue;
      }
      return true;
    }
  }
};

class OptionalOp : public PhysicalOp {
 public:
  using PhysicalOp::PhysicalOp;

  absl::Status Reset(ExecContext* ctx) override {
    active_ = false;
    return child()->Reset(ctx);  // the inner plan is reset per input row
  }

 protected:
  absl::StatusOr<bool> NextImpl(ExecContext* ctx, Row* row) override {
    PhysicalOp* inner = children_[1].get();
    while (true) {
      if (!active_) {
        KG_ASSIGN_OR_RETURN(bool more, child()->Next(ctx, &input_));
        if (!more) return false;
        FindArgument(inner)->SetArgument(&input_);
        KG_RETURN_IF_ERROR(inner->Reset(ctx));
        active_ = true;
        produced_ = false;
      }
      KG_ASSIGN_OR_RETURN(bool got, inner->Next(ctx, row));
      if (got) {
        produced_ = true;
        return true;
      }
      active_ = false;
      if (!produced_) {
        *row = input_;
        for (int s : lop_.null_slots) (*row)[s] = Value();
        return true;
      }
    }
  }

 private:
  Row input_;
  bool active_ = false, produced_ = false;
};

class UnwindOp : public PhysicalOp {
 public:
  using PhysicalOp::PhysicalOp;

  absl::Status Reset(ExecContext* ctx) override {
    pos_ = 0;
    list_.clear();
    return PhysicalOp::Reset(ctx);
  }

 protected:
  absl::StatusOr<bool> NextImpl(ExecContext* ctx, Row* row) override {
    while (true) {
      KG_RETURN_IF_ERROR(ctx->Tick());
      if (pos_ < list_.size()) {
        *row = input_;
        (*row)[lop_.slot] = list_[pos_++];
        return true;
      }
      KG_ASSIGN_OR_RETURN(bool more, child()->Next(ctx, &input_));
      if (!more) return false;
      KG_ASSIGN_OR_RETURN(Value v, Evaluate(*lop_.expr, input_, ctx));
      list_.clear();
      pos_ = 0;
      if (v.is_null()) continue;
      if (const ValueList* l = v.as_list()) {
        list_ = *l;
      } else {
        list_.push_back(std::move(v));
      }
    }
  }

 private:
  Row input_;
  ValueList list_;
  size_t pos_ = 0;
};

class BuildPathOp : public PhysicalOp {
 public:
  using PhysicalOp::PhysicalOp;

 protected:
  absl::StatusOr<bool> NextImpl(ExecContext* ctx, Row* row) override {
    KG_ASSIGN_OR_RETURN(bool more, child()->Next(ctx, row));
    if (!more) return false;
    KG_ASSIGN_OR_RETURN((*row)[lop_.slot], BuildPathValue(ctx, *lop_.part, *row));
    return true;
  }
};

}  // namespace

std::unique_ptr<PhysicalOp> MakeFilterOp(const LogicalOp& lop) {
  switch (lop.kind) {
    case LogicalKind::kOptional: return std::make_unique<OptionalOp>(lop);
    case LogicalKind::kUnwind: return std::make_unique<UnwindOp>(lop);
    case LogicalKind::kBuildPath: return std::make_unique<BuildPathOp>(lop);
    default: return std::make_unique<FilterOp>(lop);
  }
}

}  // namespace kg::query
