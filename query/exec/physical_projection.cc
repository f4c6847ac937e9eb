// Project, Distinct, Sort, Skip, Limit, Union and ProduceResults.
#include <algorithm>
#include <unordered_set>

#include "absl/strings/str_cat.h"
#include "graph/status.h"
#include "query/exec/evaluator.h"
#include "query/exec/physical_op.h"
#include "query/exec/row_key.h"
#include "query/internal/errors.h"

namespace kg::query {
namespace {

class ProjectOp : public PhysicalOp {
 public:
  using PhysicalOp::PhysicalOp;

 protected:
  absl::StatusOr<bool> NextImpl(ExecContext* ctx, Row* row) override {
    KG_ASSIGN_OR_RETURN(bool more, child()->Next(ctx, row));
    if (!more) return false;
    const auto& items = lop_.clause->proj.items;
    // Evaluate all items against the incoming row before writing any, so an
    // alias cannot shadow a variable used by a later item.
    values_.clear();
    for (const auto& it : items) {
      KG_ASSIGN_OR_RETURN(Value v, Evaluate(*it.expr, *row, ctx));
      values_.push_back(std::move(v));
    }
    for (size_t i = 0; i < items.size(); ++i) (*row)[items[i].slot] = std::move(values_[i]);
    return true;
  }

 private:
  std::vector<Value> values_;
};

class DistinctOp : public PhysicalOp {
 public:
  using PhysicalOp::PhysicalOp;
  absl::Status Reset(ExecContext* ctx) override {
    seen_.clear();
    return PhysicalOp::Reset(ctx);
  }

 protected:
  absl::StatusOr<bool> NextImpl(ExecContext* ctx, Row* row) override {
    while (true) {
      KG_RETURN_IF_ERROR(ctx->Tick());
      KG_ASSIGN_OR_RETURN(bool more, child()->Next(ctx, row));
      if (!more) return false;
      RowKey key;
      key.reserve(lop_.slots.size());
      for (int s : lop_.slots) key.push_back((*row)[s]);
      int64_t bytes = ApproxRowBytes(key);
      if (seen_.insert(std::move(key)).second) {
        KG_RETURN_IF_ERROR(ctx->AddMemory(bytes));
        return true;
      }
    }
  }

 private:
  std::unordered_set<RowKey, RowKeyHash, RowKeyEq> seen_;
};

class SortOp : public PhysicalOp {
 public:
  using PhysicalOp::PhysicalOp;
  absl::Status Reset(ExecContext* ctx) override {
    loaded_ = false;
    rows_buf_.clear();
    return PhysicalOp::Reset(ctx);
  }

 protected:
  absl::StatusOr<bool> NextImpl(ExecContext* ctx, Row* row) override {
    if (!loaded_) {
      const auto& order = lop_.clause->proj.order_by;
      Row r;
      while (true) {
        KG_RETURN_IF_ERROR(ctx->Tick());
        KG_ASSIGN_OR_RETURN(bool more, child()->Next(ctx, &r));
        if (!more) break;
        Entry e;
        for (const auto& s : order) {
          KG_ASSIGN_OR_RETURN(Value v, Evaluate(*s.expr, r, ctx));
          e.keys.push_back(std::move(v));
        }
        KG_RETURN_IF_ERROR(ctx->AddMemory(ApproxRowBytes(r) + ApproxRowBytes(e.keys)));
        e.row = std::move(r);
        rows_buf_.push_back(std::move(e));
      }
      std::stable_sort(rows_buf_.begin(), rows_buf_.end(), [&](const Entry& a, const Entry& b) {
        for (size_t i = 0; i < order.size(); ++i) {
          int c = OrderCompare(a.keys[i], b.keys[i]);
          if (c != 0) return order[i].ascending ? c < 0 : c > 0;
        }
        return false;
      });
      loaded_ = true;
      pos_ = 0;
    }
    if (pos_ >= rows_buf_.size()) return false;
    *row = std::move(rows_buf_[pos_++].row);
    return true;
  }

