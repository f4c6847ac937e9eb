#include "graph/bulk_load.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

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

// Every edge of a store as (id, src, type, dst, props), in id order.
std::vector<std::string> AllEdges(GraphStore& store) {
  std::vector<std::string> out;
  EXPECT_TRUE(store.ScanEdges("", [&](const Edge& e) {
    std::string line = std::to_string(e.id) + " " + std::to_string(e.src) + " " + e.type + " " +
                       std::to_string(e.dst);
    for (const auto& [k, v] : e.props) line += " " + k + "=" + std::to_string(std::get<int64_t>(v.v));
    out.push_back(line);
    return true;
  }).ok());
  return out;
}

// Edges added through batches filled by concurrent threads give the same
// database as the same edges added one by one.
TEST(BulkLoad, EdgeBatchesFilledInThreadsEqualSequentialEdges) {
  auto load = [](bool batches) {
    auto store = OpenMem();
    auto loader = BulkLoader::Create(store.get()).value();
    for (int i = 0; i < 300; ++i) {
      EXPECT_TRUE(loader->AddNode(std::to_string(i), {"N"}, {}).ok());
    }
    const char* types[] = {"A", "B", "C"};
    auto edge = [&](int i, auto add) {
      return add(std::to_string(i * 7 % 300), types[i % 3], std::to_string(i * 13 % 300),
                 Properties{{"i", int64_t{i % 5}}});
    };
    constexpr int kEdges = 6000;
    if (!batches) {
      for (int i = 0; i < kEdges; ++i) {
        EXPECT_TRUE(edge(i, [&](auto s, auto t, auto d, const Properties& p) {
          return loader->AddEdge(s, t, d, p);
        }).ok());
      }
    } else {
      std::vector<std::unique_ptr<BulkLoader::EdgeBatch>> parts;
      for (int k = 0; k < 3; ++k) parts.push_back(loader->NewEdgeBatch(kEdges / 3));
      std::vector<std::thread> threads;
      for (int k = 0; k < 3; ++k) {
        threads.emplace_back([&, k] {
          const std::vector<std::string> keys = {"i"};
          for (int i = k * kEdges / 3; i < (k + 1) * kEdges / 3; ++i) {
            EXPECT_TRUE(edge(i, [&](auto s, auto t, auto d, const Properties& p) {
              std::vector<PropertyValue> values = {p.at("i")};
              return parts[k]->Add(s, t, d, keys, values);
            }).ok());
          }
        });
      }
      for (auto& t : threads) t.join();
      for (auto& p : parts) EXPECT_TRUE(loader->AddEdgeBatch(std::move(p)).ok());
    }
    auto r = loader->Finish();
    EXPECT_TRUE(r.ok()) << r.status();
    EXPECT_EQ(r->edges, static_cast<uint64_t>(kEdges));
    return AllEdges(*store);
  };
  std::vector<std::string> sequential = load(false);
  EXPECT_EQ(sequential.size(), 6000u);
  EXPECT_EQ(load(true), sequential);
}

TEST(BulkLoad, BatchErrorsAndCheckOnlyLoaders) {
  auto store = OpenMem();
  auto loader = BulkLoader::Create(store.get()).value();
  ASSERT_TRUE(loader->AddNode("1", {"N"}, {}).ok());
  auto batch = loader->NewEdgeBatch(1);
  absl::Status s = batch->Add("1", "T", "2", {}, {});
  EXPECT_NE(s.message().find("edge target '2' is not a node id"), std::string_view::npos) << s;
  EXPECT_FALSE(batch->Add("1", "", "1", {}, {}).ok());
  // A batch that refused a row is refused as a whole, and nothing is written.
  EXPECT_FALSE(loader->AddEdgeBatch(std::move(batch)).ok());
  EXPECT_FALSE(loader->Finish().ok());
  EXPECT_EQ(store->Stats().value().nodes, 0u);

  // The check-only loader finds the same errors and cannot write.
  auto check = BulkLoader::CreateCheckOnly();
  ASSERT_TRUE(check->AddNode("1", {"N"}, {}).ok());
  absl::Status dup = check->AddNode("1", {"N"}, {});
  EXPECT_NE(dup.message().find("appears twice"), std::string_view::npos) << dup;
  auto check2 = BulkLoader::CreateCheckOnly();
  ASSERT_TRUE(check2->AddNode("a", {"N"}, {{"name", "A"}}).ok());
  ASSERT_TRUE(check2->AddEdge("a", "T", "a", {{"w", 1}}).ok());
  EXPECT_FALSE(check2->NewEdgeBatch(1)->Add("a", "T", "b", {}, {}).ok());
  EXPECT_EQ(check2->Finish().status().code(), absl::StatusCode::kFailedPrecondition);
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
