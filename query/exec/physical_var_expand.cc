// Variable-length expansion: a depth-first walk from the bound node that
// emits every trail (no relationship twice) whose length is in
// [min_hops, max_hops]. The relationship slot receives the list of
// relationships in pattern order.
#include <algorithm>

#include "graph/status.h"
#include "query/exec/evaluator.h"
#include "query/exec/expand_util.h"
#include "query/exec/physical_op.h"

namespace kg::query {
namespace {

class VarExpandOp : public PhysicalOp {
 public:
  using PhysicalOp::PhysicalOp;

  absl::Status Reset(ExecContext* ctx) override {
    stack_.clear();
    active_ = false;
    return PhysicalOp::Reset(ctx);
  }

 protected:
  struct Frame {
    graph::NodeId node;
    std::vector<Candidate> adj;
    size_t i = 0;
  };

  absl::StatusOr<bool> NextImpl(ExecContext* ctx, Row* row) override {
    while (true) {
      KG_RETURN_IF_ERROR(ctx->Tick());
      if (!active_) {
        KG_ASSIGN_OR_RETURN(bool more, child()->Next(ctx, &input_));
        if (!more) return false;
        const NodeRef* from = input_[lop_.from_slot].as_node();
        if (!from) continue;
        if (lop_.to_bound && !input_[lop_.to_slot].as_node()) continue;
        active_ = true;
        stack_.clear();
        path_.clear();
        KG_RETURN_IF_ERROR(Push(ctx, from->id));
        if (lop_.min_hops == 0) {
          KG_ASSIGN_OR_RETURN(bool ok, Emit(ctx, from->id, row));
          if (ok) return true;
        }
        continue;
      }
      if (stack_.empty()) {
        active_ = false;
        continue;
      }
      Frame& f = stack_.back();
      if (f.i >= f.adj.size()) {
        stack_.pop_back();
        if (!path_.empty()) path_.pop_back();
        if (stack_.empty()) active_ = false;
        continue;
      }
      Candidate c = f.adj[f.i++];
      bool used = false;
      for (const Value& e : path_) used = used || e.as_edge()->id == c.edge;
      if (used || EdgeUsed(input_, lop_.unique_with, c.edge)) continue;
      KG_ASSIGN_OR_RETURN(auto edge, ctx->reader->GetEdge(c.edge));
      if (!edge) continue;
      KG_ASSIGN_OR_RETURN(bool pok, MatchProps(ctx, lop_.rel_props, edge->props, input_));
      if (!pok) continue;
      path_.push_back(EdgeValue(*edge));
      KG_RETURN_IF_ERROR(Push(ctx, c.neighbor));
      if (static_cast<int64_t>(path_.size()) >= lop_.min_hops) {
        KG_ASSIGN_OR_RETURN(bool ok, Emit(ctx, c.neighbor, row));
        if (ok) return true;
      }
    }
  }

 private:
  absl::Status Push(ExecContext* ctx, graph::NodeId node) {
    Frame f;
    f.node = node;
    bool can_go = lop_.max_hops < 0 || static_cast<int64_t>(path_.size()) < lop_.max_hops;
    if (can_go) KG_RETURN_IF_ERROR(Adjacent(ctx, node, lop_.dir, lop_.types, &f.adj));
    stack_.push_back(std::move(f));
    if (stack_.size() > 100000) {
      return absl::ResourceExhaustedError("MemoryLimit: variable-length path deeper than 100000");
    }
    return absl::OkStatus();
  }

  absl::StatusOr<bool> Emit(ExecContext* ctx, graph::NodeId node, Row* row) {
    Value to;
    if (lop_.to_bound) {
      to = input_[lop_.to_slot];
      if (to.as_node()->id != node) return false;
    } else {
      KG_ASSIGN_OR_RETURN(auto n, ctx->reader->GetNode(node));
      if (!n) return false;
      to = NodeValue(*n);
    }
    KG_ASSIGN_OR_RETURN(bool ok, CheckNode(ctx, lop_.check, *to.as_node(), input_));
    if (!ok) return false;
    ValueList rels = path_;
    if (lop_.reversed) std::reverse(rels.begin(), rels.end());
    if (lop_.rel_bound) {
      // `[rs*]` with rs bound to a list: only the path made of exactly those
      // relationships, in that order.
      const ValueList* want = input_[lop_.rel_slot].as_list();
      if (want == nullptr || want->size() != rels.size()) return false;
      for (size_t i = 0; i < rels.size(); ++i) {
        const EdgeRef* a = rels[i].as_edge();
        const EdgeRef* b = (*want)[i].as_edge();
        if (a == nullptr || b == nullptr || a->id != b->id) return false;
      }
    }
    *row = input_;
    (*row)[lop_.rel_slot] = Value::List(std::move(rels));
    (*row)[lop_.to_slot] = std::move(to);
    return true;
  }

  Row input_;
  bool active_ = false;
  std::vector<Frame> stack_;
  ValueList path_;
};

}  // namespace

std::unique_ptr<PhysicalOp> MakeVarExpandOp(const LogicalOp& lop) {
  return std::make_unique<VarExpandOp>(lop);
}

}  // namespace kg::query
