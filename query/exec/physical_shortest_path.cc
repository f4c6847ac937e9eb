// shortestPath / allShortestPaths between two bound nodes: a breadth-first
// search from the start that stops at the level where the end is reached,
// keeping every parent on that level for allShortestPaths.
#include <algorithm>
#include <unordered_map>

#include "graph/compact_view.h"
#include "graph/status.h"
#include "query/exec/evaluator.h"
#include "query/exec/expand_util.h"
#include "query/exec/physical_op.h"

namespace kg::query {
namespace {

class ShortestPathOp : public PhysicalOp {
 public:
  using PhysicalOp::PhysicalOp;

  absl::Status Reset(ExecContext* ctx) override {
    pending_.clear();
    return PhysicalOp::Reset(ctx);
  }

 protected:
  absl::StatusOr<bool> NextImpl(ExecContext* ctx, Row* row) override {
    while (pending_.empty()) {
      KG_ASSIGN_OR_RETURN(bool more, child()->Next(ctx, &input_));
      if (!more) return false;
      KG_RETURN_IF_ERROR(Search(ctx));
    }
    *row = std::move(pending_.back());
    pending_.pop_back();
    return true;
  }

 private:
  struct Parent {
    graph::EdgeId edge;
    graph::NodeId prev;
  };

  absl::Status Search(ExecContext* ctx) {
    const NodeRef* from = input_[lop_.from_slot].as_node();
    const NodeRef* to = input_[lop_.to_slot].as_node();
    if (!from || !to) return absl::OkStatus();
    if (from->id == to->id) {
      if (lop_.min_hops == 0) return EmitPath(ctx, {}, {from->id});
      return absl::OkStatus();
    }
    if (!ctx->txn && ctx->store && !lop_.rel_props) return SearchView(ctx, from->id, to->id);
    std::unordered_map<graph::NodeId, int64_t> depth{{from->id, 0}};
    std::unordered_map<graph::NodeId, std::vector<Parent>> parents;
    std::vector<graph::NodeId> frontier{from->id}, next;
    std::vector<Candidate> adj;
    int64_t d = 0;
    bool found = false;
    while (!frontier.empty() && !found && (lop_.max_hops < 0 || d < lop_.max_hops)) {
      ++d;
      next.clear();
      for (graph::NodeId u : frontier) {
        KG_RETURN_IF_ERROR(ctx->Tick());
        KG_RETURN_IF_ERROR(Adjacent(ctx, u, lop_.dir, lop_.types, &adj));
        for (const Candidate& c : adj) {
          auto it = depth.find(c.neighbor);
          if (it != depth.end() && !(lop_.all && it->second == d)) continue;
          if (lop_.rel_props) {
            KG_ASSIGN_OR_RETURN(auto e, ctx->reader->GetEdge(c.edge));
            if (!e) continue;
            KG_ASSIGN_OR_RETURN(bool ok, MatchProps(ctx, lop_.rel_props, e->props, input_));
            if (!ok) continue;
          }
          if (it == depth.end()) {
            depth.emplace(c.neighbor, d);
            next.push_back(c.neighbor);
          }
          parents[c.neighbor].push_back(Parent{c.edge, u});
          if (c.neighbor == to->id) found = true;
        }
      }
      KG_RETURN_IF_ERROR(ctx->AddMemory(static_cast<int64_t>(next.size()) * 64));
      frontier.swap(next);
    }
    if (!found) return absl::OkStatus();
    // Walk the parents back from the end; reverse gives start-to-end order.
    std::vector<graph::EdgeId> edges;
    std::vector<graph::NodeId> nodes{to->id};
    return Enumerate(ctx, parents, from->id, &edges, &nodes);
  }

  // Read statements: bidirectional BFS on the store's compact CSR view.
  absl::Status SearchView(ExecContext* ctx, graph::NodeId from, graph::NodeId to) {
    KG_ASSIGN_OR_RETURN(auto view, graph::CompactView::ForStore(*ctx->store));
    graph::TraversalSpec spec;
    spec.dir = ToGraphDir(lop_.dir);
    spec.types = lop_.types;
    spec.max_hops = lop_.max_hops < 0 ? static_cast<int>(std::max<size_t>(1, view->num_nodes()))
                                      : static_cast<int>(lop_.max_hops);
    if (lop_.all) {
      KG_ASSIGN_OR_RETURN(auto paths, view->AllShortestPaths(from, to, spec));
      for (const auto& p : paths) KG_RETURN_IF_ERROR(EmitPath(ctx, p.edges, p.nodes));
      return absl::OkStatus();
    }
    KG_ASSIGN_OR_RETURN(auto path, view->ShortestPath(from, to, spec));
    if (path) KG_RETURN_IF_ERROR(EmitPath(ctx, path->edges, path->nodes));
    return absl::OkStatus();
  }

  absl::Status Enumerate(ExecContext* ctx,
                         const std::unordered_map<graph::NodeId, std::vector<Parent>>& parents,
                         graph::NodeId start, std::vector<graph::EdgeId>* edges,
                         std::vector<graph::NodeId>* nodes) {
    graph::NodeId cur = nodes->back();
    if (cur == start) {
      std::vector<graph::EdgeId> e(edges->rbegin(), edges->rend());
      std::vector<graph::NodeId> n(nodes->rbegin(), nodes->rend());
      return EmitPath(ctx, e, n);
    }
    const auto& ps = parents.at(cur);
    for (const Parent& p : ps) {
      edges->push_back(p.edge);
      nodes->push_back(p.prev);
      KG_RETURN_IF_ERROR(Enumerate(ctx, parents, start, edges, nodes));
      edges->pop_back();
      nodes->pop_back();
      if (!lop_.all) break;
    }
    return absl::OkStatus();
  }

  absl::Status EmitPath(ExecContext* ctx, const std::vector<graph::EdgeId>& edges,
                        const std::vector<graph::NodeId>& nodes) {
    PathValue p;
    ValueList rels;
    for (graph::NodeId id : nodes) {
      KG_ASSIGN_OR_RETURN(auto n, ctx->reader->GetNode(id));
      if (!n) return absl::OkStatus();
      p.nodes.push_back(*NodeValue(*n).as_node());
    }
    for (graph::EdgeId id : edges) {
      KG_ASSIGN_OR_RETURN(auto e, ctx->reader->GetEdge(id));
      if (!e) return absl::OkStatus();
      Value v = EdgeValue(*e);
      p.edges.push_back(*v.as_edge());
      rels.push_back(std::move(v));
    }
    Row out = input_;
    out[lop_.rel_slot] = Value::List(std::move(rels));
    if (lop_.slot >= 0) out[lop_.slot] = Value::Path(std::move(p));
    pending_.push_back(std::move(out));
    return absl::OkStatus();
  }

  Row input_;
  std::vector<Row> pending_;
};

}  // namespace

std::unique_ptr<PhysicalOp> MakeShortestPathOp(const LogicalOp& lop) {
  return std::make_unique<ShortestPathOp>(lop);
}

}  // namespace kg::query
