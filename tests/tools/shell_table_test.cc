#include "tools/shell_table.h"

#include <sstream>

#include "gtest/gtest.h"

namespace kg::tools {
namespace {

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

TEST(DisplayWidthTest, CountsColumnsNotBytes) {
  EXPECT_EQ(DisplayWidth("abc"), 3u);
  EXPECT_EQ(DisplayWidth("Lương Cường"), 11u);     // precomposed letters
  EXPECT_EQ(DisplayWidth("e\xCC\x81"), 1u);         // e + combining acute
  EXPECT_EQ(DisplayWidth("越南"), 4u);               // wide characters
  EXPECT_EQ(DisplayWidth("\xFF"), 1u);              // invalid byte
}

TEST(RenderTableTest, NaturalWidthsWhenTheyFit) {
  std::string t = RenderTable({"name", "n"}, {{"To Lam", "3"}, {"Lương Cường", "12"}},
                              {.width = 80});
  EXPECT_EQ(t,
            "+-------------+----+\n"
            "| name        | n  |\n"
            "+-------------+----+\n"
            "| To Lam      | 3  |\n"
            "| Lương Cường | 12 |\n"
            "+-------------+----+\n");
}

TEST(RenderTableTest, EmptyResultShowsHeaderOnly) {
  EXPECT_EQ(RenderTable({"a"}, {}, {}), "+---+\n| a |\n+---+\n");
  EXPECT_EQ(RenderTable({}, {}, {}), "");
}

TEST(RenderTableTest, WrapsLongCellsAtSpacesToFitWidth) {
  std::string sentence =
      "Vietnam was elected a non-permanent member of the UN Security Council for 2020-2021";
  std::string t = RenderTable({"who", "sentence"}, {{"Vietnam", sentence}},
                              {.width = 40, .overflow = Overflow::kWrap});
  std::vector<std::string> lines = Lines(t);
  ASSERT_GT(lines.size(), 5u);  // the sentence took several lines
  for (const auto& l : lines) EXPECT_LE(DisplayWidth(l), 40u) << l;
  // Every word survives the wrapping, in order.
  std::string joined;
  for (size_t i = 3; i + 1 < lines.size(); ++i) {
    std::string cell = lines[i].substr(lines[i].rfind('|', lines[i].size() - 2) + 2);
    cell = cell.substr(0, cell.find_last_not_of(" |") + 1);
    if (!cell.empty()) joined += (joined.empty() ? "" : " ") + cell;
  }
  EXPECT_EQ(joined, sentence);
}

TEST(RenderTableTest, CutsWithEllipsis) {
  std::string t = RenderTable({"k", "v"}, {{"a", std::string(100, 'x')}, {"b", "two\nlines"}},
                              {.width = 30, .overflow = Overflow::kCut});
  std::vector<std::string> lines = Lines(t);
  ASSERT_EQ(lines.size(), 6u);  // one line per row
  for (const auto& l : lines) EXPECT_EQ(DisplayWidth(l), 30u) << l;
  EXPECT_NE(lines[3].find("xxx…"), std::string::npos);
  EXPECT_NE(lines[4].find("two…"), std::string::npos);
}

TEST(RenderTableTest, NewlinesBreakLinesWhenWrapping) {
  std::string t = RenderTable({"v"}, {{"one\ntwo"}}, {});
  EXPECT_EQ(t, "+-----+\n| v   |\n+-----+\n| one |\n| two |\n+-----+\n");
}

TEST(RenderTableTest, NeverSqueezesBelowMinimum) {
  std::string t = RenderTable({"a", "b", "c"},
                              {{std::string(50, 'a'), std::string(50, 'b'), "c"}},
                              {.width = 10, .overflow = Overflow::kCut, .min_column = 5});
  // 5 + 5 + 1 content columns plus borders: wider than asked, but readable.
  EXPECT_EQ(Lines(t)[0], "+-------+-------+---+");
}

TEST(CsvRecordTest, QuotesOnlyWhenNeeded) {
  EXPECT_EQ(CsvRecord({"a", "b c", "x,y", "say \"hi\"", "l1\nl2", ""}),
            "a,b c,\"x,y\",\"say \"\"hi\"\"\",\"l1\nl2\",");
}

TEST(JsonQuoteTest, EscapesControlAndQuotes) {
  EXPECT_EQ(JsonQuote("a\"b\\c\nd\x01 Tô Lâm"), "\"a\\\"b\\\\c\\nd\\u0001 Tô Lâm\"");
}

}  // namespace
}  // namespace kg::tools
