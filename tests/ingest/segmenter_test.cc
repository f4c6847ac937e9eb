#include "ingest/internal/segmenter.h"

#include "graph/fold.h"
#include "gtest/gtest.h"

namespace kg::ingest::internal {
namespace {

std::vector<char> fold_store;

std::vector<std::string> Sentences(const std::string& text) {
  auto toks = Tokenize(text, &fold_store);
  std::vector<std::string> out;
  for (const auto& s : SplitSentences(toks)) out.push_back(text.substr(s.b, s.e - s.b));
  return out;
}

TEST(Segmenter, AbbreviationsDoNotEndSentences) {
  auto s = Sentences(
      "Mr. Phuc met U.S. officials and U.N. envoys on Jan. 5 and Sept. 9. "
      "Resolution No. 59-NQ/TW was adopted. Dr. Le spoke.");
  ASSERT_EQ(s.size(), 3u) << ::testing::PrintToString(s);
  EXPECT_EQ(s[1], "Resolution No. 59-NQ/TW was adopted.");
}

TEST(Segmenter, AWebSitesNameIsOneWord) {
  auto s = Sentences("VOV.VN - The minister spoke. It was reported by VnExpress.net on Monday. He left at 5.30 p.m.");
  ASSERT_EQ(s.size(), 3u) << ::testing::PrintToString(s);
  EXPECT_EQ(s[0], "VOV.VN - The minister spoke.");
  EXPECT_EQ(s[1], "It was reported by VnExpress.net on Monday.");
  // A sentence's last word before a next one still ends it.
  auto t = Sentences("They met in Hanoi.Vietnam and Laos agreed.");
  EXPECT_EQ(t.size(), 2u) << ::testing::PrintToString(t);
}

TEST(Segmenter, ParagraphsAndHeadlinesAreSentences) {
  auto s = Sentences("VIETNAM-US TIES\nThe two sides met. They agreed!\nNext paragraph here");
  ASSERT_EQ(s.size(), 4u) << ::testing::PrintToString(s);
  EXPECT_EQ(s[0], "VIETNAM-US TIES");
}

TEST(Segmenter, HardWrappedLinesContinue) {
  auto s = Sentences("The minister said that the\nvisit was a success.");
  ASSERT_EQ(s.size(), 1u);
}

TEST(Segmenter, TokensKeepCodePointOffsets) {
  std::string text = "Tô Lâm’s visit to the U.S. in 2024-2025";
  auto toks = Tokenize(text, &fold_store);
  std::vector<std::string> folds;
  for (const auto& t : toks) folds.emplace_back(t.fold);
  EXPECT_EQ(folds, (std::vector<std::string>{"to", "lam", "'s", "visit", "to", "the", "us", "in", "2024",
                                            "-", "2025"}));
  EXPECT_EQ(toks[1].cs, 3u);   // "Lâm" starts at code point 3
  EXPECT_EQ(toks[1].ce, 6u);
  EXPECT_EQ(toks[2].cs, 6u);   // "’s"
  EXPECT_TRUE(toks[6].upper);  // "U.S."
}

TEST(Segmenter, KeepsNumbersAndCodesWhole) {
  auto toks = Tokenize("nearly 1,500 officers; Directive No. 25-CT/TW; non-permanent", &fold_store);
  std::vector<std::string> folds;
  for (const auto& t : toks) folds.emplace_back(t.fold);
  EXPECT_EQ(folds, (std::vector<std::string>{"nearly", "1,500", "officers", ";", "directive", "no",
                                            "25 ct tw", ";", "non", "-", "permanent"}));
}

TEST(Segmenter, FoldsLongerThanTheirWordsGrowTheStore) {
  // U+FDFA (three bytes) folds (NFKD) to several words: the store outgrows
  // the room made for ASCII folds, and the folds already in it move along.
  const std::string ligature = "\xef\xb7\xba";
  const std::string long_fold = graph::FoldName(ligature);
  ASSERT_GT(long_fold.size(), 12u);
  std::string text = "Hanoi";
  for (int i = 0; i < 16; ++i) text += " " + ligature + " Hue";
  std::vector<char> store;
  auto toks = Tokenize(text, &store);
  std::vector<char> moved = std::move(store);  // folds stay valid
  ASSERT_EQ(toks.size(), 33u);
  EXPECT_EQ(toks[0].fold, "hanoi");
  for (size_t i = 1; i < toks.size(); i += 2) {
    EXPECT_EQ(toks[i].fold, long_fold) << i;
    EXPECT_EQ(toks[i + 1].fold, "hue") << i;
  }
}

TEST(Segmenter, VeryLongRunsAreCut) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "word ";
  auto sents = SplitSentences(Tokenize(text, &fold_store), 300);
  EXPECT_EQ(sents.size(), 4u);
}

}  // namespace
}  // namespace kg::ingest::internal
