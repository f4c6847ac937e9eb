// NeighbourCount: how many distinct nodes lie 1..max_hops hops from a node.
// Read statements use the store's compact CSR view (a bounded BFS through
// Boost.Graph); statements with a transaction walk the reader, which sees
// their own writes. Produces exactly one row, like the aggregate it replaces.
#include <unordered_set>

#include "graph/compact_view.h"
#include "graph/status.h"
#include "query/exec/expand_util.h"
#include "query/exec/physical_op.h"

namespace kg::query {
namespace {

class NeighbourCountOp : public PhysicalOp {
 public:
  using PhysicalOp::PhysicalOp;
  absl::Status Reset(ExecContext* ctx) override {
    done_ = false;
    return PhysicalOp::Reset(ctx);
  }

 protected:
  absl::StatusOr<bool> NextImpl(ExecContext* ctx, Row* row) override {
    if (done_) return false;
    done_ = true;
    Row in;
    KG_ASSIGN_OR_RETURN(bool found, child()->Next(ctx, &in));
    *row = found ? std::move(in) : Row(ctx->num_slots);
    int64_t count = 0;
    if (found) {
      graph::NodeId start = (*row)[lop_.from_slot].as_node()->id;
      if (!ctx->txn && ctx->store) {
        KG_ASSIGN_OR_RETURN(auto view, graph::CompactView::ForStore(*ctx->store));
        graph::TraversalSpec spec;
        spec.dir = ToGraphDir(lop_.dir);
        spec.types = lop_.types;
        spec.max_hops = static_cast<int>(lop_.max_hops);
        KG_ASSIGN_OR_RETURN(size_t n, view->CountNeighbourhood(start, spec));
        count = static_cast<int64_t>(n);
      } else {
        KG_ASSIGN_OR_RETURN(count, Walk(ctx, start));
      }
    }
    (*row)[lop_.slot] = Value::Int(count);
    return true;
  }

 private:
  absl::StatusOr<int64_t> Walk(ExecContext* ctx, graph::NodeId start) {
    std::unordered_set<graph::NodeId> seen{start};
    std::vector<graph::NodeId> frontier{start}, next;
    std::vector<Candidate> adj;
    for (int64_t d = 0; d < lop_.max_hops && !frontier.empty(); ++d) {
      next.clear();
      for (graph::NodeId u : frontier) {
        KG_RETURN_IF_ERROR(ctx->Tick());
        KG_RETURN_IF_ERROR(Adjacent(ctx, u, lop_.dir, lop_.types, &adj));
        for (const Candidate& c : adj) {
          if (seen.insert(c.neighbor).second) next.push_back(c.neighbor);
        }
      }
      frontier.swap(next);
    }
    return static_cast<int64_t>(seen.size()) - 1;
  }

  bool done_ = false;
};

}  // namespace

std::unique_ptr<PhysicalOp> MakeNeighbourCountOp(const LogicalOp& lop) {
  return std::make_unique<NeighbourCountOp>(lop);
}

}  // namespace kg::query
