// Engine-level behaviour: Prepare/Execute, parameters, errors with
// positions, side-effect counters, limits, EXPLAIN/PROFILE, the cache.
#include "query/engine.h"

#include <gtest/gtest.h>

#include "graph/graph_store.h"

namespace kg::query {
namespace {

class EngineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    graph::Options o;
    o.in_memory = true;
    auto s = graph::GraphStore::Open("/engine_test_db", o);
    ASSERT_TRUE(s.ok()) << s.status();
    store_ = std::move(s).value();
    engine_ = std::make_unique<Engine>(store_.get());
  }
  Result Run(const std::string& q, const Params& p = {}) {
    auto r = engine_->Execute(q, p);
    EXPECT_TRUE(r.ok()) << q << "\n" << r.status();
    return r.ok() ? *r : Result{};
  }
  std::vector<std::string> Rows(const Result& r) {
    std::vector<std::string> out;
    for (const auto& row : r.rows) {
      std::string line;
      for (size_t i = 0; i < row.size(); ++i) line += (i ? " | " : "") + ToCypherLiteral(row[i]);
      out.push_back(line);
    }
    return out;
  }
  std::unique_ptr<graph::GraphStore> store_;
  std::unique_ptr<Engine> engine_;
};

TEST_F(EngineTest, CreateThenMatchReturnsNodesAndCounts) {
  Result c = Run("CREATE (:A {name: 'a'})-[:T {w: 1}]->(:B {name: 'b'})");
  EXPECT_EQ(c.effects.nodes_created, 2);
  EXPECT_EQ(c.effects.relationships_created, 1);
  EXPECT_EQ(c.effects.properties_set, 3);
  EXPECT_EQ(c.effects.labels_added, 2);
  Result r = Run("MATCH (a:A)-[r:T]->(b) RETURN a.name, type(r), r.w, b.name");
  EXPECT_EQ(r.columns, (std::vector<std::string>{"a.name", "type(r)", "r.w", "b.name"}));
  EXPECT_EQ(Rows(r), (std::vector<std::string>{"'a' | 'T' | 1 | 'b'"}));
  EXPECT_EQ(Rows(Run("MATCH (b:B)<-[:T]-(a) RETURN a.name AS x")),
            (std::vector<std::string>{"'a'"}));
  EXPECT_EQ(Rows(Run("MATCH (b:B)-[:T]->(a) RETURN a")).size(), 0u);
  EXPECT_EQ(Rows(Run("MATCH (x)--(y) RETURN x.name, y.name ORDER BY x.name")),
            (std::vector<std::string>{"'a' | 'b'", "'b' | 'a'"}));
}

TEST_F(EngineTest, AggregationGroupsImplicitly) {
  Run("UNWIND range(1, 6) AS i CREATE (:N {k: i % 2, v: i})");
  EXPECT_EQ(Rows(Run("MATCH (n:N) RETURN n.k AS k, count(*) AS c, sum(n.v) AS s, "
                     "collect(n.v) AS l ORDER BY k")),
            (std::vector<std::string>{"0 | 3 | 12 | [2, 4, 6]", "1 | 3 | 9 | [1, 3, 5]"}));
  EXPECT_EQ(Rows(Run("MATCH (n:N) RETURN count(DISTINCT n.k), min(n.v), max(n.v), avg(n.v)")),
            (std::vector<std::string>{"2 | 1 | 6 | 3.5"}));
  EXPECT_EQ(Rows(Run("MATCH (n:Missing) RETURN count(*)")), (std::vector<std::string>{"0"}));
}

TEST_F(EngineTest, ParametersAndIdSeek) {
  Run("CREATE (:P {name: 'x'}), (:P {name: 'y'})");
  Result all = Run("MATCH (n:P) RETURN id(n) AS i ORDER BY n.name");
  ASSERT_EQ(all.rows.size(), 2u);
  Params p{{"id", all.rows[1][0]}};
  EXPECT_EQ(Rows(Run("MATCH (n) WHERE id(n) = $id RETURN n.name", p)),
            (std::vector<std::string>{"'y'"}));
  auto plan = engine_->Execute("EXPLAIN MATCH (n) WHERE id(n) = $id RETURN n.name", p);
  ASSERT_TRUE(plan.ok());
  EXPECT_NE(plan->plan.find("NodeById"), std::string::npos) << plan->plan;
  auto missing = engine_->Execute("RETURN $nope");
  EXPECT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("ParameterMissing"), std::string::npos);
}

TEST_F(EngineTest, SyntaxErrorHasPositionAndCaret) {
  std::string q = "MATCH (n)\nRETURN n.name AS, 1";
  auto r = engine_->Execute(q);
  ASSERT_FALSE(r.ok());
  auto pos = GetErrorPosition(r.status());
  ASSERT_TRUE(pos.has_value());
  EXPECT_EQ(pos->line, 2u);
  EXPECT_EQ(pos->column, 17u);
  std::string msg = FormatErrorWithCaret(r.status(), q);
  EXPECT_NE(msg.find("SyntaxError"), std::string::npos);
  EXPECT_NE(msg.find("RETURN n.name AS, 1\n                  ^"), std::string::npos) << msg;
}

