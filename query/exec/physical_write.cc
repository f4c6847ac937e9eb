// The write operators CREATE, MERGE, SET, REMOVE and DELETE. Each is eager:
// it applies its clause to every input row before emitting any, so later
// clauses see all of its effects, and it then refreshes the nodes and
// relationships held by the buffered rows. Writes go through the
// statement's transaction.
#include <algorithm>
#include <set>

#include "absl/strings/str_cat.h"
#include "graph/status.h"
#include "query/exec/evaluator.h"
#include "query/exec/physical_op.h"
#include "query/internal/errors.h"

namespace kg::query {
namespace {

absl::StatusOr<graph::Properties> EvalProps(ExecContext* ctx, const Expr* map, const Row& row) {
  graph::Properties out;
  if (!map) return out;
  for (size_t i = 0; i < map->args.size(); ++i) {
    KG_ASSIGN_OR_RETURN(Value v, Evaluate(*map->args[i], row, ctx));
    if (v.is_null()) continue;
    KG_ASSIGN_OR_RETURN(out[map->keys[i]], ToProperty(v));
  }
  return out;
}

absl::Status NeedTxn(ExecContext* ctx) {
  if (!ctx->txn) return absl::FailedPreconditionError("the statement writes but has no transaction");
  return absl::OkStatus();
}

// A new edge whose provenance is the statement itself (doc "manual").
// Transaction::UpsertFact records a source but merges identical facts, so it
// is used only when no identical fact exists; otherwise (or when the type's
// required qualifiers are missing) the edge is created without a source.
absl::StatusOr<graph::EdgeId> CreateEdgeWithSource(ExecContext* ctx, graph::NodeId src,
                                                   const std::string& type, graph::NodeId dst,
                                                   const graph::Properties& props) {
  KG_ASSIGN_OR_RETURN(auto existing, ctx->txn->FindFact(src, type, dst, props));
  if (!existing) {
    graph::Source source;
    source.doc = graph::kManualDoc;
    source.sentence = ctx->statement;
    auto id = ctx->txn->UpsertFact(src, type, dst, props, source);
    if (id.ok() || id.status().code() != absl::StatusCode::kInvalidArgument) return id;
  }
  return ctx->txn->CreateEdge(src, type, dst, props);
}

// Creates the missing elements of `part` for `row`.
absl::Status CreatePart(ExecContext* ctx, const PatternPart& part, Row* row) {
  KG_RETURN_IF_ERROR(NeedTxn(ctx));
  for (const NodePattern& n : part.nodes) {
    Value& slot = (*row)[n.slot];
    if (slot.as_node()) continue;
    if (!n.var.empty() && n.bound_before && slot.is_null()) {
      return RuntimeError("SemanticError", "VariableAlreadyBound",
                          absl::StrCat("cannot create with `", n.var, "`, which is null"));
    }
    KG_ASSIGN_OR_RETURN(graph::Properties props, EvalProps(ctx, n.props.get(), *row));
    std::vector<std::string> labels = n.labels;
    std::sort(labels.begin(), labels.end());
    labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
    KG_ASSIGN_OR_RETURN(graph::NodeId id, ctx->txn->CreateNode(labels, props));
    ctx->effects.nodes_created++;
    ctx->effects.properties_set += static_cast<int64_t>(props.size());
    NodeRef r;
    r.id = id;
    r.labels = std::move(labels);
    r.props = std::move(props);
    slot = Value::Node(std::move(r));
  }
  for (size_t i = 0; i < part.rels.size(); ++i) {
    const RelPattern& rp = part.rels[i];
    const NodeRef* a = (*row)[part.nodes[i].slot].as_node();
    const NodeRef* b = (*row)[part.nodes[i + 1].slot].as_node();
    graph::NodeId src = rp.dir == RelDir::kIn ? b->id : a->id;
    graph::NodeId dst = rp.dir == RelDir::kIn ? a->id : b->id;
    KG_ASSIGN_OR_RETURN(graph::Properties props, EvalProps(ctx, rp.props.get(), *row));
    KG_ASSIGN_OR_RETURN(graph::EdgeId id, CreateEdgeWithSource(ctx, src, rp.types[0], dst, props));
    ctx->effects.relationships_created++;
    ctx->effects.properties_set += static_cast<int64_t>(props.size());
    EdgeRef r;
    r.id = id;
    r.src = src;
    r.dst = dst;
    r.type = rp.types[0];
    r.props = std::move(props);
    (*row)[rp.slot] = Value::Edge(std::move(r));
  }
  if (part.path_slot >= 0) {
    KG_ASSIGN_OR_RETURN((*row)[part.path_slot], BuildPathValue(ctx, part, *row));
  }
  return absl::OkStatus();
}

// Sets one property of a node or relationship, counting the change as the
// TCK does (a changed value is one removal and one addition).
absl::Status SetProp(ExecContext* ctx, const Value& owner, const std::string& key,
                     const Value& value) {
  KG_ASSIGN_OR_RETURN(graph::PropertyValue pv, ToProperty(value));
  graph::PropertyValue old;
  if (const NodeRef* n = owner.as_node()) {
    if (ctx->deleted_nodes.count(n->id)) return absl::OkStatus();
    KG_ASSIGN_OR_RETURN(auto cur, ctx->reader->GetNode(n->id));
    if (!cur) return absl::OkStatus();
    auto it = cur->props.find(key);
    if (it != cur->props.end()) old = it->second;
    if (old == pv) return absl::OkStatus();
    KG_RETURN_IF_ERROR(ctx->txn->SetNodeProperty(n->id, key, pv));
  } else if (const EdgeRef* e = owner.as_edge()) {
    if (ctx->deleted_edges.count(e->id)) return absl::OkStatus();
    KG_ASSIGN_OR_RETURN(auto cur, ctx->reader->GetEdge(e->id));
    if (!cur) return absl::OkStatus();
    auto it = cur->props.find(key);
    if (it != cur->props.end()) old = it->second;
    if (old == pv) return absl::OkStatus();
    KG_RETURN_IF_ERROR(ctx->txn->SetEdgeProperty(e->id, key, pv));
  } else if (owner.is_null()) {
    return absl::OkStatus();
  } else {
    return RuntimeError("TypeError", "InvalidArgumentType",
                        absl::StrCat("cannot set a property on ", ToCypherLiteral(owner)));
  }
  if (!old.is_null()) ctx->effects.properties_removed++;
  if (!pv.is_null()) ctx->effects.properties_set++;
  return absl::OkStatus();
}

absl::StatusOr<graph::Properties> CurrentProps(ExecContext* ctx, const Value& owner) {
  if (const NodeRef* n = owner.as_node()) {
    KG_ASSIGN_OR_RETURN(auto cur, ctx->reader->GetNode(n->id));
    if (cur) return cur->props;
  } else if (const EdgeRef* e = owner.as_edge()) {
    KG_ASSIGN_OR_RETURN(auto cur, ctx->reader->GetEdge(e->id));
    if (cur) return cur->props;
  }
  return graph::Properties();
}

absl::Status ApplySetItems(ExecContext* ctx, const std::vector<SetItem>& items, bool remove,
                           Row* row) {
  KG_RETURN_IF_ERROR(NeedTxn(ctx));
  for (const SetItem& it : items) {
    if (it.kind == SetKind::kProperty) {
      KG_ASSIGN_OR_RETURN(Value owner, Evaluate(*it.target->args[0], *row, ctx));
      Value v;
      if (!remove) {
        KG_ASSIGN_OR_RETURN(v, Evaluate(*it.value, *row, ctx));
      }
      KG_RETURN_IF_ERROR(SetProp(ctx, owner, it.target->name, v));
      continue;
    }
    KG_ASSIGN_OR_RETURN(Value owner, Evaluate(*it.target, *row, ctx));
    if (owner.is_null()) continue;
    if (it.kind == SetKind::kLabels) {
      const NodeRef* n = owner.as_node();
      if (!n) {
        return RuntimeError("TypeError", "InvalidArgumentType", "labels belong to nodes");
      }
      KG_ASSIGN_OR_RETURN(auto cur, ctx->reader->GetNode(n->id));
      if (!cur) continue;
      for (const auto& l : it.labels) {
        bool has = std::find(cur->labels.begin(), cur->labels.end(), l) != cur->labels.end();
        if (remove && has) {
          KG_RETURN_IF_ERROR(ctx->txn->RemoveLabel(n->id, l));
          ctx->effects.labels_removed++;
        } else if (!remove && !has) {
          KG_RETURN_IF_ERROR(ctx->txn->AddLabel(n->id, l));
          ctx->effects.labels_added++;
          cur->labels.push_back(l);
        }
      }
      continue;
    }
    // n = map / n += map
    KG_ASSIGN_OR_RETURN(Value v, Evaluate(*it.value, *row, ctx));
    ValueMap m;
    if (const ValueMap* vm = v.as_map()) {
      m = *vm;
    } else if (const NodeRef* n = v.as_node()) {
      for (const auto& [k, p] : n->props) m[k] = Value::FromProperty(p);
    } else if (const EdgeRef* e = v.as_edge()) {
      for (const auto& [k, p] : e->props) m[k] = Value::FromProperty(p);
    } else if (!v.is_null()) {
      return RuntimeError("TypeError", "InvalidArgumentType",
                          absl::StrCat("SET needs a map, got ", ToCypherLiteral(v)));
    }
    if (it.kind == SetKind::kReplaceMap) {
      KG_ASSIGN_OR_RETURN(graph::Properties cur, CurrentProps(ctx, owner));
      for (const auto& [k, p] : cur) {
        if (!m.count(k)) KG_RETURN_IF_ERROR(SetProp(ctx, owner, k, Value()));
      }
    }
    for (const auto& [k, x] : m) KG_RETURN_IF_ERROR(SetProp(ctx, owner, k, x));
  }
  return absl::OkStatus();
}

// Re-reads the nodes and relationships of a row after writes.
absl::Status Refresh(ExecContext* ctx, Row* row) {
  for (Value& v : *row) {
    if (const NodeRef* n = v.as_node()) {
      if (ctx->deleted_nodes.count(n->id)) continue;
      KG_ASSIGN_OR_RETURN(auto cur, ctx->reader->GetNode(n->id));
      if (cur) v = NodeValue(*cur);
    } else if (const EdgeRef* e = v.as_edge()) {
      if (ctx->deleted_edges.count(e->id)) continue;
      KG_ASSIGN_OR_RETURN(auto cur, ctx->reader->GetEdge(e->id));
      if (cur) v = EdgeValue(*cur);
    }
  }
  return absl::OkStatus();
}

class WriteOp : public PhysicalOp {
 public:
  using PhysicalOp::PhysicalOp;
  absl::Status Reset(ExecContext* ctx) override {
    done_ = false;
    out_.clear();
    return PhysicalOp::Reset(ctx);
  }

