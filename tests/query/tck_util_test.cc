#include "tests/query/tck_util.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "gtest/gtest.h"

namespace kg::query::tck {
namespace {

constexpr char kFeature[] =
    "# licence header\r\n"
    "#encoding: utf-8\r\n"
    "Feature: Demo - a feature\r\n"
    "\r\n"
    "  Background:\r\n"
    "    Given an empty graph\r\n"
    "\r\n"
    "  @skipStyleCheck\r\n"
    "  Scenario: [1] Plain\r\n"
    "    And having executed:\r\n"
    "      \"\"\"\r\n"
    "      CREATE (:A)\r\n"
    "        # not a comment\r\n"
    "      \"\"\"\r\n"
    "    When executing query:\r\n"
    "      \"\"\"\r\n"
    "      MATCH (n) RETURN n\r\n"
    "      \"\"\"\r\n"
    "    Then the result should be, in any order:\r\n"
    "      | n    |\r\n"
    "      | (:A) |\r\n"
    "    And no side effects\r\n"
    "\r\n"
    "  Scenario Outline: [2] Outline <x>\r\n"
    "    When executing query:\r\n"
    "      \"\"\"\r\n"
    "      RETURN <x> AS v\r\n"
    "      \"\"\"\r\n"
    "    Then the result should be, in any order:\r\n"
    "      | v   |\r\n"
    "      | <x> |\r\n"
    "\r\n"
    "    Examples:\r\n"
    "      | x    |\r\n"
    "      | 1    |\r\n"
    "      | 'a\\|b' |\r\n"
    "    Examples:\r\n"
    "      | x |\r\n"
    "      | 2 |\r\n";

TEST(TckGherkin, ParsesBackgroundDocstringsAndOutlines) {
  auto scenarios = ParseFeature(kFeature, "demo.feature");
  ASSERT_TRUE(scenarios.ok()) << scenarios.status();
  ASSERT_EQ(scenarios->size(), 4u);
  const Scenario& plain = (*scenarios)[0];
  EXPECT_EQ(plain.name, "[1] Plain");
  EXPECT_EQ(plain.line, 9);
  EXPECT_EQ(plain.example, -1);
  ASSERT_EQ(plain.steps.size(), 5u);  // background step first
  EXPECT_EQ(plain.steps[0].text, "an empty graph");
  EXPECT_EQ(plain.steps[1].text, "having executed:");
  EXPECT_EQ(*plain.steps[1].docstring, "CREATE (:A)\n  # not a comment");
  EXPECT_EQ(plain.steps[3].table, (Table{{"n"}, {"(:A)"}}));

  const Scenario& second = (*scenarios)[2];
  EXPECT_EQ(second.name, "[2] Outline 'a|b'");
  EXPECT_EQ(second.line, 24);
  EXPECT_EQ(second.example, 1);
  EXPECT_EQ(*second.steps[1].docstring, "RETURN 'a|b' AS v");
  EXPECT_EQ(second.steps[2].table[1][0], "'a|b'");
  EXPECT_EQ((*scenarios)[3].example, 2);
  EXPECT_EQ(*(*scenarios)[3].steps[1].docstring, "RETURN 2 AS v");
}

TEST(TckGherkin, ErrorsNameFileAndLine) {
  auto bad = ParseFeature("Feature: x\n  Scenario: y\n    Whatever this is\n", "bad.feature");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("bad.feature:3"), std::string::npos) << bad.status();
  auto unterminated =
      ParseFeature("Feature: x\n  Scenario: y\n    When executing query:\n  \"\"\"\n", "u.feature");
  ASSERT_FALSE(unterminated.ok());
  EXPECT_NE(unterminated.status().message().find("u.feature:4"), std::string::npos);
}

std::string Canon(std::string_view text, bool sort_lists = false) {
  auto v = ParseTckValue(text);
  if (!v.ok()) return "ERR " + std::string(v.status().message());
  return CanonicalValue(*v, sort_lists);
}

TEST(TckValue, Scalars) {
  EXPECT_EQ(Canon("null"), "null");
  EXPECT_EQ(Canon("true"), "true");
  EXPECT_EQ(Canon("-7"), "-7");
  EXPECT_EQ(Canon("1.0"), Canon("1.00"));
  EXPECT_NE(Canon("1"), Canon("1.0"));
  EXPECT_EQ(Canon(".5"), Canon("0.5"));
  EXPECT_EQ(Canon("1e-305"), CanonicalValue(Value::Float(1e-305), false));
  EXPECT_EQ(Canon("NaN"), "float:NaN");
  // TCK-level unescaping: \' and \\ inside a string.
  auto s = ParseTckValue("'it\\'s a\\\\b'");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(*s->as_string(), "it's a\\b");
  EXPECT_TRUE(absl::IsInvalidArgument(ParseTckValue("'open").status()));
  EXPECT_TRUE(absl::IsInvalidArgument(ParseTckValue("1 2").status()));
}

TEST(TckValue, Composites) {
  EXPECT_EQ(Canon("[1, 'a', [2], null]"), "[1, 'a', [2], null]");
  EXPECT_EQ(Canon("[]"), "[]");
  EXPECT_EQ(Canon("{num: 1, name: 'A'}"), Canon("{name: 'A', num: 1}"));
  EXPECT_EQ(Canon("(:B:A {name: 'x'})"), Canon("(:A:B {name: 'x'})"));
  EXPECT_NE(Canon("(:A)"), Canon("(:B)"));
  EXPECT_EQ(Canon("[:KNOWS {since: 2000}]"), "[:KNOWS {since: 2000}]");
  auto rel = ParseTckValue("[:T]");
  ASSERT_TRUE(rel.ok());
  EXPECT_NE(rel->as_edge(), nullptr);  // a relationship, not a list
  EXPECT_EQ(Canon("[1, 2]", true), Canon("[2, 1]", true));
  EXPECT_NE(Canon("[1, 2]"), Canon("[2, 1]"));
  EXPECT_EQ(Canon("[[1, 2], [3]]", true), Canon("[[3], [2, 1]]", true));
}

TEST(TckValue, PathsKeepHopDirections) {
  auto p = ParseTckValue("<(:A)-[:T]->(:B)<-[:U]-(:C)>");
  ASSERT_TRUE(p.ok()) << p.status();
  ASSERT_NE(p->as_path(), nullptr);
  EXPECT_EQ(p->as_path()->nodes.size(), 3u);
  EXPECT_EQ(ToCypherLiteral(*p), "<(:A)-[:T]->(:B)<-[:U]-(:C)>");
  EXPECT_NE(Canon("<(:A)-[:T]->(:B)>"), Canon("<(:A)<-[:T]-(:B)>"));
  EXPECT_EQ(Canon("<()>"), "<( {})>");
  EXPECT_FALSE(ParseTckValue("<(:A)<-[:T]->(:B)>").ok());

  // An engine path with real ids compares equal to the parsed one.
  PathValue real;
  NodeRef a, b, c;
  a.id = 10;
  a.labels = {"A"};
  b.id = 20;
  b.labels = {"B"};
  c.id = 5;
  c.labels = {"C"};
  EdgeRef t, u;
  t.src = 10;
  t.dst = 20;
  t.type = "T";
  u.src = 5;
  u.dst = 20;
  u.type = "U";
  real.nodes = {a, b, c};
  real.edges = {t, u};
  EXPECT_EQ(CanonicalValue(Value::Path(real), false), Canon("<(:A)-[:T]->(:B)<-[:U]-(:C)>"));
}

TEST(TckCompare, AnyOrderInOrderAndColumns) {
  Table expected = {{"a", "b"}, {"1", "'x'"}, {"2", "'y'"}};
  std::vector<std::vector<Value>> rows = {{Value::Int(2), Value::String("y")},
                                          {Value::Int(1), Value::String("x")}};
  EXPECT_EQ(CompareResult(expected, {"a", "b"}, rows, RowOrder::kAnyOrder, false), "");
  EXPECT_NE(CompareResult(expected, {"a", "b"}, rows, RowOrder::kInOrder, false)
                .find("wrong order"),
            std::string::npos);
  EXPECT_NE(CompareResult(expected, {"b", "a"}, rows, RowOrder::kAnyOrder, false)
                .find("columns differ"),
            std::string::npos);
  // Duplicates count.
  rows.push_back({Value::Int(2), Value::String("y")});
  std::string diff = CompareResult(expected, {"a", "b"}, rows, RowOrder::kAnyOrder, false);
  EXPECT_NE(diff.find("expected 2 row(s), got 3"), std::string::npos) << diff;
  EXPECT_NE(diff.find("unexpected | 2 | 'y' |"), std::string::npos) << diff;
  // 1 is not 1.0.
  EXPECT_NE(CompareResult({{"v"}, {"1"}}, {"v"}, {{Value::Float(1.0)}}, RowOrder::kAnyOrder,
                          false),
            "");
  // Header only: zero rows.
  EXPECT_EQ(CompareResult({{"v"}}, {"v"}, {}, RowOrder::kAnyOrder, false), "");
}

TEST(TckSideEffects, CountsSetDifferences) {
  GraphSnapshot before, after;
  before.nodes = {1, 2};
  before.labels = {"A"};
  before.properties = {"n1.k=1"};
  after.nodes = {2, 3, 4};
  after.edges = {7};
  after.labels = {"A", "B"};
  after.properties = {"n1.k=2", "n3.k=1"};
  auto c = SideEffectCounters(before, after);
  EXPECT_EQ(c["+nodes"], 2);
  EXPECT_EQ(c["-nodes"], 1);
  EXPECT_EQ(c["+relationships"], 1);
  EXPECT_EQ(c["-relationships"], 0);
  EXPECT_EQ(c["+labels"], 1);
  EXPECT_EQ(c["-labels"], 0);
  EXPECT_EQ(c["+properties"], 2);
  EXPECT_EQ(c["-properties"], 1);
}

// Every copied feature file parses, the scenario count matches the README,
// and every scenario has a row in scenarios.tsv (same file, line, example).
TEST(TckGherkin, ParsesAllSharedFeatures) {
  namespace fs = std::filesystem;
  fs::path root = fs::path(KG_SHARED_DIR) / "tck";
  if (!fs::exists(root / "features")) {
    GTEST_SKIP() << "no TCK at " << root << " (../shared absent)";
  }
  std::set<std::string> keys;
  {
    std::ifstream tsv(root / "scenarios.tsv");
    std::string line;
    std::getline(tsv, line);
    while (std::getline(tsv, line)) {
      std::istringstream in(line);
      std::string file, lineno, name, example;
      std::getline(in, file, '\t');
      std::getline(in, lineno, '\t');
      std::getline(in, name, '\t');
      std::getline(in, example, '\t');
      keys.insert(file + ":" + lineno + ":" + (example.empty() ? "-1" : example));
    }
  }
  size_t total = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root / "features")) {
    if (entry.path().extension() != ".feature") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    std::string rel = fs::relative(entry.path(), root / "features").string();
    auto scenarios = ParseFeature(buf.str(), rel);
    ASSERT_TRUE(scenarios.ok()) << scenarios.status();
    for (const Scenario& s : *scenarios) {
      ++total;
      EXPECT_EQ(keys.count(s.file + ":" + std::to_string(s.line) + ":" +
                           std::to_string(s.example)),
                1u)
          << s.file << ":" << s.line << " " << s.name;
    }
  }
  EXPECT_EQ(total, 1253u);
  EXPECT_EQ(keys.size(), 1253u);
}

}  // namespace
}  // namespace kg::query::tck
