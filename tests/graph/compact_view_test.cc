#include "graph/compact_view.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <deque>
#include <filesystem>
#include <map>
#include <random>
#include <set>

#include "graph/bulk_load.h"
#include "graph/graph_store.h"

namespace kg::graph {
namespace {

std::unique_ptr<GraphStore> OpenMem() {
  Options o;
  o.in_memory = true;
  return GraphStore::Open("/mem/view", o).value();
}

TraversalSpec Spec(Direction d, int hops, std::vector<std::string> types = {}) {
  TraversalSpec s;
  s.dir = d;
  s.max_hops = hops;
  s.types = std::move(types);
  return s;
}

// 0 -A-> 1 -A-> 2 -B-> 3, 0 -B-> 3 twice (parallel), 4 isolated, 5 -A-> 0.
std::unique_ptr<GraphStore> SmallGraph() {
  auto store = OpenMem();
  auto loader = BulkLoader::Create(store.get()).value();
  for (int i = 0; i < 6; ++i) {
    EXPECT_TRUE(loader->AddNode(std::to_string(i), {"N"}, {{"name", "n" + std::to_string(i)}}).ok());
  }
  EXPECT_TRUE(loader->AddEdge("0", "A", "1", {}).ok());
  EXPECT_TRUE(loader->AddEdge("1", "A", "2", {}).ok());
  EXPECT_TRUE(loader->AddEdge("2", "B", "3", {}).ok());
  EXPECT_TRUE(loader->AddEdge("0", "B", "3", {}).ok());
  EXPECT_TRUE(loader->AddEdge("0", "B", "3", {}).ok());
  EXPECT_TRUE(loader->AddEdge("5", "A", "0", {}).ok());
  EXPECT_TRUE(loader->Finish().ok());
  return store;
}

TEST(CompactView, NeighbourhoodsFollowDirectionTypesAndHops) {
  auto store = SmallGraph();
  auto view = CompactView::ForStore(*store).value();
  EXPECT_EQ(view->num_nodes(), 6u);
  EXPECT_EQ(view->num_edges(), 6u);
  EXPECT_EQ(view->CountNeighbourhood(0, Spec(Direction::kOut, 1)).value(), 2u);  // 1, 3
  EXPECT_EQ(view->CountNeighbourhood(0, Spec(Direction::kBoth, 1)).value(), 3u);  // 1, 3, 5
  EXPECT_EQ(view->CountNeighbourhood(0, Spec(Direction::kIn, 1)).value(), 1u);    // 5
  EXPECT_EQ(view->CountNeighbourhood(0, Spec(Direction::kOut, 2)).value(), 3u);   // + 2
  EXPECT_EQ(view->CountNeighbourhood(0, Spec(Direction::kOut, 2, {"A"})).value(), 2u);
  EXPECT_EQ(view->CountNeighbourhood(0, Spec(Direction::kOut, 9, {"NOPE"})).value(), 0u);
  EXPECT_EQ(view->CountNeighbourhood(4, Spec(Direction::kBoth, 3)).value(), 0u);
  auto hood = view->Neighbourhood(5, Spec(Direction::kOut, 3)).value();
  std::map<NodeId, int> got(hood.begin(), hood.end());
  EXPECT_EQ(got, (std::map<NodeId, int>{{0, 1}, {1, 2}, {3, 2}, {2, 3}}));
  EXPECT_EQ(view->CountNeighbourhood(99, Spec(Direction::kOut, 1)).status().code(),
            absl::StatusCode::kNotFound);
}

TEST(CompactView, ShortestPathsRespectDirectionAndLimits) {
  auto store = SmallGraph();
  auto view = CompactView::ForStore(*store).value();
  auto p = view->ShortestPath(5, 3, Spec(Direction::kOut, 6)).value();
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->nodes, (std::vector<NodeId>{5, 0, 3}));
  ASSERT_EQ(p->edges.size(), 2u);
  auto e = store->GetEdge(p->edges[1]).value();
  EXPECT_EQ(e->src, 0u);
  EXPECT_EQ(e->dst, 3u);
  EXPECT_FALSE(view->ShortestPath(3, 5, Spec(Direction::kOut, 6)).value().has_value());
  EXPECT_EQ(view->ShortestPath(3, 5, Spec(Direction::kIn, 6)).value()->length(), 2u);
  EXPECT_EQ(view->ShortestPath(3, 5, Spec(Direction::kBoth, 6)).value()->length(), 2u);
  EXPECT_FALSE(view->ShortestPath(5, 3, Spec(Direction::kOut, 1)).value().has_value());
  // Only A edges: 5 -> 0 -> 1 -> 2, and no way on to 3.
  EXPECT_EQ(view->ShortestPath(5, 2, Spec(Direction::kOut, 6, {"A"})).value()->length(), 3u);
  EXPECT_FALSE(view->ShortestPath(5, 3, Spec(Direction::kOut, 6, {"A"})).value().has_value());
  EXPECT_EQ(view->ShortestPath(4, 4, Spec(Direction::kOut, 6)).value()->length(), 0u);
  EXPECT_FALSE(view->ShortestPath(4, 0, Spec(Direction::kBoth, 6)).value().has_value());
}

TEST(CompactView, AllShortestPathsCountsParallelEdges) {
  auto store = SmallGraph();
  auto view = CompactView::ForStore(*store).value();
  auto paths = view->AllShortestPaths(5, 3, Spec(Direction::kOut, 6)).value();
  ASSERT_EQ(paths.size(), 2u);  // via either parallel 0 -B-> 3 edge
  EXPECT_NE(paths[0].edges[1], paths[1].edges[1]);
  for (const auto& p : paths) EXPECT_EQ(p.nodes, (std::vector<NodeId>{5, 0, 3}));
  EXPECT_EQ(view->AllShortestPaths(5, 3, Spec(Direction::kOut, 6), 1).value().size(), 1u);
  EXPECT_TRUE(view->AllShortestPaths(3, 5, Spec(Direction::kOut, 6)).value().empty());
}

// Reference BFS over an adjacency list.
std::vector<int> Distances(const std::vector<std::vector<int>>& adj, int s) {
  std::vector<int> d(adj.size(), -1);
  std::deque<int> q = {s};
  d[s] = 0;
  while (!q.empty()) {
    int u = q.front();
    q.pop_front();
    for (int v : adj[u]) {
      if (d[v] < 0) {
        d[v] = d[u] + 1;
        q.push_back(v);
      }
    }
  }
  return d;
}

TEST(CompactView, MatchesReferenceBfsOnARandomGraph) {
  auto store = OpenMem();
  const int n = 12000, m = 30000;  // > 10000 nodes: the view scans in two threads
  std::mt19937 rng(11);
  std::vector<std::vector<int>> out(n), both(n);
  auto loader = BulkLoader::Create(store.get()).value();
  for (int i = 0; i < n; ++i) ASSERT_TRUE(loader->AddNode(std::to_string(i), {"N"}, {}).ok());
  for (int i = 0; i < m; ++i) {
    int a = rng() % n, b = rng() % n;
    ASSERT_TRUE(loader->AddEdge(std::to_string(a), "E", std::to_string(b), {}).ok());
    out[a].push_back(b);
    both[a].push_back(b);
    both[b].push_back(a);
  }
  ASSERT_TRUE(loader->Finish().ok());
  auto view = CompactView::ForStore(*store).value();
  for (int trial = 0; trial < 60; ++trial) {
    int s = rng() % n, t = rng() % n;
    for (Direction dir : {Direction::kOut, Direction::kBoth}) {
      const auto& adj = dir == Direction::kOut ? out : both;
      std::vector<int> d = Distances(adj, s);
      int within2 = 0;
      for (int v = 0; v < n; ++v) within2 += (v != s && d[v] > 0 && d[v] <= 2) ? 1 : 0;
      EXPECT_EQ(view->CountNeighbourhood(s, Spec(dir, 2)).value(), static_cast<size_t>(within2));
      auto p = view->ShortestPath(s, t, Spec(dir, 6)).value();
      if (d[t] < 0 || d[t] > 6) {
        EXPECT_FALSE(p.has_value()) << s << "->" << t;
        continue;
      }
      ASSERT_TRUE(p.has_value()) << s << "->" << t;
      ASSERT_EQ(static_cast<int>(p->length()), d[t]);
      for (size_t i = 0; i < p->edges.size(); ++i) {  // a real walk
        auto e = store->GetEdge(p->edges[i]).value();
        ASSERT_TRUE(e.has_value());
        bool fwd = e->src == p->nodes[i] && e->dst == p->nodes[i + 1];
        bool rev = e->dst == p->nodes[i] && e->src == p->nodes[i + 1];
        EXPECT_TRUE(fwd || (dir == Direction::kBoth && rev));
      }
      auto all = view->AllShortestPaths(s, t, Spec(dir, 6)).value();
      ASSERT_FALSE(all.empty());
      std::set<std::vector<EdgeId>> distinct;
      for (const auto& q : all) {
        EXPECT_EQ(q.length(), p->length());
        distinct.insert(q.edges);
      }
      EXPECT_EQ(distinct.size(), all.size());
    }
  }
}

TEST(CompactView, IsRebuiltAfterWritesAndSeesTransactions) {
  auto store = SmallGraph();
  auto v1 = CompactView::ForStore(*store).value();
  EXPECT_EQ(CompactView::ForStore(*store).value().get(), v1.get());  // cached
  EXPECT_FALSE(v1->ShortestPath(4, 0, Spec(Direction::kBoth, 6)).value().has_value());
  auto tx = store->Begin().value();
  ASSERT_TRUE(tx->CreateEdge(4, "A", 2, {}).ok());
  // A view of the transaction sees its uncommitted edge.
  auto tv = CompactView::Build(*tx).value();
  EXPECT_EQ(tv->ShortestPath(4, 0, Spec(Direction::kBoth, 6)).value()->length(), 3u);
  ASSERT_TRUE(tx->Commit().ok());
  auto v2 = CompactView::ForStore(*store).value();
  EXPECT_NE(v2.get(), v1.get());
  EXPECT_EQ(v2->ShortestPath(4, 0, Spec(Direction::kBoth, 6)).value()->length(), 3u);
  EXPECT_FALSE(v1->ShortestPath(4, 0, Spec(Direction::kBoth, 6)).value().has_value());
}

}  // namespace
}  // namespace kg::graph

