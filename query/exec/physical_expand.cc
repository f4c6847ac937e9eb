// Expand: one relationship hop from a bound node, for every input row.
#include "graph/status.h"
#include "query/exec/evaluator.h"
#include "query/exec/expand_util.h"
#include "query/exec/physical_op.h"

namespace kg::query {

absl::Status Adjacent(ExecContext* ctx, graph::NodeId node, RelDir dir,
                      const std::vector<std::string>& types, std::vector<Candidate>* out) {
  out->clear();
  auto fn = [&](const graph::Adjacent& a) {
    if (dir == RelDir::kBoth && a.dir == graph::Direction::kIn && a.neighbor == node) return true;
    if (ctx->deleted_edges.count(a.edge)) return true;
    out->push_back(Candidate{a.edge, a.neighbor});
    return true;
  };
  if (types.empty()) return ctx->reader->ForEachAdjacent(node, ToGraphDir(dir), "", fn);
  for (const auto& t : types) {
    KG_RETURN_IF_ERROR(ctx->reader->ForEachAdjacent(node, ToGraphDir(dir), t, fn));
  }
  return absl::OkStatus();
}

bool EdgeUsed(const Row& row, const std::vector<int>& slots, graph::EdgeId id) {
  for (int s : slots) {
    const Value& v = row[s];
    if (const EdgeRef* e = v.as_edge()) {
      if (e->id == id) return true;
    } else if (const ValueList* l = v.as_list()) {
      for (const Value& x : *l) {
        if (x.as_edge() && x.as_edge()->id == id) return true;
      }
    }
  }
  return false;
}

namespace {

class ExpandOp : public PhysicalOp {
 public:
  using PhysicalOp::PhysicalOp;

  absl::Status Reset(ExecContext* ctx) override {
    have_input_ = false;
    return PhysicalOp::Reset(ctx);
  }

 protected:
  absl::StatusOr<bool> NextImpl(ExecContext* ctx, Row* row) override {
    while (true) {
      KG_RETURN_IF_ERROR(ctx->Tick());
      if (!have_input_) {
        KG_ASSIGN_OR_RETURN(bool more, child()->Next(ctx, &input_));
        if (!more) return false;
        const NodeRef* from = input_[lop_.from_slot].as_node();
        if (!from) continue;  // null from an OPTIONAL MATCH
        if (lop_.to_bound && !input_[lop_.to_slot].as_node()) continue;
        if (lop_.rel_bound && !input_[lop_.rel_slot].as_edge()) continue;
        KG_RETURN_IF_ERROR(Adjacent(ctx, from->id, lop_.dir, lop_.types, &cands_));
        pos_ = 0;
        have_input_ = true;
      }
      if (pos_ >= cands_.size()) {
        have_input_ = false;
        continue;
      }
      const Candidate c = cands_[pos_++];
      if (lop_.to_bound && input_[lop_.to_slot].as_node()->id != c.neighbor) continue;
      if (lop_.rel_bound && input_[lop_.rel_slot].as_edge()->id != c.edge) continue;
      if (EdgeUsed(input_, lop_.unique_with, c.edge)) continue;
      KG_ASSIGN_OR_RETURN(auto edge, ctx->reader->GetEdge(c.edge));
      if (!edge) continue;
      KG_ASSIGN_OR_RETURN(bool pok, MatchProps(ctx, lop_.rel_props, edge->props, input_));
      if (!pok) continue;
      Value rel = EdgeValue(*edge);
      if (lop_.rel_filter) {
        // The relationship slot is unbound in the input row, so it can hold
        // the candidate while the predicate runs.
        input_[lop_.rel_slot] = rel;
        auto keep = EvaluatePredicate(*lop_.rel_filter, input_, ctx);
        input_[lop_.rel_slot] = Value();
        if (!keep.ok()) return keep.status();
        if (!*keep) continue;
      }
      Value to;
      if (lop_.to_bound) {
        to = input_[lop_.to_slot];
        if (!lop_.check.labels.empty() || lop_.check.props) {
          KG_ASSIGN_OR_RETURN(bool ok, CheckNode(ctx, lop_.check, *to.as_node(), input_));
          if (!ok) continue;
        }
      } else {
        KG_ASSIGN_OR_RETURN(auto node, ctx->reader->GetNode(c.neighbor));
        if (!node) continue;
        to = NodeValue(*node);
        KG_ASSIGN_OR_RETURN(bool ok, CheckNode(ctx, lop_.check, *to.as_node(), input_));
        if (!ok) continue;
      }
      *row = input_;
      (*row)[lop_.rel_slot] = std::move(rel);
      (*row)[lop_.to_slot] = std::move(to);
      return true;
    }
  }

 private:
  Row input_;
  bool have_input_ = false;
  std::vector<Candidate> cands_;
  size_t pos_ = 0;
};

}  // namespace

std::unique_ptr<PhysicalOp> MakeExpandOp(const LogicalOp& lop) {
  return std::make_unique<ExpandOp>(lop);
}

}  // namespace kg::query
