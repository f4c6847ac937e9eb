// Aggregate: groups rows by the projection's non-aggregate items and
// computes count/collect/sum/avg/min/max/stDev/stDevP per group (with
// DISTINCT). Each output row is the group's first input row with the
// aggregate slots filled, so the following Project can evaluate items such
// as `n.name` or `count(*) + 1`.
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "graph/status.h"
#include "query/exec/evaluator.h"
#include "query/exec/physical_op.h"
#include "query/exec/row_key.h"
#include "query/internal/errors.h"

namespace kg::query {
namespace {

bool ContainsAgg(const Expr& e) {
  if (e.kind == ExprKind::kFunction && e.slot >= 0) return true;
  for (const auto& a : e.args) {
    if (a && ContainsAgg(*a)) return true;
  }
  return false;
}

enum class AggKind { kCount, kCollect, kSum, kAvg, kMin, kMax, kStDev, kStDevP, kUnsupported };

AggKind KindOf(const std::string& name) {
  std::string n = absl::AsciiStrToLower(name);
  if (n == "count") return AggKind::kCount;
  if (n == "collect") return AggKind::kCollect;
  if (n == "sum") return AggKind::kSum;
  if (n == "avg") return AggKind::kAvg;
  if (n == "min") return AggKind::kMin;
  if (n == "max") return AggKind::kMax;
  if (n == "stdev") return AggKind::kStDev;
  if (n == "stdevp") return AggKind::kStDevP;
  return AggKind::kUnsupported;
}

struct AggState {
  int64_t count = 0;
  bool is_float = false;
  int64_t isum = 0;
  double fsum = 0;
  Value best;
  ValueList list;
  std::vector<double> xs;
  std::unordered_set<RowKey, RowKeyHash, RowKeyEq> seen;
};

struct Group {
  Row rep;
  std::vector<AggState> states;
};

class AggregateOp : public PhysicalOp {
 public:
  explicit AggregateOp(const LogicalOp& lop) : PhysicalOp(lop) {
    for (const auto& it : lop.clause->proj.items) {
      if (!ContainsAgg(*it.expr)) keys_.push_back(it.expr.get());
    }
    for (const Expr* a : lop.clause->proj.aggregates) {
      aggs_.push_back(a);
      kinds_.push_back(KindOf(a->name));
    }
  }
  absl::Status Reset(ExecContext* ctx) override {
    done_ = false;
    groups_.clear();
    index_.clear();
    return PhysicalOp::Reset(ctx);
  }

 protected:
  absl::StatusOr<bool> NextImpl(ExecContext* ctx, Row* row) override {
    if (!done_) {
      KG_RETURN_IF_ERROR(Consume(ctx));
      done_ = true;
      pos_ = 0;
    }
    if (pos_ >= groups_.size()) return false;
    Group& g = groups_[pos_++];
    *row = std::move(g.rep);
    for (size_t i = 0; i < aggs_.size(); ++i) {
      KG_ASSIGN_OR_RETURN((*row)[aggs_[i]->slot], Finish(kinds_[i], g.states[i]));
    }
    return true;
  }

 private:
  absl::Status Consume(ExecContext* ctx) {
    Row r;
    while (true) {
      KG_RETURN_IF_ERROR(ctx->Tick());
      KG_ASSIGN_OR_RETURN(bool more, child()->Next(ctx, &r));
      if (!more) break;
      RowKey key;
      for (const Expr* k : keys_) {
        KG_ASSIGN_OR_RETURN(Value v, Evaluate(*k, r, ctx));
        key.push_back(std::move(v));
      }
      auto it = index_.find(key);
      Group* g;
      if (it == index_.end()) {
        KG_RETURN_IF_ERROR(ctx->AddMemory(ApproxRowBytes(r) + ApproxRowBytes(key)));
        index_.emplace(std::move(key), groups_.size());
        groups_.push_back(Group{r, std::vector<AggState>(aggs_.size())});
        g = &groups_.back();
      } else {
        g = &groups_[it->second];
      }
      for (size_t i = 0; i < aggs_.size(); ++i) KG_RETURN_IF_ERROR(Update(ctx, i, r, &g->states[i]));
    }
    if (groups_.empty() && keys_.empty()) {
      groups_.push_back(Group{Row(ctx->num_slots), std::vector<AggState>(aggs_.size())});
    }
    return absl::OkStatus();
  }

