// Engine::Prepare / Execute: the one place where parser, binder, planner,
// optimizer and executor meet.
#include "query/engine.h"

#include <chrono>
#include <list>
#include <mutex>
#include <unordered_map>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "graph/status.h"
#include "query/binder/binder.h"
#include "query/exec/physical_op.h"
#include "query/internal/errors.h"
#include "query/optimizer/optimizer.h"
#include "query/parser/parser.h"
#include "query/planner/planner.h"

namespace kg::query {

class PreparedStatement {
 public:
  Statement statement;
  BoundStatement bound;
  LogicalOpPtr plan;
  double parse_ms = 0, plan_ms = 0;
};

namespace {

using Clock = std::chrono::steady_clock;
double Ms(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

constexpr size_t kCacheSize = 256;

}  // namespace

struct Engine::Impl {
  graph::GraphStore* store;
  std::mutex mu;
  std::list<std::string> lru;
  std::unordered_map<std::string,
                     std::pair<std::shared_ptr<PreparedStatement>, std::list<std::string>::iterator>>
      cache;
};

Engine::Engine(graph::GraphStore* store) : impl_(std::make_unique<Impl>()) {
  impl_->store = store;
}
Engine::~Engine() = default;

absl::StatusOr<std::shared_ptr<PreparedStatement>> Engine::Prepare(std::string_view statement) {
  auto t0 = Clock::now();
  auto p = std::make_shared<PreparedStatement>();
  KG_ASSIGN_OR_RETURN(p->statement, Parse(absl::string_view(statement.data(), statement.size())));
  auto t1 = Clock::now();
  KG_RETURN_IF_ERROR(Bind(p->statement, &p->bound));
  KG_ASSIGN_OR_RETURN(p->plan, PlanStatement(p->statement, p->bound));
  Optimize(p->plan);
  auto t2 = Clock::now();
  p->parse_ms = Ms(t0, t1);
  p->plan_ms = Ms(t1, t2);
  return p;
}

bool StatementWrites(const PreparedStatement& prepared) { return prepared.bound.writes; }
std::vector<std::string> StatementColumns(const PreparedStatement& prepared) {
  return prepared.bound.queries[0].columns;
}

absl::StatusOr<Result> Engine::Execute(const PreparedStatement& prepared, const Params& params,
                                       const Limits& limits) {
  Result result;
  result.parse_ms = prepared.parse_ms;
  result.plan_ms = prepared.plan_ms;
  const Statement& st = prepared.statement;
  result.columns = prepared.bound.queries[0].columns;
  for (const auto& q : st.queries) {
    const Clause& last = q.clauses.back();
    if (last.kind == ClauseKind::kReturn && !last.proj.order_by.empty()) result.ordered = true;
  }
  if (st.explain) {
    result.plan = ExplainPlan(*prepared.plan);
    return result;
  }
  auto t0 = Clock::now();
  ExecContext ctx;
  ctx.params = &params;
  ctx.store = impl_->store;
  ctx.limits = limits;
  ctx.deadline = t0 + std::chrono::milliseconds(limits.timeout_ms);
  ctx.num_slots = prepared.bound.slots.size();
  ctx.profile = st.profile;
  ctx.statement = st.text;
  std::unique_ptr<graph::Transaction> txn;
  if (!impl_->store) return absl::FailedPreconditionError("the engine has no database");
  if (prepared.bound.writes) {
    auto t = impl_->store->Begin();
    if (!t.ok()) {
      return absl::FailedPreconditionError(absl::StrCat(
          "the statement writes, but the database cannot be written: ", t.status().message()));
    }
    txn = std::move(t).value();
    ctx.txn = txn.get();
    ctx.reader = txn.get();
  } else {
    ctx.reader = impl_->store;
  }
  std::vector<std::string> labels_before;
  if (txn) {
    auto l = txn->Labels();
    if (l.ok()) labels_before = *l;
  }
  std::unique_ptr<PhysicalOp> root = BuildPhysical(*prepared.plan);
  absl::Status status = root->Reset(&ctx);
  const std::vector<int>& slots = prepared.plan->slots;
  Row row;
  while (status.ok()) {
    auto more = root->Next(&ctx, &row);
    if (!more.ok()) {
      status = more.status();
      break;
    }
    if (!*more) break;
    if (result.columns.empty()) continue;  // no RETURN: no rows
    std::vector<Value> out;
    out.reserve(slots.size());
    for (int s : slots) out.push_back(std::move(row[s]));
    result.rows.push_back(std::move(out));
  }
  if (!status.ok()) {
    if (txn) txn->Rollback();
    return status;
  }
  if (txn) {
    auto l = txn->Labels();
    if (l.ok()) {
      // The TCK counts label names that appear in or vanish from the graph.
      int64_t added = 0, removed = 0;
      for (const auto& x : *l) {
        if (std::find(labels_before.begin(), labels_before.end(), x) == labels_before.end()) ++added;
      }
      for (const auto& x : labels_before) {
        if (std::find(l->begin(), l->end(), x) == l->end()) ++removed;
      }
      ctx.effects.labels_added = added;
      ctx.effects.labels_removed = removed;
    }
    KG_RETURN_IF_ERROR(txn->Commit());
  }
  result.effects = ctx.effects;
  result.execute_ms = Ms(t0, Clock::now());
  if (st.profile) result.plan = ProfileText(*root);
  return result;
}

absl::StatusOr<Result> Engine::Execute(std::string_view statement, const Params& params,
                                       const Limits& limits) {
  std::shared_ptr<PreparedStatement> p;
  std::string key(statement);
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    auto it = impl_->cache.find(key);
    if (it != impl_->cache.end()) {
      impl_->lru.splice(impl_->lru.begin(), impl_->lru, it->second.second);
      p = it->second.first;
    }
  }
  if (!p) {
    KG_ASSIGN_OR_RETURN(p, Prepare(statement));
    std::lock_guard<std::mutex> lock(impl_->mu);
    if (!impl_->cache.count(key)) {
      impl_->lru.push_front(key);
      impl_->cache[key] = {p, impl_->lru.begin()};
      if (impl_->cache.size() > kCacheSize) {
        impl_->cache.erase(impl_->lru.back());
        impl_->lru.pop_back();
      }
    }
  }
  auto r = Execute(*p, params, limits);
  return r;
}

std::optional<ErrorPosition> GetErrorPosition(const absl::Status& status) {
  auto payload = status.GetPayload(kPositionPayload);
  if (!payload) return std::nullopt;
  std::vector<std::string> parts = absl::StrSplit(std::string(*payload), ':');
  ErrorPosition pos;
  if (parts.size() != 2 || !absl::SimpleAtoi(parts[0], &pos.line) ||
      !absl::SimpleAtoi(parts[1], &pos.column)) {
    return std::nullopt;
  }
  return pos;
}

std::string FormatErrorWithCaret(const absl::Status& status, std::string_view statement) {
  std::string out(status.message());
  auto pos = GetErrorPosition(status);
  if (!pos) return out;
  std::vector<absl::string_view> lines =
      absl::StrSplit(absl::string_view(statement.data(), statement.size()), '\n');
  if (pos->line == 0 || pos->line > lines.size()) return out;
  absl::string_view line = lines[pos->line - 1];
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  absl::StrAppend(&out, "\n  ", line, "\n  ");
  // The caret sits under the column-th code point; tabs are kept as tabs.
  uint32_t col = 1;
  for (size_t i = 0; i < line.size() && col < pos->column; ++i) {
    unsigned char c = line[i];
    if ((c & 0xC0) == 0x80) continue;
    out.push_back(c == '\t' ? '\t' : ' ');
    ++col;
  }
  out.push_back('^');
  return out;
}

}  // namespace kg::query
