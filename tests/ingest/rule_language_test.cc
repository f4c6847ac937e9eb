// The lexicon format and the rule language, on small hand-made data.
#include "gtest/gtest.h"
#include "ingest/internal/annotate.h"
#include "ingest/internal/lexicon.h"
#include "ingest/internal/rules.h"

namespace kg::ingest::internal {
namespace {

constexpr char kLexicon[] =
    "# test lexicon\n"
    "Country\tVietnam\tViet Nam|Việt Nam\tdemonym=Vietnamese\n"
    "Country\tUnited States\tUS|U.S.|America\tdemonym=American\n"
    "Country\tLaos\tLao PDR\n"
    "Organization\tUN Security Council\tSecurity Council|UNSC\n"
    "Organization\tUN General Assembly\tUNGA|General Assembly\tsessions=1945\n"
    "Title\tPresident\t\tscope=country\n"
    "Surname\tNguyen\tNguyễn\tcountry=Vietnam\n";

std::set<std::string> RunRules(const std::string& rules, const std::string& text) {
  Lexicon lex;
  EXPECT_TRUE(lex.AddTsv(kLexicon, "test.tsv").ok());
  RuleSet rs;
  absl::Status st = rs.AddText(rules, "test.rules");
  EXPECT_TRUE(st.ok()) << st;
  Annotation a = Annotate(text, lex);
  rs.Apply(&a);
  std::set<std::string> out;
  for (const auto& f : a.facts) {
    if (f.rule == "title" || f.rule == "event-name") continue;
    std::string s = a.entities[a.Resolve(f.subject)].name + " -" + std::string(f.type) + "-> " + a.entities[a.Resolve(f.object)].name;
    for (const auto& [k, v] : f.qualifiers) s += " " + k + "=" + v;
    out.insert(s);
  }
  return out;
}

TEST(Lexicon, ErrorsNameFileAndLine) {
  Lexicon lex;
  absl::Status st = lex.AddTsv("Country\tVietnam\n\nbroken line without tabs\n", "x.tsv");
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("x.tsv:3"), std::string::npos) << st;
  st = lex.AddTsv("Country\tLaos\t\tnot-a-pair\n", "y.tsv");
  EXPECT_NE(st.message().find("y.tsv:1"), std::string::npos) << st;
}

TEST(Lexicon, LongestMatchFoldsDiacriticsAndRespectsAcronymCase) {
  Lexicon lex;
  ASSERT_TRUE(lex.AddTsv(kLexicon, "t").ok());
  std::vector<char> fold_store;
  auto toks = Tokenize("Việt Nam and us and the US and the Security Council", &fold_store);
  LexHit hit;
  EXPECT_EQ(lex.Match(toks, 0, toks.size(), &hit), 2u);
  EXPECT_EQ(lex.entry(hit.entry).canonical, "Vietnam");
  EXPECT_EQ(lex.Match(toks, 3, toks.size(), &hit), 0u);  // "us" is a pronoun
  EXPECT_EQ(lex.Match(toks, 6, toks.size(), &hit), 1u);  // "US"
  EXPECT_EQ(lex.Match(toks, 9, toks.size(), &hit), 2u);
  EXPECT_EQ(lex.entry(hit.entry).canonical, "UN Security Council");
  EXPECT_EQ(lex.Find("Country", "viet nam"), lex.Find("Country", "Vietnam"));
}

TEST(RuleLanguage, ReportsErrorsWithFileAndLine) {
  RuleSet rs;
  absl::Status st = rs.AddText("ok: $a:PERSON met $b:PERSON => MET($a, $b)\n\nbad: $a:PERSON met => MET($a, $b)\n", "r.rules");
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("r.rules:3"), std::string::npos) << st;
  EXPECT_NE(st.message().find("$b"), std::string::npos) << st;
  RuleSet rs2;
  st = rs2.AddText("x: $a:PERSON (met => FOO($a, $a)\n", "s.rules");
  ASSERT_FALSE(st.ok());
  RuleSet rs3;
  st = rs3.AddText("x: $a:COUNTRY met $b:COUNTRY => LIKES($a, $b)\n", "u.rules");
  EXPECT_NE(st.message().find("unknown edge type"), std::string::npos) << st;
}

TEST(RuleLanguage, ThePersonsCountryAndQualifiersARuleLeavesOut) {
  // country($a): each listed person stands for the country of his office.
  auto f = RunRules("r: $a:PERSON+ agreed => DIPLOMATIC_RELATIONS(country($a), country( $a ))\n",
                    "Vietnamese President Nguyen Van An and American President Tom Hill agreed.");
  EXPECT_EQ(f, (std::set<std::string>{"Vietnam -DIPLOMATIC_RELATIONS-> United States"}));
  // key="": the sentence's date is not looked for.
  const std::string text = "President Nguyen Van An met President Tom Hill on May 2, 2024.";
  EXPECT_EQ(RunRules("r: $a:PERSON met $b:PERSON => MET($a, $b)\n", text),
            (std::set<std::string>{"Nguyen Van An -MET-> Tom Hill date=2024-05-02"}));
  EXPECT_EQ(RunRules("r: $a:PERSON met $b:PERSON => MET($a, $b) date=\"\"\n", text),
            (std::set<std::string>{"Nguyen Van An -MET-> Tom Hill"}));
  RuleSet rs;
  absl::Status st = rs.AddText("x: $a:PERSON agreed => MET(country($b), $a)\n", "c.rules");
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("$b"), std::string::npos) << st;
}

