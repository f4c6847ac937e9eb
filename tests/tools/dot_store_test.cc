// The DOT writer and name resolution over the real RocksDB store (in memory).
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "graph/graph_store.h"
#include "gtest/gtest.h"
#include "tools/dot_export.h"
#include "tools/shell_resolve.h"

namespace kg::tools {
namespace {

class DotStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    graph::Options o;
    o.in_memory = true;
    store_ = std::move(graph::GraphStore::Open("/mem/dot", o)).value();
    auto tx = std::move(store_->Begin()).value();
    lam_ = *tx->UpsertEntity("Person", "Tô Lâm", {"To Lam", "Mr. To Lam"});
    biden_ = *tx->UpsertEntity("Person", "Joe Biden", {"Biden"});
    vn_ = *tx->UpsertEntity("Country", "Vietnam", {"Viet Nam"});
    auto cu = *tx->UpsertEntity("Country", "Cuba", {});
    auto unsc = *tx->UpsertEntity("Organization", "UN Security Council", {"UNSC"});
    graph::Source s{"doc1", 0, 40, "To Lam met \"Joe\" Biden in New York."};
    met_ = *tx->UpsertFact(lam_, "MET", biden_, {{"date", "2024-09-25"}}, s);
    ASSERT_TRUE(tx->UpsertFact(vn_, "MEMBER_OF", unsc,
                               {{"role", "non-permanent member"}, {"start", "2020"}, {"end", "2021"}},
                               {"doc2", 5, 50, "Vietnam served 2020-2021."}).ok());
    ASSERT_TRUE(tx->UpsertFact(vn_, "MEMBER_OF", unsc,
                               {{"role", "non-permanent member"}, {"start", "2008"}, {"end", "2009"}},
                               {"doc2", 60, 90, "and 2008-2009."}).ok());
    ASSERT_TRUE(tx->UpsertFact(vn_, "DIPLOMATIC_RELATIONS", cu, {{"start", "1960-12-02"}},
                               {"doc3", 0, 10, "Since 1960."}).ok());
    ASSERT_TRUE(tx->UpsertFact(lam_, "HOLDS_OFFICE", vn_, {{"title", "President"}},
                               {"doc1", 50, 80, "President To Lam."}).ok());
    ASSERT_TRUE(tx->Commit().ok());
  }
  std::unique_ptr<graph::GraphStore> store_;
  graph::NodeId lam_, biden_, vn_;
  graph::EdgeId met_;
};

TEST_F(DotStoreTest, WholeGraphRendersCleanlyAndIsStable) {
  auto sel = SelectAll(*store_);
  ASSERT_TRUE(sel.ok());
  auto dot = WriteDot(*store_, *sel);
  ASSERT_TRUE(dot.ok()) << dot.status();
  EXPECT_EQ(*WriteDot(*store_, *SelectAll(*store_)), *dot);
  EXPECT_NE(dot->find("// kg graph: 5 nodes, 5 edges"), std::string::npos) << *dot;
  // Two terms of one seat are two edges with their own terms.
  EXPECT_NE(dot->find("MEMBER_OF\\nnon-permanent member\\n2008–2009"), std::string::npos);
  EXPECT_NE(dot->find("MEMBER_OF\\nnon-permanent member\\n2020–2021"), std::string::npos);
  EXPECT_LT(dot->find("2008–2009"), dot->find("2020–2021"));
  if (std::system("command -v dot >/dev/null 2>&1") != 0) GTEST_SKIP() << "no Graphviz";
  std::string warnings;
  std::string out = ::testing::TempDir() + "/kg_store_graph.svg";
  ASSERT_TRUE(RenderDot(*dot, "svg", out, &warnings).ok());
  EXPECT_EQ(warnings, "");
  std::remove(out.c_str());
}

TEST_F(DotStoreTest, AroundResolvesAliasesAndStopsAtHops) {
  auto lam = ResolveName(*store_, "mr to lam");
  ASSERT_TRUE(lam.ok()) << lam.status();
  EXPECT_EQ(lam->id, lam_);
  EXPECT_EQ(lam->name, "Tô Lâm");
  auto sel = SelectAround(*store_, lam->id, 1);
  ASSERT_TRUE(sel.ok());
  EXPECT_EQ(sel->nodes, (std::set<graph::NodeId>{lam_, biden_, vn_}));
  auto sel2 = SelectAround(*store_, lam->id, 2);
  EXPECT_EQ(sel2->nodes.size(), 5u);
  auto missing = ResolveName(*store_, "Joe Bidn");
  EXPECT_NE(missing.status().message().find("nearest: Joe Biden (Person)"), std::string::npos)
      << missing.status();
}

}  // namespace
}  // namespace kg::tools