 protected:
  absl::StatusOr<bool> NextImpl(ExecContext* ctx, Row* row) override {
    if (!done_) {
      Row r;
      std::vector<Row> in;
      while (true) {
        KG_RETURN_IF_ERROR(ctx->Tick());
        KG_ASSIGN_OR_RETURN(bool more, child()->Next(ctx, &r));
        if (!more) break;
        KG_RETURN_IF_ERROR(ctx->AddMemory(ApproxRowBytes(r)));
        in.push_back(std::move(r));
      }
      KG_RETURN_IF_ERROR(Apply(ctx, &in));
      for (Row& x : out_) KG_RETURN_IF_ERROR(Refresh(ctx, &x));
      done_ = true;
      pos_ = 0;
    }
    if (pos_ >= out_.size()) return false;
    *row = std::move(out_[pos_++]);
    return true;
  }

 private:
  absl::Status Apply(ExecContext* ctx, std::vector<Row>* in) {
    const Clause& c = *lop_.clause;
    switch (lop_.kind) {
      case LogicalKind::kCreate:
        for (Row& r : *in) {
          for (const auto& part : c.pattern) KG_RETURN_IF_ERROR(CreatePart(ctx, *part, &r));
          out_.push_back(std::move(r));
        }
        return absl::OkStatus();
      case LogicalKind::kSet:
      case LogicalKind::kRemove:
        for (Row& r : *in) {
          KG_RETURN_IF_ERROR(ApplySetItems(ctx, c.set_items, lop_.kind == LogicalKind::kRemove, &r));
          out_.push_back(std::move(r));
        }
        return absl::OkStatus();
      case LogicalKind::kMerge:
        return Merge(ctx, in);
      case LogicalKind::kDelete:
        return Delete(ctx, in);
      default:
        return absl::InternalError("not a write operator");
    }
  }

