#include "tools/shell_resolve.h"

#include "gtest/gtest.h"
#include "tests/tools/fake_graph_util.h"

namespace kg::tools {
namespace {

using testing::FakeGraph;

class ResolveTest : public ::testing::Test {
 protected:
  void SetUp() override {
    g_.AddNode(1, "Person", "Tô Lâm", {"To Lam", "Mr. To Lam"});
    g_.AddNode(2, "Person", "Lương Cường");
    g_.AddNode(3, "Country", "United States", {"U.S.", "USA"});
    g_.AddNode(4, "Country", "Georgia");
    g_.AddNode(5, "Place", "Georgia");
    g_.AddNode(6, "Person", "Joe Biden");
  }
  FakeGraph g_;
};

TEST_F(ResolveTest, DiacriticsCaseAndAliases) {
  auto a = ResolveName(g_, "to lam");
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->id, 1u);
  EXPECT_EQ(a->name, "Tô Lâm");
  EXPECT_EQ(a->label, "Person");
  EXPECT_EQ(ResolveName(g_, "Luong Cuong")->id, 2u);
  EXPECT_EQ(ResolveName(g_, "USA")->id, 3u);
  EXPECT_EQ(ResolveName(g_, "u.s.")->id, 3u);
}

TEST_F(ResolveTest, AmbiguousNamesListMatchesAndLabelPrefixPicks) {
  auto a = ResolveName(g_, "Georgia");
  EXPECT_EQ(a.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(a.status().message().find("Georgia (Country), Georgia (Place)"),
            std::string::npos) << a.status();
  auto c = ResolveName(g_, "Place:Georgia");
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_EQ(c->id, 5u);
}

TEST_F(ResolveTest, UnknownNamesSuggestNearest) {
  auto a = ResolveName(g_, "Joe Bidden");
  EXPECT_EQ(a.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(a.status().message().find("nearest: Joe Biden (Person)"), std::string::npos)
      << a.status();
  auto b = ResolveName(g_, "Biden");  // a whole word of exactly one name is that node
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_EQ(b->name, "Joe Biden");
  auto d = ResolveName(g_, "Bide");  // a part of a word is only a suggestion
  EXPECT_EQ(d.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(d.status().message().find("nearest: Joe Biden (Person)"), std::string::npos) << d.status();
  auto c = ResolveName(g_, "Zzyzx Qwerty");
  EXPECT_EQ(c.status().message(), "no node named 'Zzyzx Qwerty'");
}

TEST(EditDistanceTest, CountsCodePoints) {
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3u);
  EXPECT_EQ(EditDistance("lâm", "lam"), 1u);
  EXPECT_EQ(EditDistance("", "abc"), 3u);
}

}  // namespace
}  // namespace kg::tools
