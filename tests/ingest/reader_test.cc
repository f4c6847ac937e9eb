#include "ingest/reader.h"

#include <utf8proc.h>

#include <cstdlib>
#include <random>

#include "gtest/gtest.h"
#include "ingest_test_util.h"

namespace kg::ingest {
namespace {

TEST(Reader, NormalisesToNfc) {
  std::vector<std::string> w;
  // "Tô Lâm" written with combining marks becomes precomposed.
  auto doc = PrepareDocument("d", "To\xCC\x82 La\xCC\x82m met Biden.", &w);
  ASSERT_TRUE(doc.has_value());
  EXPECT_EQ(doc->text, "T\xC3\xB4 L\xC3\xA2m met Biden.");
  EXPECT_TRUE(w.empty());
}

// The reader normalises run by run; the result must be NFC of the whole
// text. Random strings over characters that compose, reorder, decompose
// or do nothing, compared with utf8proc's NFC of the whole string.
TEST(Reader, NfcByRunsEqualsNfcOfWholeText) {
  const std::vector<std::string> alphabet = {
      "a", "e", "o", "A", "T", "1", "-",
      "\xCC\x81", "\xCC\x82", "\xCC\xA3", "\xCC\x9B", "\xCC\x88",  // combining marks
      "\xC3\xB4", "\xC3\xA2", "\xE1\xBA\xBF", "\xC6\xB0",           // o^ a^ e^' u+
      "\xE2\x84\xAB", "\xCD\x84", "\xEF\xA4\x80",                   // singletons
      "\xE1\x84\x80", "\xE1\x85\xA1", "\xE1\x86\xA8", "\xEA\xB0\x80",  // Hangul
      "\xE2\x80\x9C", "\xE2\x80\x94", "\xC2\xA0", "\xE0\xBD\xB3"};
  std::mt19937 rng(7);
  for (int n = 0; n < 20000; ++n) {
    std::string s = "x";
    int len = 1 + static_cast<int>(rng() % 12);
    for (int k = 0; k < len; ++k) s += alphabet[rng() % alphabet.size()];
    std::vector<std::string> w;
    auto doc = PrepareDocument("d", s, &w);
    ASSERT_TRUE(doc.has_value());
    utf8proc_uint8_t* whole = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str()));
    ASSERT_NE(whole, nullptr);
    std::string expected(reinterpret_cast<char*>(whole));
    std::free(whole);
    ASSERT_EQ(doc->text, expected) << "input " << s;
  }
}

TEST(Reader, RepairsInvalidUtf8WithWarningNamingDocumentAndLine) {
  std::vector<std::string> w;
  auto doc = PrepareDocument("bad", "first line\nsecond \xFF\xFE line\n", &w);
  ASSERT_TRUE(doc.has_value());
  EXPECT_NE(doc->text.find("\xEF\xBF\xBD"), std::string::npos);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_NE(w[0].find("bad"), std::string::npos);
  EXPECT_NE(w[0].find("line 2"), std::string::npos);
}

TEST(Reader, SkipsEmptyAndBinary) {
  std::vector<std::string> w;
  EXPECT_FALSE(PrepareDocument("empty", "  \n\n ", &w).has_value());
  EXPECT_FALSE(PrepareDocument("bin", std::string("PK\x03\x04\0\0\0\x01", 8), &w).has_value());
  std::string nul_inside = std::string(1001, 'x') + std::string(1, '\0') + std::string(500, 'y');
  EXPECT_FALSE(PrepareDocument("bin2", nul_inside, &w).has_value());
  ASSERT_EQ(w.size(), 3u);
  EXPECT_NE(w[0].find("empty"), std::string::npos);
  EXPECT_NE(w[1].find("binary"), std::string::npos);
}

TEST(Reader, WarnsAboutHugeLines) {
  std::vector<std::string> w;
  std::string line(300000, 'a');
  auto doc = PrepareDocument("huge", line, &w);
  ASSERT_TRUE(doc.has_value());
  ASSERT_EQ(w.size(), 1u);
  EXPECT_NE(w[0].find("huge"), std::string::npos);
}

// Lines of many lengths (the reader scans eight bytes at a time): the
// invalid byte's line and the longest line are still counted exactly.
TEST(Reader, CountsLinesAndTheLongestLineExactly) {
  std::vector<std::string> w;
  std::string text = std::string(7, 'a') + "\n" + std::string(8, 'b') + "\n" + std::string(9, 'c') +
                     "\n\n" + std::string(17, 'd') + " \xC3\xA2" + std::string(200003, 'e') + "\n" +
                     "tail \xFF here\n";
  auto doc = PrepareDocument("lines", text, &w);
  ASSERT_TRUE(doc.has_value());
  ASSERT_EQ(w.size(), 2u) << ::testing::PrintToString(w);
  EXPECT_NE(w[0].find("first on line 6"), std::string::npos) << w[0];
  EXPECT_NE(w[1].find("a line of 200022 characters"), std::string::npos) << w[1];
}