  absl::Status Merge(ExecContext* ctx, std::vector<Row>* in) {
    const Clause& c = *lop_.clause;
    PhysicalOp* inner = children_[1].get();
    for (Row& r : *in) {
      FindArgument(inner)->SetArgument(&r);
      KG_RETURN_IF_ERROR(inner->Reset(ctx));
      std::vector<Row> found;
      Row m;
      while (true) {
        KG_ASSIGN_OR_RETURN(bool more, inner->Next(ctx, &m));
        if (!more) break;
        found.push_back(std::move(m));
      }
      if (found.empty()) {
        KG_RETURN_IF_ERROR(CreatePart(ctx, *lop_.part, &r));
        KG_RETURN_IF_ERROR(ApplySetItems(ctx, c.on_create, false, &r));
        out_.push_back(std::move(r));
      } else {
        for (Row& f : found) {
          KG_RETURN_IF_ERROR(ApplySetItems(ctx, c.on_match, false, &f));
          out_.push_back(std::move(f));
        }
      }
    }
    return absl::OkStatus();
  }

  absl::Status Delete(ExecContext* ctx, std::vector<Row>* in) {
    KG_RETURN_IF_ERROR(NeedTxn(ctx));
    const Clause& c = *lop_.clause;
    std::set<graph::NodeId> nodes;
    std::set<graph::EdgeId> edges;
    for (Row& r : *in) {
      for (const auto& e : c.exprs) {
        KG_ASSIGN_OR_RETURN(Value v, Evaluate(*e, r, ctx));
        if (v.is_null()) continue;
        if (const NodeRef* n = v.as_node()) {
          nodes.insert(n->id);
        } else if (const EdgeRef* x = v.as_edge()) {
          edges.insert(x->id);
        } else if (const PathValue* p = v.as_path()) {
          for (const auto& n : p->nodes) nodes.insert(n.id);
          for (const auto& x : p->edges) edges.insert(x.id);
        } else {
          return RuntimeError("TypeError", "InvalidArgumentType",
                              absl::StrCat("DELETE needs a node, relationship or path, got ",
                                           ToCypherLiteral(v)));
        }
      }
      out_.push_back(std::move(r));
    }
    for (graph::EdgeId id : edges) {
      if (ctx->deleted_edges.count(id)) continue;
      KG_ASSIGN_OR_RETURN(auto e, ctx->reader->GetEdge(id));
      if (!e) continue;
      KG_RETURN_IF_ERROR(ctx->txn->DeleteEdge(id));
      ctx->deleted_edges.insert(id);
      ctx->effects.relationships_deleted++;
      ctx->effects.properties_removed += static_cast<int64_t>(e->props.size());
    }
    for (graph::NodeId id : nodes) {
      if (ctx->deleted_nodes.count(id)) continue;
      KG_ASSIGN_OR_RETURN(auto n, ctx->reader->GetNode(id));
      if (!n) continue;
      std::vector<graph::EdgeId> incident;
      KG_RETURN_IF_ERROR(ctx->reader->ForEachAdjacent(
          id, graph::Direction::kBoth, "", [&](const graph::Adjacent& a) {
            if (!ctx->deleted_edges.count(a.edge) &&
                std::find(incident.begin(), incident.end(), a.edge) == incident.end()) {
              incident.push_back(a.edge);
            }
            return true;
          }));
      if (!incident.empty() && !c.detach) {
        return RuntimeError("ConstraintVerificationFailed", "DeleteConnectedNode",
                            absl::StrCat("node ", id, " still has ", incident.size(),
                                         " relationships; use DETACH DELETE"));
      }
      for (graph::EdgeId e : incident) {
        KG_ASSIGN_OR_RETURN(auto edge, ctx->reader->GetEdge(e));
        if (edge) ctx->effects.properties_removed += static_cast<int64_t>(edge->props.size());
        ctx->deleted_edges.insert(e);
        ctx->effects.relationships_deleted++;
      }
      KG_RETURN_IF_ERROR(ctx->txn->DeleteNode(id, /*detach=*/true));
      ctx->deleted_nodes.insert(id);
      ctx->effects.nodes_deleted++;
      ctx->effects.properties_removed += static_cast<int64_t>(n->props.size());
    }
    return absl::OkStatus();
  }

  bool done_ = false;
  std::vector<Row> out_;
  size_t pos_ = 0;
};

}  // namespace

std::unique_ptr<PhysicalOp> MakeWriteOp(const LogicalOp& lop) {
  return std::make_unique<WriteOp>(lop);
}

}  // namespace kg::query
