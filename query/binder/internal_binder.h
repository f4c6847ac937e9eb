// The binder's class, whose definitions are spread over bind_*.cc.
#ifndef KG_QUERY_BINDER_INTERNAL_BINDER_H_
#define KG_QUERY_BINDER_INTERNAL_BINDER_H_

#include <map>
#include <string_view>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "query/binder/binder.h"

namespace kg::query {

struct VarInfo {
  int slot = -1;
  Type type = Type::kAny;
};
using Scope = std::map<std::string, VarInfo>;

// Whether a function name (lower case) names an aggregate the binder accepts:
// count, collect, sum, avg, min, max, stDev, stDevP, percentileCont/Disc.
bool IsAggregateName(std::string_view lower_name);

class Binder {
 public:
  explicit Binder(BoundStatement* out) : out_(out) {}

  absl::Status BindStatement(Statement& st);

 private:
  absl::Status BindSingle(SingleQuery& q, BoundQuery* bq);
  // bind_match.cc
  absl::Status BindMatch(Clause& c);
  absl::Status BindPatternPart(PatternPart& part, bool create, Scope* clause_vars);
  absl::Status BindCreate(Clause& c);
  absl::Status BindMerge(Clause& c);
  absl::Status BindSetItems(std::vector<SetItem>& items, bool remove);
  absl::Status BindDelete(Clause& c);
  absl::Status BindUnwind(Clause& c);
  // bind_projection.cc
  absl::Status BindProjection(Clause& c, BoundQuery* bq);
  void ReplaceProjected(Expr* e, const Projection& p);
  // bind_expr.cc
  absl::Status BindExpr(Expr& e);
  absl::Status BindExprAllowAgg(Expr& e, std::vector<const Expr*>* aggs);
  absl::Status CheckBooleanOperand(const Expr& e, const Expr& op);

  int NewSlot(const std::string& name, Type t);
  Type SlotType(int slot) const { return out_->slots[slot].type; }

  absl::string_view Text(const Expr& e) const {
    return text_.substr(e.pos.offset, e.end - e.pos.offset);
  }

  BoundStatement* out_;
  absl::string_view text_;
  Scope scope_;
  int anon_ = 0;
  std::vector<const Expr*>* aggs_ = nullptr;  // collecting aggregates, else null
  bool in_agg_ = false;
};

}  // namespace kg::query

#endif  // KG_QUERY_BINDER_INTERNAL_BINDER_H_
