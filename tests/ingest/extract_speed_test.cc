// Pinned results of the extraction steps made faster on branch
// extract-speed (plain-word fast path of Tokenize, the lexicon's edge table,
// RemoveDebris prefilters, Fingerprint, FoldName of ASCII). The expected
// values were computed with the code before those changes.
#include <string>
#include <vector>

#include "graph/fold.h"
#include "gtest/gtest.h"
#include "ingest/internal/lexicon.h"
#include "ingest/internal/segmenter.h"
#include "ingest/reader.h"

namespace kg::ingest {
namespace {

using internal::Token;
using internal::TokenKind;
using internal::Tokenize;

struct Folded {
  std::string fold;
  int kind;
  bool cap, upper;
  bool operator==(const Folded& o) const {
    return fold == o.fold && kind == o.kind && cap == o.cap && upper == o.upper;
  }
};
void PrintTo(const Folded& f, std::ostream* os) {
  *os << "{" << f.fold << " " << f.kind << " " << f.cap << " " << f.upper << "}";
}

std::vector<char> fold_store;

std::vector<Folded> Folds(const std::string& text) {
  std::vector<Folded> out;
  for (const Token& t : Tokenize(text, &fold_store))
    out.push_back({std::string(t.fold), static_cast<int>(t.kind), t.cap, t.upper});
  return out;
}

TEST(ExtractSpeed, PlainWordsFoldLikeBefore) {
  // Words of 1 to 20 bytes, capitals anywhere (lowered in 4- and 8-byte steps).
  EXPECT_EQ(Folds("iPhone ABC Abc abc 123 a I 7 Hanoi NATO INTERNATIONAL McDonaldsCorporation Ab x1Y2z3W4v5"),
            (std::vector<Folded>{{"iphone", 0, false, false},
                                 {"abc", 0, true, true},
                                 {"abc", 0, true, false},
                                 {"abc", 0, false, false},
                                 {"123", 1, false, false},
                                 {"a", 0, false, false},
                                 {"i", 0, true, true},
                                 {"7", 1, false, false},
                                 {"hanoi", 0, true, false},
                                 {"nato", 0, true, true},
                                 {"international", 0, true, true},
                                 {"mcdonaldscorporation", 0, true, false},
                                 {"ab", 0, true, false},
                                 {"x1y2z3w4v5", 0, false, false}}));
}

TEST(ExtractSpeed, WordsWithMarksTakeTheGeneralPath) {
  // A run followed by . - / ' or a letter outside ASCII continues in the
  // general loop from where the run ended.
  EXPECT_EQ(Folds("Mr. Smith met Sen. Kim. Resolution 59-NQ/TW, O'Brien, Nguy\xe1\xbb\x85n, seventy-ninth, e.g. Jr. "
                  "1,500 2.5"),
            (std::vector<Folded>{{"mr", 0, true, false},
                                 {"smith", 0, true, false},
                                 {"met", 0, false, false},
                                 {"sen", 0, true, false},
                                 {"kim", 0, true, false},
                                 {".", 2, false, false},
                                 {"resolution", 0, true, false},
                                 {"59 nq tw", 0, false, true},
                                 {",", 2, false, false},
                                 {"obrien", 0, true, false},
                                 {",", 2, false, false},
                                 {"nguyen", 0, true, false},
                                 {",", 2, false, false},
                                 {"seventy ninth", 0, false, false},
                                 {",", 2, false, false},
                                 {"eg", 0, false, false},
                                 {"jr", 0, true, false},
                                 {"1,500", 1, false, false},
                                 {"25", 1, false, false}}));
}

TEST(ExtractSpeed, SentencesOfPlainWordsAreCutAtTheLimit) {
  std::string text;
  for (int i = 0; i < 20; ++i) text += (i % 2) ? "abc " : "words ";
  auto sents = internal::SplitSentences(Tokenize(text, &fold_store), 7);
  ASSERT_EQ(sents.size(), 3u);
  EXPECT_EQ(sents[0].te, 7u);
  EXPECT_EQ(sents[1].te, 14u);
  EXPECT_EQ(sents[2].te, 20u);
}

TEST(ExtractSpeed, OrdinalsOfShortWords) {
  EXPECT_EQ(internal::OrdinalValue("and"), 0);
  EXPECT_EQ(internal::OrdinalValue("most"), 0);
  EXPECT_EQ(internal::OrdinalValue("1st"), 1);
  EXPECT_EQ(internal::OrdinalValue("22nd"), 22);
  EXPECT_EQ(internal::OrdinalValue("+1st"), 1);
  EXPECT_EQ(internal::OrdinalValue("a1st"), 0);
  EXPECT_EQ(internal::OrdinalValue("9999th"), 9999);
  EXPECT_EQ(internal::OrdinalValue("first"), 1);
  EXPECT_EQ(internal::OrdinalValue("eleventh"), 11);
  EXPECT_EQ(internal::OrdinalValue("seventy ninth"), 79);
}

TEST(ExtractSpeed, LexiconOfThousandsOfAliases) {
  // Enough edges for the table to grow several times.
  internal::Lexicon lex;
  std::string tsv;
  for (int i = 0; i < 3000; ++i) {
    tsv += "Organization\tCommittee Number " + std::to_string(i) + "\tCN" + std::to_string(i) + " Office|Bureau " +
           std::to_string(i * 7) + " of Things\n";
  }
  ASSERT_TRUE(lex.AddTsv(tsv, "many.tsv").ok());
  internal::LexHit hit;
  for (int i = 0; i < 3000; i += 37) {
    const std::string text = "the Committee Number " + std::to_string(i) + " met Bureau " + std::to_string(i * 7) +
                             " of Things and CN" + std::to_string(i) + " Office today";
    auto toks = Tokenize(text, &fold_store);
    ASSERT_EQ(lex.Match(toks, 1, toks.size(), &hit), 3u) << i;
    EXPECT_EQ(lex.entry(hit.entry).canonical, "Committee Number " + std::to_string(i));
    ASSERT_EQ(lex.Match(toks, 5, toks.size(), &hit), 4u) << i;
    EXPECT_EQ(lex.entry(hit.entry).canonical, "Committee Number " + std::to_string(i));
    ASSERT_EQ(lex.Match(toks, 10, toks.size(), &hit), 2u) << i;
    EXPECT_EQ(lex.entry(hit.entry).canonical, "Committee Number " + std::to_string(i));
    EXPECT_EQ(lex.Match(toks, 0, toks.size(), &hit), 0u);   // "the"
    EXPECT_EQ(lex.Match(toks, 4, toks.size(), &hit), 0u);   // "met"
    EXPECT_EQ(lex.Match(toks, 1, 3, &hit), 0u);             // cut before the number
    EXPECT_EQ(lex.Match(toks, 1, 1, &hit), 0u);             // empty range
  }
  auto toks = Tokenize("Committee Number 3000 and Bureau 7 of Stuff", &fold_store);
  EXPECT_EQ(lex.Match(toks, 0, toks.size(), &hit), 0u);
  EXPECT_EQ(lex.Match(toks, 4, toks.size(), &hit), 0u);
}

TEST(ExtractSpeed, CreditsAndLayoutLines) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Leaders met. Photo: VNA |  ", "Leaders met.               "},
      {"\xe1\xba\xa2nh: Quang H\xc3\xb9ng |\t", "\xe1\xba\xa2nh: Quang H\xc3\xb9ng  \t"},
      {"Talks ended (Photo: AFP)", "Talks ended             "},
      {"He said: image: none | x", "He said: image: none | x"},
      {"Photo: VNA ||", "Photo: VNA ||"},
      {"The tags: here", "The tags: here"},
      {"Tags: a, b", "          "},
      {"tagline.jpg", "           "},
      {"photo \xe2\x80\x93 credit: A B", "photo \xe2\x80\x93            "},
  };
  for (const auto& [in, want] : cases) {
    std::string text = in;
    RemoveDebris(&text);
    EXPECT_EQ(text, want) << in;
  }
}