TEST(RuleLanguage, CoordinatedObjectsGiveOneEdgeEach) {
  auto f = RunRules("r: $a:COUNTRY (supports|backs) $b:COUNTRY+ => DIPLOMATIC_RELATIONS($a, $b)\n",
               "Vietnam supports Laos, the United States and America.");
  EXPECT_EQ(f, (std::set<std::string>{"Vietnam -DIPLOMATIC_RELATIONS-> Laos",
                                      "Vietnam -DIPLOMATIC_RELATIONS-> United States"}));
}

TEST(RuleLanguage, CoordinatedSubjectsPairUp) {
  auto f = RunRules("r: $a:COUNTRY+ (met|talked) => DIPLOMATIC_RELATIONS($a, $a)\n", "Vietnam, Laos and the US talked.");
  EXPECT_EQ(f.size(), 3u);
}

TEST(RuleLanguage, TermListsGiveOneEdgePerTerm) {
  auto f = RunRules("r: $c:COUNTRY ~{4} $r:(\"non-permanent member\"|member) of the? $o:ORG for the? $t:TERM+ terms? "
               "=> MEMBER_OF($c, $o) role=$r term=$t\n",
               "Laos was a non-permanent member of the Security Council for the 2010-2011 and 2022-2023 terms.");
  EXPECT_EQ(f, (std::set<std::string>{
                   "Laos -MEMBER_OF-> UN Security Council end=2011 role=non-permanent member start=2010",
                   "Laos -MEMBER_OF-> UN Security Council end=2023 role=non-permanent member start=2022"}));
}

TEST(RuleLanguage, GapsDoNotSkipAnotherEntityOfTheCapturedKind) {
  std::string rule = "r: $a:COUNTRY ...{6} (joined|joins) the? $o:ORG => JOINED($a, $o)\n";
  EXPECT_EQ(RunRules(rule, "Vietnam, after long talks, joined the Security Council.").size(), 1u);
  EXPECT_EQ(RunRules(rule, "Vietnam said Laos joined the Security Council."),
            (std::set<std::string>{"Laos -JOINED-> UN Security Council"}));
  std::string tight = "r: $a:COUNTRY ~{6} (joined|joins) the? $o:ORG => JOINED($a, $o)\n";
  EXPECT_TRUE(RunRules(tight, "Vietnam, after long talks, joined the Security Council.").empty());
}

TEST(RuleLanguage, DatesTakeTheArticleYearAndValuesAreMapped) {
  auto f = RunRules("map \"working visit\" = \"working trip\"\n"
               "r: $a:COUNTRY (joined) the? $o:ORG => JOINED($a, $o)\n"
               "s: $a:COUNTRY ~ $k:(\"working visit\"|\"state visit\") to $b:COUNTRY => DIPLOMATIC_RELATIONS($a, $b) kind=$k\n",
               "Published: March 2024\nOn September 23, Laos joined the General Assembly. Vietnam made a working visit to Laos.");
  EXPECT_TRUE(f.count("Laos -JOINED-> UN General Assembly date=2024-09-23")) << ::testing::PrintToString(f);
  EXPECT_TRUE(f.count("Vietnam -DIPLOMATIC_RELATIONS-> Laos kind=working trip")) << ::testing::PrintToString(f);
}

TEST(RuleLanguage, NegatedSentencesAreIgnored) {
  std::string rule = "r: $a:COUNTRY ~{3} joined the? $o:ORG => JOINED($a, $o)\n";
  EXPECT_EQ(RunRules(rule, "Laos has now joined the Security Council.").size(), 1u);
  EXPECT_TRUE(RunRules(rule, "Laos has not joined the Security Council.").empty());
}

TEST(RuleLanguage, AnniversaryArithmetic) {
  auto f = RunRules("r: $n:/\\d+(st|nd|rd|th)/ anniversary of diplomatic relations between $a:COUNTRY and the? $b:COUNTRY "
               "(in $y:DATE)? => DIPLOMATIC_RELATIONS($a, $b) start=anniv($n, $y)\n",
               "They marked the 30th anniversary of diplomatic relations between Vietnam and the US in 2025.");
  EXPECT_TRUE(f.count("Vietnam -DIPLOMATIC_RELATIONS-> United States start=1995")) << ::testing::PrintToString(f);
}

