#include "query/binder/binder.h"

#include "absl/strings/str_cat.h"
#include "graph/status.h"
#include "query/binder/internal_binder.h"
#include "query/internal/errors.h"

namespace kg::query {

int Binder::NewSlot(const std::string& name, Type t) {
  out_->slots.push_back(SlotInfo{name, t});
  return static_cast<int>(out_->slots.size()) - 1;
}

absl::Status Binder::BindStatement(Statement& st) {
  text_ = st.text;
  for (SingleQuery& q : st.queries) {
    scope_.clear();
    BoundQuery bq;
    KG_RETURN_IF_ERROR(BindSingle(q, &bq));
    if (!out_->queries.empty() && out_->queries[0].columns != bq.columns) {
      return SemanticError(q.clauses[0].pos, "DifferentColumnsInUnion",
                           "all parts of a UNION must return the same columns");
    }
    out_->queries.push_back(std::move(bq));
  }
  return absl::OkStatus();
}

absl::Status Binder::BindSingle(SingleQuery& q, BoundQuery* bq) {
  for (size_t i = 0; i < q.clauses.size(); ++i) {
    Clause& c = q.clauses[i];
    bool last = i + 1 == q.clauses.size();
    switch (c.kind) {
      case ClauseKind::kMatch:
        KG_RETURN_IF_ERROR(BindMatch(c));
        break;
      case ClauseKind::kUnwind:
        KG_RETURN_IF_ERROR(BindUnwind(c));
        break;
      case ClauseKind::kWith:
        KG_RETURN_IF_ERROR(BindProjection(c, bq));
        break;
      case ClauseKind::kReturn:
        if (!last) {
          return SemanticError(q.clauses[i + 1].pos, "UnexpectedSyntax",
                               "RETURN must be the last clause");
        }
        KG_RETURN_IF_ERROR(BindProjection(c, bq));
        break;
      case ClauseKind::kCreate:
        out_->writes = true;
        KG_RETURN_IF_ERROR(BindCreate(c));
        break;
      case ClauseKind::kMerge:
        out_->writes = true;
        KG_RETURN_IF_ERROR(BindMerge(c));
        break;
      case ClauseKind::kSet:
        out_->writes = true;
        KG_RETURN_IF_ERROR(BindSetItems(c.set_items, false));
        break;
      case ClauseKind::kRemove:
        out_->writes = true;
        KG_RETURN_IF_ERROR(BindSetItems(c.set_items, true));
        break;
      case ClauseKind::kDelete:
        out_->writes = true;
        KG_RETURN_IF_ERROR(BindDelete(c));
        break;
    }
    if (last && (c.kind == ClauseKind::kMatch || c.kind == ClauseKind::kWith ||
                 c.kind == ClauseKind::kUnwind)) {
      return SemanticError(c.pos, "MissingReturn",
                           "a query cannot end with MATCH, WITH or UNWIND; add RETURN");
    }
  }
  return absl::OkStatus();
}

absl::Status Bind(Statement& st, BoundStatement* out) {
  Binder b(out);
  return b.BindStatement(st);
}

}  // namespace kg::query