TEST(ExtractSpeed, FingerprintIsUnchanged) {
  // Databases from before the algorithm was recorded must keep recognising
  // their documents: the legacy digest may never change.
  auto legacy = [](std::string_view text) {
    return Fingerprint(text, graph::FingerprintAlgorithm::kFnv1a2x64);
  };
  EXPECT_EQ(legacy(""), "14650fb0739d03839e3778b97f4a7da6");
  EXPECT_EQ(legacy("a"), "44bd8ad473cd990622bfea33e9cb32de");
  EXPECT_EQ(legacy("Hello, world.\n"), "be81d230e8d45ce7b5f5585afa60d7e6");
  EXPECT_EQ(legacy("T\xc3\xb4 L\xc3\xa2m visited Hanoi on 5 March 2024."), "22041a4d8c8462aab0d73042dbb21db6");
  EXPECT_EQ(legacy(std::string(1000, 'x') + "\xe2\x80\x9c" "end" "\xe2\x80\x9d"),
            "102eeb93bb0797695556efcd92f9298d");
  // XXH3_128bits as its canonical (big-endian) hex; "" is xxHash's own test vector.
  EXPECT_EQ(Fingerprint(""), "99aa06d3014798d86001c324468d497f");
  EXPECT_EQ(Fingerprint("", graph::FingerprintAlgorithm::kXxh3_128), Fingerprint(""));
  EXPECT_EQ(Fingerprint("a").size(), 32u);
  EXPECT_NE(Fingerprint("a"), Fingerprint("b"));
}

TEST(ExtractSpeed, FoldNameOfLongAndLeadingTheNames) {
  EXPECT_EQ(graph::FoldName("The " + std::string(130, 'Q') + "-r.s"), std::string(130, 'q') + " rs");
  EXPECT_EQ(graph::FoldName("the  UN's  Office"), "uns office");
  EXPECT_EQ(graph::FoldName("...the x"), "x");
  EXPECT_EQ(graph::FoldName("the"), "the");
}

}  // namespace
}  // namespace kg::ingest