 private:
  struct Entry {
    std::vector<Value> keys;
    Row row;
  };
  bool loaded_ = false;
  std::vector<Entry> rows_buf_;
  size_t pos_ = 0;
};

// SKIP and LIMIT: a non-negative integer, evaluated once.
absl::StatusOr<int64_t> CountArg(const Expr& e, ExecContext* ctx, const char* what) {
  Row empty(ctx->num_slots);
  KG_ASSIGN_OR_RETURN(Value v, Evaluate(e, empty, ctx));
  const int64_t* i = v.as_int();
  if (!i) {
    if (const double* d = v.as_float()) {
      if (*d == static_cast<int64_t>(*d) && *d >= 0) return static_cast<int64_t>(*d);
    }
    return RuntimeError("SyntaxError", "InvalidArgumentType",
                        absl::StrCat(what, " needs an integer, got ", ToCypherLiteral(v)));
  }
  if (*i < 0) {
    return RuntimeError("SyntaxError", "NegativeIntegerArgument",
                        absl::StrCat(what, " needs a non-negative integer, got ", *i));
  }
  return *i;
}

class SkipLimitOp : public PhysicalOp {
 public:
  using PhysicalOp::PhysicalOp;
  absl::Status Reset(ExecContext* ctx) override {
    n_ = -1;
    seen_ = 0;
    return PhysicalOp::Reset(ctx);
  }

 protected:
  absl::StatusOr<bool> NextImpl(ExecContext* ctx, Row* row) override {
    bool skip = lop_.kind == LogicalKind::kSkip;
    if (n_ < 0) {
      KG_ASSIGN_OR_RETURN(n_, CountArg(*lop_.expr, ctx, skip ? "SKIP" : "LIMIT"));
    }
    if (skip) {
      while (seen_ < n_) {
        KG_ASSIGN_OR_RETURN(bool more, child()->Next(ctx, row));
        if (!more) return false;
        ++seen_;
      }
      return child()->Next(ctx, row);
    }
    if (seen_ >= n_) {
      // Writes below a LIMIT still happen for every row.
      if (ctx->txn) {
        Row sink;
        while (true) {
          KG_ASSIGN_OR_RETURN(bool more, child()->Next(ctx, &sink));
          if (!more) break;
        }
      }
      return false;
    }
    ++seen_;
    return child()->Next(ctx, row);
  }

 private:
  int64_t n_ = -1, seen_ = 0;
};

class UnionOp : public PhysicalOp {
 public:
  using PhysicalOp::PhysicalOp;
  absl::Status Reset(ExecContext* ctx) override {
    part_ = 0;
    return PhysicalOp::Reset(ctx);
  }

 protected:
  absl::StatusOr<bool> NextImpl(ExecContext* ctx, Row* row) override {
    while (part_ < children_.size()) {
      Row r;
      KG_ASSIGN_OR_RETURN(bool more, children_[part_]->Next(ctx, &r));
      if (!more) {
        ++part_;
        continue;
      }
      row->assign(ctx->num_slots, Value());
      const auto& from = lop_.union_slots[part_];
      for (size_t i = 0; i < from.size(); ++i) (*row)[lop_.slots[i]] = std::move(r[from[i]]);
      return true;
    }
    return false;
  }

 private:
  size_t part_ = 0;
};

class ProduceOp : public PhysicalOp {
 public:
  using PhysicalOp::PhysicalOp;

 protected:
  absl::StatusOr<bool> NextImpl(ExecContext* ctx, Row* row) override {
    KG_ASSIGN_OR_RETURN(bool more, child()->Next(ctx, row));
    if (!more) return false;
    if (++count_ > ctx->limits.max_rows) {
      return absl::ResourceExhaustedError(absl::StrCat(
          "RowLimit: the statement produced more than ", ctx->limits.max_rows, " rows"));
    }
    return true;
  }

 private:
  uint64_t count_ = 0;
};

}  // namespace

std::unique_ptr<PhysicalOp> MakeProjectionOp(const LogicalOp& lop) {
  switch (lop.kind) {
    case LogicalKind::kProject: return std::make_unique<ProjectOp>(lop);
    case LogicalKind::kDistinct: return std::make_unique<DistinctOp>(lop);
    case LogicalKind::kSort: return std::make_unique<SortOp>(lop);
    case LogicalKind::kUnion: return std::make_unique<UnionOp>(lop);
    case LogicalKind::kProduce: return std::make_unique<ProduceOp>(lop);
    default: return std::make_unique<SkipLimitOp>(lop);
  }
}

}  // namespace kg::query