TEST(Annotate, SessionsInTheirVariantsAreOneEvent) {
  Lexicon lex;
  ASSERT_TRUE(lex.AddTsv(kLexicon, "t").ok());
  for (const char* text : {"the 79th session of the UN General Assembly", "UNGA 79", "the 79th UNGA", "UNGA79",
                           "the General Assembly's 79th session", "the High-level Session of the 79th General Assembly"}) {
    Annotation a = Annotate(text, lex);
    bool found = false;
    for (const auto& e : a.entities) found |= e.name == "79th session of the UN General Assembly";
    EXPECT_TRUE(found) << text;
  }
}

// Where the matcher skips work (starts whose required words and tags do not
// follow, gap ends where nothing can follow): matches at the edges of those
// tests are still found.
TEST(RuleStarts, SecondTagOfTheSameKindAfterTheFirst) {
  const std::string rule = "r: $a:COUNTRY and $b:COUNTRY established relations => DIPLOMATIC_RELATIONS($a, $b)\n";
  EXPECT_EQ(RunRules(rule, "Vietnam and Laos established relations."),
            (std::set<std::string>{"Vietnam -DIPLOMATIC_RELATIONS-> Laos"}));
  EXPECT_TRUE(RunRules(rule, "Vietnam established relations.").empty());
}

TEST(RuleStarts, RequiredTagAtTheStartAfterAnOptionalFirstElement) {
  // The first element may be skipped, so the country may be the start item.
  EXPECT_EQ(RunRules("r: (then)? $a:COUNTRY joined the? $o:ORG => JOINED($a, $o)\n",
                     "Vietnam joined the Security Council."),
            (std::set<std::string>{"Vietnam -JOINED-> UN Security Council"}));
}

TEST(RuleStarts, GapEndsAtItsFarthestPosition) {
  const std::string text = "Vietnam has now formally joined the Security Council.";
  EXPECT_EQ(RunRules("r: $a:COUNTRY ...{3} joined the? $o:ORG => JOINED($a, $o)\n", text),
            (std::set<std::string>{"Vietnam -JOINED-> UN Security Council"}));
  EXPECT_TRUE(RunRules("r: $a:COUNTRY ...{2} joined the? $o:ORG => JOINED($a, $o)\n", text).empty());
}

TEST(RuleStarts, WordsNeededInQuotedAndNestedAlternatives) {
  // A start needs one word of each alternative: the longest of a quoted
  // phrase, any of a nested alternative's, none of an optional phrase's.
  const std::string rule =
      "r: $a:COUNTRY (\"became a member of\"|(joined|entered) the?|\"was subsequently\"? admitted to) the? $o:ORG "
      "=> JOINED($a, $o)\n";
  for (const char* text : {"Vietnam became a member of the Security Council.", "Vietnam entered the Security Council.",
                           "Vietnam admitted to the Security Council.",
                           "Vietnam was subsequently admitted to the Security Council."}) {
    EXPECT_EQ(RunRules(rule, text), (std::set<std::string>{"Vietnam -JOINED-> UN Security Council"})) << text;
  }
  EXPECT_TRUE(RunRules(rule, "Vietnam became a partner of the Security Council.").empty());
}

TEST(RuleStarts, RulesSharingAGroupAndRulesNeedingNoWord) {
  // Rules needing the same words, in any order, share one group (and are
  // looked at where it is met); a rule that needs no word at all is looked
  // at in every sentence.
  const std::string rules =
      "r: $a:COUNTRY (joined|joins) the? $o:ORG => JOINED($a, $o)\n"
      "s: $a:COUNTRY (joins|joined) the $o:ORG => MEMBER_OF($a, $o)\n"
      "t: $a:COUNTRY ~{3} $o:ORG => HELD_POSITION($a, $o)\n";
  EXPECT_EQ(RunRules(rules, "Vietnam joined the Security Council."),
            (std::set<std::string>{"Vietnam -HELD_POSITION-> UN Security Council",
                                   "Vietnam -JOINED-> UN Security Council",
                                   "Vietnam -MEMBER_OF-> UN Security Council"}));
  EXPECT_EQ(RunRules(rules, "Vietnam left the Security Council."),
            (std::set<std::string>{"Vietnam -HELD_POSITION-> UN Security Council"}));
}

TEST(RuleStarts, WordsOfEveryLengthAndTheLastPossibleStart) {
  // Pattern words of one byte, of up to seven and longer ones are found
  // alike; a rule starts only where what it needs after the start follows.
  const std::string rule = "r: $a:COUNTRY , (finally|formally)? subsequently joined the $o:ORG => JOINED($a, $o)\n";
  for (const char* text : {"Vietnam, subsequently joined the Security Council.",
                           "Vietnam, finally subsequently joined the Security Council.",
                           "Vietnam, formally subsequently joined the Security Council."}) {
    EXPECT_EQ(RunRules(rule, text), (std::set<std::string>{"Vietnam -JOINED-> UN Security Council"})) << text;
  }
  EXPECT_TRUE(RunRules(rule, "The Security Council said Vietnam, subsequently joined the body.").empty());
}

}  // namespace
}  // namespace kg::ingest::internal
