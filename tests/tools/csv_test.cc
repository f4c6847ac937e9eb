#include "tools/csv.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/tools/kg_cli_util.h"

namespace kg::tools {
namespace {

using Records = std::vector<std::pair<int64_t, std::vector<std::string>>>;

absl::StatusOr<Records> ReadAll(const std::string& text) {
  testing::TempDir dir;
  testing::WriteFileOrDie(dir / "f.csv", text);
  auto reader = CsvReader::Open(dir / "f.csv");
  if (!reader.ok()) return reader.status();
  Records out;
  std::vector<std::string> fields;
  for (;;) {
    auto more = (*reader)->Next(&fields);
    if (!more.ok()) return more.status();
    if (!*more) break;
    out.emplace_back((*reader)->line(), fields);
  }
  return out;
}

TEST(CsvReaderTest, PlainQuotedAndEmptyFields) {
  auto r = ReadAll("a,b,c\n1,,\"x, \"\"y\"\"\"\n,2,\n");
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->size(), 3u);
  EXPECT_EQ((*r)[1].second, (std::vector<std::string>{"1", "", "x, \"y\""}));
  EXPECT_EQ((*r)[2].second, (std::vector<std::string>{"", "2", ""}));
}

TEST(CsvReaderTest, LineNumbersCountNewlinesInsideQuotesAndBlankLines) {
  auto r = ReadAll("\xEF\xBB\xBFh1,h2\r\n\"multi\nline\",2\r\n\r\nlast,3");
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->size(), 3u);
  EXPECT_EQ((*r)[0].second[0], "h1");  // BOM stripped
  EXPECT_EQ((*r)[0].first, 1);
  EXPECT_EQ((*r)[1].first, 2);
  EXPECT_EQ((*r)[1].second[0], "multi\nline");
  EXPECT_EQ((*r)[2].first, 5);  // after the 2-line record and a blank line
  EXPECT_EQ((*r)[2].second, (std::vector<std::string>{"last", "3"}));
}

TEST(CsvReaderTest, ErrorsNameFileAndLine) {
  auto stray = ReadAll("a,b\n1,x\"y\n");
  ASSERT_FALSE(stray.ok());
  EXPECT_NE(stray.status().message().find("f.csv:2:"), std::string::npos) << stray.status();

  auto after = ReadAll("a,b\n1,2\n\"q\"x,3\n");
  ASSERT_FALSE(after.ok());
  EXPECT_NE(after.status().message().find("f.csv:3:"), std::string::npos) << after.status();

  auto open = ReadAll("a,b\n1,2\n3,\"never closed\n4,5\n");
  ASSERT_FALSE(open.ok());
  EXPECT_NE(open.status().message().find("f.csv:3:"), std::string::npos) << open.status();
  EXPECT_NE(open.status().message().find("not closed"), std::string::npos);
}

TEST(CsvReaderTest, LargeFileAcrossBufferBoundaries) {
  std::string text = "id,name\n";
  for (int i = 0; i < 200000; ++i) text += std::to_string(i) + ",\"n,\"\"" + std::to_string(i) + "\"\n";
  auto r = ReadAll(text);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->size(), 200001u);
  EXPECT_EQ(r->back().first, 200001);
  EXPECT_EQ(r->back().second[1], "n,\"199999");
}

TEST(CsvWriterTest, QuotesOnlyWhenNeededAndReadsBack) {
  std::string out;
  AppendCsvRecord({"plain", "a,b", "say \"hi\"", "two\nlines", " pad", ""}, &out);
  EXPECT_EQ(out, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" pad\",\n");
  auto r = ReadAll(out);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ((*r)[0].second,
            (std::vector<std::string>{"plain", "a,b", "say \"hi\"", "two\nlines", " pad", ""}));
}

// CsvCursor over the same text (BOM skipped as the importer does): records
// as owned strings, or the error.
absl::StatusOr<Records> CursorAll(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  CsvCursor cursor("f.csv", text);
  Records out;
  std::vector<std::string_view> fields;
  for (;;) {
    auto more = cursor.Next(&fields);
    if (!more.ok()) return more.status();
    if (!*more) break;
    out.emplace_back(cursor.line(), std::vector<std::string>(fields.begin(), fields.end()));
  }
  return out;
}

// The in-memory cursor (fast path for plain lines, state machine otherwise)
// gives exactly CsvReader's records, line numbers and errors.
TEST(CsvCursorTest, SameRecordsLinesAndErrorsAsCsvReader) {
  const std::vector<std::string> inputs = {
      "a,b,c\n1,,\"x, \"\"y\"\"\"\n,2,\n",
      "\xEF\xBB\xBFh1,h2\r\n\"multi\nline\",2\r\n\r\nlast,3",
      "a,b\n\n\n1,2\n3,4",
      "a,b,\n1,2,",
      "a\rb\rc\r\n\rd\n",
      "\"\"\n\"\",\"\"\n",
      "x,\"a\"\"\"\"b\",\"\"\"\",y\n",
      "q,\"two\r\nlines\"\r\nnext,1\r\n",
      "plain,fields, with spaces ,ok\n",
      "a,b\n1,x\"y\n",
      "a,b\n1,2\n\"q\"x,3\n",
      "a,b\n1,2\n3,\"never closed\n4,5\n",
      "a,b\n1,\"closed\"",
      "",
      "\n\r\n",
  };
  for (const std::string& text : inputs) {
    SCOPED_TRACE(text);
    auto want = ReadAll(text);
    auto got = CursorAll(text);
    ASSERT_EQ(got.ok(), want.ok()) << got.status() << " vs " << want.status();
    if (!want.ok()) {
      // Same message; the reader names the temp file's full path.
      std::string message(want.status().message());
      EXPECT_NE(message.find(std::string(got.status().message())), std::string::npos)
          << got.status() << " vs " << want.status();
      continue;
    }
    EXPECT_EQ(*got, *want);
  }
}

TEST(CsvCursorTest, StartsAtAGivenLineAndReportsTheOffset) {
  std::string text = "h\n1,2\n3,4\n";
  CsvCursor head("f.csv", text);
  std::vector<std::string_view> fields;
  ASSERT_TRUE(*head.Next(&fields));
  EXPECT_EQ(head.offset(), 2u);
  EXPECT_EQ(head.next_line(), 2);
  CsvCursor rest("f.csv", std::string_view(text).substr(head.offset()), head.next_line());
  ASSERT_TRUE(*rest.Next(&fields));
  ASSERT_TRUE(*rest.Next(&fields));
  EXPECT_EQ(rest.line(), 3);
  EXPECT_EQ(fields, (std::vector<std::string_view>{"3", "4"}));
  EXPECT_EQ(rest.ErrorAt("bad").message(), "f.csv:3: bad");
  EXPECT_FALSE(*rest.Next(&fields));
}

}  // namespace
}  // namespace kg::tools
