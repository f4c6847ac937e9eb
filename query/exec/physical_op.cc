#include "query/exec/physical_op.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "graph/status.h"
#include "query/exec/evaluator.h"
#include "query/internal/errors.h"
#include "re2/re2.h"

namespace kg::query {

ExecContext::ExecContext() = default;
ExecContext::~ExecContext() = default;

absl::Status ExecContext::CheckDeadline() {
  if (limits.cancel != nullptr && limits.cancel->load(std::memory_order_relaxed)) {
    return absl::CancelledError("Interrupted: the statement was cancelled");
  }
  if (std::chrono::steady_clock::now() > deadline) {
    return absl::DeadlineExceededError(absl::StrCat(
        "TimeLimit: the statement ran longer than ", limits.timeout_ms,
        " ms (raise the limit, e.g. kg query --timeout-ms, or bound variable-length "
        "patterns: [*..4] instead of [*])"));
  }
  return absl::OkStatus();
}

absl::Status ExecContext::AddMemory(int64_t bytes) {
  mem_bytes_ += bytes;
  if (mem_bytes_ > static_cast<int64_t>(limits.max_memory_mb) * 1024 * 1024) {
    return absl::ResourceExhaustedError(absl::StrCat(
        "MemoryLimit: the statement's intermediate results exceed ", limits.max_memory_mb,
        " MB"));
  }
  return absl::OkStatus();
}

namespace {
int64_t ApproxValueBytes(const Value& v) {
  int64_t b = sizeof(Value);
  if (const std::string* s = v.as_string()) b += s->size();
  else if (const ValueList* l = v.as_list()) for (const auto& x : *l) b += ApproxValueBytes(x);
  else if (v.as_node() || v.as_edge() || v.as_map() || v.as_path()) b += 128;
  return b;
}
}  // namespace

int64_t ApproxRowBytes(const Row& row) {
  int64_t b = 0;
  for (const Value& v : row) b += ApproxValueBytes(v);
  return b;
}

Value NodeValue(const graph::Node& n) {
  NodeRef r;
  r.id = n.id;
  r.labels = n.labels;
  r.props = n.props;
  return Value::Node(std::move(r));
}

Value EdgeValue(const graph::Edge& e) {
  EdgeRef r;
  r.id = e.id;
  r.src = e.src;
  r.dst = e.dst;
  r.type = e.type;
  r.props = e.props;
  return Value::Edge(std::move(r));
}

absl::StatusOr<graph::PropertyValue> ToProperty(const Value& v) {
  if (v.is_null()) return graph::PropertyValue();
  if (const bool* b = v.as_bool()) return graph::PropertyValue(*b);
  if (const int64_t* i = v.as_int()) return graph::PropertyValue(*i);
  if (const double* d = v.as_float()) return graph::PropertyValue(*d);
  if (const std::string* s = v.as_string()) return graph::PropertyValue(*s);
  if (const ValueList* l = v.as_list()) {
    graph::PropertyValue::List out;
    for (const Value& x : *l) {
      if (x.as_list() || x.is_null()) {
        return RuntimeError("TypeError", "InvalidPropertyType",
                            "a property list holds only booleans, numbers and strings");
      }
      KG_ASSIGN_OR_RETURN(auto p, ToProperty(x));
      out.push_back(std::move(p));
    }
    return graph::PropertyValue(std::move(out));
  }
  return RuntimeError("TypeError", "InvalidPropertyType",
                      absl::StrCat("cannot store ", ToCypherLiteral(v), " as a property"));
}

absl::StatusOr<bool> PhysicalOp::Next(ExecContext* ctx, Row* row) {
  if (!ctx->profile) {
    auto r = NextImpl(ctx, row);
    if (r.ok() && *r) ++rows_;
    return r;
  }
  auto t0 = std::chrono::steady_clock::now();
  auto r = NextImpl(ctx, row);
  ns_ += std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t0).count();
  if (r.ok() && *r) ++rows_;
  return r;
}

absl::StatusOr<bool> ArgumentOp::NextImpl(ExecContext* ctx, Row* row) {
  if (done_) return false;
  done_ = true;
  if (arg_) {
    *row = *arg_;
  } else {
    row->assign(ctx->num_slots, Value());
  }
  return true;
}

ArgumentOp* FindArgument(PhysicalOp* op) {
  while (op->logical().kind != LogicalKind::kArgument) op = op->children()[0].get();
  return static_cast<ArgumentOp*>(op);
}

