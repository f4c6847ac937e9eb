#include "tools/shell_complete.h"
#include "tools/shell_lines.h"

#include "gtest/gtest.h"

namespace kg::tools {
namespace {

std::vector<std::string> Texts(const std::vector<StatementSplitter::Item>& items) {
  std::vector<std::string> out;
  for (const auto& i : items) out.push_back((i.is_command ? "CMD " : "") + i.text);
  return out;
}

TEST(StatementSplitterTest, MultiLineStatementsEndAtSemicolon) {
  StatementSplitter s;
  EXPECT_TRUE(s.AddLine("MATCH (n:Person)").empty());
  EXPECT_TRUE(s.in_statement());
  auto done = s.AddLine("RETURN n.name;");
  ASSERT_EQ(done.size(), 1u);
  EXPECT_EQ(done[0].text, "MATCH (n:Person)\nRETURN n.name");
  EXPECT_EQ(done[0].first_line, 1);
  EXPECT_FALSE(s.in_statement());
}

TEST(StatementSplitterTest, SemicolonsInStringsNamesAndCommentsDoNotSplit) {
  StatementSplitter s;
  auto a = s.AddLine("RETURN 'a;b' AS `x;y`, \"c\\\";d\" /* ; */ AS z; RETURN 2;");
  EXPECT_EQ(Texts(a), (std::vector<std::string>{
                          "RETURN 'a;b' AS `x;y`, \"c\\\";d\"         AS z", "RETURN 2"}));
  auto b = s.AddLine("RETURN 3 // not yet;");
  EXPECT_TRUE(b.empty());
  EXPECT_EQ(Texts(s.AddLine(";")), (std::vector<std::string>{"RETURN 3"}));
  // A string spanning lines keeps the statement open.
  EXPECT_TRUE(s.AddLine("RETURN 'multi").empty());
  EXPECT_EQ(Texts(s.AddLine("line;';")), (std::vector<std::string>{"RETURN 'multi\nline;'"}));
}

TEST(StatementSplitterTest, CommandsOnlyAtStatementStart) {
  StatementSplitter s;
  EXPECT_EQ(Texts(s.AddLine("  :met To Lam  ")), (std::vector<std::string>{"CMD :met To Lam"}));
  EXPECT_TRUE(s.AddLine("MATCH (n)").empty());
  EXPECT_TRUE(s.AddLine(":Person").empty());  // inside a statement: Cypher text
  EXPECT_EQ(Texts(s.AddLine("RETURN n;")),
            (std::vector<std::string>{"MATCH (n)\n:Person\nRETURN n"}));
}

TEST(StatementSplitterTest, FinishReturnsTheUnterminatedRest) {
  StatementSplitter s;
  s.AddLine("");
  s.AddLine("RETURN 1");
  auto rest = s.Finish();
  ASSERT_EQ(rest.size(), 1u);
  EXPECT_EQ(rest[0].text, "RETURN 1");
  EXPECT_EQ(rest[0].first_line, 2);
  EXPECT_TRUE(s.Finish().empty());
}

TEST(SplitArgsTest, QuotesGroupWords) {
  EXPECT_EQ(SplitArgs("\"To Lam\" 'Joe Biden' 2"),
            (std::vector<std::string>{"To Lam", "Joe Biden", "2"}));
  EXPECT_EQ(SplitArgs("  a\\b  'it\\'s' "), (std::vector<std::string>{"a\\b", "it's"}));
  EXPECT_TRUE(SplitArgs("   ").empty());
}

TEST(CypherQuoteTest, EscapesQuotesAndBackslashes) {
  EXPECT_EQ(CypherQuote("Côte d'Ivoire"), "'Côte d\\'Ivoire'");
  EXPECT_EQ(CypherQuote("a\\b"), "'a\\\\b'");
}

class CompleteTest : public ::testing::Test {
 protected:
  std::vector<std::string> At(std::string_view line, bool starts = true) {
    size_t start = 0;
    return CompleteAt(line, line.size(), starts, words_, &start);
  }
  CompletionWords words_{{"Country", "Person", "Place"},
                         {"MEMBER_OF", "MET", "PARTNERSHIP"},
                         {"name", "aliases", "title"},
                         {"who"}};
};

TEST_F(CompleteTest, LabelsTypesPropertiesParams) {
  EXPECT_EQ(At("MATCH (n:P"), (std::vector<std::string>{"Person", "Place"}));
  EXPECT_EQ(At("MATCH (n:Person)-[r:M"), (std::vector<std::string>{"MEMBER_OF", "MET"}));
  EXPECT_EQ(At("MATCH ()-[:MET|P"), (std::vector<std::string>{"PARTNERSHIP"}));
  EXPECT_EQ(At("MATCH (n)-[r]->(:C"), (std::vector<std::string>{"Country"}));
  EXPECT_EQ(At("RETURN n.na"), (std::vector<std::string>{"name"}));
  EXPECT_EQ(At("WHERE n.name = $w"), (std::vector<std::string>{"who"}));
}

TEST_F(CompleteTest, KeywordsFollowTheCaseTyped) {
  EXPECT_EQ(At("MATCH (n) RET"), (std::vector<std::string>{"RETURN"}));
  EXPECT_EQ(At("match (n) ret"), (std::vector<std::string>{"return"}));
  auto fns = At("RETURN toL");
  EXPECT_NE(std::find(fns.begin(), fns.end(), "toLower"), fns.end());
}

TEST_F(CompleteTest, ShellCommandsAndTheirArguments) {
  size_t start = 99;
  auto c = CompleteAt(":f", 2, true, words_, &start);
  EXPECT_EQ(c, (std::vector<std::string>{":format"}));
  EXPECT_EQ(start, 0u);
  EXPECT_EQ(At(":s"), (std::vector<std::string>{":schema", ":source", ":sources", ":stats"}));
  EXPECT_EQ(At(":format j"), (std::vector<std::string>{"json"}));
  EXPECT_EQ(At(":timing "), (std::vector<std::string>{"off", "on"}));
  // On a continuation line ':' starts a label, not a command.
  EXPECT_EQ(At(":Pe", false), (std::vector<std::string>{"Person"}));
}

}  // namespace
}  // namespace kg::tools