  absl::Status Update(ExecContext* ctx, size_t i, const Row& r, AggState* s) {
    const Expr& a = *aggs_[i];
    if (a.star) {
      ++s->count;
      return absl::OkStatus();
    }
    if (a.args.empty()) {
      return RuntimeError("SyntaxError", "InvalidNumberOfArguments",
                          absl::StrCat(a.name, "() needs an argument"));
    }
    KG_ASSIGN_OR_RETURN(Value v, Evaluate(*a.args[0], r, ctx));
    if (v.is_null()) return absl::OkStatus();
    if (a.distinct) {
      RowKey k{v};
      if (!s->seen.insert(std::move(k)).second) return absl::OkStatus();
    }
    switch (kinds_[i]) {
      case AggKind::kCount:
        ++s->count;
        break;
      case AggKind::kCollect:
        KG_RETURN_IF_ERROR(ctx->AddMemory(sizeof(Value) + 16));
        s->list.push_back(std::move(v));
        break;
      case AggKind::kSum:
      case AggKind::kAvg:
      case AggKind::kStDev:
      case AggKind::kStDevP:
        if (const int64_t* x = v.as_int()) {
          if (!s->is_float) {
            int64_t out = 0;
            if (__builtin_add_overflow(s->isum, *x, &out)) {
              return RuntimeError("ArithmeticError", "IntegerOverflow", "sum() overflows");
            }
            s->isum = out;
          }
          s->fsum += static_cast<double>(*x);
          s->xs.push_back(static_cast<double>(*x));
        } else if (const double* d = v.as_float()) {
          s->is_float = true;
          s->fsum += *d;
          s->xs.push_back(*d);
        } else {
          return RuntimeError("TypeError", "InvalidArgumentType",
                              absl::StrCat(a.name, "() needs numbers, got ", ToCypherLiteral(v)));
        }
        ++s->count;
        if (kinds_[i] != AggKind::kStDev && kinds_[i] != AggKind::kStDevP) s->xs.clear();
        break;
      case AggKind::kMin:
      case AggKind::kMax: {
        if (s->best.is_null()) {
          s->best = std::move(v);
        } else {
          int c = OrderCompare(v, s->best);
          if ((kinds_[i] == AggKind::kMin && c < 0) || (kinds_[i] == AggKind::kMax && c > 0)) {
            s->best = std::move(v);
          }
        }
        break;
      }
      case AggKind::kUnsupported:
        return RuntimeError("SyntaxError", "UnknownFunction",
                            absl::StrCat("aggregate ", a.name, "() is not supported"));
    }
    return absl::OkStatus();
  }

  absl::StatusOr<Value> Finish(AggKind k, AggState& s) {
    switch (k) {
      case AggKind::kCount: return Value::Int(s.count);
      case AggKind::kCollect: return Value::List(std::move(s.list));
      case AggKind::kSum: return s.is_float ? Value::Float(s.fsum) : Value::Int(s.isum);
      case AggKind::kAvg:
        if (s.count == 0) return Value::Null();
        return Value::Float(s.fsum / static_cast<double>(s.count));
      case AggKind::kMin:
      case AggKind::kMax: return s.best;
      case AggKind::kStDev:
      case AggKind::kStDevP: {
        size_t n = s.xs.size();
        size_t denom = k == AggKind::kStDev ? n - 1 : n;
        if (n == 0 || (k == AggKind::kStDev && n < 2)) return Value::Float(0.0);
        double mean = s.fsum / static_cast<double>(n), acc = 0;
        for (double x : s.xs) acc += (x - mean) * (x - mean);
        return Value::Float(std::sqrt(acc / static_cast<double>(denom)));
      }
      case AggKind::kUnsupported: break;
    }
    return Value::Null();
  }

  std::vector<const Expr*> keys_;
  std::vector<const Expr*> aggs_;
  std::vector<AggKind> kinds_;
  bool done_ = false;
  std::vector<Group> groups_;
  std::unordered_map<RowKey, size_t, RowKeyHash, RowKeyEq> index_;
  size_t pos_ = 0;
};

}  // namespace

std::unique_ptr<PhysicalOp> MakeAggregateOp(const LogicalOp& lop) {
  return std::make_unique<AggregateOp>(lop);
}

}  // namespace kg::query