std::unique_ptr<PhysicalOp> BuildPhysical(const LogicalOp& lop) {
  std::unique_ptr<PhysicalOp> op;
  switch (lop.kind) {
    case LogicalKind::kArgument:
      op = std::make_unique<ArgumentOp>(lop);
      break;
    case LogicalKind::kNodeScan:
    case LogicalKind::kNodeById:
      op = MakeScanOp(lop);
      break;
    case LogicalKind::kExpand:
      op = MakeExpandOp(lop);
      break;
    case LogicalKind::kVarExpand:
      op = MakeVarExpandOp(lop);
      break;
    case LogicalKind::kShortestPath:
      op = MakeShortestPathOp(lop);
      break;
    case LogicalKind::kFilter:
    case LogicalKind::kOptional:
    case LogicalKind::kUnwind:
    case LogicalKind::kBuildPath:
      op = MakeFilterOp(lop);
      break;
    case LogicalKind::kAggregate:
      op = MakeAggregateOp(lop);
      break;
    case LogicalKind::kProject:
    case LogicalKind::kDistinct:
    case LogicalKind::kSort:
    case LogicalKind::kSkip:
    case LogicalKind::kLimit:
    case LogicalKind::kUnion:
    case LogicalKind::kProduce:
      op = MakeProjectionOp(lop);
      break;
    case LogicalKind::kNeighbourCount:
      op = MakeNeighbourCountOp(lop);
      break;
    case LogicalKind::kCreate:
    case LogicalKind::kMerge:
    case LogicalKind::kSet:
    case LogicalKind::kRemove:
    case LogicalKind::kDelete:
      op = MakeWriteOp(lop);
      break;
  }
  for (const auto& c : lop.children) op->children_.push_back(BuildPhysical(*c));
  return op;
}

namespace {
void Profile(PhysicalOp& op, int depth, std::string* out) {
  absl::StrAppend(out, std::string(depth * 2, ' '), LogicalKindName(op.logical().kind),
                  absl::StrFormat("  rows=%d time=%.3fms", op.rows(), op.ms()), "\n");
  for (auto& c : op.children()) Profile(*c, depth + 1, out);
}
}  // namespace

std::string ProfileText(PhysicalOp& root) {
  std::string out;
  Profile(root, 0, &out);
  return out;
}

absl::StatusOr<bool> MatchProps(ExecContext* ctx, const Expr* props,
                                const graph::Properties& have, const Row& row) {
  if (!props) return true;
  for (size_t i = 0; i < props->args.size(); ++i) {
    KG_ASSIGN_OR_RETURN(Value want, Evaluate(*props->args[i], row, ctx));
    auto it = have.find(props->keys[i]);
    if (it == have.end()) return false;
    std::optional<bool> eq = Equals(Value::FromProperty(it->second), want);
    if (!eq.value_or(false)) return false;
  }
  return true;
}

absl::StatusOr<bool> CheckNode(ExecContext* ctx, const NodeCheck& check, const NodeRef& n,
                               const Row& row) {
  for (const auto& l : check.labels) {
    if (std::find(n.labels.begin(), n.labels.end(), l) == n.labels.end()) return false;
  }
  return MatchProps(ctx, check.props, n.props, row);
}

absl::StatusOr<Value> BuildPathValue(ExecContext* ctx, const PatternPart& part, const Row& row) {
  PathValue p;
  const Value& first = row[part.nodes[0].slot];
  if (first.is_null()) return Value::Null();
  p.nodes.push_back(*first.as_node());
  for (size_t i = 0; i < part.rels.size(); ++i) {
    const Value& rv = row[part.rels[i].slot];
    if (rv.is_null()) return Value::Null();
    std::vector<const EdgeRef*> edges;
    if (const EdgeRef* e = rv.as_edge()) {
      edges.push_back(e);
    } else if (const ValueList* l = rv.as_list()) {
      for (const Value& x : *l) edges.push_back(x.as_edge());
    }
    for (size_t k = 0; k < edges.size(); ++k) {
      const EdgeRef* e = edges[k];
      graph::NodeId cur = p.nodes.back().id;
      graph::NodeId next = e->src == cur ? e->dst : e->src;
      p.edges.push_back(*e);
      if (k + 1 == edges.size()) {
        const Value& nv = row[part.nodes[i + 1].slot];
        if (nv.is_null()) return Value::Null();
        p.nodes.push_back(*nv.as_node());
      } else {
        KG_ASSIGN_OR_RETURN(auto node, ctx->reader->GetNode(next));
        if (!node) return absl::InternalError("path node vanished");
        NodeRef r;
        r.id = node->id;
        r.labels = node->labels;
        r.props = node->props;
        p.nodes.push_back(std::move(r));
      }
    }
  }
  return Value::Path(std::move(p));
}

}  // namespace kg::query