TEST_F(EngineTest, SemanticErrorsNameTheVariable) {
  auto r = engine_->Execute("MATCH ()-[r]-() MATCH (r) RETURN r");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("VariableTypeConflict"), std::string::npos);
  EXPECT_NE(r.status().message().find("`r`"), std::string::npos);
  r = engine_->Execute("RETURN missing");
  EXPECT_NE(r.status().message().find("UndefinedVariable: variable `missing`"), std::string::npos);
  r = engine_->Execute("RETURN 1 AND true");
  EXPECT_NE(r.status().message().find("InvalidArgumentType"), std::string::npos);
}

TEST_F(EngineTest, FailedStatementLeavesNoWrites) {
  auto r = engine_->Execute("CREATE (:X) WITH 1 AS one RETURN 1 / 0");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(Rows(Run("MATCH (n:X) RETURN count(n)")), (std::vector<std::string>{"0"}));
}

TEST_F(EngineTest, RowAndTimeLimitsEndTheQuery) {
  Run("UNWIND range(1, 50) AS i CREATE (:L {i: i})");
  Limits lim;
  lim.max_rows = 10;
  auto r = engine_->Execute("MATCH (a:L), (b:L) RETURN a.i, b.i", {}, lim);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kResourceExhausted);
  lim = Limits();
  lim.timeout_ms = 0;
  r = engine_->Execute("MATCH (a:L), (b:L), (c:L) RETURN count(*)", {}, lim);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kDeadlineExceeded);
  lim = Limits();
  lim.max_memory_mb = 1;
  r = engine_->Execute("MATCH (a:L), (b:L), (c:L) RETURN a.i, b.i, c.i ORDER BY a.i", {}, lim);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kResourceExhausted);
}

TEST_F(EngineTest, ProfileCountsRowsPerOperator) {
  Run("UNWIND range(1, 5) AS i CREATE (:Q {i: i})");
  Result r = Run("PROFILE MATCH (n:Q) WHERE n.i > 2 RETURN n.i");
  EXPECT_EQ(r.rows.size(), 3u);
  EXPECT_NE(r.plan.find("NodeScan  rows=5"), std::string::npos) << r.plan;
  EXPECT_NE(r.plan.find("Filter  rows=3"), std::string::npos) << r.plan;
}

}  // namespace
}  // namespace kg::query

namespace kg::query {
namespace {

// The neighbour_count pass must give the same answers as the plain plan,
// on the compact view (read statements) and on a transaction (writes).
TEST_F(EngineTest, NeighbourCountMatchesThePlainPlan) {
  Run("UNWIND range(0, 29) AS i CREATE (:V {i: i})");
  Run("MATCH (a:V), (b:V) WHERE b.i = (a.i * 7 + 3) % 30 OR b.i = (a.i + 1) % 30 "
      "CREATE (a)-[:E]->(b)");
  Run("MATCH (a:V {i: 0}), (b:V {i: 1}) CREATE (a)-[:F]->(b)");
  const std::vector<std::string> queries = {
      "MATCH (a)-[]-(b) WHERE id(a) = $id AND id(b) <> $id RETURN count(DISTINCT b) AS c",
      "MATCH (a)-[*1..2]-(b) WHERE id(a) = $id AND id(b) <> $id RETURN count(DISTINCT b) AS c",
      "MATCH (a)-[:E*1..3]->(b) WHERE id(a) = $id AND id(b) <> $id RETURN count(DISTINCT b) AS c"};
  Result ids = Run("MATCH (n:V) RETURN id(n) ORDER BY n.i");
  ASSERT_EQ(ids.rows.size(), 30u);
  auto plan = engine_->Execute("EXPLAIN " + queries[1]);
  ASSERT_TRUE(plan.ok());
  EXPECT_NE(plan->plan.find("NeighbourCount"), std::string::npos) << plan->plan;
  setenv("KG_QUERY_DISABLE_PASSES", "neighbour_count", 1);
  Engine plain(store_.get());
  unsetenv("KG_QUERY_DISABLE_PASSES");
  for (const auto& q : queries) {
    for (size_t k = 0; k < ids.rows.size(); k += 7) {
      Params p{{"id", ids.rows[k][0]}};
      auto fast = engine_->Execute(q, p);
      auto slow = plain.Execute(q, p);
      ASSERT_TRUE(fast.ok() && slow.ok()) << q;
      EXPECT_EQ(ToCypherLiteral(fast->rows[0][0]), ToCypherLiteral(slow->rows[0][0]))
          << q << " id " << ToCypherLiteral(ids.rows[k][0]);
    }
  }
  // A statement that writes counts through its transaction.
  Params p{{"id", ids.rows[0][0]}};
  Result w = Run("CREATE (x:W) WITH x MATCH (a)-[]-(b) WHERE id(a) = $id AND id(b) <> $id "
                 "RETURN count(DISTINCT b) AS c", p);
  Result r = Run(queries[0], p);
  EXPECT_EQ(ToCypherLiteral(w.rows[0][0]), ToCypherLiteral(r.rows[0][0]));
  // A missing start node counts nothing.
  Params none{{"id", Value::Int(987654321)}};
  EXPECT_EQ(Rows(Run(queries[1], none)), (std::vector<std::string>{"0"}));
}

}  // namespace
}  // namespace kg::query