namespace kg::graph {
namespace {

TEST(CompactView, WorksOnReadOnlyStores) {
  auto dir = std::filesystem::temp_directory_path() /
             ("kg_view_ro_test_" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  {
    auto store = GraphStore::Open(dir.string()).value();
    auto tx = store->Begin().value();
    NodeId a = tx->UpsertEntity("Person", "To Lam", {}).value();
    NodeId b = tx->UpsertEntity("Person", "Joe Biden", {}).value();
    NodeId c = tx->UpsertEntity("Person", "Antonio Guterres", {}).value();
    ASSERT_TRUE(tx->UpsertFact(a, "MET", b, {}, Source{"d", 0, 1, "s"}).ok());
    ASSERT_TRUE(tx->UpsertFact(c, "MET", b, {}, Source{"d", 2, 3, "s"}).ok());
    ASSERT_TRUE(tx->Commit().ok());
  }
  Options ro;
  ro.read_only = true;
  auto store = GraphStore::Open(dir.string(), ro).value();
  auto view = CompactView::ForStore(*store).value();
  NodeId a = store->FindByName("to lam").value().at(0);
  NodeId c = store->FindByName("antonio guterres").value().at(0);
  auto p = view->ShortestPath(a, c, Spec(Direction::kBoth, 6)).value();
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->length(), 2u);
  EXPECT_FALSE(view->ShortestPath(a, c, Spec(Direction::kOut, 6)).value().has_value());
  store.reset();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kg::graph