TEST(Reader, RemovesDebrisKeepingOffsets) {
  std::string text =
      "Leaders met in Hanoi. Photo: VNA |\n"
      "W-dd4a4fac16a2b0fce9b3.jpg\n"
      "leftcenterrightdel\n"
      "The President spoke. Photo: Nguyễn Hải\n"
      "Thượng tướng kiểm tra (13).jpg\n"
      "Officials said: the talks, held over two days in the capital, were useful. (Photo: Reuters)\n"
      "Tags: diplomacy, ASEAN, United Nations, General Assembly, Security Council, summit\n"
      "  ADVERTISEMENT \n"
      "He added: the photo: was not shown.\n"
      "Last line.";
  std::string before = text;
  RemoveDebris(&text);
  EXPECT_EQ(text.find("Photo"), std::string::npos);
  EXPECT_EQ(text.find(".jpg"), std::string::npos);
  EXPECT_EQ(text.find("leftcenter"), std::string::npos);
  EXPECT_NE(text.find("Leaders met in Hanoi."), std::string::npos);
  EXPECT_NE(text.find("The President spoke."), std::string::npos);
  EXPECT_NE(text.find("were useful."), std::string::npos);
  EXPECT_EQ(text.find("Reuters"), std::string::npos);
  EXPECT_EQ(text.find("Tags"), std::string::npos);
  EXPECT_EQ(text.find("ADVERTISEMENT"), std::string::npos);
  EXPECT_NE(text.find("He added: the photo: was not shown."), std::string::npos);
  // Code point positions are kept: "Last line." starts at the same code point.
  auto cps = [](const std::string& s, size_t byte) {
    size_t n = 0;
    for (size_t i = 0; i < byte; ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    return n;
  };
  EXPECT_EQ(cps(text, text.find("Last line.")), cps(before, before.find("Last line.")));
}

TEST(Reader, DecodesHtmlCharacterReferencesOfScrapedPages) {
  std::vector<std::string> w;
  auto doc = PrepareDocument("d",
                             "Thai PM&#39;s visit &ndash; Prime Minister Pham&nbsp;Minh Chinh met Jos&eacute; "
                             "Ram&#xED;rez &amp; &#8220;friends&#8221;; AT&T &copy; &#0; &#55296; &bogus; & so.",
                             &w);
  ASSERT_TRUE(doc.has_value());
  EXPECT_EQ(doc->text,
            "Thai PM's visit \u2013 Prime Minister Pham Minh Chinh met Jos\u00e9 Ram\u00edrez & "
            "\u201cfriends\u201d; AT&T &copy; &#0; &#55296; &bogus; & so.");
  EXPECT_TRUE(w.empty());
  // Decoded letters are NFC like the rest: "e" and a combining acute become one.
  auto nfc = PrepareDocument("d", "Jose&#769; Marti", &w);
  ASSERT_TRUE(nfc.has_value());
  EXPECT_EQ(nfc->text, "Jos\u00e9 Marti");
  bool non_ascii = false;
  std::string plain = "no references here, & none; at all";
  EXPECT_FALSE(DecodeHtmlEntities(&plain, &non_ascii));
  EXPECT_FALSE(non_ascii);
}

TEST(Reader, ListsDirectoriesRecursivelyAndReportsMissingPaths) {
  testing::TempDir dir;
  testing::WriteFile(dir / "b/2.txt", "x");
  testing::WriteFile(dir / "a.txt", "x");
  testing::WriteFile(dir / "b/c/3.txt", "x");
  auto list = ListInputs({dir.path()});
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ((*list)[0], dir / "a.txt");
  auto missing = ListInputs({dir / "nope.txt"});
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("nope.txt"), std::string::npos);
}

TEST(Reader, DocumentIdIsTheFileStem) {
  testing::TempDir dir;
  testing::WriteFile(dir / "017_abc.txt", "Vietnam joined the UN in 1977.");
  std::vector<std::string> w;
  auto doc = ReadDocument(dir / "017_abc.txt", &w);
  ASSERT_TRUE(doc.has_value());
  EXPECT_EQ(doc->doc_id, "017_abc");
  EXPECT_EQ(doc->fingerprint.size(), 32u);
}

}  // namespace
}  // namespace kg::ingest
