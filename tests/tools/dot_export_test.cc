#include "tools/dot_export.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "gtest/gtest.h"
#include "tests/tools/fake_graph_util.h"

namespace kg::tools {
namespace {

using testing::FakeGraph;

// A small diplomatic graph with names that need escaping. Insertion order is
// a parameter so that tests can show the output does not depend on it.
void Build(FakeGraph* g, bool reversed) {
  auto nodes = [&] {
    g->AddNode(1, "Person", "Tô Lâm", {"To Lam"});
    g->AddNode(2, "Person", "Joe \"Joe\" Biden");
    g->AddNode(3, "Country", "Việt Nam", {"Vietnam"});
    g->AddNode(4, "Organization", "UN Security Council\\Back");
    g->AddNode(5, "Event", "Summit of the Future\nNew York");
    g->AddNode(6, "Document", "UN Charter");
    g->AddNode(7, "Place", "Hà Nội");
    g->AddNode(8, "Country", "Cuba");
  };
  auto edges = [&] {
    g->AddEdge(10, 1, "MET", 2, {{"date", "2024-09-25"}}, {{"d1", 0, 10, "They met."}});
    g->AddEdge(11, 3, "MEMBER_OF", 4,
               {{"role", "non-permanent member"}, {"start", "2020"}, {"end", "2021"}});
    g->AddEdge(12, 1, "HOLDS_OFFICE", 3, {{"title", "President"}});
    g->AddEdge(13, 1, "ATTENDED", 5);
    g->AddEdge(14, 3, "DIPLOMATIC_RELATIONS", 8, {{"start", "1960-12-02"}});
    g->AddEdge(15, 7, "HOSTS", 5);
  };
  if (reversed) {
    edges();
    nodes();
  } else {
    nodes();
    edges();
  }
}

std::string Dot(const FakeGraph& g, const Selection& sel) {
  auto dot = WriteDot(g, sel);
  EXPECT_TRUE(dot.ok()) << dot.status();
  return dot.ok() ? *dot : "";
}

TEST(DotEscapeTest, QuotesBackslashesNewlinesAndUtf8) {
  EXPECT_EQ(DotEscape("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
  EXPECT_EQ(DotEscape("Lương Cường"), "Lương Cường");
  EXPECT_EQ(DotEscape("tab\there"), "tab here");
  EXPECT_EQ(DotEscape("bad\xC3"), "bad\xEF\xBF\xBD");
}

TEST(DotExportTest, WholeGraphHasStylesLabelsAndUndirectedSymmetricTypes) {
  FakeGraph g;
  Build(&g, false);
  auto sel = SelectAll(g);
  ASSERT_TRUE(sel.ok());
  std::string dot = Dot(g, *sel);
  EXPECT_NE(dot.find("// kg graph: 8 nodes, 6 edges"), std::string::npos);
  EXPECT_NE(dot.find("n1 [label=\"Tô Lâm\", shape=ellipse"), std::string::npos) << dot;
  EXPECT_NE(dot.find("n2 [label=\"Joe \\\"Joe\\\" Biden\""), std::string::npos);
  EXPECT_NE(dot.find("n4 [label=\"UN Security Council\\\\Back\", shape=box, "
                     "style=\"filled,rounded\""),
            std::string::npos);
  EXPECT_NE(dot.find("n5 [label=\"Summit of the Future\\nNew York\", shape=hexagon"),
            std::string::npos);
  EXPECT_NE(dot.find("n1 -> n2 [label=\"MET\\n2024-09-25\", dir=none];"), std::string::npos);
  EXPECT_NE(dot.find("n3 -> n8 [label=\"DIPLOMATIC_RELATIONS\\nfrom 1960-12-02\", dir=none];"),
            std::string::npos);
  EXPECT_NE(dot.find("n3 -> n4 [label=\"MEMBER_OF\\nnon-permanent member\\n2020–2021\"];"),
            std::string::npos);
  EXPECT_NE(dot.find("n1 -> n3 [label=\"HOLDS_OFFICE\\nPresident\"];"), std::string::npos);
}

TEST(DotExportTest, OutputDoesNotDependOnInsertionOrder) {
  FakeGraph a, b;
  Build(&a, false);
  Build(&b, true);
  EXPECT_EQ(Dot(a, *SelectAll(a)), Dot(b, *SelectAll(b)));
  // Nodes are ordered by label then name: Country before Person.
  std::string dot = Dot(a, *SelectAll(a));
  EXPECT_LT(dot.find("n8 [label=\"Cuba\""), dot.find("n3 [label=\"Việt Nam\""));
  EXPECT_LT(dot.find("n3 [label="), dot.find("n1 [label="));
}

TEST(DotExportTest, NeighbourhoodStopsAtHops) {
  FakeGraph g;
  Build(&g, false);
  auto one = SelectAround(g, 1, 1);
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->nodes, (std::set<graph::NodeId>{1, 2, 3, 5}));
  EXPECT_EQ(one->edges, (std::set<graph::EdgeId>{10, 12, 13}));
  auto two = SelectAround(g, 1, 2);
  ASSERT_TRUE(two.ok());
  EXPECT_EQ(two->nodes, (std::set<graph::NodeId>{1, 2, 3, 4, 5, 7, 8}));
  auto zero = SelectAround(g, 1, 0);
  EXPECT_EQ(zero->nodes, (std::set<graph::NodeId>{1}));
  EXPECT_TRUE(zero->edges.empty());
}

TEST(DotExportTest, ResultSubgraphAddsEdgeEnds) {
  FakeGraph g;
  Build(&g, false);
  query::Result r;
  r.columns = {"e", "p"};
  query::EdgeRef met{10, 1, 2, "MET", {}};
  query::NodeRef cuba{8, {"Country"}, {}};
  r.rows.push_back({query::Value::Edge(met), query::Value::List({query::Value::Node(cuba)})});
  Selection sel = SelectFromResult(r);
  EXPECT_EQ(sel.nodes, (std::set<graph::NodeId>{8}));
  EXPECT_EQ(sel.edges, (std::set<graph::EdgeId>{10}));
  std::string dot = Dot(g, sel);
  EXPECT_NE(dot.find("// kg graph: 3 nodes, 1 edges"), std::string::npos) << dot;
  EXPECT_NE(dot.find("n2 [label="), std::string::npos);
}

// The real Graphviz must accept the output without a single warning.
TEST(DotExportTest, RendersWithGraphvizWithoutWarnings) {
  if (system("command -v dot >/dev/null 2>&1") != 0) GTEST_SKIP() << "Graphviz dot not installed";
  FakeGraph g;
  Build(&g, false);
  g.AddNode(9, "Person", "Ñoño \xE2\x80\x9Cquoted\xE2\x80\x9D \\\"mixed\\\" 越南");
  g.AddEdge(16, 9, "VISITED", 8, {{"kind", "state \"visit\"\nline2"}});
  std::string dot = Dot(g, *SelectAll(g));
  std::string out = ::testing::TempDir() + "/kg_dot_test.svg";
  std::string warnings;
  absl::Status s = RenderDot(dot, "svg", out, &warnings);
  ASSERT_TRUE(s.ok()) << s;
  EXPECT_EQ(warnings, "") << dot;
  std::ifstream in(out);
  std::stringstream svg;
  svg << in.rdbuf();
  EXPECT_NE(svg.str().find("<svg"), std::string::npos);
  EXPECT_NE(svg.str().find("Tô Lâm"), std::string::npos);
  EXPECT_NE(svg.str().find("越南"), std::string::npos);
  EXPECT_NE(svg.str().find("Joe &quot;Joe&quot; Biden"), std::string::npos);
  std::remove(out.c_str());
}

TEST(DotExportTest, RenderRejectsUnknownFormatAndReportsDotErrors) {
  EXPECT_EQ(RenderDot("digraph{}", "gif", "/tmp/x", nullptr).code(),
            absl::StatusCode::kInvalidArgument);
  if (system("command -v dot >/dev/null 2>&1") != 0) GTEST_SKIP() << "Graphviz dot not installed";
  std::string warnings;
  absl::Status s = RenderDot("digraph { a -> }", "svg", ::testing::TempDir() + "/bad.svg",
                             &warnings);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(std::string(s.message()).find("syntax error"), std::string::npos) << s;
}

}  // namespace
}  // namespace kg::tools
