#include "graph/bulk_load.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "graph/graph_store.h"

namespace kg::graph {
namespace {

std::unique_ptr<GraphStore> OpenMem() {
  Options o;
  o.in_memory = true;
  return GraphStore::Open("/mem/bulk", o).value();
}

std::vector<NodeId> Neighbours(const GraphReader& g, NodeId n, Direction d,
                               std::string_view type = {}) {
  std::vector<NodeId> out;
  EXPECT_TRUE(g.ForEachAdjacent(n, d, type, [&](const Adjacent& a) {
    out.push_back(a.neighbor);
    return true;
  }).ok());
  return out;
}

TEST(BulkLoad, KeepsIntegerIdsInAnEmptyDatabase) {
  auto store = OpenMem();
  auto loader = BulkLoader::Create(store.get()).value();
  ASSERT_TRUE(loader->AddNode("10", {"Country"}, {{"name", "Việt Nam"}}).ok());
  ASSERT_TRUE(loader->AddNode("3", {"Country"}, {{"name", "Cuba"}}).ok());
  ASSERT_TRUE(loader->AddNode("7", {"Person"}, {{"name", "To Lam"}, {"aliases",
                                                PropertyValue::List{"Tô Lâm"}}}).ok());
  ASSERT_TRUE(loader->AddEdge("10", "DIPLOMATIC_RELATIONS", "3", {{"year", 1960}}).ok());
  ASSERT_TRUE(loader->AddEdge("7", "VISITED", "3", {{"year", 2024}}).ok());
  ASSERT_TRUE(loader->AddEdge("7", "VISITED", "3", {{"year", 2025}}).ok());  // parallel edge
  auto r = loader->Finish();
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_TRUE(r->kept_integer_ids);
  EXPECT_EQ(r->nodes, 3u);
  EXPECT_EQ(r->edges, 3u);
  EXPECT_EQ(loader->IdOf("7"), 7u);

  auto n = store->GetNode(10).value();
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(n->labels, std::vector<std::string>{"Country"});
  EXPECT_EQ(n->props.at("name"), PropertyValue("Việt Nam"));
  EXPECT_EQ(store->FindByName("viet nam", "Country").value(), std::vector<NodeId>{10});
  EXPECT_EQ(store->FindByName("to lam").value(), std::vector<NodeId>{7});
  EXPECT_EQ(Neighbours(*store, 3, Direction::kIn), (std::vector<NodeId>{10, 7, 7}));
  EXPECT_EQ(Neighbours(*store, 7, Direction::kOut, "VISITED"), (std::vector<NodeId>{3, 3}));
  EXPECT_TRUE(Neighbours(*store, 7, Direction::kIn).empty());
  std::vector<int64_t> years;
  ASSERT_TRUE(store->ScanEdges("VISITED", [&](const Edge& e) {
    EXPECT_EQ(e.src, 7u);
    years.push_back(std::get<int64_t>(e.props.at("year").v));
    return true;
  }).ok());
  EXPECT_EQ(years, (std::vector<int64_t>{2024, 2025}));  // input order kept
  auto stats = store->Stats().value();
  EXPECT_EQ(stats.nodes, 3u);
  EXPECT_EQ(stats.edges, 3u);
  EXPECT_EQ(stats.nodes_by_label.at("Country"), 2u);
  EXPECT_EQ(stats.edges_by_type.at("VISITED"), 2u);
  std::vector<NodeId> countries;
  ASSERT_TRUE(store->ScanNodes("Country", [&](const Node& x) {
    countries.push_back(x.id);
    return true;
  }).ok());
  EXPECT_EQ(countries, (std::vector<NodeId>{3, 10}));

  // Transactions after a load allocate ids that do not collide.
  auto tx = store->Begin().value();
  NodeId fresh = tx->CreateNode({"Place"}, {{"name", "Hanoi"}}).value();
  EdgeId e = tx->CreateEdge(fresh, "PART_OF", 10, {}).value();
  ASSERT_TRUE(tx->Commit().ok());
  EXPECT_GT(fresh, 10u);
  EXPECT_EQ(store->GetEdge(e).value()->type, "PART_OF");
  EXPECT_EQ(store->Stats().value().edges, 4u);
}

TEST(BulkLoad, MapsStringKeysAndLoadsIntoNonEmptyDatabases) {
  auto store = OpenMem();
  {
    auto tx = store->Begin().value();
    ASSERT_TRUE(tx->UpsertEntity("Country", "Laos", {}).ok());
    ASSERT_TRUE(tx->Commit().ok());
  }
  auto loader = BulkLoader::Create(store.get()).value();
  ASSERT_TRUE(loader->AddNode("0", {"Person"}, {{"name", "A"}}).ok());
  ASSERT_TRUE(loader->AddNode("b", {"Person"}, {{"name", "B"}}).ok());
  ASSERT_TRUE(loader->AddEdge("0", "MET", "b", {}).ok());
  auto r = loader->Finish();
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_FALSE(r->kept_integer_ids);
  NodeId a = loader->IdOf("0"), b = loader->IdOf("b");
  ASSERT_NE(a, kNoNode);
  ASSERT_NE(b, kNoNode);
  EXPECT_NE(a, b);
  EXPECT_EQ(Neighbours(*store, a, Direction::kOut), std::vector<NodeId>{b});
  EXPECT_EQ(store->FindByName("B").value(), std::vector<NodeId>{b});
  EXPECT_EQ(store->Stats().value().nodes, 3u);
  EXPECT_EQ(store->FindByName("laos").value().size(), 1u);
}

TEST(BulkLoad, AnErrorBeforeFinishLeavesTheDatabaseUnchanged) {
  auto store = OpenMem();
  uint64_t gen = store->Generation();
  {
    auto loader = BulkLoader::Create(store.get()).value();
    ASSERT_TRUE(loader->AddNode("1", {"Person"}, {{"name", "A"}}).ok());
    auto dup = loader->AddNode("1", {"Person"}, {{"name", "again"}});
    EXPECT_EQ(dup.code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(dup.message().find("duplicate node id '1'"), std::string_view::npos);
    auto r = loader->Finish();
    EXPECT_FALSE(r.ok());
  }
  {
    auto loader = BulkLoader::Create(store.get()).value();
    ASSERT_TRUE(loader->AddNode("1", {"Person"}, {{"name", "A"}}).ok());
    auto bad = loader->AddEdge("1", "MET", "42", {});
    EXPECT_NE(bad.message().find("'42'"), std::string_view::npos) << bad;
  }  // abandoned without Finish
  EXPECT_EQ(store->Generation(), gen);
  auto stats = store->Stats().value();
  EXPECT_EQ(stats.nodes, 0u);
  EXPECT_EQ(stats.edges, 0u);
  EXPECT_FALSE(store->GetNode(1).value().has_value());
  // The writer slot was released.
  auto tx = store->Begin();
  ASSERT_TRUE(tx.ok());
}

TEST(BulkLoad, PersistsAcrossReopen) {
  auto dir = std::filesystem::temp_directory_path() /
             ("kg_bulk_test_" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  {
    auto store = GraphStore::Open(dir.string()).value();
    auto loader = BulkLoader::Create(store.get()).value();
    for (int i = 0; i < 1000; ++i) {
      ASSERT_TRUE(loader->AddNode(std::to_string(i), {i % 2 ? "Person" : "Event"},
                                  {{"name", "n" + std::to_string(i)}}).ok());
    }
    for (int i = 0; i < 999; ++i) {
      ASSERT_TRUE(loader->AddEdge(std::to_string(i), "PART_OF", std::to_string(i + 1),
                                  {{"year", 2000 + i % 20}}).ok());
    }
    ASSERT_TRUE(loader->Finish().ok());
  }
  {
    auto store = GraphStore::Open(dir.string()).value();
    auto stats = store->Stats().value();
    EXPECT_EQ(stats.nodes, 1000u);
    EXPECT_EQ(stats.edges, 999u);
    EXPECT_EQ(stats.nodes_by_label.at("Person"), 500u);
    EXPECT_EQ(Neighbours(*store, 500, Direction::kBoth), (std::vector<NodeId>{501, 499}));
    EXPECT_EQ(store->FindByName("n999").value(), std::vector<NodeId>{999});
    // No scratch files remain.
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      EXPECT_EQ(e.path().filename().string().find("bulk_tmp"), std::string::npos);
    }
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kg::graph
