// Where the rule matcher skips work (starts whose required words and tags do
// not follow, gap ends where nothing can follow): matches at the edges of
// those tests are still found.
#include <set>
#include <string>

#include "gtest/gtest.h"
#include "ingest/internal/annotate.h"
#include "ingest/internal/lexicon.h"
#include "ingest/internal/rules.h"

namespace kg::ingest::internal {
namespace {

constexpr char kLexicon[] =
    "Country\tVietnam\n"
    "Country\tLaos\n"
    "Organization\tUN Security Council\tSecurity Council\n";

// The facts `rules` find in `text`, as "subject -TYPE-> object".
std::set<std::string> Facts(const std::string& rules, const std::string& text) {
  Lexicon lex;
  EXPECT_TRUE(lex.AddTsv(kLexicon, "test.tsv").ok());
  RuleSet rs;
  const absl::Status st = rs.AddText(rules, "test.rules");
  EXPECT_TRUE(st.ok()) << st;
  Annotation a = Annotate(text, lex);
  rs.Apply(&a);
  std::set<std::string> out;
  for (const auto& f : a.facts) {
    out.insert(a.entities[a.Resolve(f.subject)].name + " -" + std::string(f.type) + "-> " +
               a.entities[a.Resolve(f.object)].name);
  }
  return out;
}

TEST(RuleStarts, SecondTagOfTheSameKindAfterTheFirst) {
  const std::string rule = "r: $a:COUNTRY and $b:COUNTRY established relations => DIPLOMATIC_RELATIONS($a, $b)\n";
  EXPECT_EQ(Facts(rule, "Vietnam and Laos established relations."),
            (std::set<std::string>{"Vietnam -DIPLOMATIC_RELATIONS-> Laos"}));
  EXPECT_TRUE(Facts(rule, "Vietnam established relations.").empty());
}

TEST(RuleStarts, RequiredTagAtTheStartAfterAnOptionalFirstElement) {
  // The first element may be skipped, so the country may be the start item.
  EXPECT_EQ(Facts("r: (then)? $a:COUNTRY joined the? $o:ORG => JOINED($a, $o)\n",
                  "Vietnam joined the Security Council."),
            (std::set<std::string>{"Vietnam -JOINED-> UN Security Council"}));
}

TEST(RuleStarts, GapEndsAtItsFarthestPosition) {
  const std::string text = "Vietnam has now formally joined the Security Council.";
  EXPECT_EQ(Facts("r: $a:COUNTRY ...{3} joined the? $o:ORG => JOINED($a, $o)\n", text),
            (std::set<std::string>{"Vietnam -JOINED-> UN Security Council"}));
  EXPECT_TRUE(Facts("r: $a:COUNTRY ...{2} joined the? $o:ORG => JOINED($a, $o)\n", text).empty());
}

}  // namespace
}  // namespace kg::ingest::internal
