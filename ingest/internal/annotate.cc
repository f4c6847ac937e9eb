#include "ingest/internal/annotate.h"

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "absl/base/attributes.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/node_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "graph/fold.h"

namespace kg::ingest::internal {
namespace {

constexpr const char* kTagNames[] = {"WORD", "PERSON", "COUNTRY", "ORG",   "EVENT", "DOC",
                                     "PLACE", "TITLE", "DATE",    "TERM",  "LEVEL", "NAME"};
constexpr const char* kLabels[] = {"",         "Person", "Country", "Organization",
                                   "Event",    "Document", "Place", "",
                                   "",         "",       "",        ""};

const absl::flat_hash_map<std::string, int>& Months() {
  static const auto* m = new absl::flat_hash_map<std::string, int>{
      {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3},
      {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7},
      {"august", 8}, {"aug", 8}, {"september", 9}, {"sept", 9}, {"sep", 9}, {"october", 10},
      {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12}};
  return *m;
}

// Word lists the recognisers test token by token. A token's lists are
// looked up once per document (Annotator::lists_), so each test is a bit test.
enum WordList : uint32_t {
  kNeverName = 1u << 0,      // capitalised words that are never part of a name
  kFunctionWord = 1u << 1,   // capitalised only where a sentence or clause starts
  kParticle = 1u << 2,       // lower-case particles inside personal names
  kHonorific = 1u << 3,
  kMonthWord = 1u << 4,      // a key of Months()
  kEventHead = 1u << 5,      // descriptive events: "a signing ceremony"
  kEventMod = 1u << 6,       // ... their modifiers
  kCelebrate = 1u << 7,      // ... "a reception marking ..."
  kEventStop = 1u << 8,      // ... words that end their name
  kConnect = 1u << 9,        // words inside a capitalised name: "Summit of the Future"
  kChunkStop = 1u << 10,     // capitalised words that never open a name
  kTrailingHead = 1u << 11,  // lower-case event words that end a name: "the 2026 APEC summit"
  kDefiniteHead = 1u << 12,  // "the summit": an event named before
  kDefiniteOrg = 1u << 13,   // "the Council": an organisation named before
  kNotAfterHead = 1u << 14,  // "the summit of ...", "the summit venue": another phrase
  kRank = 1u << 15,          // ranks and styles before a name: "Senior Lieutenant General", "Prince"
  kFacility = 1u << 16,      // buildings and prizes named after people: "... Mausoleum"
  kHistoryWord = 1u << 17,   // a sentence speaking of history: "established", "since"
  kCounterpart = 1u << 18,   // "counterpart", "counterparts"
  kDefiniteDoc = 1u << 19,   // "the declaration": a document named before
  kWeekday = 1u << 20,       // "the G20 Summit on Monday": a weekday ends a name
  kSessionWord = 1u << 21,   // "session", "sessions"
  kRelativeDay = 1u << 22,   // "today", "yesterday", "tomorrow"
  kYearWord = 1u << 23,      // "year", "years"
  kPronoun = 1u << 24,       // "he", "she", "his", "her"
  kPairNoun = 1u << 25,      // "the two countries", "both sides"
  kDebateWord = 1u << 26,    // "debate", "segment"
  kOrgEventHead = 1u << 27,  // "the NATO summit": ScanOrgEvents' heads
  kTwo = 1u << 28,           // "the two leaders"
  kWe = 1u << 29,            // "we", "our"
  kCountryNoun = 1u << 30,   // "the country", "the Caribbean nation"
  kDemonymNoun = 1u << 31,   // "the Lao leader", "the top legislator"
};

const absl::flat_hash_map<std::string, uint32_t>& WordLists() {
  static const auto* m = [] {
    const std::vector<std::pair<uint32_t, std::vector<const char*>>> lists = {
        {kNeverName,
         {"mr", "mrs", "ms", "dr", "madam", "monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "sunday", "reporter", "source", "published", "content", "design", "translated",
          "comment", "photo", "party", "state", "government", "people", "leaders", "leader",
          "delegation", "minister", "president", "deputy", "thank", "please", "sir", "yes", "no",
          "firstly", "secondly", "thirdly", "fourthly", "fifthly", "sixthly", "accordingly",
          "meanwhile", "however", "additionally", "moreover", "furthermore", "regarding", "according",
          "national", "assembly", "parliament", "senate", "congress", "ministry", "embassy"}},
        // "To Lam" after a title is a name: the capital of a function word
        // says nothing only where a sentence or clause starts.
        {kFunctionWord,
         {"the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "with", "for", "from",
          "and", "or", "of", "to", "by", "as", "he", "she", "his", "her", "we", "our", "they",
          "their", "it", "its", "i", "you", "your", "also", "after", "before", "during", "while",
          "through", "first", "second", "third", "both", "all", "many", "under", "over", "since",
          "when", "where", "what", "how", "why", "who", "which", "there", "here", "ahead", "but", "so",
          "if", "not", "said", "says", "will", "would", "today", "yesterday", "tomorrow", "speaking",
          "addressing", "vietnam", "un", "each", "every", "some", "such", "other", "more", "most"}},
        {kParticle,
         {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den",
          "la", "le", "bin", "binti", "ibn", "al", "el", "ben"}},
        {kHonorific,
         {"mr", "mrs", "ms", "madam", "dr", "mister", "senator", "congressman", "congresswoman"}},
        {kEventHead,
         {"event", "events", "meeting", "ceremony", "celebration", "summit", "conference", "forum",
          "reception", "dialogue", "gala", "exhibition"}},
        {kEventMod,
         {"special", "global", "signing", "opening", "closing", "commemorative", "official", "annual",
          "ministerial", "plenary", "international", "regional", "grand", "solemn", "launching",
          "launch", "memorial", "celebratory", "multilateral", "bilateral", "virtual", "level", "-",
          "high", "extraordinary", "informal"}},
        {kCelebrate, {"celebrating", "marking", "commemorating", "honoring", "honouring"}},
        {kEventStop,
         {"and", "or", "in", "at", "was", "were", "is", "are", "will", "would", "has", "have", "had",
          "which", "that", "with", "by", "from", "during", "where", "while", "but", "to", "as",
          "deliver", "delivered", "said", "on"}},
        {kConnect, {"of", "for", "on", "against", "the", "de", "'s"}},
        {kChunkStop,
         {"the", "this", "that", "in", "on", "at", "with", "for", "from", "and", "as", "by", "to",
          "a", "an", "his", "her", "our", "its", "their", "accordingly", "meanwhile", "however",
          "firstly", "secondly", "thirdly", "fourthly", "fifthly", "sixthly", "regarding", "through",
          "during", "after", "before", "we", "he", "she", "they", "it"}},
        {kTrailingHead, {"event", "summit", "conference", "meeting", "forum", "ceremony"}},
        {kDefiniteHead,
         {"summit", "conference", "session", "forum", "dialogue", "congress", "ceremony", "debate",
          "festival", "expo", "symposium", "retreat", "meeting", "event"}},
        {kDefiniteOrg,
         {"council", "assembly", "commission", "committee", "court", "board", "agency", "organization",
          "organisation", "bank", "fund", "bloc", "group", "grouping"}},
        {kNotAfterHead,
         {"of", "on", "for", "between", "meeting", "venue", "hall", "declaration", "statement",
          "agenda", "organizers", "organisers", "level", "host", "itself"}},
        {kRank,
         {"general", "army", "admiral", "colonel", "lieutenant", "senior", "major", "brigadier", "marshal", "prince",
          "princess", "sheikh", "sheikha"}},
        {kFacility,
         {"mausoleum", "museum", "square", "street", "avenue", "airport", "palace", "bridge", "university",
          "institute", "hospital", "memorial", "pagoda", "stadium", "centre", "center", "building", "academy",
          "foundation", "prize", "award", "road"}},
        // "his Vietnamese counterpart X", "Vietnamese leader X", "Luxon's predecessor, X"
        {kCounterpart, {"counterpart", "counterparts", "peer", "leader", "predecessor", "successor"}},
        {kDefiniteDoc,
         {"declaration", "resolution", "convention", "treaty", "agreement", "charter", "accord", "pact", "text"}},
        {kWeekday, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}},
        {kHistoryWord,
         {"established", "establish", "founded", "since", "normalised", "normalized", "anniversary"}},
        {kSessionWord, {"session", "sessions"}},
        {kRelativeDay, {"today", "yesterday", "tomorrow"}},
        {kYearWord, {"year", "years"}},
        {kPronoun, {"he", "she", "his", "her"}},
        {kPairNoun, {"countries", "nations", "sides", "neighbours", "neighbors", "enemies", "foes", "allies"}},
        {kDebateWord, {"debate", "segment"}},
        {kOrgEventHead, {"summit", "conference", "congress", "ministerial"}},
        {kTwo, {"two"}},
        {kWe, {"we", "our"}},
        {kCountryNoun, {"country", "kingdom", "republic", "nation"}},
        {kDemonymNoun,
         {"legislator", "lawmaker", "leader", "premier", "visitor", "guest", "envoy", "diplomat", "host"}},
    };
    auto* out = new absl::flat_hash_map<std::string, uint32_t>;
    for (const auto& [list, words] : lists) {
      for (const char* w : words) (*out)[w] |= list;
    }
    for (const auto& [w, month] : Months()) (*out)[w] |= kMonthWord;
    return out;
  }();
  return *m;
}

// Whether `text` begins with the whole words of the shorter `head`
// ("Minister of Foreign Affairs" with "Minister").
bool BeginsWithWords(const std::string& text, const std::string& head) {
  return text.size() > head.size() && text.compare(0, head.size(), head) == 0 && text[head.size()] == ' ';
}

// Whether a folded acronym is the initials of a name's capitalised words,
// with or without a leading "UN" ("hrc", "unhrc" of "UN Human Rights
// Council").
bool IsInitialsOf(absl::string_view acronym, const std::string& name) {
  std::string initials;
  for (absl::string_view w : absl::StrSplit(name, ' ', absl::SkipEmpty())) {
    if (absl::ascii_isupper(static_cast<unsigned char>(w[0]))) {
      initials += absl::ascii_tolower(static_cast<unsigned char>(w[0]));
    }
  }
  if (initials.size() < 2) return false;
  return acronym == initials || (absl::StartsWith(initials, "u") && acronym == initials.substr(1)) ||
         (absl::StartsWith(initials, "un") && acronym == initials.substr(2));
}

uint32_t ListsOf(absl::string_view word) {
  auto it = WordLists().find(word);
  return it == WordLists().end() ? 0 : it->second;
}

// What the recognisers ask of every token's fold: its word lists and where
// the lexicon goes on after it (Lexicon::Start).
struct WordFacts {
  uint32_t lists = 0;
  int lex_start = 0;
};

// WordLists() and the first words of `lex`'s names in one table, so that a
// token costs one lookup. Built once per thread and lexicon.
const absl::flat_hash_map<std::string, WordFacts>& WordFactsOf(const Lexicon& lex) {
  thread_local uint64_t built_for = 0;  // Lexicon ids start at 1
  thread_local absl::flat_hash_map<std::string, WordFacts> table;
  if (built_for != lex.id()) {
    table.clear();
    for (const auto& [word, lists] : WordLists()) table[word].lists = lists;
    lex.ForEachStart([&](absl::string_view fold, int start) { table[std::string(fold)].lex_start = start; });
    built_for = lex.id();
  }
  return table;
}

// "cop16", "cop29": the folded short name of a conference of the parties.
bool IsCopName(absl::string_view w) {
  return w.size() >= 4 && w.size() <= 5 && absl::StartsWith(w, "cop") &&
         std::all_of(w.begin() + 3, w.end(), [](char c) { return absl::ascii_isdigit(static_cast<unsigned char>(c)); });
}

// Whether a token's fold has a digit ("cop29", "59-nq/tw"). (Inline: the
// name scans ask it of most capitalised words.)
bool HasDigit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return absl::ascii_isdigit(static_cast<unsigned char>(c)); });
}

// OrdinalValue of an absl::string_view.
int OrdinalOf(absl::string_view w) { return OrdinalValue(std::string_view(w.data(), w.size())); }

std::string Ordinal(int n) {
  const char* suf = "th";
  if (n % 100 < 11 || n % 100 > 13) {
    if (n % 10 == 1) suf = "st";
    if (n % 10 == 2) suf = "nd";
    if (n % 10 == 3) suf = "rd";
  }
  return absl::StrCat(n, suf);
}

bool IsYear(const Token& t, int* y) {
  if (t.kind != TokenKind::kNumber || t.fold.size() != 4) return false;
  int v = 0;
  if (!absl::SimpleAtoi(AbslView(t.fold), &v) || v < 1800 || v > 2100) return false;
  *y = v;
  return true;
}

bool IsDay(const Token& t, int* d) {
  if (t.kind != TokenKind::kNumber || t.fold.size() > 2) return false;
  int v = 0;
  if (!absl::SimpleAtoi(AbslView(t.fold), &v) || v < 1 || v > 31) return false;
  *d = v;
  return true;
}

// A date as ISO 8601 text; `y`, `m`, `d` are 0 when unknown, else a year of
// four digits, a month and a day (as the recognisers read them).
std::string Iso(int y, int m, int d) {
  const absl::AlphaNum year = absl::Dec(y, absl::kZeroPad4), month = absl::Dec(m, absl::kZeroPad2),
                       day = absl::Dec(d, absl::kZeroPad2);
  if (y && m && d) return absl::StrCat(year, "-", month, "-", day);
  if (y && m) return absl::StrCat(year, "-", month);
  if (m && d) return absl::StrCat("--", month, "-", day);
  if (y) return absl::StrCat(year);
  return "";
}

Tag TagOfLabel(std::string_view label) {
  if (label == "Country") return Tag::kCountry;
  if (label == "Organization") return Tag::kOrg;
  if (label == "Event") return Tag::kEvent;
  if (label == "Document") return Tag::kDoc;
  if (label == "Place") return Tag::kPlace;
  if (label == "Title") return Tag::kTitle;
  if (label == "Level") return Tag::kLevel;
  if (label == "Person") return Tag::kPerson;
  return Tag::kWord;
}

struct TitleRef {
  std::string title, scope;
  std::string of;            // the organisation a title's own words name
  int explicit_entity = -1;  // "of X"
  int prefix_country = -1;   // "US President", "Vietnam's ..."
};

// A run of titles waiting for its person ("the President" coreference).
struct PendingChain {
  int sentence = -1;
  uint32_t tb = 0, te = 0;
  std::vector<TitleRef> titles;
};

struct PersonTitles {
  std::vector<std::pair<TitleRef, int>> titles;  // with sentence index
  int explicit_country = -1;
};

class Annotator {
 public:
  Annotator(std::string_view text, const Lexicon& lex) : lex_(lex) {
    a_.text = text;
    PrepareNameMemo();
  }

  Annotation Run() {
    a_.tokens = Tokenize(a_.text, &a_.fold_store);
    // (An article names a few dozen entities: room for them at once.)
    a_.entities.reserve(64);
    index_.reserve(64);
    lists_.resize(a_.tokens.size());
    lex_start_.resize(a_.tokens.size());
    ordinal_.resize(a_.tokens.size());
    const absl::flat_hash_map<std::string, WordFacts>& word_facts = WordFactsOf(lex_);
    for (size_t i = 0; i < a_.tokens.size(); ++i) {
      auto facts = word_facts.find(AbslView(a_.tokens[i].fold));
      if (facts != word_facts.end()) {
        lists_[i] = facts->second.lists;
        lex_start_[i] = facts->second.lex_start;
      }
      const std::string_view f = a_.tokens[i].fold;
      ordinal_[i] = MayBeOrdinal(f) ? static_cast<int16_t>(std::min(OrdinalValue(f), 32767)) : int16_t{0};
    }
    a_.sentences = SplitSentences(a_.tokens);
    a_.mentions.resize(a_.sentences.size());
    sentence_lists_.resize(a_.sentences.size());
    sentence_shapes_.resize(a_.sentences.size());
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      for (uint32_t i = a_.sentences[s].tb; i < a_.sentences[s].te; ++i) {
        sentence_lists_[s] |= lists_[i];
        sentence_shapes_[s] |= ShapeOf(i);
      }
    }
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      ScanLexicon(s);
      ScanDates(s);
    }
    ScanLowerCaseBodies();
    ComputeYear();
    ScanWeekdays();
    ScanRelativeYears();
    ScanDatelinePlace();
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      FillYears(s);
      AbsorbAcronyms(s, /*last=*/false);
      ScanSessions(s);
      ScanDebates(s);
      ScanOrdinalPairs(s);
      ScanDescriptiveEvents(s);
      ScanNumberedDocuments(s);
      ScanQuotedTitles(s);
      ScanChunks(s);
      AbsorbAcronyms(s, /*last=*/true);  // names the chunks found: "... on Human Rights (AICHR)"
      ScanOrgEvents(s);
      ScanPersons(s);
    }
    ScanDefinedAcronyms();
    ComputeLeadDate();
    MergeShortPersons();
    MergeShortNames();
    ScanDefiniteEvents();
    ScanShortMentions();
    ComputeHomeCountry();
    ResolveTitleCoreference();
    ResolveDemonymLeaders();
    ResolvePronouns();
    for (const LaterCounterpart& c : later_counterparts_) CounterpartTitle(c.s, c.before, c.person, c.country);
    MarkWe();
    ScanTwoCountries();
    ScanTheCountry();
    ScanRegionalCountry();
    ScanTwoPeople();
    EmitOfficeFacts();
    EmitPartOf();
    EmitEventNameRelations();
    BuildItems();
    return std::move(a_);
  }

 private:
  // The accessors below run for nearly every token of every scan: inlined.
  ABSL_ATTRIBUTE_ALWAYS_INLINE const Token& T(size_t i) const { return a_.tokens[i]; }
  // A token's folded form (empty past the end); a view, so that comparing
  // it with a literal or looking it up costs no string construction.
  // Whether token i is on one of `lists` (WordList bits).
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool In(size_t i, uint32_t lists) const { return i < lists_.size() && (lists_[i] & lists); }
  // Whether a token of sentence s is on one of `lists`: a scan that needs
  // such a word skips the sentences without one.
  bool SentenceHas(size_t s, uint32_t lists) const { return sentence_lists_[s] & lists; }
  // Token shapes the scans for dates, sessions, numbered documents and
  // ordinal pairs start at: a sentence without any is skipped.
  enum Shape : uint8_t { kNumberShape = 1, kDigitWordShape = 2, kOrdinalShape = 4, kUpperShape = 8 };
  uint8_t ShapeOf(size_t i) const {
    const Token& t = T(i);
    uint8_t shape = Ord(i) ? kOrdinalShape : 0;
    if (t.kind == TokenKind::kNumber) shape |= kNumberShape;
    if (t.kind == TokenKind::kWord && t.fold.size() >= 3 && absl::ascii_isdigit(t.fold[0])) shape |= kDigitWordShape;
    if (t.upper) shape |= kUpperShape;
    return shape;
  }
  bool SentenceHasShape(size_t s, uint8_t shapes) const { return sentence_shapes_[s] & shapes; }
  ABSL_ATTRIBUTE_ALWAYS_INLINE absl::string_view W(size_t i) const {
    return i < a_.tokens.size() ? AbslView(a_.tokens[i].fold) : absl::string_view();
  }
  // The text of tokens [tb, te); SurfaceView when no copy is needed.
  std::string Surface(uint32_t tb, uint32_t te) const { return std::string(SurfaceView(tb, te)); }
  std::string_view SurfaceView(uint32_t tb, uint32_t te) const {
    if (tb >= te) return {};
    return a_.text.substr(T(tb).b, T(te - 1).e - T(tb).b);
  }
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool Cap(size_t i, size_t end) const {
    return i < end && T(i).kind == TokenKind::kWord && T(i).cap;
  }
  // Lexicon::Match from token i, whose word's start state the document's
  // table holds already (lex_start_): no lookup of the word again.
  size_t MatchAt(size_t i, size_t end, LexHit* hit, int kind = kEntityKind, bool any_case = false) const {
    if (i >= end || i >= lex_start_.size() || lex_start_[i] == 0) return 0;
    return lex_.MatchFrom(lex_start_[i], a_.tokens, i, end, hit, kind, any_case);
  }
  // A numeric ordinal that can be a day of the month: "28th".
  bool OrdinalDay(uint32_t i, int* d) const {
    const absl::string_view w = W(i);
    if (w.size() < 3 || w.size() > 4 || !absl::ascii_isdigit(w[0])) return false;
    const int v = OrdinalOf(w);
    if (v < 1 || v > 31) return false;
    *d = v;
    return true;
  }
  // After a style of address before a name ("His Highness", "Her Royal
  // Highness", "His Excellency"): the first token past it, else i.
  uint32_t AfterStyle(uint32_t i, uint32_t end) const {
    // "Dr Kao Kim Hourn", "Prof. X": an academic style.
    if (i + 2 < end && T(i).cap && (W(i) == "dr" || W(i) == "prof") && T(i + 1).cap) return i + 1;
    // Malaysian styles: "Datuk Seri Anwar Ibrahim", "Tan Sri Johari Abdul",
    // "Dato Sri X".
    if (i + 2 < end && T(i).cap && T(i + 1).cap) {
      const absl::string_view w = W(i), n = W(i + 1);
      if (w == "tan" && n == "sri") return i + 2;
      if ((w == "datuk" || w == "dato") && (n == "seri" || n == "sri")) return i + 2;
      if (w == "datuk" || w == "dato" || w == "datin") return i + 1;
    }
    if (i + 2 >= end || !T(i).cap || (W(i) != "his" && W(i) != "her")) return i;
    uint32_t k = i + 1;
    if (W(k) == "royal" && T(k).cap) ++k;
    if (T(k).cap && (W(k) == "highness" || W(k) == "majesty" || W(k) == "excellency")) return k + 1;
    return i;
  }
  // Past a style of address and military ranks or royal styles before a
  // name ("His Highness Sheikh ...", "General Phan Van Giang"): where the
  // name starts.
  uint32_t AfterStylesAndRanks(size_t s, uint32_t nb, uint32_t end) const {
    nb = AfterStyle(nb, end);
    while (nb + 1 < end && T(nb).cap && In(nb, kRank) && NameRun(s, nb + 1, end) > nb + 1) ++nb;
    return nb;
  }
  // Whether a capitalised word after token b, before e, names a building or
  // a prize ("Ho Chi Minh Mausoleum"): a name after a person, not his.
  bool NamesBuilding(uint32_t b, uint32_t e) const {
    for (uint32_t k = b + 1; k < e; ++k) {
      if (T(k).cap && In(k, kFacility)) return true;
    }
    return false;
  }
  // Token i is a hyphen inside a word: "Diaz-Canel".
  bool GluedHyphen(size_t i) const {
    return i > 0 && i + 1 < a_.tokens.size() && W(i) == "-" && T(i - 1).e == T(i).b && T(i).e == T(i + 1).b;
  }

  // --- mentions -----------------------------------------------------------
  std::vector<Mention>& Ms(size_t s) { return a_.mentions[s]; }
  // Ms(s), about to get one more mention. A Mention is costly to move (four
  // strings): room for a few is made at the first, so that the vector seldom
  // grows one reallocation at a time.
  std::vector<Mention>& MsToAdd(size_t s) {
    std::vector<Mention>& ms = a_.mentions[s];
    if (ms.capacity() == 0) ms.reserve(8);
    return ms;
  }
  // (Small enough to inline: most tokens are in no mention.)
  ABSL_ATTRIBUTE_ALWAYS_INLINE int At(size_t s, uint32_t tok) const {
    if (tok >= covered_.size() || !covered_[tok]) return -1;
    return CoveredAt(s, tok);
  }
  int CoveredAt(size_t s, uint32_t tok) const {
    const auto& ms = a_.mentions[s];
    auto it = std::upper_bound(ms.begin(), ms.end(), tok,
                               [](uint32_t t, const Mention& m) { return t < m.tb; });
    if (it == ms.begin()) return -1;
    --it;
    return (tok < it->te) ? static_cast<int>(it - ms.begin()) : -1;
  }
  ABSL_ATTRIBUTE_ALWAYS_INLINE const Mention* MAt(size_t s, uint32_t tok) const {
    if (tok >= covered_.size() || !covered_[tok]) return nullptr;
    const int i = CoveredAt(s, tok);
    return i < 0 ? nullptr : &a_.mentions[s][static_cast<size_t>(i)];
  }
  // Removes the mention starting at token tb of sentence s.
  void DropMention(size_t s, uint32_t tb) {
    auto& ms = Ms(s);
    for (auto it = ms.begin(); it != ms.end(); ++it) {
      if (it->tb != tb) continue;
      Cover(it->tb, it->te, 0);
      ms.erase(it);
      return;
    }
  }
  // Whether no mention covers tokens [tb, te) of sentence s.
  bool Uncovered(size_t s, uint32_t tb, uint32_t te) const {
    for (uint32_t k = tb; k < te; ++k) {
      if (At(s, k) >= 0) return false;
    }
    return true;
  }
  // Inserts `m`, dropping every mention it overlaps. Returns its index.
  int Put(size_t s, Mention m) {
    auto& ms = MsToAdd(s);
    ms.erase(std::remove_if(ms.begin(), ms.end(),
                            [&](const Mention& x) {
                              const bool overlaps = x.tb < m.te && m.tb < x.te;
                              if (overlaps) Cover(x.tb, x.te, 0);
                              return overlaps;
                            }),
             ms.end());
    Cover(m.tb, m.te, 1);
    auto it = std::lower_bound(ms.begin(), ms.end(), m.tb,
                               [](const Mention& x, uint32_t t) { return x.tb < t; });
    it = ms.insert(it, std::move(m));
    return static_cast<int>(it - ms.begin());
  }

  // Puts a mention of `entity` over tokens [tb, te). Returns its index.
  int PutEntity(size_t s, uint32_t tb, uint32_t te, Tag tag, int entity) {
    Mention m;
    m.tag = tag;
    m.tb = tb;
    m.te = te;
    m.entity = entity;
    return Put(s, std::move(m));
  }

  // `folded`: FoldName(name) when the caller has it.
  int Entity(const std::string& label, const std::string& name, const std::string& alias, int lex = -1,
             std::string folded = "") {
    if (folded.empty()) folded = graph::FoldName(name);
    const auto [it, fresh] =
        index_.try_emplace(absl::StrCat(label, "\t", folded), static_cast<int>(a_.entities.size()));
    const int id = it->second;
    if (fresh) {
      DocEntity e;
      e.label = label;
      e.name = name;
      e.folded = std::move(folded);
      e.lex = lex;
      a_.entities.push_back(std::move(e));
    }
    if (!alias.empty()) a_.entities[id].aliases.insert(alias);
    return id;
  }
  int LexEntity(int entry, const std::string& alias) {
    // A lexicon entry's entity once found: no folding of its name again.
    auto it = lex_entity_.find(entry);
    if (it != lex_entity_.end()) {
      if (!alias.empty()) a_.entities[static_cast<size_t>(it->second)].aliases.insert(alias);
      return it->second;
    }
    const LexEntry& e = lex_.entry(entry);
    const int id = Entity(e.label, e.canonical, alias, entry, e.folded);
    lex_entity_.emplace(entry, id);
    return id;
  }
  // A lexicon attribute of an entity ("" when it has none).
  absl::string_view Attr(int entity, std::string_view key) const {
    int lex = a_.entities[entity].lex;
    if (lex < 0) return "";
    const LexAttrs& attrs = lex_.entry(lex).attrs;
    auto it = attrs.find(key);
    return it == attrs.end() ? absl::string_view() : absl::string_view(it->second);
  }

  // The lexicon entry a hit stands for. A demonym two countries share
  // ("Congolese": demonym_shared_with= on the entry that holds it) is the
  // one of them the article names (by name or alias); neither or both: -1.
  int DemonymEntry(const LexHit& hit) {
    if (!hit.demonym || !hit.attrs) return hit.entry;
    auto other = hit.attrs->find("demonym_shared_with");
    if (other == hit.attrs->end()) return hit.entry;
    const int alt = lex_.Find(lex_.entry(hit.entry).label, other->second);
    if (alt < 0) return hit.entry;
    const bool named = NamedInText(hit.entry), alt_named = NamedInText(alt);
    return named == alt_named ? -1 : named ? hit.entry : alt;
  }
  // Whether the text names a lexicon entry other than by its demonym, or
  // one of its places ("Kinshasa": country=).
  bool NamedInText(int entry) {
    auto [it, fresh] = named_in_text_.try_emplace(entry, false);
    if (!fresh) return it->second;
    const std::string& name = lex_.entry(entry).canonical;
    for (size_t i = 0; i < a_.tokens.size() && !it->second; ++i) {
      LexHit hit;
      if (MatchAt(i, a_.tokens.size(), &hit) == 0 || hit.demonym) continue;
      if (hit.entry == entry) it->second = true;
      auto country = lex_.entry(hit.entry).attrs.find("country");
      if (country != lex_.entry(hit.entry).attrs.end() && country->second == name) it->second = true;
    }
    return it->second;
  }

  // --- gazetteer ----------------------------------------------------------
  void ScanLexicon(size_t s) {
    const Sentence& sen = a_.sentences[s];
    for (uint32_t i = sen.tb; i < sen.te;) {
      if (lex_start_[i] == 0) {  // most words start no name
        ++i;
        continue;
      }
      LexHit hit;
      const size_t n = lex_.MatchFrom(lex_start_[i], a_.tokens, i, sen.te, &hit);
      if (n == 0) {
        ++i;
        continue;
      }
      // "Latin American", "Central Asian": a region's adjective, no country's.
      if (hit.demonym && i > sen.tb && T(i - 1).cap &&
          (W(i - 1) == "latin" || W(i - 1) == "central" || W(i - 1) == "south" || W(i - 1) == "north" ||
           W(i - 1) == "east" || W(i - 1) == "west" || W(i - 1) == "southeast" || W(i - 1) == "northeast")) {
        i += static_cast<uint32_t>(n);
        continue;
      }
      // "Ambassador Vu Le Thai Hoang": a demonym inside a name that opens
      // with a family name ("Thai" is also a Vietnamese middle name).
      if (hit.demonym && n == 1 && i > sen.tb && Cap(i - 1, sen.te) && Cap(i + 1, sen.te) && !MAt(s, i - 1)) {
        uint32_t b = i - 1;
        while (b > sen.tb && b + 3 > i && Cap(b - 1, sen.te) && !MAt(s, b - 1)) --b;
        LexHit family;
        if (MatchAt(b, b + 1, &family, kSurnameKind) == 1) {
          ++i;
          continue;
        }
      }
      const int entry = DemonymEntry(hit);
      if (entry < 0) {
        i += static_cast<uint32_t>(n);
        continue;
      }
      const LexEntry& e = lex_.entry(entry);
      const Tag tag = TagOfLabel(e.label);
      // "06.15 PM IST": an hour, no prime minister.
      if (tag == Tag::kTitle && n == 1 && W(i) == "pm" && i > sen.tb && T(i - 1).kind == TokenKind::kNumber) {
        ++i;
        continue;
      }
      // "Vice Minister for Foreign Affairs": a vice, deputy or assistant
      // holds a lesser office than the title after the word.
      if (tag == Tag::kTitle && i > sen.tb && (W(i - 1) == "vice" || W(i - 1) == "deputy" || W(i - 1) == "assistant")) {
        i += static_cast<uint32_t>(n);
        continue;
      }
      // "the Vietnam-Japan Strategic Partnership Dialogue": a level that
      // opens an event's or a body's name is part of that name.
      if (tag == Tag::kLevel && i + n < sen.te && T(i + n).cap && HeadClass(i + n)) {
        i += static_cast<uint32_t>(n);
        continue;
      }
      // "Pinar del Rio", "Universidad de Chile": a place or country after a
      // name's lower-case particle ends a longer name, and is not named.
      if ((tag == Tag::kPlace || tag == Tag::kCountry) && i >= sen.tb + 2 && !T(i - 1).cap && T(i - 2).cap &&
          T(i - 2).kind == TokenKind::kWord &&
          (W(i - 1) == "del" || W(i - 1) == "de" || W(i - 1) == "da" || W(i - 1) == "do" || W(i - 1) == "dos" ||
           W(i - 1) == "das" || W(i - 1) == "di" || W(i - 1) == "la")) {
        i += static_cast<uint32_t>(n);
        continue;
      }
      Mention m;
      m.tag = tag;
      m.tb = i;
      m.te = i + static_cast<uint32_t>(n);
      m.lexical = true;
      m.demonym = hit.demonym;
      if (m.tag == Tag::kTitle || m.tag == Tag::kLevel) {
        m.text = e.canonical;
        if (hit.attrs) {
          auto sc = hit.attrs->find("scope");
          if (sc != hit.attrs->end()) m.scope = sc->second;
          auto of = hit.attrs->find("of");  // "UN Secretary-General": of=United Nations
          if (of != hit.attrs->end()) m.of = of->second;
          m.given_name = hit.attrs->count("given_name") > 0;
        }
      } else if (m.tag != Tag::kWord) {
        m.entity = LexEntity(entry, hit.demonym ? "" : Surface(m.tb, m.te));
      }
      // "Vietnamese Communist Party chief X": a party's chief is its General
      // Secretary.
      const bool party_chief = m.tag == Tag::kOrg && m.te < sen.te && W(m.te) == "chief" &&
                               !Attr(m.entity, "party_of").empty() && m.te + 1 < sen.te && T(m.te + 1).cap;
      const uint32_t chief_at = m.te;
      if (m.tag != Tag::kWord) {
        Cover(m.tb, m.te, 1);
        MsToAdd(s).push_back(std::move(m));
      }
      i += static_cast<uint32_t>(n);
      if (party_chief) {
        Mention t;
        t.tag = Tag::kTitle;
        t.tb = chief_at;
        t.te = chief_at + 1;
        t.lexical = true;
        t.text = "General Secretary";
        t.scope = "party";
        Cover(t.tb, t.te, 1);
        MsToAdd(s).push_back(std::move(t));
        i = chief_at + 1;
      }
    }
  }

  // "the UN general assembly ... the security council": a body's name of
  // two words or more written in lower case after "the" (some papers' house
  // style), in an article that names the body as the lexicon writes it, or,
  // for a UN body, names the UN or another of its bodies.
  static bool OfUn(const LexEntry& e) {
    return absl::StartsWith(e.canonical, "UN ") || absl::StartsWith(e.canonical, "United Nations");
  }
  void ScanLowerCaseBodies() {
    if (lex_entity_.empty()) return;
    bool names_un = false;  // the article names the UN or one of its bodies
    for (const auto& [entry, id] : lex_entity_) names_un |= OfUn(lex_.entry(entry));
    for (size_t s = 0; s < a_.sentences.size(); ++s) ScanLowerCaseBodies(s, names_un);
  }
  void ScanLowerCaseBodies(size_t s, bool names_un) {
    const Sentence& sen = a_.sentences[s];
    for (uint32_t i = sen.tb + 1; i < sen.te; ++i) {
      // (MatchAt finds nothing where no name starts: the cheapest test first.)
      if (lex_start_[i] == 0 || T(i).cap || T(i).kind != TokenKind::kWord || W(i - 1) != "the" || At(s, i) >= 0)
        continue;
      LexHit hit;
      const size_t n = MatchAt(i, sen.te, &hit, kEntityKind, /*any_case=*/true);
      if (n < 2 || lex_.entry(hit.entry).label != "Organization") continue;
      if (!lex_entity_.count(hit.entry) && !(names_un && OfUn(lex_.entry(hit.entry)))) continue;
      if (!Uncovered(s, i, i + static_cast<uint32_t>(n))) continue;
      Mention m;
      m.tag = Tag::kOrg;
      m.tb = i;
      m.te = i + static_cast<uint32_t>(n);
      m.lexical = true;
      m.entity = LexEntity(hit.entry, "");
      Put(s, std::move(m));
      i += static_cast<uint32_t>(n) - 1;
    }
  }

  // --- dates and terms ----------------------------------------------------
  int Month(size_t i) const {
    if (!In(i, kMonthWord) || !T(i).cap) return 0;
    auto it = Months().find(W(i));
    if (it == Months().end()) return 0;
    return it->second;
  }
  // "22.03.2023" (day.month.year) as year, month and day.
  static bool NumericDate(absl::string_view w, int* y, int* m, int* d) {
    std::vector<absl::string_view> parts = absl::StrSplit(w, '.');
    if (parts.size() != 3 || parts[0].size() > 2 || parts[1].size() > 2 || parts[2].size() != 4) return false;
    if (!absl::SimpleAtoi(parts[0], d) || !absl::SimpleAtoi(parts[1], m) || !absl::SimpleAtoi(parts[2], y))
      return false;
    return *d >= 1 && *d <= 31 && *m >= 1 && *m <= 12 && *y >= 1900 && *y <= 2100;
  }
  void ScanDates(size_t s) {
    if (!SentenceHas(s, kMonthWord) && !SentenceHasShape(s, kNumberShape | kDigitWordShape)) return;
    const Sentence& sen = a_.sentences[s];
    for (uint32_t i = sen.tb; i < sen.te; ++i) {
      // Every date starts with a number, an ordinal ("28th") or a month:
      // other tokens are passed by before anything is looked up.
      const Token& ti = T(i);
      const bool numeric_word = ti.fold.size() >= 3 && absl::ascii_isdigit(ti.fold[0]);  // "28th"
      if (ti.kind == TokenKind::kPunct || (ti.kind == TokenKind::kWord && !In(i, kMonthWord) && !numeric_word))
        continue;
      if (At(s, i) >= 0) continue;
      int y = 0, y2 = 0, m = Month(i), d = 0, d2 = 0;
      Mention mm;
      mm.tb = i;
      // "22.03.2023": day, month and year written with dots (a dateline).
      if (!m && T(i).kind == TokenKind::kNumber && T(i).e - T(i).b >= 8 && T(i).e - T(i).b <= 10 &&
          NumericDate(absl::string_view(a_.text.data() + T(i).b, T(i).e - T(i).b), &y, &m, &d)) {
        mm.tag = Tag::kDate;
        mm.text = Iso(y, m, d);
        mm.te = i + 1;
        Put(s, mm);
        continue;
      }
      if (m) {
        uint32_t j = i + 1;
        if (j < sen.te && (IsDay(T(j), &d) || OrdinalDay(j, &d))) {  // September 21(-24)(, 2025), July 9th 2024
          ++j;
          if (j + 1 < sen.te && (W(j) == "-" || W(j) == "to") && IsDay(T(j + 1), &d2)) j += 2;
          if (j + 1 < sen.te && W(j) == "," && IsYear(T(j + 1), &y)) j += 2;
          else if (j < sen.te && IsYear(T(j), &y)) j += 1;
          mm.tag = Tag::kDate;
          mm.text = Iso(y, m, d);
          if (d2 > d) mm.end = Iso(y, m, d2);  // a range's last day
          mm.te = j;
        } else if (j < sen.te && IsYear(T(j), &y)) {  // September 2022(-September 2023)
          ++j;
          int m2 = 0;
          if (j + 2 < sen.te && W(j) == "-" && (m2 = Month(j + 1)) && IsYear(T(j + 2), &y2)) {
            mm.tag = Tag::kTerm;
            mm.text = absl::StrCat(y);
            mm.end = absl::StrCat(y2);
            mm.te = j + 3;
          } else {
            mm.tag = Tag::kDate;
            mm.text = Iso(y, m, 0);
            mm.te = j;
          }
        } else if (i > sen.tb && (W(i - 1) == "in" || W(i - 1) == "from" || W(i - 1) == "until" ||
                                  W(i - 1) == "since" || W(i - 1) == "by" || W(i - 1) == "early" ||
                                  W(i - 1) == "late" || W(i - 1) == "mid")) {
          // "in June": the month of the article's year (FillYears), else no date.
          mm.tag = Tag::kDate;
          mm.text = absl::StrFormat("--%02d", m);
          mm.te = j;
        } else {
          continue;
        }
      } else if ((IsDay(T(i), &d) || OrdinalDay(i, &d)) && i + 1 < sen.te &&
                 ((m = Month(i + 1)) ||
                  (i + 3 < sen.te && (W(i + 1) == "-" || W(i + 1) == "to") && IsDay(T(i + 2), &d2) && d2 > d &&
                   (m = Month(i + 3))))) {
        // 2 December 1960, 28th October, 2024, 21-22 September 2025, 11 to 13 March 2025
        uint32_t j = (W(i + 1) == "-" || W(i + 1) == "to") ? i + 4 : i + 2;
        if (j + 1 < sen.te && W(j) == "," && IsYear(T(j + 1), &y)) j += 2;
        else if (j < sen.te && IsYear(T(j), &y)) ++j;
        mm.tag = Tag::kDate;
        mm.text = Iso(y, m, d);
        if (d2 > d) mm.end = Iso(y, m, d2);
        mm.te = j;
      } else if (IsYear(T(i), &y)) {
        if (i + 2 < sen.te && (W(i + 1) == "-" || W(i + 1) == "to") && IsYear(T(i + 2), &y2) && y2 >= y &&
            y2 - y <= 10) {
          mm.tag = Tag::kTerm;
          mm.text = absl::StrCat(y);
          mm.end = absl::StrCat(y2);
          mm.te = i + 3;
          if (i > sen.tb && W(i - 1) == "from" && W(i + 1) == "to") mm.tb = i - 1;
        } else {
          mm.tag = Tag::kDate;
          mm.text = Iso(y, 0, 0);
          mm.te = i + 1;
        }
      } else {
        continue;
      }
      Put(s, mm);
      i = mm.te - 1;
    }
  }

  // Where a sentence starts to speak of history ("established", "founded",
  // "set up", "since", "anniversary", "took effect", "into force"): dates
  // after it are not the article's. The sentence's end if nowhere.
  uint32_t HistoryStart(size_t s) const {
    const Sentence& sen = a_.sentences[s];
    for (uint32_t k = sen.tb; k < sen.te; ++k) {
      const absl::string_view w = W(k);
      if (In(k, kHistoryWord) || (w == "set" && W(k + 1) == "up") ||
          (k > sen.tb && w == "effect" && (W(k - 1) == "took" || W(k - 1) == "into")) ||
          (k > sen.tb && w == "force" && W(k - 1) == "into"))
        return k;
      // "Pakistan last held the presidency in August 2013", "previously served",
      // "his previous visit was in July 2000": an earlier time (not "last
      // week", which is recent).
      if (w == "previously" || w == "formerly" || w == "previous") return k;
      if (w == "last" && k > sen.tb && !T(k).cap) {
        const absl::string_view n = W(k + 1);
        if (n != "week" && n != "weekend" && n != "month" && n != "year" && n != "night" && n != "time" &&
            !In(k + 1, kMonthWord | kWeekday) && T(k + 1).kind == TokenKind::kWord)
          return k;
      }
    }
    return sen.te;
  }
  // The first month-precise date of the first three sentences that is not
  // one of history (after FillYears: datelines without a year have one now).
  void ComputeLeadDate() {
    for (size_t s = 0; s < a_.sentences.size() && s < 3 && a_.lead_date.empty(); ++s) {
      uint32_t history = UINT32_MAX;
      bool unknown = false;  // a date whose year is unknown: the lead date is
      for (const Mention& m : a_.mentions[s]) {
        if (m.tag != Tag::kDate) continue;
        if (history == UINT32_MAX) history = HistoryStart(s);
        if (m.tb > history) continue;
        if (m.text[0] == '-' && m.text.size() == 4) unknown = true;  // "will host it in October"
        if (m.text.size() < 7 || m.text[0] == '-') continue;
        a_.lead_date = m.text.substr(0, 7);
        break;
      }
      if (unknown && a_.lead_date.empty()) return;  // ... not one said later
    }
  }

  // The article's year: a "Published:" line, else the first full date with a
  // year in the opening sentences, else the most frequent month-year.
  void ComputeYear() {
    std::map<int, int> freq;
    int first_full = 0, published = 0;
    // A dateline without a year ("RIO DE JANEIRO, Dec 1"): a date the text
    // puts in the future ("would host the summit in November 2024") is after
    // the article, so a month before the dateline's is of the next year.
    int undated_month = 0;  // the month of a dateline's date without a year
    for (size_t s = 0; s < std::min<size_t>(3, a_.sentences.size()) && !undated_month; ++s) {
      for (const Mention& m : a_.mentions[s]) {
        if (m.tag == Tag::kDate && m.text.size() == 7 && m.text[0] == '-') {
          undated_month = std::atoi(m.text.substr(2, 2).c_str());
          break;
        }
      }
    }
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      const Sentence& sen = a_.sentences[s];
      bool pub = false;
      for (uint32_t k = sen.tb; k < std::min(sen.te, sen.tb + 3); ++k) {
        pub |= W(k) == "published" || W(k) == "updated" || W(k) == "posted";
      }
      // "Vietnam and Mongolia set up ties on November 17, 1954": a date of
      // history says nothing of when the article was written.
      // (Only dates after such a word: a dateline before it still counts.)
      bool dated = false;  // (most sentences have no date: nothing to look for)
      for (const Mention& m : a_.mentions[s]) dated |= m.tag == Tag::kDate && m.text.size() >= 7 && m.text[0] != '-';
      if (!dated) continue;
      const uint32_t history = HistoryStart(s);
      for (const Mention& m : a_.mentions[s]) {
        if (m.tag != Tag::kDate || m.text.size() < 7 || m.text[0] == '-') continue;
        int y = std::atoi(m.text.substr(0, 4).c_str());
        if (pub && !published) published = y;
        if (m.tb > history) continue;
        if (m.text.size() == 10 && !first_full && s < 5) first_full = y;
        // ... and a past one in a later month is of the year before ("Thuong
        // visited Seoul in December 2022" in an article of June: 2023 or after).
        if (undated_month && std::atoi(m.text.substr(5, 2).c_str()) < undated_month && FutureBefore(s, m.tb)) --y;
        else if (undated_month && std::atoi(m.text.substr(5, 2).c_str()) > undated_month && !FutureBefore(s, m.tb))
          ++y;
        ++freq[y];
      }
    }
    // A web page's time stamp near the top: "Thursday, 05/06/2025 15:42".
    for (size_t s = 0; !published && s < std::min<size_t>(3, a_.sentences.size()); ++s) {
      const Sentence& sen = a_.sentences[s];
      for (uint32_t k = sen.tb; k < sen.te && k < sen.tb + 3; ++k) {
        const std::string_view stamp = SurfaceView(k, k + 1);
        const std::vector<absl::string_view> parts =
            absl::StrSplit(absl::string_view(stamp.data(), stamp.size()), '/');
        int day = 0, month = 0, year = 0;
        if (parts.size() == 3 && parts[2].size() == 4 && absl::SimpleAtoi(parts[0], &day) &&
            absl::SimpleAtoi(parts[1], &month) && absl::SimpleAtoi(parts[2], &year) && day >= 1 && day <= 31 &&
            month >= 1 && month <= 31 && year >= 1990 && year <= 2100)
          published = year;
      }
    }
    if (published) a_.year = published;
    else if (first_full) a_.year = first_full;
    else {
      year_guessed_ = !freq.empty();
      int best = 0;
      for (auto& [y, n] : freq) {
        if (n >= best) {
          best = n;
          a_.year = y;
        }
      }
    }
  }
  // Whether sentence s speaks of the future before token `before`.
  bool FutureBefore(size_t s, uint32_t before) const {
    for (uint32_t k = a_.sentences[s].tb; k < before; ++k) {
      if (FutureWord(k)) return true;
    }
    return false;
  }
  // Token k speaks of the future: "will", "next", "shall", "upcoming", "is
  // to", "is scheduled (due, set, expected, slated) to".
  bool FutureWord(uint32_t k) const {
    const absl::string_view w = W(k);
    if (w == "will" || w == "would" || w == "next" || w == "shall" || w == "upcoming") return true;
    // "agreed to admit Timor-Leste ... in October": what is agreed comes after.
    if ((w == "agreed" || w == "agree" || w == "agrees" || w == "decided") && W(k + 1) == "to") return true;
    if (w != "is" && w != "are") return false;
    const absl::string_view n = W(k + 1);
    return n == "to" || ((n == "scheduled" || n == "due" || n == "set" || n == "expected" || n == "slated") &&
                         W(k + 2) == "to");
  }
  // "on Thursday": the day of that name nearest the dateline's date (a full
  // date in the first three sentences), before it unless the sentence speaks
  // of the future ("will", "next", "is to"). Without such a date, nothing.
  void ScanWeekdays() {
    static const auto* kDays = new absl::flat_hash_map<std::string, absl::Weekday>{
        {"monday", absl::Weekday::monday},     {"tuesday", absl::Weekday::tuesday},
        {"wednesday", absl::Weekday::wednesday}, {"thursday", absl::Weekday::thursday},
        {"friday", absl::Weekday::friday},     {"saturday", absl::Weekday::saturday},
        {"sunday", absl::Weekday::sunday}};
    std::string ref;
    int ref_last = 0;  // the last day of a range ("January 8-9, 2024"), else 0
    size_t ref_s = 0;  // the sentence of the day counted from
    // (Not a date of history: "met on Tuesday to prepare the anniversary of
    // relations established on October 25, 1973".)
    for (size_t s = 0; s < std::min<size_t>(3, a_.sentences.size()) && ref.empty(); ++s) {
      uint32_t history = UINT32_MAX;
      for (const Mention& m : a_.mentions[s]) {
        if (m.tag == Tag::kDate && m.text.size() == 10 && m.text[0] != '-') {
          if (history == UINT32_MAX) history = HistoryStart(s);
          if (m.tb > history) continue;
          ref = m.text;
          ref_s = s;
          if (m.end.size() >= 2) ref_last = std::atoi(m.end.c_str() + m.end.size() - 2);
          break;
        }
      }
    }
    // Without a day to count from, "agreed on Wednesday to ..." still reads
    // as a date (a phrase of time the rules pass over), of unknown day.
    absl::CivilDay day;
    if (!ref.empty()) {
      dateline_month_ = std::atoi(ref.substr(5, 2).c_str());
      day = absl::CivilDay(std::atoi(ref.substr(0, 4).c_str()), std::atoi(ref.substr(5, 2).c_str()),
                           std::atoi(ref.substr(8, 2).c_str()));
    }
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      if (!SentenceHas(s, kWeekday | kRelativeDay)) continue;
      const Sentence& sen = a_.sentences[s];
      for (uint32_t i = sen.tb; i < sen.te; ++i) {
        // "met in Brussels today" under a dateline of 14 March 2024 (so
        // "yesterday" and "tomorrow").
        const absl::string_view f = W(i);
        if (!ref.empty() && s >= ref_s && f.size() >= 5 && (f[0] == 't' || f[0] == 'y') && At(s, i) < 0) {
          const int shift = f == "today" ? 0 : f == "yesterday" ? -1 : f == "tomorrow" ? 1 : 2;
          if (shift != 2) {
            Mention mm;
            mm.tag = Tag::kDate;
            mm.tb = i;
            mm.te = i + 1;
            mm.text = absl::FormatCivilTime(day + shift).substr(0, 10);
            Put(s, mm);
            continue;
          }
        }
        if (!T(i).cap || f.size() < 6 || f.back() != 'y') continue;  // cheap: "...day"
        auto it = kDays->find(f);
        if (it == kDays->end() || At(s, i) >= 0) continue;
        Mention mm;
        mm.tag = Tag::kDate;
        mm.tb = i;
        mm.te = i + 1;
        mm.text = "--";
        // (Nor from a date told after it: "Vietnam and Brazil on Monday
        // elevated ties ... Lula was welcomed ... on March 29" is no dateline.)
        if (ref.empty() || s < ref_s) {
          Put(s, mm);
          continue;
        }
        const bool future = FutureBefore(s, i);
        bool last = i > sen.tb && W(i - 1) == "last";
        bool next = i > sen.tb && W(i - 1) == "next";
        absl::CivilDay d = day;
        // A day of the range the article reports: "on Tuesday" of "January
        // 8-9, 2024" is January 9.
        bool in_range = false;
        for (absl::CivilDay r = day; !last && !next && r.day() <= ref_last && r.month() == day.month(); ++r) {
          if (absl::GetWeekday(r) == it->second) {
            d = r;
            in_range = true;
            break;
          }
        }
        const int step = in_range ? 0 : (next || (future && !last)) ? 1 : -1;
        while (step != 0 && absl::GetWeekday(d) != it->second) d += step;
        mm.text = absl::StrCat(absl::FormatCivilTime(d)).substr(0, 10);
        Put(s, mm);
      }
    }
  }

  // "last year" and "next year" in an article whose year the dateline
  // gives: the year before or after ("Peters visited Beijing last year").
  void ScanRelativeYears() {
    if (!a_.year || year_guessed_) return;
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      if (!SentenceHas(s, kYearWord)) continue;
      const Sentence& sen = a_.sentences[s];
      for (uint32_t i = sen.tb + 1; i < sen.te; ++i) {
        // "50 years ago": that many years before the article's.
        if (W(i) == "years" && W(i + 1) == "ago" && T(i - 1).kind == TokenKind::kNumber && At(s, i - 1) < 0) {
          int n = 0;
          if (absl::SimpleAtoi(W(i - 1), &n) && n > 0 && n < 200) {
            Mention m;
            m.tag = Tag::kDate;
            m.tb = i - 1;
            m.te = i + 2;
            m.text = absl::StrCat(a_.year - n);
            Put(s, m);
          }
          continue;
        }
        if (W(i) != "year" || T(i).cap) continue;
        const int shift = W(i - 1) == "last" ? -1 : W(i - 1) == "next" ? 1 : 0;
        if (shift == 0 || At(s, i - 1) >= 0 || At(s, i) >= 0) continue;
        Mention m;
        m.tag = Tag::kDate;
        m.tb = i - 1;
        m.te = i + 1;
        m.text = absl::StrCat(a_.year + shift);
        // "in December last year": that month of that year.
        const int before = i >= sen.tb + 2 ? At(s, i - 2) : -1;
        if (before >= 0) {
          const Mention& month = a_.mentions[s][static_cast<size_t>(before)];
          if (month.tag == Tag::kDate && month.te == i - 1 && month.text.size() == 4 && month.text[0] == '-') {
            m.tb = month.tb;
            m.text = absl::StrCat(a_.year + shift, month.text.substr(1));
          }
        }
        Put(s, m);
      }
    }
  }

  void FillYears(size_t s) {
    if (!a_.year) return;
    for (Mention& m : Ms(s)) {
      if (m.tag != Tag::kDate || !absl::StartsWith(m.text, "--") || m.text.size() == 2) continue;
      int y = a_.year;
      // A month alone in a clause about the future, in an article whose year
      // is only guessed from dates of the past ("adopted in December 2024 ...
      // will host the ceremony in October"): its year is unknown.
      if (m.text.size() == 4 && dateline_month_ == 0 && year_guessed_ && FutureBefore(s, m.tb)) continue;
      // A month alone, against the dateline's month: "will chair the council
      // in January" written in December is next January; "met in November"
      // written in February was last November.
      if (m.text.size() == 4 && dateline_month_ > 0) {
        const int month = std::atoi(m.text.c_str() + 2);
        bool future = FutureBefore(s, m.tb);
        // ("Slovenia to preside over the Council in October": a headline's
        // "to" is a future.)
        for (uint32_t k = a_.sentences[s].tb; k < m.tb && !future; ++k) future = W(k) == "to" && TitleLine(s);
        if (future && month < dateline_month_) ++y;
        if (!future && month > dateline_month_) --y;
      }
      m.text = absl::StrCat(y, m.text.substr(1));
    }
  }

  // "United Nations General Assembly (UNGA)": the acronym joins the mention.
  // (A country or place after "in" waits for the last call, when the
  // names of bodies are known: "... Mission in Libya (UNSMIL)".)
  void AbsorbAcronyms(size_t s, bool last) {
    const Sentence& sen = a_.sentences[s];
    for (size_t k = 0; k < Ms(s).size(); ++k) {
      Mention& m = Ms(s)[k];
      if (m.entity < 0 || m.tag == Tag::kPerson) continue;
      if (!last && (m.tag == Tag::kCountry || m.tag == Tag::kPlace) && m.tb > sen.tb && W(m.tb - 1) == "in") continue;
      uint32_t j = m.te;
      if (j + 2 < sen.te + 0u && W(j) == "(" && W(j + 2) == ")" && T(j + 1).upper) {
        // ("... to the Convention on Biological Diversity (COP16)": the
        // conference's name, not the convention's.)
        if (m.tag != Tag::kEvent && IsCopName(W(j + 1))) continue;
        const Mention* inner = MAt(s, j + 1);
        if (inner && inner->entity != m.entity && inner->entity >= 0 &&
            a_.entities[inner->entity].label != a_.entities[m.entity].label) {
          continue;  // "(CAR)" after a different kind of thing
        }
        // "the United Nations Support Mission in Libya (UNSMIL)": the
        // acronym names the body, with its country, not the country.
        const Mention* body = (m.tag == Tag::kCountry || m.tag == Tag::kPlace) && m.tb >= sen.tb + 2 &&
                                      W(m.tb - 1) == "in"
                                  ? MAt(s, m.tb - 2)
                                  : nullptr;
        if (!inner && body && body->tag == Tag::kOrg && body->te == m.tb - 1) {
          const std::string name = Surface(body->tb, m.te);
          const int org = Entity("Organization", name, name);
          a_.entities[org].aliases.insert(Surface(j + 1, j + 2));
          acronyms_[Surface(j + 1, j + 2)] = org;
          PutEntity(s, body->tb, j + 3, Tag::kOrg, org);
          k = 0;  // the mentions changed: look again from the start
          continue;
        }
        // "the 55th session of the UN Human Rights Council (HRC)": the
        // initials of the body, not the session's.
        const int body_of = m.tag == Tag::kEvent ? a_.entities[static_cast<size_t>(m.entity)].session_org : -1;
        if (!inner && body_of >= 0 && IsInitialsOf(W(j + 1), a_.entities[static_cast<size_t>(body_of)].name)) {
          const int org = a_.Resolve(body_of);
          a_.entities[static_cast<size_t>(org)].aliases.insert(Surface(j + 1, j + 2));
          acronyms_[Surface(j + 1, j + 2)] = org;
        } else if (!inner) {
          a_.entities[m.entity].aliases.insert(Surface(j + 1, j + 2));
          acronyms_[Surface(j + 1, j + 2)] = m.entity;
        } else if (a_.Resolve(inner->entity) != a_.Resolve(m.entity) &&
                   a_.entities[static_cast<size_t>(a_.Resolve(inner->entity))].lex < 0) {
          // "... Convention on Biological Diversity (COP16)": the short name,
          // found on its own ("COP16"), is this one's.
          a_.entities[static_cast<size_t>(a_.Resolve(inner->entity))].redirect = a_.Resolve(m.entity);
          a_.entities[m.entity].aliases.insert(Surface(j + 1, j + 2));
        }
        Mention copy = m;
        copy.te = j + 3;
        Put(s, copy);
      } else if (m.tag == Tag::kEvent && j + 4 < sen.te && W(j) == "(" && T(j + 1).upper && W(j + 2) == "-" &&
                 T(j + 3).kind == TokenKind::kNumber && W(j + 4) == ")") {
        // "... Assembly (AIPA-45)": a session's short name.
        a_.entities[m.entity].aliases.insert(Surface(j + 1, j + 4));
        acronyms_[Surface(j + 1, j + 4)] = m.entity;
        Mention copy = m;
        copy.te = j + 5;
        Put(s, copy);
      }
    }
  }

  // "... Meeting (AMM-58) ... led the delegation to the AMM-58": an acronym
  // the article defined names its entity wherever it is used again.
  void ScanDefinedAcronyms() {
    if (acronyms_.empty()) return;
    // An entity named by the bare acronym before its definition ("Colombia
    // hosts COP16 summit" over "... the 16th Conference of the Parties ...
    // (COP16)") is the defined one.
    for (size_t e = 0; e < a_.entities.size(); ++e) {
      DocEntity& d = a_.entities[e];
      if (d.redirect >= 0 || d.lex >= 0) continue;
      auto it = acronyms_.find(d.name);
      if (it == acronyms_.end()) continue;
      const int target = a_.Resolve(it->second);
      if (target != static_cast<int>(e) && a_.entities[static_cast<size_t>(target)].label == d.label)
        d.redirect = target;
    }
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      const Sentence& sen = a_.sentences[s];
      for (uint32_t i = sen.tb; i < sen.te; ++i) {
        if (!T(i).upper || At(s, i) >= 0) continue;
        uint32_t e = i + 1;
        if (e + 1 < sen.te && W(e) == "-" && T(e + 1).kind == TokenKind::kNumber && T(e).b == T(i).e) e += 2;
        auto it = acronyms_.find(Surface(i, e));
        if (it == acronyms_.end() && e > i + 1) it = acronyms_.find(Surface(i, e = i + 1));
        if (it == acronyms_.end()) continue;
        if (!Uncovered(s, i, e)) continue;
        const int ent = a_.Resolve(it->second);
        PutEntity(s, i, e, TagOfLabel(a_.entities[ent].label), ent);
        i = e - 1;
      }
    }
  }

  // --- numbered sessions and debates -------------------------------------
  bool SessionOrg(const Mention* m) const {
    return m && m->tag == Tag::kOrg && m->entity >= 0 && !Attr(m->entity, "sessions").empty();
  }
  // The end of "Assembly" or "General Assembly" right after a body's name at
  // `e` ("IPU Assembly", "AIPA General Assembly", though "General Assembly"
  // alone names the UN's), else `e`.
  uint32_t AssemblyEnd(size_t s, uint32_t e) const {
    if (W(e) == "assembly" && T(e).cap && !MAt(s, e)) return e + 1;
    if (W(e) == "general" && W(e + 1) == "assembly" && T(e).cap) {
      const Mention* ga = MAt(s, e);
      if (!ga || (ga->tb == e && ga->te == e + 2)) return e + 2;
    }
    return e;
  }
  void MakeSession(size_t s, uint32_t tb, uint32_t te, int org, int n) {
    if (n <= 0 || n > 300) return;
    std::string name = absl::StrCat(Ordinal(n), " session of the ", a_.entities[org].name);
    int ev = Entity("Event", name, Surface(tb, te));
    a_.entities[ev].session_org = org;
    a_.entities[ev].session_no = n;
    PutEntity(s, tb, te, Tag::kEvent, ev);
    last_session_org_ = a_.Resolve(org);  // "... the 78th session" later is the same body's
  }
  uint32_t HighLevelBefore(size_t s, uint32_t i) const {
    // "high-level" / "High-Level" just before i
    const Sentence& sen = a_.sentences[s];
    if (i >= sen.tb + 3 && W(i - 3) == "high" && W(i - 2) == "-" && W(i - 1) == "level") return i - 3;
    return i;
  }
  void ScanSessions(size_t s) {
    // (A session is found at an organisation's mention or at one of these.)
    if (!SentenceHasShape(s, kOrdinalShape | kUpperShape) && !SentenceHas(s, kSessionWord) &&
        std::none_of(Ms(s).begin(), Ms(s).end(), [](const Mention& m) { return m.tag == Tag::kOrg; }))
      return;
    const Sentence& sen = a_.sentences[s];
    for (uint32_t i = sen.tb; i < sen.te; ++i) {
      const Mention* here = MAt(s, i);
      if (here && here->tag != Tag::kOrg) continue;
      // Outside a body's name, a session starts at an ordinal, an upper-case
      // word ("COP29", "UNGA79") or "session": most tokens are none.
      if (!here && !Ord(i) && !T(i).upper && !In(i, kSessionWord)) continue;
      // "COP16", "COP29": a numbered conference of the parties to some
      // convention, named so (the lexicon may know which).
      if (!here && T(i).upper && T(i).kind == TokenKind::kWord) {
        const absl::string_view w = W(i);
        if (IsCopName(w)) {
          PutEntity(s, i, i + 1, Tag::kEvent, Entity("Event", absl::StrCat("COP", w.substr(3)), Surface(i, i + 1)));
          continue;
        }
      }
      int n = Ord(i);
      if (n && !here) {
        uint32_t j = i + 1;
        // ("the 38th ordinary session of the African Union Assembly".)
        if ((W(j) == "ordinary" || W(j) == "regular" || W(j) == "extraordinary" || W(j) == "special" ||
             W(j) == "resumed") &&
            !T(j).cap && (W(j + 1) == "session" || W(j + 1) == "sessions"))
          ++j;
        const bool session_word = W(j) == "session" || W(j) == "sessions";
        // "79th session of the UNGA"; "the 149th Assembly of the
        // Inter-Parliamentary Union" is its session too.
        if ((session_word || (W(j) == "assembly" && T(j).cap)) && W(j + 1) == "of") {
          uint32_t k = j + 2;
          if (W(k) == "the") ++k;
          const Mention* org = MAt(s, k);
          if (SessionOrg(org) && org->tb == k) {
            MakeSession(s, i, org->te, org->entity, n);
            continue;
          }
        }
        // "the sixth summit of the Conference on Interaction and ... (CICA)":
        // a numbered meeting of a body written in lower case.
        if ((W(j) == "summit" || W(j) == "meeting" || W(j) == "conference" || W(j) == "congress" ||
             (W(j) == "session" && j > i + 1)) &&
            !T(j).cap && W(j + 1) == "of") {
          uint32_t k = j + 2;
          if (W(k) == "the") ++k;
          const Mention* body = MAt(s, k);
          if (body && body->tb == k && body->tag == Tag::kOrg && body->entity >= 0 && !SessionOrg(body)) {
            std::string name = absl::StrCat(Surface(i, j + 1), " of the ",
                                            a_.entities[static_cast<size_t>(a_.Resolve(body->entity))].name);
            // (A body of the organisation: "of the African Union Assembly".)
            uint32_t e = body->te;
            if (e < sen.te && T(e).cap && !MAt(s, e) && HeadClass(e) == static_cast<int>(Tag::kOrg)) {
              absl::StrAppend(&name, " ", Surface(e, e + 1));
              ++e;
            }
            PutEntity(s, i, e, Tag::kEvent, Entity("Event", name, Surface(i, e)));
            continue;
          }
        }
        // "its 80th session", "the 79th session": of the body with sessions
        // named last ("The General Assembly elected X as President of its
        // 80th session").
        if (session_word && W(j + 1) != "of" && (W(i - 1) == "its" || W(i - 1) == "the") &&
            last_session_org_ >= 0) {
          MakeSession(s, i, j + 1, last_session_org_, n);
          continue;
        }
        const Mention* org = MAt(s, j);  // 79th UNGA
        // ... but "the 31st APEC Economic Leaders' Meeting" is a longer name.
        bool longer = false;
        for (uint32_t k = org ? org->te : sen.te; k < sen.te && k < org->te + 5 && !MAt(s, k); ++k) {
          const absl::string_view w = W(k);
          if (w == "debate" || w == "session" || !(T(k).cap || w == "'" || w == "-")) break;
          if (w == "meeting" || w == "summit" || w == "conference" || w == "forum" || w == "dialogue" ||
              (w == "assembly" && k == org->te)) {
            longer = true;
            break;
          }
        }
        // "the 45th General Assembly of the ASEAN Inter-Parliamentary
        // Assembly" is that body's assembly, not the UN's.
        uint32_t of = org ? org->te + 1 : 0;
        if (of && W(of) == "the") ++of;
        const Mention* owner = org && W(org->te) == "of" ? MAt(s, of) : nullptr;
        const bool others = owner && owner->tb == of && owner->tag == Tag::kOrg;
        // "the 132nd IPU Assembly", "the 45th AIPA General Assembly": the
        // body's session, with its assembly.
        if (SessionOrg(org) && org->tb == j && AssemblyEnd(s, org->te) > org->te) {
          MakeSession(s, i, AssemblyEnd(s, org->te), org->entity, n);
          continue;
        }
        // "the 47th General Assembly" in an article on another body with
        // sessions (AIPA, named before) is that body's, not the UN's.
        if (SessionOrg(org) && org->tb == j && !longer && !others && last_session_org_ >= 0 &&
            a_.Resolve(org->entity) != last_session_org_ && org->te == j + 2 && W(j) == "general" &&
            W(j + 1) == "assembly") {
          MakeSession(s, i, org->te, last_session_org_, n);
          continue;
        }
        if (SessionOrg(org) && org->tb == j && !longer && !others) {
          MakeSession(s, i, org->te, org->entity, n);
          continue;
        }
        if (SessionOrg(org) && org->tb == j && others && SessionOrg(owner)) {
          MakeSession(s, i, owner->te, owner->entity, n);
          continue;
        }
        // "the 32nd ASEAN Regional Forum": a numbered meeting of a forum (or
        // summit, dialogue, conference) that has no sessions of its own.
        if (org && org->tb == j && org->tag == Tag::kOrg && org->entity >= 0 && !SessionOrg(org)) {
          const std::vector<std::string>& w = Words(static_cast<size_t>(a_.Resolve(org->entity)));
          const std::string_view head = w.empty() ? std::string_view() : std::string_view(w.back());
          if (head == "forum" || head == "summit" || head == "dialogue" || head == "conference") {
            const std::string name =
                absl::StrCat(Surface(i, i + 1), " ", a_.entities[static_cast<size_t>(a_.Resolve(org->entity))].name);
            PutEntity(s, i, org->te, Tag::kEvent, Entity("Event", name, Surface(i, org->te)));
            continue;
          }
        }
      }
      if (!here && In(i, kSessionWord) && W(i + 1) == "of") {
        uint32_t k = i + 2;  // (High-level) session of the 80th UNGA
        if (W(k) == "the") ++k;
        int m = Ord(k);
        const Mention* org = MAt(s, k + 1);
        if (m && SessionOrg(org) && org->tb == k + 1) {
          // ("the closing session of the 46th AIPA General Assembly": the
          // body's assembly is part of the name.)
          MakeSession(s, HighLevelBefore(s, i), AssemblyEnd(s, org->te), org->entity, m);
          continue;
        }
      }
      if (here && SessionOrg(here) && here->tb == i) last_session_org_ = a_.Resolve(here->entity);
      if (here && SessionOrg(here) && here->tb == i) {
        uint32_t j = here->te;
        int org = here->entity;
        if (W(j) == "'s") ++j;  // UNGA's 78th session
        int m = Ord(j);
        if (m && (W(j + 1) == "session" || W(j + 1) == "sessions")) {
          MakeSession(s, i, j + 2, org, m);
          continue;
        }
        int v = 0;  // UNGA 79
        if (here->te < sen.te && T(here->te).kind == TokenKind::kNumber &&
            absl::SimpleAtoi(W(here->te), &v) && v > 0 && v < 300 && W(here->te).size() <= 3) {
          MakeSession(s, i, here->te + 1, org, v);
          continue;
        }
      }
      if (!here && T(i).kind == TokenKind::kWord && T(i).upper) {  // UNGA79
        absl::string_view f = W(i);
        size_t p = f.find_first_of("0123456789");
        int v = 0;
        if (p != std::string::npos && p > 1 && absl::SimpleAtoi(f.substr(p), &v)) {
          int e = lex_.Find("Organization", std::string_view(f.data(), p));
          if (e >= 0 && lex_.entry(e).attrs.count("sessions")) {
            MakeSession(s, i, i + 1, LexEntity(e, ""), v);
          }
        }
      }
    }
  }
  // A part of a numbered session: "General Debate" or "High-level Segment"
  // of it, named "<part> of the <session>".
  void MakeDebate(size_t s, uint32_t tb, uint32_t te, int session, absl::string_view part = "General Debate") {
    std::string name = absl::StrCat(part, " of the ", a_.entities[session].name);
    int ev = Entity("Event", name, Surface(tb, te));
    a_.entities[ev].parent = session;
    PutEntity(s, tb, te, Tag::kEvent, ev);
  }
  bool IsSession(const Mention* m) const {
    return m && m->tag == Tag::kEvent && m->entity >= 0 && a_.entities[m->entity].session_org >= 0;
  }
  void ScanDebates(size_t s) {
    if (!SentenceHas(s, kDebateWord)) return;
    const Sentence& sen = a_.sentences[s];
    for (uint32_t i = sen.tb; i + 1 < sen.te; ++i) {
      // "the High-level Segment of the 58th session of the Human Rights
      // Council": a session's part, as its general debate is.
      if (W(i) == "segment" && !MAt(s, i) && HighLevelBefore(s, i) < i && W(i + 1) == "of") {
        uint32_t k = i + 2;
        if (W(k) == "the") ++k;
        const Mention* after = MAt(s, k);
        if (IsSession(after) && after->tb == k)
          MakeDebate(s, HighLevelBefore(s, i), after->te, after->entity, "High-level Segment");
        continue;
      }
      if (W(i) != "general" || W(i + 1) != "debate" || MAt(s, i)) continue;
      uint32_t start = HighLevelBefore(s, i);
      const Mention* before = start > sen.tb ? MAt(s, start - 1) : nullptr;
      if (IsSession(before)) {  // 79th UNGA High-level General Debate
        MakeDebate(s, before->tb, i + 2, before->entity);
        continue;
      }
      uint32_t k = i + 2;
      if (W(k) != "of") continue;
      ++k;
      if (W(k) == "the") ++k;
      const Mention* after = MAt(s, k);
      if (IsSession(after) && after->tb == k) MakeDebate(s, start, after->te, after->entity);
    }
  }

  // "a special global high-level event on climate action", "the signing
  // ceremony of the ... Convention ...", "the event celebrating ..."
  // "the 44th and 45th ASEAN Summits": two events, one mention (entity and
  // entity2, as "the two countries").
  void ScanOrdinalPairs(size_t s) {
    static const auto* kPluralHeads = new absl::flat_hash_map<std::string, std::string>{
        {"summits", "Summit"}, {"sessions", "Session"}, {"conferences", "Conference"},
        {"meetings", "Meeting"}, {"congresses", "Congress"}, {"forums", "Forum"}};
    if (!SentenceHasShape(s, kOrdinalShape)) return;
    const Sentence& sen = a_.sentences[s];
    for (uint32_t i = sen.tb; i + 3 < sen.te; ++i) {
      if (!Ord(i) || W(i + 1) != "and" || !Ord(i + 2) || MAt(s, i) || MAt(s, i + 2)) continue;
      uint32_t j = i + 3;
      while (j < sen.te && j - i < 9) {  // the capitalised words and names between
        const Mention* m = MAt(s, j);
        if (m && m->tb == j && Absorbable(m)) {
          j = m->te;
          continue;
        }
        if (m || !Cap(j, sen.te)) break;
        if (kPluralHeads->contains(W(j))) break;
        ++j;
      }
      if (j >= sen.te || j == i + 3 || MAt(s, j) || !T(j).cap) continue;
      auto head = kPluralHeads->find(W(j));
      if (head == kPluralHeads->end()) continue;
      const std::string middle = Surface(i + 3, j);
      const std::string first = absl::StrCat(Surface(i, i + 1), " ", middle, " ", head->second);
      const std::string second = absl::StrCat(Surface(i + 2, i + 3), " ", middle, " ", head->second);
      const int e1 = Entity("Event", first, first);
      const int e2 = Entity("Event", second, second);
      a_.mentions[s][static_cast<size_t>(PutEntity(s, i, j + 1, Tag::kEvent, e1))].entity2 = e2;
      i = j;
    }
  }

  void ScanDescriptiveEvents(size_t s) {
    if (!SentenceHas(s, kEventHead)) return;
    const Sentence& sen = a_.sentences[s];
    for (uint32_t h = sen.tb; h < sen.te; ++h) {
      if (!In(h, kEventHead) || T(h).cap || MAt(s, h)) continue;
      uint32_t b = h;
      int mods = 0;
      while (b > sen.tb && In(b - 1, kEventMod) && !MAt(s, b - 1)) {
        --b;
        if (W(b) != "-" && W(b) != "level") ++mods;
      }
      uint32_t j = h + 1;
      bool celebrate = false;
      if (W(j) == "to" && (W(j + 1) == "celebrate" || W(j + 1) == "commemorate" || W(j + 1) == "mark")) {
        celebrate = true;
        j += 2;
      } else if (In(j, kCelebrate)) {
        celebrate = true;
        j += 1;
      } else if ((W(j) == "on" || W(j) == "of" || W(j) == "for") && mods > 0) {
        j += 1;
      } else {
        continue;
      }
      if (!celebrate && mods == 0) continue;
      uint32_t e = j;
      while (e < sen.te && e - b < 25) {
        const Token& t = T(e);
        if (t.kind == TokenKind::kPunct && t.fold != "-") break;
        if (In(e, kEventStop) && e > j) {
          // "... of diplomatic ties between Vietnam and Brazil": the pair
          // after "between" is one part of the name.
          const Mention* left = MAt(s, e - 1);
          uint32_t r = e + 1;
          if (W(r) == "the") ++r;
          const Mention* right = MAt(s, r);
          // (Or a country and a bloc: "between Japan and ASEAN".)
          auto party = [](const Mention* m) { return m && (m->tag == Tag::kCountry || m->tag == Tag::kOrg); };
          if (W(e) == "and" && party(left) && left->tb > sen.tb &&
              (W(left->tb - 1) == "between" || (W(left->tb - 1) == "the" && W(left->tb - 2) == "between")) &&
              party(right) && right->tb == r) {
            e = right->te;
            continue;
          }
          break;
        }
        const Mention* m = MAt(s, e);
        if (m && (m->tag == Tag::kPerson || m->tag == Tag::kDate || m->tag == Tag::kTitle)) break;
        if (m && m->entity2 >= 0) {  // a pair of events is no part of one name
          e = j;
          break;
        }
        if (m && m->te > e) {
          e = m->te;
          continue;
        }
        ++e;
      }
      if (e <= j) continue;
      std::string name = Surface(b, e);
      name[0] = absl::ascii_toupper(name[0]);
      int lexid = lex_.Find("Event", name);
      int ev = lexid >= 0 ? LexEntity(lexid, name) : Entity("Event", name, name);
      PutEntity(s, b, e, Tag::kEvent, ev);
      h = e;
    }
  }

  // Capitalised names typed by their head word.
  int HeadClass(uint32_t tok) const {  // 0 none, else Tag
    LexHit hit;
    if (MatchAt(tok, tok + 1, &hit, kHeadKind) != 1) return 0;
    const std::string& l = lex_.entry(hit.entry).label;
    if (l == "EventHead") return static_cast<int>(Tag::kEvent);
    if (l == "DocumentHead") return static_cast<int>(Tag::kDoc);
    if (l == "OrgHead") return static_cast<int>(Tag::kOrg);
    return 0;
  }
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool ChunkWord(size_t s, uint32_t i, uint32_t end) const {
    if (!Cap(i, end) || MAt(s, i)) return false;
    return !In(i, kMonthWord | kWeekday);
  }
  // Whether a person's name of two words or more, none of them the head of
  // an organisation's or event's name, starts at token i.
  bool PersonNameAt(size_t s, uint32_t i, uint32_t end) const {
    const uint32_t ne = NameRun(s, i, end);
    if (ne < i + 2) return false;
    for (uint32_t k = i; k < ne; ++k) {
      if (HeadClass(k)) return false;
    }
    return true;
  }
  // Whether the capitalised run at `j` is a person's name ending a body's
  // name: two or three words, then no "and", "of" or more capitals, and no
  // word of any name in the lexicon or head word ("Foreign Affairs" is not).
  // The name must open with a family name of the lexicon or have three
  // words ("Institute of Oriental Studies" keeps its name), and the body's
  // head word must be an organisation's ("Resolution on Marine Plastic
  // Pollution" names a topic).
  bool PersonAfterBody(size_t s, uint32_t b, uint32_t j, uint32_t end) const {
    LexHit hit;
    // (A family name first vouches for the words after it, up to four:
    // "Bui Thi Minh Hoai", whose "Minh" is also in "Ho Chi Minh City".)
    const bool family_first = MatchAt(j, j + 1, &hit, kSurnameKind) == 1;
    uint32_t k = j;
    while (k < end && k < j + 5 && T(k).kind == TokenKind::kWord && T(k).cap && !MAt(s, k) && !HeadClass(k) &&
           (family_first || !lex_.InNames(T(k).fold)))
      ++k;
    if (k < end && (T(k).cap || W(k) == "and" || W(k) == "of" || W(k) == "'s" || W(k) == "&" || W(k) == "-"))
      return false;
    if (k - j < 2 || k - j > (family_first ? 4u : 3u)) return false;
    // (Two words need a family name first, or a body's name that ended in its
    // head word: "the Vientiane Party Committee Somsak Vong".)
    if (k - j == 2 && !family_first && HeadClass(j - 1) != static_cast<int>(Tag::kOrg)) return false;
    for (uint32_t h = j; h > b; --h) {
      const int cls = HeadClass(h - 1);
      if (cls) return cls == static_cast<int>(Tag::kOrg);
    }
    return false;
  }
  bool Absorbable(const Mention* m) const {
    return m && m->lexical && m->tag != Tag::kTitle && m->tag != Tag::kLevel;
  }
  void ScanChunks(size_t s) {
    const Sentence& sen = a_.sentences[s];
    for (uint32_t i = sen.tb; i < sen.te; ++i) {
      const Mention* mi = MAt(s, i);
      // A name starts at a capital, a mention, an ordinal or a number: most
      // tokens are passed by here.
      if (!mi && !T(i).cap && !Ord(i) && T(i).kind != TokenKind::kNumber) continue;
      // Nor inside a mention, or at one that is neither a date nor absorbed.
      if (mi && (mi->tb != i || (mi->tag != Tag::kDate && !Absorbable(mi)))) {
        i = mi->te - 1;
        continue;
      }
      bool start = false;
      if (ChunkWord(s, i, sen.te) && !In(i, kChunkStop)) start = true;
      if (Absorbable(mi) && mi->tb == i) start = true;
      // "the 2026 World Water Forum": a year opens the name.
      bool year_first = mi && mi->tag == Tag::kDate && mi->tb == i && mi->te == i + 1 && mi->text.size() == 4 &&
                        ((Cap(i + 1, sen.te) && !MAt(s, i + 1)) ||
                         (Absorbable(MAt(s, i + 1)) && MAt(s, i + 1)->tb == i + 1));
      if (year_first) start = true;
      // "the 2025 Shangri-La Dialogue": a year before a known event names
      // that year's edition. ("The 2025 session of the Conference on
      // Disarmament": a body's session named by its year.)
      if (mi && mi->tag == Tag::kDate && mi->tb == i && mi->te == i + 1 && mi->text.size() == 4 && i > sen.tb &&
          W(i - 1) == "the") {
        const uint32_t of_at = i + 2, body_at = W(i + 3) == "the" ? i + 4 : i + 3;
        const Mention* body = W(i + 1) == "session" && W(of_at) == "of" ? MAt(s, body_at) : nullptr;
        if (body && body->tb == body_at && body->tag == Tag::kOrg && body->entity >= 0) {
          const uint32_t te = body->te;
          const std::string name = absl::StrCat(Surface(i, i + 1), " session of the ",
                                                a_.entities[static_cast<size_t>(a_.Resolve(body->entity))].name);
          PutEntity(s, i, te, Tag::kEvent, Entity("Event", name, name));
          i = te - 1;
          continue;
        }
        const Mention* ev = MAt(s, i + 1);
        if (ev && ev->tb == i + 1 && ev->tag == Tag::kEvent && ev->entity >= 0 &&
            a_.entities[static_cast<size_t>(ev->entity)].lex >= 0) {
          const uint32_t te = ev->te;
          const std::string name =
              absl::StrCat(Surface(i, i + 1), " ", a_.entities[static_cast<size_t>(a_.Resolve(ev->entity))].name);
          PutEntity(s, i, te, Tag::kEvent, Entity("Event", name, name));
          i = te - 1;
          continue;
        }
      }
      if (!mi && (Ord(i) || T(i).kind == TokenKind::kNumber) && Cap(i + 1, sen.te)) start = true;
      if (!start) continue;
      uint32_t j = i, last = i;  // last: end of the last capitalised element
      bool numbered = false;
      bool after_connector = false;  // an "of", "for" or "on" passed
      int words = 0;
      int after_words = 0;  // capitalised words since the last connector
      // (The chunk is the object of "of": "member of the Party Central
      // Committee's Secretariat Luong Cuong".)
      const bool of_before = i > sen.tb + 1 && (W(i - 1) == "of" || (W(i - 1) == "the" && W(i - 2) == "of"));
      if (year_first) j = last = i + 1;
      while (j < sen.te) {
        const Mention* m = MAt(s, j);
        if (m && m->tb == j && Absorbable(m)) {
          j = m->te;
          last = j;
          // "President of the National Assembly of Cuba Esteban Lazo
          // Hernandez": a name of two or more words after "of COUNTRY" is the
          // person holding the office, no more of the body's name.
          // (Likewise after "of ORG": "... of the Communist Party of Viet Nam To Lam".)
          if ((m->tag == Tag::kCountry || m->tag == Tag::kOrg) && m->tb > i && In(m->tb - 1, kConnect) &&
              PersonNameAt(s, j, sen.te))
            break;
          continue;
        }
        if (m) break;
        if (ChunkWord(s, j, sen.te) || (j == i && (Ord(j) || T(j).kind == TokenKind::kNumber))) {
          // "Speaker of the Chamber of Deputies Marketa Pekarova Adamova": two
          // or three words that end the run, none a word of any name in the
          // lexicon, after a body's name of one word or more, are a person.
          if ((after_connector || of_before) && after_words >= 1 && PersonAfterBody(s, i, j, sen.te)) break;
          if (W(j) == "no" && j + 1 < sen.te && HasDigit(T(j + 1).fold)) {
            j += 2;
            last = j;
            numbered = true;
            ++words;
            break;
          }
          ++j;
          ++words;
          ++after_words;
          last = j;
          continue;
        }
        if (W(j) == "-" && Cap(j + 1, sen.te) && j > i) {
          ++j;
          continue;
        }
        // "High-level Meeting on ...": a hyphenated word with a lower-case half.
        if (W(j) == "-" && j > i && j + 1 < sen.te && T(j).b == T(j - 1).e && T(j + 1).b == T(j).e &&
            T(j + 1).kind == TokenKind::kWord && !MAt(s, j + 1) && Cap(j + 2, sen.te)) {
          j += 2;
          last = j;
          continue;
        }
        // "Authority of Heads of State and Government of ECOWAS": one phrase.
        if (W(j) == "and" && j > i && W(j - 1) == "state" && W(j + 1) == "government" && Cap(j + 1, sen.te)) {
          j += 2;
          last = j;
          continue;
        }
        // "Ministry of Industry and Trade", "Committee for the Protection and
        // Promotion of ...", "Belt and Road Forum": an "and" between two
        // capitalised words inside an of-phrase (or Belt and Road) joins, unless
        // a new head follows ("the Ministry of Defence and Ministry of ...").
        if (W(j) == "and" && j > i && ChunkWord(s, j - 1, sen.te) && ChunkWord(s, j + 1, sen.te) &&
            HeadClass(j + 1) == 0 && (after_connector || (W(j - 1) == "belt" && W(j + 1) == "road"))) {
          j += 2;
          last = j;
          ++words;
          continue;
        }
        // "Foreign Ministers' Meeting": a plural possessive inside the name.
        if (W(j) == "'" && j > i && T(j).b == T(j - 1).e && !T(j - 1).fold.empty() &&
            T(j - 1).fold.back() == 's' && Cap(j + 1, sen.te) && !MAt(s, j + 1)) {
          ++j;
          continue;
        }
        if (In(j, kConnect) && j > i) {
          uint32_t k = j;
          after_connector |= W(j) == "of" || W(j) == "for" || W(j) == "on";
          after_words = 0;
          while (k < sen.te && In(k, kConnect) && !MAt(s, k)) ++k;
          const Mention* mk = MAt(s, k);
          if (k < sen.te && (ChunkWord(s, k, sen.te) || (Absorbable(mk) && mk->tb == k) ||
                             Ord(k))) {
            j = k;
            continue;
          }
        }
        break;
      }
      // One capitalised word ("Party", "Summit") is a common noun, not a name.
      bool absorbed = false;
      for (uint32_t k = i; k < last; ++k) absorbed |= MAt(s, k) != nullptr;
      if (words == 0 || last <= i || (words == 1 && !absorbed && !Ord(i) &&
                                      T(i).kind != TokenKind::kNumber)) continue;
      // Head: the last capitalised word before the first connector.
      uint32_t head = i;
      for (uint32_t k = i; k < last; ++k) {
        const Mention* m = MAt(s, k);
        if (In(k, kConnect) && !m && k > i) break;
        if (!m && (ChunkWord(s, k, sen.te))) head = k;
        if (m) k = m->te - 1;
      }
      int cls = HeadClass(head);
      uint32_t end = last;
      // "the 2026 APEC summit"; not "attends first BRICS summit", where a
      // spelled-out ordinal describes rather than names.
      const bool spelled_ordinal = Ord(i) && !T(i).cap && !HasDigit(T(i).fold);
      bool trailing_head = false;  // "a joint Arab-Islamic summit": named with its head ("... Summit")
      if (!cls && In(last, kTrailingHead) && !T(last).cap && !spelled_ordinal) {
        cls = static_cast<int>(Tag::kEvent);
        trailing_head = true;
      }
      // "the 21st Shangri-La Dialogue": an ordinal before an event the
      // lexicon knows names an edition of it.
      if (!cls && Ord(i) && !spelled_ordinal && last > i + 1) {
        const Mention* ev = MAt(s, last - 1);
        if (ev && ev->te == last && ev->tb == i + 1 && ev->tag == Tag::kEvent) cls = static_cast<int>(Tag::kEvent);
      }
      if (!cls) continue;
      Tag tag = static_cast<Tag>(cls);
      // "the 149th Assembly of the Inter-Parliamentary Union", "the 14th
      // National Congress": a numbered assembly is a meeting, not a body.
      if (tag == Tag::kOrg && Ord(i) &&
          (W(head) == "assembly" || W(head) == "congress" || W(head) == "plenum" || W(head) == "conference"))
        tag = Tag::kEvent;
      // "Resolution on the protection of ...": a lower-case subject tail.
      // (Not "a Presidential Statement on the issue": no subject named.)
      auto anaphoric_topic = [&] {
        const absl::string_view w = W(end + 2);
        return W(end + 1) == "the" &&
               (w == "issue" || w == "matter" || w == "topic" || w == "subject" || w == "same");
      };
      if (tag == Tag::kDoc && !numbered && W(end) == "on" && last == head + 1 && !anaphoric_topic()) {
        uint32_t k = end + 1;
        while (k < sen.te && k - end < 14) {
          if (T(k).kind == TokenKind::kPunct && W(k) != "-") break;
          if (W(k) == "and" || W(k) == "which" || W(k) == "that") break;
          const Mention* m = MAt(s, k);
          if (m && !Absorbable(m)) break;
          k = m ? m->te : k + 1;
        }
        if (k > end + 1) end = k;
      }
      // "the 11th Review Conference of the Parties to the Treaty on the
      // Non-Proliferation of Nuclear Weapons", "the 29th Conference of the
      // Parties to the UNFCCC": the treaty is part of the name.
      if (tag == Tag::kEvent && end >= i + 3 && W(end - 1) == "parties" && W(end - 2) == "the" &&
          W(end) == "to") {
        uint32_t k = end + 1;
        if (W(k) == "the") ++k;
        const Mention* doc = MAt(s, k);
        if (doc && doc->tb == k && (doc->tag == Tag::kDoc || doc->tag == Tag::kOrg)) {
          end = doc->te;
          // ("... to the UN Framework Convention on Climate Change": the UN's
          // treaty, read as the organisation and a document after it.)
          // (Its capitalised words, and "on", "of", "the" between them.)
          if (doc->tag == Tag::kOrg) {
            for (uint32_t q = doc->te; q < sen.te;) {
              if (T(q).kind == TokenKind::kWord && T(q).cap && !MAt(s, q)) {
                end = ++q;
                continue;
              }
              const absl::string_view w = W(q);
              if ((w == "on" || w == "of" || w == "the") && q + 1 < sen.te && T(q + 1).cap) {
                ++q;
                continue;
              }
              break;
            }
          }
        }
      }
      std::string name = WithoutAcronyms(Surface(i, end));
      const std::string surface = name;
      // "the second ASEAN Future Forum" is the "2nd ASEAN Future Forum": an
      // edition is named with digits, whichever way the text writes it.
      if (tag == Tag::kEvent && Ord(i) && !HasDigit(T(i).fold) && end > i + 1)
        name = absl::StrCat(Ordinal(Ord(i)), " ", WithoutAcronyms(Surface(i + 1, end)));
      // (Not "event", and not after a head of its own: "the Global Call for
      // the Future Summit event" is the summit.)
      if (trailing_head && end == last && W(last) != "event" && !In(end - 1, kTrailingHead)) {
        std::string head_word(W(last));
        head_word[0] = absl::ascii_toupper(static_cast<unsigned char>(head_word[0]));
        name = absl::StrCat(name, " ", head_word);
        end = last + 1;
      }
      // "the World Economic Forum's Annual Meeting": the organisation's
      // meeting, named with it ("World Economic Forum Annual Meeting").
      if (tag == Tag::kEvent && i >= sen.tb + 2 && W(i - 1) == "'s") {
        const Mention* owner = MAt(s, i - 2);
        if (owner && (owner->tag == Tag::kOrg || owner->tag == Tag::kEvent) && owner->entity >= 0 &&
            owner->te == i - 1)
          name = absl::StrCat(a_.entities[static_cast<size_t>(owner->entity)].name, " ", name);
      }
      std::string label = LabelOfTag(tag);
      int lexid = lex_.Find(label, name);
      if (lexid < 0 && mi && mi->tag == Tag::kOrg && mi->te < end) {
        lexid = lex_.Find(label, Surface(mi->te, end));  // "UN Summit of the Future"
      }
      if (lexid < 0 && tag == Tag::kOrg) lexid = BodyOfKnownOrg(s, i, end, label);
      // "adopted a Presidential Statement": one of a kind, not a name.
      if (lexid < 0 && tag == Tag::kDoc && end <= i + 2 && i > sen.tb && (W(i - 1) == "a" || W(i - 1) == "an")) {
        i = end - 1;
        continue;
      }
      int ent = lexid >= 0 ? LexEntity(lexid, name) : Entity(label, name, name == surface ? name : surface);
      PutEntity(s, i, end, TagOfLabel(a_.entities[ent].label), ent);
      i = end - 1;
    }
  }

  // "Executive Board of the United Nations Educational, Scientific and
  // Cultural Organization (UNESCO)": a body of an organisation the lexicon
  // knows under another name of it ("UNESCO Executive Board"); -1 if none.
  int BodyOfKnownOrg(size_t s, uint32_t b, uint32_t e, const std::string& label) const {
    for (uint32_t k = b + 1; k + 1 < e; ++k) {
      if (W(k) != "of") continue;
      const uint32_t ob = W(k + 1) == "the" ? k + 2 : k + 1;
      const Mention* org = MAt(s, ob);
      if (!org || org->tb != ob || org->tag != Tag::kOrg || org->entity < 0) return -1;
      const int lexid = a_.entities[static_cast<size_t>(a_.Resolve(org->entity))].lex;
      // Only an acronym in brackets may follow it.
      const bool acronym = org->te + 3 == e && W(org->te) == "(" && W(e - 1) == ")";
      if (lexid < 0 || (org->te != e && !acronym)) return -1;
      const std::string head = Surface(b, k);
      const LexEntry& owner = lex_.entry(lexid);
      int found = lex_.Find(label, absl::StrCat(owner.canonical, " ", head));
      for (size_t n = 0; found < 0 && n < owner.aliases.size(); ++n)
        found = lex_.Find(label, absl::StrCat(owner.aliases[n], " ", head));
      return found;
    }
    return -1;
  }

  // A title in quotation marks after the kind of text or gathering it
  // names: "a draft resolution titled "Strengthening Maritime Safety and
  // Security"" is a Document of that name, "a forum entitled "..."" an
  // Event. The mention holds the marks; the name is what they enclose.
  void ScanQuotedTitles(size_t s) {
    if (!SentenceHas(s, kDefiniteDoc | kDefiniteHead)) return;  // (the word before the quote)
    const Sentence& sen = a_.sentences[s];
    for (uint32_t q = sen.tb + 1; q + 3 < sen.te; ++q) {
      if (W(q) != "\"" || !Cap(q + 1, sen.te)) continue;
      uint32_t k = q - 1;
      const absl::string_view w = W(k);
      if ((w == "titled" || w == "entitled" || w == "named" || w == "called") && k > sen.tb) --k;
      const bool doc = In(k, kDefiniteDoc), event = In(k, kDefiniteHead);
      if (!doc && !event) continue;
      uint32_t e = q + 1;
      while (e < sen.te && e < q + 40 && W(e) != "\"") ++e;
      if (e >= sen.te || W(e) != "\"" || e < q + 3) continue;
      const std::string name = Surface(q + 1, e);
      PutEntity(s, q, e + 1, doc ? Tag::kDoc : Tag::kEvent, Entity(doc ? "Document" : "Event", name, name));
      q = e;
    }
  }

  // "Resolution 2728", "Decree 15/2024": a document head word and a number.
  void ScanNumberedDocuments(size_t s) {
    if (!SentenceHasShape(s, kNumberShape)) return;
    const Sentence& sen = a_.sentences[s];
    for (uint32_t i = sen.tb; i + 1 < sen.te; ++i) {
      if (T(i + 1).kind != TokenKind::kNumber) continue;  // (the rarest condition first)
      // (UN press releases write "resolution 2700 (2023)" in lower case.)
      const bool resolution = W(i) == "resolution";
      if ((!T(i).cap && !resolution) || MAt(s, i) || MAt(s, i + 1)) continue;
      if (!resolution && HeadClass(i) != static_cast<int>(Tag::kDoc)) continue;
      const std::string name = resolution ? absl::StrCat("Resolution ", Surface(i + 1, i + 2)) : Surface(i, i + 2);
      PutEntity(s, i, i + 2, Tag::kDoc, Entity("Document", name, name));
      ++i;
    }
  }

  // "the NATO summit", "an ASEAN ministerial meeting": an organisation and a
  // lower-case event word name that organisation's event ("NATO Summit").
  void ScanOrgEvents(size_t s) {
    static const auto* kHeads = new absl::flat_hash_map<std::string, std::string>{
        {"summit", "Summit"}, {"conference", "Conference"}, {"congress", "Congress"},
        {"ministerial", "Ministerial Meeting"}};  // not "forum": "the APEC forum" is APEC
    if (!SentenceHas(s, kOrgEventHead)) return;  // (kHeads' words)
    const Sentence& sen = a_.sentences[s];
    for (uint32_t i = sen.tb; i < sen.te; ++i) {
      const Mention* m = MAt(s, i);
      if (!m || m->tb != i || m->tag != Tag::kOrg || m->entity < 0 || m->te >= sen.te) {
        if (m) i = m->te - 1;
        continue;
      }
      uint32_t h = m->te;
      auto it = kHeads->find(W(h));
      if (it == kHeads->end() || T(h).cap || MAt(s, h)) {
        i = m->te - 1;
        continue;
      }
      uint32_t end = h + 1;
      if (W(h) == "ministerial") {
        if (end >= sen.te || W(end) != "meeting") continue;
        ++end;
      }
      std::string name = absl::StrCat(a_.entities[static_cast<size_t>(m->entity)].name, " ", it->second);
      PutEntity(s, i, end, Tag::kEvent, Entity("Event", name, Surface(i, end)));
      i = end - 1;
    }
  }

  // --- people -------------------------------------------------------------
  // A capitalised run that can be a name: [i, end) of at most 5 words.
  uint32_t NameRun(size_t s, uint32_t i, uint32_t limit) const {
    uint32_t j = i;
    int words = 0;
    while (j < limit && words < 5) {
      bool clause_start = j == a_.sentences[s].tb || T(j - 1).kind == TokenKind::kPunct;
      // A month's name inside a name is a name ("Dong Jun", "Theresa May"),
      // not before a day or year ("Lam on Jun 5" never gets here).
      // So is a first name before another name: "Defence Minister Jan Nowak".
      const bool month_in_name = In(j, kMonthWord) &&
                                 (words > 0 || (Cap(j + 1, limit) && !In(j + 1, kMonthWord) && !MAt(s, j + 1) &&
                                                !In(j + 1, kFunctionWord))) &&
                                 !(j + 1 < a_.tokens.size() &&
                                   (T(j + 1).kind == TokenKind::kNumber || Ord(j + 1) || W(j + 1) == "-" ||
                                    // ("Jun. 5"; but "Admiral Dong Jun." ends a sentence)
                                    (W(j + 1) == "." && j + 2 < a_.tokens.size() &&
                                     T(j + 2).kind == TokenKind::kNumber)));
      if (Cap(j, limit) && !MAt(s, j) && !In(j, kNeverName) && (!In(j, kMonthWord) || month_in_name) &&
          !(In(j, kFunctionWord) && (clause_start || (words == 0 && j + 1 < limit && !Cap(j + 1, limit)))) &&
          !HasDigit(T(j).fold)) {
        ++j;
        ++words;
        continue;
      }
      if (words > 0 && W(j) == "-" && j + 1 < limit && T(j + 1).kind == TokenKind::kWord &&
          T(j + 1).b == T(j).e && T(j).b == T(j - 1).e && !MAt(s, j + 1)) {
        j += 2;  // Park Jin-ho
        continue;
      }
      if (words > 0 && W(j) == "-" && Cap(j + 1, limit) && !MAt(s, j + 1)) {
        ++j;
        continue;
      }
      // Name particles, up to two: "Ursula von der Leyen", "Lula da Silva".
      uint32_t k = j;
      while (words > 0 && k < limit && k - j < 3 &&
             ((In(k, kParticle) && !T(k).cap) || (k > j && W(k) == "-"))) {
        ++k;  // "al-Sisi": a particle and its hyphen
      }
      if (k > j && Cap(k, limit) && !MAt(s, k)) {
        j = k;
        continue;
      }
      break;
    }
    return words > 0 ? j : i;
  }

  // TITLE (of the? X)? joined by "," / "and", each optionally after a
  // country ("US President", "Vietnam's General Secretary").
  // `after_name`: the chain is an apposition after a name ("To Lam, general
  // secretary of ..."), where "and" before a title and another name starts
  // the next person ("..., and Vietnamese President Luong Cuong").
  uint32_t TitleChain(size_t s, uint32_t i, std::vector<TitleRef>* out, bool after_name = false) const {
    const Sentence& sen = a_.sentences[s];
    uint32_t j = i, good = i;
    while (j < sen.te) {
      TitleRef ref;
      uint32_t k = j;
      const Mention* m = MAt(s, k);
      if (m && m->tag == Tag::kCountry && m->tb == k) {
        ref.prefix_country = m->entity;
        k = m->te;
        if (W(k) == "'s") ++k;
        // ("Afghan acting Foreign Minister X": an acting minister holds the
        // office.)
        if ((W(k) == "acting" || W(k) == "interim" || W(k) == "caretaker") && !MAt(s, k)) ++k;
        m = MAt(s, k);
      } else if (m && (m->tag == Tag::kOrg || m->tag == Tag::kEvent) && m->tb == k && m->entity >= 0) {
        // "World Bank President X", "NATO Secretary-General Y", "WEF
        // President Z": the office is the organisation's (or forum's).
        const Mention* t = MAt(s, m->te);
        if (t && t->tag == Tag::kTitle && t->tb == m->te) {
          ref.explicit_entity = m->entity;
          k = m->te;
          m = t;
        }
      }
      if (!m || m->tag != Tag::kTitle || m->tb != k) break;
      ref.title = m->text;
      ref.scope = m->scope;
      ref.of = m->of;
      const uint32_t title_tb = m->tb, title_te = m->te;
      k = m->te;
      if (W(k) == "of") {
        uint32_t x = k + 1;
        if (W(x) == "the") ++x;
        const Mention* o = MAt(s, x);
        // "President of the Republic": the title of the country in question.
        if (!o && W(x) == "republic" && T(x).cap && x == k + 2) k = x + 1;
        // "President of the Congress", "Speaker of the Senate": an office of
        // the country's legislature (as "of Peru's Congress" would say).
        // ("Speaker of the Peruvian Congress": of that country's.)
        const Mention* demonym =
            o && o->tb == x && o->tag == Tag::kCountry && o->demonym && o->entity >= 0 ? o : nullptr;
        const uint32_t y = demonym ? demonym->te : x;
        bool legislature = false;
        if ((!o || demonym) && x == k + 2 && T(y).cap) {
          uint32_t len = 0;
          if (W(y) == "congress" || W(y) == "senate" || W(y) == "parliament") len = 1;
          else if (W(y) == "national" && W(y + 1) == "assembly" && T(y + 1).cap) len = 2;
          else if (W(y) == "house" && W(y + 1) == "of" &&
                   (W(y + 2) == "representatives" || W(y + 2) == "councillors" || W(y + 2) == "councilors" ||
                    W(y + 2) == "commons" || W(y + 2) == "lords"))
            len = 3;
          else if (W(y) == "chamber" && W(y + 1) == "of" && W(y + 2) == "deputies") len = 3;
          if (len > 0 && !MAt(s, y)) {
            ref.title = absl::StrCat(ref.title, " of the ", Surface(y, y + len));
            const int known = lex_.Find("Title", ref.title);
            if (known >= 0) ref.title = lex_.entry(known).canonical;
            ref.scope = "country";
            if (demonym) ref.prefix_country = demonym->entity;
            k = y + len;
            legislature = true;
          }
        }
        if (!legislature && o && o->tb == x && o->entity >= 0 &&
            (o->tag == Tag::kOrg || o->tag == Tag::kCountry || o->tag == Tag::kEvent)) {
          ref.explicit_entity = o->entity;
          k = o->te;
          // "General Secretary of the CPV Central Committee X": the
          // committee is the party's, not part of the name after it.
          if (o->tag == Tag::kOrg && W(k) == "central" && W(k + 1) == "committee" && T(k).cap) k += 2;
          // "President of the Lao National Assembly": an office of that
          // country's legislature.
          // ("Chairman of Vietnam's National Assembly" likewise; "Speaker of
          // Malaysia's Dewan Rakyat" is an office of that body.)
          // ("Speaker of the Russian State Duma X": the body of that
          // country.)
          if (o->tag == Tag::kCountry && o->demonym) {
            const Mention* body = MAt(s, k);
            if (body && body->tb == k && body->tag == Tag::kOrg && body->entity >= 0) {
              ref.explicit_entity = body->entity;
              ref.prefix_country = o->entity;
              k = body->te;
            }
          }
          if (o->tag == Tag::kCountry && W(k) == "'s") {
            const Mention* body = MAt(s, k + 1);
            if (!body && T(k + 1).cap) {
              ++k;
            } else if (body && body->tb == k + 1 && body->tag == Tag::kOrg && body->entity >= 0) {
              ref.explicit_entity = body->entity;
              // ("general secretary of Vietnam's Communist Party": the
              // country's party of that name, EmitOfficeFacts finds.)
              ref.prefix_country = o->entity;
              k = body->te;
            }
          }
          if (o->tag == Tag::kCountry && !MAt(s, k)) {
            std::string body;
            uint32_t len = 0;
            if (W(k) == "national" && W(k + 1) == "assembly") body = "National Assembly", len = 2;
            else if (W(k) == "parliament") body = "Parliament", len = 1;
            else if (W(k) == "senate") body = "Senate", len = 1;
            else if (W(k) == "house" && W(k + 1) == "of" && W(k + 2) == "representatives")
              body = "House of Representatives", len = 3;
            if (len > 0 && T(k).cap) {
              // The lexicon's name for the office when it has one ("Chairman
              // of the National Assembly"), else the title's.
              const int known = lex_.Find("Title", absl::StrCat(Surface(title_tb, title_te), " of the ", body));
              ref.title = known >= 0 ? lex_.entry(known).canonical : absl::StrCat(ref.title, " of the ", body);
              ref.scope = "country";
              ref.prefix_country = o->entity;
              ref.explicit_entity = -1;
              k += len;
            } else if (len == 0 && W(k - 1) == "'s") {
              // ("Vice Chairman of China's Central Military Commission Zhang
              // Youxia": a body the lexicon does not know, up to its head
              // word, before the name.)
              uint32_t run = k;
              while (run < sen.te && run < k + 8 && T(run).cap && T(run).kind == TokenKind::kWord && !MAt(s, run))
                ++run;
              for (uint32_t h = run; h > k; --h) {
                if (HeadClass(h - 1) == static_cast<int>(Tag::kOrg) && run >= h + 2) {
                  k = h;
                  break;
                }
              }
            }
          }
        }
      }
      // "Deputy Minister of Planning and Investment Do Thanh Trung": a
      // ministry the lexicon does not know, up to a name that opens with a
      // family name of the lexicon.
      if ((W(k) == "of" || W(k) == "for") && !MAt(s, k + 1) && T(k + 1).cap &&
          absl::EndsWith(ref.title, "Minister")) {
        for (uint32_t j = k + 2; j < sen.te && j < k + 8; ++j) {
          const absl::string_view w = W(j);
          if (MAt(s, j) || (!T(j).cap && w != "and" && w != "of" && w != "the")) break;
          LexHit hit;
          if (!T(j).cap || MatchAt(j, j + 1, &hit, kSurnameKind) != 1 ||
              NameRun(s, j, sen.te) < j + 2 || W(j - 1) == "and" || W(j - 1) == "of" || W(j - 1) == "the")
            continue;
          ref.title = absl::StrCat(ref.title, " ", Surface(k, j));
          const int known = lex_.Find("Title", ref.title);
          if (known >= 0) ref.title = lex_.entry(known).canonical;
          ref.scope = "country";
          k = j;
          break;
        }
      }
      // "Vietnam's Ambassador to Laos Nguyen Minh Tam": the host country
      // is where the office is held, not whose office it is.
      if (W(k) == "to" && (ref.title == "Ambassador" || ref.title == "High Commissioner")) {
        uint32_t x = k + 1;
        if (W(x) == "the") ++x;
        const Mention* o = MAt(s, x);
        if (o && o->tb == x && (o->tag == Tag::kCountry || o->tag == Tag::kOrg)) k = o->te;
      }
      out->push_back(ref);
      good = k;
      // separator to another title?
      uint32_t n = k;
      if (W(n) == ",") ++n;
      if (W(n) == "and") ++n;
      if (n == k) break;
      const Mention* nm = MAt(s, n);
      if (nm && nm->tb == n && nm->tag == Tag::kCountry) {
        uint32_t q = nm->te;
        if (W(q) == "'s") ++q;
        nm = MAt(s, q);
      }
      if (!nm || nm->tag != Tag::kTitle) break;
      if (after_name && W(n - 1) == "and") {
        uint32_t q = nm->te;
        if (W(q) == "of") {
          uint32_t x = q + 1;
          if (W(x) == "the") ++x;
          const Mention* o = MAt(s, x);
          if (o && o->tb == x) q = o->te;
        }
        if (PersonNameAt(s, q, sen.te)) break;
      }
      j = n;
    }
    return good;
  }

  int PersonEntity(size_t s, uint32_t nb, uint32_t ne) {
    std::string name = Surface(nb, ne);
    return Entity("Person", name, name, -1, FoldedSpan(nb, ne));
  }
  // FoldName of the text of tokens [tb, te) from their folds, when they are
  // words apart by single spaces (else ""): a name's words are folded once.
  std::string FoldedSpan(uint32_t tb, uint32_t te) const {
    std::string out;
    out.reserve(SurfaceView(tb, te).size());  // (folds are seldom longer than the text)
    for (uint32_t k = tb; k < te; ++k) {
      if (T(k).kind == TokenKind::kPunct || T(k).fold.empty()) return "";
      if (k > tb) {
        if (T(k).b != T(k - 1).e + 1 || a_.text[T(k - 1).e] != ' ') return "";
        out += ' ';
      }
      out += T(k).fold;
    }
    return out;
  }
  // FoldName of the text of tokens [tb, te): one word's fold where that is
  // the same (FoldName reads ',' and '\'' as no letters, and drops a leading
  // "the "), else folded anew into `buf`.
  absl::string_view FoldSpan(uint32_t tb, uint32_t te, std::string* buf) const {
    if (te == tb + 1 && T(tb).kind == TokenKind::kWord) {
      const std::string_view f = T(tb).fold;
      if (!f.empty() && std::none_of(f.begin(), f.end(), [](char c) { return c == ',' || c == '\'' || c == ' '; }))
        return AbslView(f);
    }
    *buf = graph::FoldName(SurfaceView(tb, te));
    return *buf;
  }
  void AddPersonMention(size_t s, uint32_t tb, uint32_t te, int person) {
    PutEntity(s, tb, te, Tag::kPerson, person);
  }
  void RecordTitles(int person, const std::vector<TitleRef>& titles, int s) {
    for (const TitleRef& t : titles) persons_[person].titles.push_back({t, s});
  }

  // A title-case line ("President Visits Cuba, Meets Cuban Leader"): capitals
  // say nothing there, so no new names are read from it.
  bool Headline(size_t s) const {
    const Sentence& sen = a_.sentences[s];
    absl::string_view last = W(sen.te - 1);
    if (last == "." || last == "..." || last == "!" || last == "?" || last == ":") return false;
    // (Nor one that ends with an abbreviation's period: "... by President
    // Ferdinand Marcos Jr.")
    if (a_.text[T(sen.te - 1).e - 1] == '.') return false;
    int words = 0, caps = 0;
    for (uint32_t i = sen.tb; i < sen.te; ++i) {
      if (T(i).kind != TokenKind::kWord || T(i).fold.size() < 4) continue;
      ++words;
      caps += T(i).cap;
    }
    return words >= 3 && caps * 10 >= words * 8;
  }

  // A headline in any case: also a first line in sentence case, on a line of
  // its own before the text ("Slovenia to preside over UN Security Council
  // in October").
  bool TitleLine(size_t s) const {
    if (Headline(s)) return true;
    const Sentence& sen = a_.sentences[s];
    const absl::string_view last = W(sen.te - 1);
    if (s != 0 || last == "." || last == "!" || last == "?" || last == ":" || sen.te >= a_.tokens.size()) return false;
    return T(sen.te).newline_before && a_.text.find("\n\n", T(sen.te - 1).e) < T(sen.te).b;
  }

  // "NICE, France, June 9, 2025 - ...": a dateline's city that the
  // gazetteer lacks is a place, and so is the same capitalised word later.
  void ScanDatelinePlace() {
    for (size_t s = 0; s < a_.sentences.size() && s < 3; ++s) {
      const Sentence& sen = a_.sentences[s];
      uint32_t e = sen.tb;
      while (e < sen.te && e < sen.tb + 3 && T(e).kind == TokenKind::kWord && T(e).upper && T(e).fold.size() > 1 &&
             !MAt(s, e))
        ++e;
      if (e == sen.tb || W(e) != ",") continue;
      const Mention* next = MAt(s, e + 1);
      if (!next || next->tb != e + 1 || (next->tag != Tag::kCountry && next->tag != Tag::kDate)) continue;
      std::string name;
      for (uint32_t k = sen.tb; k < e; ++k) {
        std::string w(a_.text.substr(T(k).b, T(k).e - T(k).b));
        for (size_t c = 1; c < w.size(); ++c) w[c] = absl::ascii_tolower(w[c]);
        absl::StrAppend(&name, name.empty() ? "" : " ", w);
      }
      const int place = Entity("Place", name, Surface(sen.tb, e));
      PutEntity(s, sen.tb, e, Tag::kPlace, place);
      // Later mentions written in mixed case ("CHIANG MAI, ..." then "held in
      // Chiang Mai"); a one-word name not where a sentence starts.
      const uint32_t n = e - sen.tb;
      for (size_t t = s; t < a_.sentences.size(); ++t) {
        const Sentence& ts = a_.sentences[t];
        for (uint32_t k = ts.tb; k + n <= ts.te; ++k) {
          bool same = n > 1 || k > ts.tb;
          for (uint32_t j = 0; j < n && same; ++j) {
            same = T(k + j).cap && !T(k + j).upper && T(k + j).fold == T(sen.tb + j).fold && !MAt(t, k + j);
          }
          if (same) {
            PutEntity(t, k, k + n, Tag::kPlace, place);
            k += n - 1;
          }
        }
      }
      return;
    }
  }

  // "Asia-Pacific Economic Cooperation (APEC) Economic Leaders' Week": a
  // name with the acronym of a part of it left out.
  static std::string WithoutAcronyms(std::string name) {
    for (size_t open = name.find(" ("); open != std::string::npos; open = name.find(" (", open + 1)) {
      const size_t close = name.find(')', open);
      if (close == std::string::npos) break;
      bool acronym = close > open + 2;
      for (size_t k = open + 2; k < close; ++k) {
        const char c = name[k];
        acronym &= (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
      }
      if (acronym) name.erase(open, close + 1 - open);
    }
    return name;
  }

  void ScanPersons(size_t s) {
    const Sentence& sen = a_.sentences[s];
    if (Headline(s)) return;
    // A body's acronym the article defined is known before the titles after
    // it are read: "HRC President X" after "... Council (HRC)".
    for (uint32_t i = sen.tb; i + 1 < sen.te && !acronyms_.empty(); ++i) {
      if (!T(i).upper || At(s, i) >= 0) continue;
      auto it = acronyms_.find(Surface(i, i + 1));
      if (it == acronyms_.end()) continue;
      const int e = a_.Resolve(it->second);
      if (std::string_view(a_.entities[static_cast<size_t>(e)].label) == "Organization")
        PutEntity(s, i, i + 1, Tag::kOrg, e);
    }
    for (uint32_t i = sen.tb; i < sen.te; ++i) {
      const Mention* m = MAt(s, i);
      // Titles before a name, or "the President" waiting for coreference.
      if (m && m->tb == i && (m->tag == Tag::kTitle || m->tag == Tag::kCountry || m->tag == Tag::kOrg)) {
        std::vector<TitleRef> titles;
        uint32_t e = TitleChain(s, i, &titles);
        if (titles.empty()) continue;
        uint32_t nb = e;
        if (W(nb) == ",") ++nb;
        // "Defence Minister General Phan Van Giang": a military rank is no
        // part of the name.
        nb = AfterStylesAndRanks(s, nb, sen.te);
        uint32_t ne = NameRun(s, nb, sen.te);
        // "Foreign Minister Amir Khan Muttaqi": a one-word title that is also
        // a given name (given_name=yes in the lexicon), right after a title
        // and before two or more words of a name, is part of the name.
        if (ne == nb && nb == e) {
          const Mention* title = MAt(s, nb);
          if (title && title->tb == nb && title->te == nb + 1 && title->tag == Tag::kTitle && title->given_name &&
              NameRun(s, nb + 1, sen.te) >= nb + 3) {
            DropMention(s, nb);
            ne = NameRun(s, nb, sen.te);
          }
        }
        // "President Santiago Pena": a given name that is also a city's, right
        // after a title and before a family name, is part of the name.
        if (ne == nb) {
          const Mention* place = MAt(s, nb);
          if (place && place->tb == nb && place->te == nb + 1 && place->tag == Tag::kPlace &&
              NameRun(s, nb + 1, sen.te) > nb + 1) {
            DropMention(s, nb);
            ne = NameRun(s, nb, sen.te);
          }
        }
        // "the President Ho Chi Minh Mausoleum": a building named after him.
        // "Chairman Vuong Dinh Hue": a Vietnamese name may end in a word that
        // is also a city ("Hue", "Vinh").
        if (ne >= nb + 2 && ne < sen.te) {
          const Mention* place = MAt(s, ne);
          LexHit hit;
          if (place && place->tag == Tag::kPlace && place->tb == ne && place->te == ne + 1 &&
              T(ne).b == T(ne - 1).e + 1 && MatchAt(nb, nb + 1, &hit, kSurnameKind) == 1)
            ++ne;
        }
        if (ne > nb && NamesBuilding(nb, std::min<uint32_t>(ne + 1, sen.te))) {
          i = ne - 1;
          continue;
        }
        // ("co-chair AI summit": a short acronym alone is nobody's name.)
        if (ne == nb + 1 && T(nb).upper && T(nb).fold.size() <= 4) ne = nb;
        if (ne > nb) {
          int p = PersonEntity(s, nb, ne);
          // "President Prabowo Subianto of Indonesia": the country after the
          // name is that of the titles before it that name none.
          {
            uint32_t c = ne;
            if (W(c) == "of") {
              ++c;
              if (W(c) == "the") ++c;
              const Mention* of = MAt(s, c);
              if (of && of->tb == c && of->tag == Tag::kCountry && of->entity >= 0 && !of->demonym) {
                for (TitleRef& t : titles) {
                  if (t.scope == "country" && t.prefix_country < 0 && t.explicit_entity < 0)
                    t.prefix_country = of->entity;
                }
              }
            }
          }
          // "former Australian foreign minister Julie Bishop" holds it no more.
          // ("then Prime Minister Lee": an office held then, not now.)
          const bool former = i > sen.tb && (W(i - 1) == "former" || W(i - 1) == "late" || W(i - 1) == "ex" ||
                                             (W(i - 1) == "then" && !T(i - 1).cap));
          if (!former) RecordTitles(p, titles, static_cast<int>(s));
          // "Crown Prince X, Saudi Arabia's prime minister, received ...": the
          // apposition's titles are his too.
          if (!former && W(ne) == ",") {
            const Mention* c = MAt(s, ne + 1);
            if (c && c->tb == ne + 1 && c->tag == Tag::kCountry && W(c->te) == "'s") {
              std::vector<TitleRef> more;
              const uint32_t ae = TitleChain(s, ne + 1, &more, /*after_name=*/true);
              if (!more.empty() && (W(ae) == "," || ae >= sen.te || T(ae).fold == ".")) {
                RecordTitles(p, more, static_cast<int>(s));
              }
            }
          }
          uint32_t te = ne;
          AddPersonMention(s, i, te, p);
          i = te - 1;
          continue;
        }
        bool the = i > sen.tb && (W(i - 1) == "the");
        const Mention* first = MAt(s, i);
        // "the President", "the Vietnamese President" (a President of Vietnam).
        // (Also "the New Zealand Prime Minister": a country's name before the title.)
        const bool country_title = first && first->tag == Tag::kCountry && MAt(s, first->te) &&
                                   MAt(s, first->te)->tag == Tag::kTitle;
        if (the && first && (first->tag == Tag::kTitle || country_title)) {
          pending_.push_back({static_cast<int>(s), i - 1, e, titles});
        }
        i = e - 1;
        continue;
      }
      // "his Australian counterpart Anthony Albanese": a person.
      if (!m && In(i, kCounterpart)) {
        uint32_t nb = i + 1;
        if (W(nb) == ",") ++nb;
        // "his Saudi counterpart Prince Faisal bin Farhan": the name after the style.
        nb = AfterStylesAndRanks(s, nb, sen.te);
        uint32_t ne = NameRun(s, nb, sen.te);
        if (ne > nb) {
          uint32_t tb = i;
          // ("Bangladeshi interim leader X": the demonym before the word.)
          uint32_t at = i;
          if (at > sen.tb + 1 && (W(at - 1) == "interim" || W(at - 1) == "acting" || W(at - 1) == "caretaker") &&
              !MAt(s, at - 1))
            --at;
          const Mention* d = at > sen.tb ? MAt(s, at - 1) : nullptr;
          // "his Vietnamese counterpart X", "his New Zealand counterpart X".
          const bool of_country = d && d->tag == Tag::kCountry && d->te == at &&
                                  (d->demonym || W(i) == "counterpart" || W(i) == "counterparts" || W(i) == "peer");
          if (of_country) tb = d->tb;
          // "Vietnam's top leader X": the possessive country joins the mention.
          if (!of_country && W(i) == "leader") {
            uint32_t b = i;
            if (b > sen.tb && W(b - 1) == "top") --b;
            const Mention* c = b >= sen.tb + 2 && W(b - 1) == "'s" ? MAt(s, b - 2) : nullptr;
            if (c && c->tag == Tag::kCountry && c->te == b - 1) tb = c->tb;
          }
          const int person = PersonEntity(s, nb, ne);
          if (of_country && (W(i) == "counterpart" || W(i) == "peer")) {
            if (!CounterpartTitle(s, d->tb, person, a_.Resolve(d->entity)))
              later_counterparts_.push_back({s, d->tb, person, a_.Resolve(d->entity)});
          }
          AddPersonMention(s, tb, ne, person);
          i = ne - 1;
          continue;
        }
      }
      if (m) {
        i = m->te - 1;
        continue;
      }
      // Honorific + name: resolved against known people later.
      if (In(i, kHonorific)) {
        uint32_t ne = NameRun(s, i + 1, sen.te);
        if (ne > i + 1) {
          honorific_.push_back({static_cast<int>(s), i, ne});
          i = ne - 1;
        }
        continue;
      }
      // Names start with a capital: most words are passed here.
      if (!Cap(i, sen.te)) continue;
      // "Senior Lieutenant General Hoang Xuan Chien": the name after the rank.
      uint32_t nb = i;
      while (nb + 1 < sen.te && T(nb).cap && In(nb, kRank) && !MAt(s, nb)) ++nb;
      if (nb > i && NameRun(s, nb, sen.te) < nb + 2) nb = i;
      uint32_t ne = NameRun(s, nb, sen.te);
      if (ne <= nb) continue;
      // Apposition: NAME, (the)? TITLE ...; or NAME of COUNTRY, (the)? TITLE
      // ("Dennis Francis of Trinidad and Tobago, President of the 78th
      // session": the mention is then the name alone, and the country stays
      // a mention of its own).
      uint32_t k = UINT32_MAX;
      bool of_country = false;
      if (ne - nb >= 2 && W(ne) == ",") {
        k = ne + 1;
      } else if (ne - nb >= 2 && (W(ne) == "of" || W(ne) == "(")) {
        // (Or the UN's "Philemon Yang (Cameroon), President of the ...".)
        const bool paren = W(ne) == "(";
        uint32_t c = ne + 1;
        if (W(c) == "the") ++c;
        const Mention* country = MAt(s, c);
        uint32_t after = country ? country->te : c;
        if (paren && W(after) == ")") ++after;
        else if (paren) country = nullptr;
        if (country && country->tb == c && country->tag == Tag::kCountry && W(after) == ",") {
          k = after + 1;
          of_country = true;
        }
      }
      if (k != UINT32_MAX) {
        if (W(k) == "the") ++k;
        std::vector<TitleRef> titles;
        const uint32_t e = TitleChain(s, k, &titles, /*after_name=*/true);
        if (!titles.empty()) {
          int p = PersonEntity(s, nb, ne);
          RecordTitles(p, titles, static_cast<int>(s));
          const uint32_t te = of_country ? ne : e;
          AddPersonMention(s, i, te, p);
          i = te - 1;
          continue;
        }
      }
      // "Brazil's Luiz Inacio Lula da Silva attended ...": a name of two words
      // or more after a country's possessive, before a lower-case word.
      if (ne - nb >= 2 && nb == i && i >= sen.tb + 2 && W(i - 1) == "'s" && ne < sen.te &&
          T(ne).kind == TokenKind::kWord && !T(ne).cap && PersonNameAt(s, nb, sen.te) && !NamesBuilding(nb, ne)) {
        const Mention* c = MAt(s, i - 2);
        bool spaced = false;  // two words ("Diaz-Canel" is one: a short name)
        for (uint32_t k = nb + 1; k < ne; ++k) spaced |= T(k).b > T(k - 1).e;
        if (spaced && c && c->te == i - 1 && c->tag == Tag::kCountry && !c->demonym) {
          AddPersonMention(s, i, ne, PersonEntity(s, nb, ne));
          i = ne - 1;
          continue;
        }
      }
      // Name shape: a known family name followed by given names (not "the
      // Ho Chi Minh Mausoleum", a building named after one).
      LexHit hit;
      if (ne - nb >= 2 && ne - nb <= 4 && !NamesBuilding(nb, ne) &&
          MatchAt(nb, nb + 1, &hit, kSurnameKind) == 1) {
        int p = PersonEntity(s, nb, ne);
        AddPersonMention(s, i, ne, p);
        i = ne - 1;
        continue;
      }
      // A name of two to four words after a rank or a style: "Army General
      // Raul Castro Ruz", "Sheikh Tamim bin Hamad Al Thani".
      if (nb > i && ne - nb >= 2 && ne - nb <= 5 && !NamesBuilding(nb, ne)) {
        AddPersonMention(s, i, ne, PersonEntity(s, nb, ne));
        i = ne - 1;
        continue;
      }
      i = ne - 1;
    }
  }

  // An entity's name taken apart (Facts).
  struct NameFacts {
    std::vector<std::string> words;  // folded, punctuation left out
    // Whether a person's first word may stand alone for them: a first name
    // ("Thongloun"), or a family name written first and used alone ("Xi": a
    // Surname entry with short=family); not a family name that is never used
    // alone ("Nguyen", "Le").
    bool first_is_short = true;
    std::optional<std::vector<std::string>> short_keys;  // MakeShortKeys, when first asked for
  };
  NameFacts MakeNameFacts(const std::string& name) const {
    NameFacts out;
    std::vector<char> fold_store;
    const std::vector<Token> t = Tokenize(name, &fold_store);
    out.words.reserve(t.size());
    for (const Token& k : t) {
      if (k.kind != TokenKind::kPunct) out.words.emplace_back(k.fold);
    }
    LexHit hit;
    if (!t.empty() && lex_.Match(t, 0, 1, &hit, kSurnameKind) == 1) {
      auto it = hit.attrs ? hit.attrs->find("short") : LexAttrs::const_iterator();
      out.first_is_short = hit.attrs && it != hit.attrs->end() && it->second == "family";
    }
    return out;
  }
  // NameFacts by name, of one lexicon, per thread: they follow from the name
  // and the lexicon alone, and names repeat from article to article. A node
  // map, so that entries stay put as others are added.
  struct NameMemo {
    uint64_t lex_id = 0;
    absl::node_hash_map<std::string, NameFacts> by_name;
  };
  static NameMemo& ThreadNameMemo() {
    thread_local NameMemo memo;
    return memo;
  }
  // Emptied before a document only, so that the entries in names_ last the
  // annotation.
  void PrepareNameMemo() {
    if (name_memo_.lex_id != lex_.id() || name_memo_.by_name.size() >= (1u << 16)) {
      name_memo_.by_name.clear();
      name_memo_.lex_id = lex_.id();
    }
  }
  NameFacts& Facts(size_t e) {
    if (names_.size() < a_.entities.size()) names_.resize(a_.entities.size(), nullptr);
    NameFacts*& facts = names_[e];
    if (facts == nullptr) {
      const std::string& name = a_.entities[e].name;
      auto [it, fresh] = name_memo_.by_name.try_emplace(name);
      if (fresh) it->second = MakeNameFacts(name);
      facts = &it->second;
    }
    return *facts;
  }
  const std::vector<std::string>& Words(size_t e) { return Facts(e).words; }
  // FoldName of entity e's name, as Entity kept it. (The reference lasts
  // until the next entity is added.)
  const std::string& Folded(size_t e) const { return a_.entities[e].folded; }
  // The words a person's full name may be shortened to: the last word and,
  // where used alone, the first (and then the middle one of three); none for
  // a one-word name.
  const std::vector<std::string>& ShortKeys(size_t e) {
    NameFacts& n = Facts(e);
    if (!n.short_keys) n.short_keys = MakeShortKeys(e);
    return *n.short_keys;
  }
  std::vector<std::string> MakeShortKeys(size_t e) {
    const std::vector<std::string>& w = Words(e);
    // "Ferdinand Marcos Jr." is "Marcos": a generational suffix is no short name.
    size_t n = w.size();
    const std::string_view suffix = n >= 3 ? std::string_view(w[n - 1]) : std::string_view();
    if (suffix == "jr" || suffix == "sr" || suffix == "ii" || suffix == "iii") --n;
    if (n < 2) return {};
    std::vector<std::string> keys;
    keys.reserve(4);
    keys.push_back(w[n - 1]);
    // A hyphenated family name is also one short name: "Diaz-Canel", last
    // or not ("Miguel Diaz-Canel Bermudez") (its words folded and joined by
    // a space, as FoldName writes the hyphen).
    if (const std::string& name = a_.entities[e].name; name.find('-') != std::string::npos) {
      const std::vector<absl::string_view> parts = absl::StrSplit(name, ' ', absl::SkipEmpty());
      for (size_t k = 1; k < parts.size(); ++k) {
        if (parts[k].find('-') == absl::string_view::npos || (k + 1 == parts.size() && !suffix.empty())) continue;
        std::string key = graph::FoldName(std::string_view(parts[k].data(), parts[k].size()));
        if (key.find(' ') != std::string::npos) keys.push_back(std::move(key));
      }
    }
    // The first word too ("Xi" for Xi Jinping, "Thongloun" for Thongloun
    // Sisoulith), unless it is a family name of a culture that never uses
    // it alone ("Nguyen", "Le").
    // "Lula" for Luiz Inacio Lula da Silva: the word before a lower-case
    // particle of a long name.
    if (n >= 4) {
      for (size_t k = 1; k + 1 < n; ++k) {
        if (w[k + 1] == "da" || w[k + 1] == "de" || w[k + 1] == "do" || w[k + 1] == "dos" || w[k + 1] == "das") {
          keys.push_back(w[k]);
          break;
        }
      }
    }
    if (Facts(e).first_is_short) {
      keys.push_back(w[0]);
      // A given name and two family names, the first of them used alone
      // ("Lazo" for Esteban Lazo Hernandez, "Marrero" for Manuel Marrero Cruz).
      if (n == 3) keys.push_back(w[1]);
    }
    return keys;
  }

  // People by folded full name (`full`) and by short name (`last`: its one
  // person, or -1 when several people of the article share it).
  struct PersonIndex {
    absl::flat_hash_map<std::string, int> full, last;
  };
  void IndexPersons(PersonIndex* index) {
    index->full.clear();
    index->last.clear();
    index->full.reserve(a_.entities.size());  // (an upper bound: not every entity is a person)
    for (size_t e = 0; e < a_.entities.size(); ++e) {
      if (std::string_view(a_.entities[e].label) != "Person" || a_.entities[e].redirect >= 0) continue;
      if (Words(e).empty()) continue;
      index->full[Folded(e)] = static_cast<int>(e);
      for (const std::string& k : ShortKeys(e)) {
        auto [it, first] = index->last.try_emplace(k, static_cast<int>(e));
        if (!first) it->second = -1;
      }
    }
  }

  // A short name several people share ("Mr. Dung" after Ho Thi Dung and
  // Pham Van Dung) is the one named most recently before it; -1 if none was.
  int RecentPersonWithShort(size_t s, uint32_t tb, absl::string_view key) {
    for (size_t k = s + 1; k-- > 0;) {
      const auto& ms = a_.mentions[k];
      for (auto it = ms.rbegin(); it != ms.rend(); ++it) {
        if (it->tag != Tag::kPerson || (k == s && it->tb >= tb)) continue;
        const int p = a_.Resolve(it->entity);
        if (p < 0) continue;
        for (const std::string& sk : ShortKeys(static_cast<size_t>(p))) {
          if (sk == key) return p;
        }
      }
    }
    return -1;
  }

  // The person a short name at sentence s, token tb stands for: its one
  // bearer in the article, else the one named most recently before; -1.
  int ShortNamePerson(const absl::flat_hash_map<std::string, int>& last, absl::string_view key, size_t s,
                      uint32_t tb) {
    auto it = last.find(key);
    if (it == last.end()) return -1;
    return it->second >= 0 ? it->second : RecentPersonWithShort(s, tb, key);
  }

  // Where entity e is first mentioned as a person: sentence and token.
  std::optional<std::pair<size_t, uint32_t>> FirstPersonMention(int e) const {
    for (size_t s = 0; s < a_.mentions.size(); ++s) {
      for (const Mention& m : a_.mentions[s]) {
        if (m.tag == Tag::kPerson && m.entity == e) return std::make_pair(s, m.tb);
      }
    }
    return std::nullopt;
  }

  // "President Biden" and "Joe Biden" in one article are one person.
  // Leaves person_index_ up to date for ScanShortMentions.
  void MergeShortPersons() {
    IndexPersons(&person_index_);
    const absl::flat_hash_map<std::string, int>& last = person_index_.last;
    std::vector<int> merged;
    for (size_t e = 0; e < a_.entities.size(); ++e) {
      DocEntity& d = a_.entities[e];
      if (std::string_view(d.label) != "Person" || d.redirect >= 0) continue;
      const std::vector<std::string>& w = Words(e);
      // One word, or one hyphenated word ("Diaz-Canel, who is also First
      // Secretary ..." of Miguel Diaz-Canel Bermudez).
      const bool hyphenated = w.size() == 2 && d.name.find(' ') == std::string::npos &&
                              d.name.find('-') != std::string::npos;
      if (w.size() != 1 && !hyphenated) continue;
      const std::string key = hyphenated ? absl::StrCat(w[0], " ", w[1]) : w[0];
      auto it = last.find(key);
      if (it == last.end()) continue;
      int full = it->second;
      if (full < 0) {  // shared: the person named last before its first mention
        if (auto first = FirstPersonMention(static_cast<int>(e))) {
          full = RecentPersonWithShort(first->first, first->second, key);
        }
      }
      // ("Malaysia's King Sultan Ibrahim" is named by one regnal name: no
      // Anwar Ibrahim of the article who holds no such title.)
      if (full >= 0 && Monarch(static_cast<int>(e)) && !Monarch(full)) full = -1;
      if (full >= 0 && full != static_cast<int>(e) && TitlesAgree(static_cast<int>(e), full)) {
        d.redirect = full;
        merged.push_back(static_cast<int>(e));
        for (const auto& al : d.aliases) a_.entities[full].aliases.insert(al);
        auto pt = persons_.find(static_cast<int>(e));
        if (pt != persons_.end()) {
          for (auto& t : pt->second.titles) persons_[full].titles.push_back(t);
          persons_.erase(static_cast<int>(e));
        }
      }
    }
    // Nothing else changes people before ScanShortMentions: the merged
    // leave `full`, and `last` holds none of them unless one had short names
    // of its own (a hyphenated name), when the index is made anew.
    for (int e : merged) {
      if (!ShortKeys(static_cast<size_t>(e)).empty()) {
        IndexPersons(&person_index_);
        return;
      }
    }
    for (int e : merged) person_index_.full.erase(Folded(static_cast<size_t>(e)));
  }

  // "Modi and his Vietnamese counterpart Pham Minh Chinh": the counterpart
  // holds, for his own country, the office of the one person named before in
  // the sentence (his latest title).
  // Returns false when nobody is named before yet (the short mentions and
  // pronouns are found later: "Wong was welcomed by his Malaysian
  // counterpart Anwar Ibrahim"); the caller asks again then.
  bool CounterpartTitle(size_t s, uint32_t before, int person, int country) {
    int other = -1;
    for (const Mention& m : a_.mentions[s]) {
      if (m.tb >= before) break;
      if (m.tag != Tag::kPerson || m.entity < 0) continue;
      // "Albanese, who was accompanied by Foreign Minister X, held talks
      // with his counterpart": the companion is not the one whose
      // counterpart it is, and who is may not be known yet.
      if (m.tb > a_.sentences[s].tb && W(m.tb - 1) == "by") return true;
      const int e = a_.Resolve(m.entity);
      if (other >= 0 && other != e) return true;  // two people before: whose counterpart is unclear
      other = e;
    }
    if (other < 0) return false;
    if (other == a_.Resolve(person)) return true;
    auto it = persons_.find(other);
    if (it == persons_.end() || it->second.titles.empty()) return true;
    TitleRef t = it->second.titles.back().first;
    if (t.scope != "country" || t.explicit_entity >= 0) return true;
    t.prefix_country = country;
    RecordTitles(person, {t}, static_cast<int>(s));
    return true;
  }

  // Whether one of person p's titles is a reigning one (monarch=yes).
  bool Monarch(int p) const {
    auto it = persons_.find(p);
    if (it == persons_.end()) return false;
    for (const auto& [t, s] : it->second.titles) {
      const int id = lex_.Find("Title", t.title);
      if (id >= 0 && lex_.entry(id).attrs.count("monarch")) return true;
    }
    return false;
  }

  // Whether two people's titles allow them to be one: either has none, or one
  // title equals or begins another ("Minister" and "Minister of Foreign
  // Affairs"). "Sultan Ibrahim" is not "Prime Minister Anwar Ibrahim".
  bool TitlesAgree(int a, int b) const {
    auto titles = [&](int p) {
      std::vector<std::string> out;
      auto it = persons_.find(p);
      if (it != persons_.end()) {
        for (const auto& [t, s] : it->second.titles) out.push_back(t.title);
      }
      return out;
    };
    const std::vector<std::string> x = titles(a), y = titles(b);
    if (x.empty() || y.empty()) return true;
    for (const auto& t : x) {
      for (const auto& u : y) {
        if (t == u || BeginsWithWords(t, u) || BeginsWithWords(u, t)) return true;
        // "Chair" (as "Chairman" is written) and "Chairman of the National
        // Assembly".
        if ((t == "Chair" && absl::StartsWith(u, "Chairman")) || (u == "Chair" && absl::StartsWith(t, "Chairman")))
          return true;
      }
    }
    return false;
  }

  // Whether `numbered` ("19th summit of the francophonie") is the form with
  // an ordinal and "of" of `short_form` ("organisation internationale de la
  // francophonie summit"): the same head word, and the body's last word.
  static bool NumberedOfForm(absl::string_view short_form, absl::string_view numbered) {
    const size_t sp = short_form.rfind(' ');
    if (sp == absl::string_view::npos) return false;
    const absl::string_view head = short_form.substr(sp + 1), body = short_form.substr(0, sp);
    const size_t n1 = numbered.find(' ');
    if (n1 == absl::string_view::npos || OrdinalOf(numbered.substr(0, n1)) <= 0) return false;
    absl::string_view rest = numbered.substr(n1 + 1);
    if (!absl::ConsumePrefix(&rest, head) || !absl::ConsumePrefix(&rest, " of ")) return false;
    absl::ConsumePrefix(&rest, "the ");
    const size_t lb = body.rfind(' '), lr = rest.rfind(' ');
    return !rest.empty() && body.substr(lb == absl::string_view::npos ? 0 : lb + 1) ==
                                rest.substr(lr == absl::string_view::npos ? 0 : lr + 1);
  }

  // "the General Debate" in an article that names one "General Debate of the
  // 80th session ..." is that debate.
  // Organisations likewise: "ASEAN Intergovernmental Commission" in a
  // headline is the "ASEAN Intergovernmental Commission on Human Rights".
  void MergeShortNames() {
    for (size_t e = 0; e < a_.entities.size(); ++e) {
      DocEntity& d = a_.entities[e];
      // (An event the lexicon knows merges only into a numbered edition of
      // it: "the Shangri-La Dialogue" in an article on the 21st.)
      const bool lexical = d.lex >= 0;
      if ((std::string_view(d.label) != "Event" && std::string_view(d.label) != "Organization") ||
          (lexical && std::string_view(d.label) != "Event") || d.redirect >= 0 || d.session_org >= 0)
        continue;
      const std::string f = Folded(e) + " of ";
      const std::string tail = " " + Folded(e);
      const std::string on = Folded(e) + " on ";
      const std::string in = Folded(e) + " in ";
      int target = -1, n = 0;
      for (size_t o = 0; o < a_.entities.size(); ++o) {
        const DocEntity& x = a_.entities[o];
        if (o == e || x.label != d.label || x.redirect >= 0) continue;
        const std::string& fo = Folded(o);
        // ... and "the ASEAN Foreign Ministers' Meeting" one named "57th
        // ASEAN Foreign Ministers' Meeting" (an ordinal or a year before it).
        bool numbered = false;
        if (lexical) {
          if (absl::EndsWith(fo, tail) && fo.size() > tail.size()) {
            const absl::string_view head(fo.data(), fo.size() - tail.size());
            if (head.find(' ') == absl::string_view::npos && OrdinalOf(head) > 0) {
              target = static_cast<int>(o);
              ++n;
            }
          }
          continue;
        }
        if (absl::EndsWith(fo, tail) && fo.size() > tail.size()) {
          const absl::string_view head(fo.data(), fo.size() - tail.size());
          numbered = head.find(' ') == absl::string_view::npos &&
                     (OrdinalOf(head) > 0 || (head.size() == 4 && absl::ascii_isdigit(head[0])));
          // ... or "43rd session of the UNESCO General Conference" one named "the
          // General Conference".
          const std::vector<absl::string_view> hw = absl::StrSplit(head, ' ');
          if (hw.size() >= 3 && hw.size() <= 5 && OrdinalOf(hw[0]) > 0 && hw[1] == "session" && hw[2] == "of" &&
              (hw.size() < 4 || hw[3] == "the"))
            numbered = true;
          // ... or "the Special Summit" one named "ASEAN-Australia Special
          // Summit": one or two words of the lexicon's names before it.
          if (std::string_view(d.label) == "Event" && tail.find(' ', 1) != std::string::npos && hw.size() <= 2 &&
              std::all_of(hw.begin(), hw.end(), [&](absl::string_view w) { return lex_.InNames(w); }))
            numbered = true;
        }
        // ... or "the Francophonie summit" one named "19th Summit of the
        // Francophonie" (the same last word of the body).
        if (!numbered && std::string_view(d.label) == "Event") numbered = NumberedOfForm(Folded(e), fo);
        // (And "ASEAN Committee" one named "ASEAN Committee in Geneva".)
        if (absl::StartsWith(fo, f) || numbered ||
            (std::string_view(d.label) == "Organization" && (absl::StartsWith(fo, on) || absl::StartsWith(fo, in)))) {
          target = static_cast<int>(o);
          ++n;
        }
      }
      if (n == 1) {
        d.redirect = target;
        for (const auto& al : d.aliases) a_.entities[target].aliases.insert(al);
      }
    }
  }

  // "the summit" after "the G20 Summit" was named: the most recently named
  // event whose name holds that head word. Nothing when none was named.
  // Organisations likewise: "the Council" after "the UN Security Council".
  void ScanDefiniteEvents() {
    absl::flat_hash_map<std::string, int> latest_org;  // head word -> organisation entity
    absl::flat_hash_map<std::string, int> latest_doc;  // head word -> document entity
    absl::flat_hash_map<std::string, int> latest;  // head word -> event entity
    absl::flat_hash_map<std::string, std::pair<int, int>> latest_pair;  // plural head -> two events
    absl::flat_hash_map<std::string, absl::flat_hash_map<int, size_t>> seen;  // head word -> event -> last sentence
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      const Sentence& sen = a_.sentences[s];
      for (uint32_t i = sen.tb; i < sen.te; ++i) {
        if (const Mention* m = MAt(s, i)) {
          if (m->tag == Tag::kEvent && m->entity >= 0) {
            int e = a_.Resolve(m->entity);
            for (const std::string& w : Words(static_cast<size_t>(e))) {
              if (ListsOf(w) & kDefiniteHead) {
                latest[w] = e;
                if (!TitleLine(s)) seen[w][e] = s;  // (a headline's short name is no rival)
              }
            }
            // "the event": any event named last, but not one named as a host
            // or an office's ("hosted by the World Economic Forum", "executive
            // chairman of the WEF").
            uint32_t before = m->tb;
            if (before > sen.tb && W(before - 1) == "the") --before;
            const bool host = before > sen.tb && W(before - 1) == "by";
            const Mention* title = before > sen.tb + 1 && W(before - 1) == "of" ? MAt(s, before - 2) : nullptr;
            // (Nor "WEF President Borge Brende".)
            const Mention* after = MAt(s, m->te);
            const bool office =
                (title && title->tag == Tag::kTitle) ||
                (after && after->tb == m->te && (after->tag == Tag::kTitle || after->tag == Tag::kPerson));
            if (!host && !office) latest["event"] = e;
            // "the 44th and 45th ASEAN Summits ... the summits": the pair.
            if (m->entity2 >= 0 && !Words(static_cast<size_t>(e)).empty()) {
              latest_pair[absl::StrCat(Words(static_cast<size_t>(e)).back(), "s")] = {e, a_.Resolve(m->entity2)};
            }
          } else if (m->tag == Tag::kDoc && m->entity >= 0) {
            int e = a_.Resolve(m->entity);
            for (const std::string& w : Words(static_cast<size_t>(e))) {
              if (ListsOf(w) & kDefiniteDoc) latest_doc[w] = e;
            }
            latest_doc["text"] = e;  // "the text": any document named last
          } else if (m->tag == Tag::kOrg && m->entity >= 0) {
            int e = a_.Resolve(m->entity);
            for (const std::string& w : Words(static_cast<size_t>(e))) {
              if (ListsOf(w) & kDefiniteOrg) latest_org[w] = e;
            }
            if (Attr(e, "bloc") == "yes") {  // "the bloc", "the group"
              for (const char* w : {"bloc", "group", "grouping"}) latest_org[w] = e;
            }
          }
          i = m->te - 1;
          continue;
        }
        // Outside mentions only the head word of a definite phrase ("the
        // declaration", "the Council", "the summit(s)") is read.
        if (latest_pair.empty() && !In(i, kDefiniteDoc | kDefiniteOrg | kDefiniteHead)) continue;
        // "The declaration was proposed by Malaysia": the document named
        // before with that head word (not "the declaration on ...").
        if (i > sen.tb && W(i - 1) == "the" && In(i, kDefiniteDoc) &&
            (i + 1 >= sen.te || (W(i + 1) != "of" && W(i + 1) != "on" && !(T(i + 1).cap && !MAt(s, i + 1))))) {
          auto it = latest_doc.find(W(i));
          if (it != latest_doc.end()) {
            PutEntity(s, i, i + 1, Tag::kDoc, it->second);
            continue;
          }
        }
        // "the Council" / "the council", alone (not "the Council of Europe");
        // "the regional bloc" too.
        const bool adjective_bloc = i > sen.tb + 1 && W(i - 2) == "the" && !T(i - 1).cap &&
                                    T(i - 1).kind == TokenKind::kWord && !MAt(s, i - 1) &&
                                    (W(i) == "bloc" || W(i) == "grouping" || W(i) == "group");
        // "the 193-member assembly", "the 15-member council".
        const bool n_member = i >= sen.tb + 4 && W(i - 1) == "member" && W(i - 2) == "-" &&
                              T(i - 3).kind == TokenKind::kNumber && W(i - 4) == "the" && !T(i).cap;
        if (i > sen.tb && (W(i - 1) == "the" || adjective_bloc || n_member) && In(i, kDefiniteOrg) &&
            (i + 1 >= sen.te ||
             (W(i + 1) != "of" && !(W(i + 1) == "for" && i + 2 < sen.te && T(i + 2).cap) &&
              !(T(i + 1).cap && !MAt(s, i + 1) && T(i + 1).kind == TokenKind::kWord)))) {
          auto it = latest_org.find(W(i));
          if (it != latest_org.end()) {
            PutEntity(s, adjective_bloc ? i - 1 : n_member ? i - 3 : i, i + 1, Tag::kOrg, it->second);
            continue;
          }
        }
        if (i > sen.tb && W(i - 1) == "the" && !T(i).cap && !(i + 1 < sen.te && In(i + 1, kNotAfterHead))) {
          auto pair = latest_pair.find(W(i));
          if (pair != latest_pair.end()) {
            a_.mentions[s][static_cast<size_t>(PutEntity(s, i, i + 1, Tag::kEvent, pair->second.first))].entity2 =
                pair->second.second;
            continue;
          }
        }
        if (i == sen.tb || W(i - 1) != "the" || T(i).cap || !In(i, kDefiniteHead)) continue;
        // "the summit of ...": another phrase (but "the summit on September 22"
        // is the summit).
        const Mention* after_on = W(i + 1) == "on" ? MAt(s, i + 2) : nullptr;
        if (i + 1 < sen.te && In(i + 1, kNotAfterHead) && !(after_on && after_on->tag == Tag::kDate)) continue;
        // "Vietnam chaired the meeting in 2010 and 2020": the series, not
        // the one meeting named before (which met once).
        int y = 0;
        if (i + 4 < sen.te && W(i + 1) == "in" && IsYear(T(i + 2), &y) && (W(i + 3) == "and" || W(i + 3) == ",") &&
            IsYear(T(i + 4), &y))
          continue;
        auto it = latest.find(W(i));
        if (it == latest.end()) continue;
        // Two events of that head named in this sentence or the two before
        // ("The 57th AMM opened ... It will be followed by the EAS Foreign
        // Ministers' Meeting ... Timor-Leste attended the meeting"): which
        // one is meant is not said.
        int recent = 0;
        for (const auto& [ev, at] : seen[W(i)]) recent += at + 2 >= s;
        if (recent > 1) continue;
        PutEntity(s, i, i + 1, Tag::kEvent, it->second);
      }
    }
  }

  // "Anthony Albanese has met ... Mr Albanese said": the first name run
  // of two to four words (in no mention, outside headlines) ending in the
  // honorific's one word is that person; -1 if there is none.
  int PersonFromNameRun(const std::string& word) {
    if (word.empty() || word.find(' ') != std::string::npos) return -1;
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      if (Headline(s)) continue;
      const Sentence& sen = a_.sentences[s];
      for (uint32_t i = sen.tb; i < sen.te; ++i) {
        if (const Mention* m = MAt(s, i)) {
          i = m->te - 1;
          continue;
        }
        if (!Cap(i, sen.te) || (i > sen.tb && In(i - 1, kHonorific))) continue;
        const uint32_t ne = NameRun(s, i, sen.te);
        if (ne <= i) continue;
        if (ne >= i + 2 && ne - i <= 4 && W(ne - 1) == word) {
          const int p = PersonEntity(s, i, ne);
          AddPersonMention(s, i, ne, p);
          return p;
        }
        i = ne - 1;
      }
    }
    return -1;
  }

  void ScanShortMentions() {
    const absl::flat_hash_map<std::string, int>& full = person_index_.full;
    const absl::flat_hash_map<std::string, int>& last = person_index_.last;
    for (const auto& h : honorific_) {
      std::string f = graph::FoldName(SurfaceView(h.tb + 1, h.te));
      int p = -1;
      auto it = full.find(f);
      if (it != full.end()) p = it->second;
      else p = ShortNamePerson(last, f, static_cast<size_t>(h.s), h.tb);
      if (p < 0) p = PersonFromNameRun(f);
      if (p < 0) p = PersonEntity(static_cast<size_t>(h.s), h.tb + 1, h.te);
      a_.entities[p].aliases.insert(Surface(h.tb, h.te));
      AddPersonMention(static_cast<size_t>(h.s), h.tb, h.te, p);
    }
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      const Sentence& sen = a_.sentences[s];
      for (uint32_t i = sen.tb; i < sen.te; ++i) {
        if (const Mention* m = MAt(s, i)) {
          // "Hue held talks with ...": a one-word place (Hue, the city) that
          // is the short name of the article's one person so named (Vuong
          // Dinh Hue), where a subject stands (opening the sentence or a
          // clause; "visited Hue" is the city).
          if (m->tag == Tag::kPlace && m->tb == i && m->te == i + 1 &&
              (i == sen.tb || W(i - 1) == "," || W(i - 1) == "and" || W(i - 1) == "but" || W(i - 1) == "while")) {
            auto it = last.find(W(i));
            if (it != last.end() && it->second >= 0 && !full.contains(W(i))) {
              AddPersonMention(s, i, i + 1, it->second);
              continue;
            }
          }
          i = m->te - 1;
          continue;
        }
        if (!Cap(i, sen.te)) continue;
        // The run of capitalised words from i, across hyphens inside a word
        // ("Diaz-Canel").
        uint32_t ne = i;
        bool particle = false;
        while (ne < sen.te && ne - i < 5 && !MAt(s, ne)) {
          if (Cap(ne, sen.te)) ++ne;
          else if (ne > i && GluedHyphen(ne) && Cap(ne + 1, sen.te) && !MAt(s, ne + 1)) ne += 2;
          // ("Rebelo de Sousa", "Lula da Silva": a particle inside the name)
          else if (ne > i && In(ne, kParticle) && !T(ne).cap && Cap(ne + 1, sen.te) && !MAt(s, ne + 1)) {
            ne += 2;
            particle = true;
          } else {
            break;
          }
        }
        // longest known name inside the run starting at i
        std::string folded;
        for (uint32_t e = ne; e > i; --e) {
          const absl::string_view f = FoldSpan(i, e, &folded);
          int p = -1;
          auto it = full.find(f);
          if (it != full.end()) p = it->second;
          // A short name is a whole name: "Hun" of "Hun Manet" is not the
          // start of "Hun Sen"; a hyphenated one is one word.
          else if ((e == i + 1 && !(ne > i + 1 && !GluedHyphen(i + 1) &&
                                    !In(i + 1, kNeverName | kMonthWord | kFunctionWord))) ||
                   (e == i + 3 && GluedHyphen(i + 1)))
            p = ShortNamePerson(last, f, s, i);
          // The end of one known name, particle and all: "Rebelo de Sousa"
          // of "Marcelo Rebelo de Sousa".
          if (p < 0 && particle && e == ne && e > i + 2) {
            const std::string tail = absl::StrCat(" ", f);
            for (const auto& [name, q] : full) {
              if (!absl::EndsWith(name, tail)) continue;
              if (p >= 0 && a_.Resolve(p) != a_.Resolve(q)) {
                p = -2;
                break;
              }
              p = q;
            }
            if (p < 0) p = -1;
          }
          if (p >= 0) {
            a_.entities[p].aliases.insert(Surface(i, e));
            AddPersonMention(s, i, e, p);
            i = e - 1;
            break;
          }
        }
      }
    }
  }

  void ResolveTitleCoreference() {
    for (const PendingChain& c : pending_) {
      // Most recent earlier person with every title of the chain, else the
      // only such person in the article.
      // "the Vietnamese President" is no President known to be of another
      // country.
      auto country_of = [&](const TitleRef& t) {
        if (t.prefix_country >= 0) return a_.Resolve(t.prefix_country);
        if (t.explicit_entity >= 0 &&
            std::string_view(a_.entities[static_cast<size_t>(a_.Resolve(t.explicit_entity))].label) == "Country")
          return a_.Resolve(t.explicit_entity);
        return -1;
      };
      // `unqualified`: only titles written without a country count ("the
      // President" after "President Luong Cuong" and "Chilean President
      // Gabriel Boric Font" is the former: news names the home side's
      // leader without a country).
      // "the State President" is a head of state, never an organisation's
      // president ("World Bank President X").
      bool of_state = false;
      for (uint32_t k = c.tb; k < c.te; ++k) of_state |= W(k) == "state";
      const int home = a_.home_country >= 0 ? a_.Resolve(a_.home_country) : -1;
      auto has_all = [&](int p, bool unqualified) {
        auto it = persons_.find(p);
        if (it == persons_.end()) return false;
        // "The Philippine president" is no one whose name or titles say he
        // is of another country (State President Luong Cuong).
        const int stated = StatedCountry(p, it->second);
        for (const TitleRef& t : c.titles) {
          const int want = country_of(t);
          if (want >= 0 && stated >= 0 && a_.Resolve(stated) != want) return false;
          // ("President Cyril Ramaphosa ... the US president": a title written
          // without a country is the article's own country's, so it is no
          // other country's president, nor anyone's where that is unknown.)
          const bool home_title = want >= 0 && stated < 0 && home >= 0 && home == want;
          bool found = false;
          for (const auto& [pt, ps] : it->second.titles) {
            if (of_state && pt.explicit_entity >= 0 &&
                std::string_view(a_.entities[static_cast<size_t>(a_.Resolve(pt.explicit_entity))].label) !=
                    "Country")
              continue;
            const int have = country_of(pt);
            // "the minister" is any Minister of something ("Minister of
            // Foreign Affairs"), not the Prime Minister.
            const bool same = pt.title == t.title || (t.title == "Minister" && absl::StartsWith(pt.title, "Minister "));
            found |= same && (want < 0 || have == want || (have < 0 && (stated >= 0 || home_title))) &&
                     (!unqualified || have < 0);
          }
          if (!found) return false;
        }
        return true;
      };
      bool country_given = false;
      for (const TitleRef& t : c.titles) country_given |= country_of(t) >= 0;
      // Among people whose titles carry no country, the article's own
      // (the home side's leader is "the President" of its own press: "held
      // talks with President Dina Boluarte ... the President delivered a
      // speech" is Vietnam's President in a Vietnamese article).
      auto of_home = [&](int p) { return home >= 0 && PersonCountry(p) == home; };
      int best = -1;
      // With no home known, of two or more people so titled without a
      // country, the one the article named first: its protagonist ("President
      // Luong Cuong held talks with President Gabriel Boric Font. ... the
      // President attended the APEC meeting").
      if (home < 0 && !country_given) {
        std::vector<int> order;
        for (int s = 0; s <= c.sentence; ++s) {
          for (const Mention& m : a_.mentions[static_cast<size_t>(s)]) {
            if (m.tag != Tag::kPerson || (s == c.sentence && m.tb >= c.tb)) continue;
            const int p = a_.Resolve(m.entity);
            if (std::find(order.begin(), order.end(), p) == order.end() && has_all(p, true)) order.push_back(p);
          }
        }
        if (order.size() >= 2) best = order.front();
      }
      for (const int pass : {0, 1, 2}) {  // unqualified at home, unqualified, any
        if (best >= 0) break;
        const bool unqualified = pass < 2;
        if (unqualified && country_given) continue;
        if (pass == 0 && home < 0) continue;
        for (int s = c.sentence; s >= 0 && best < 0; --s) {
          const auto& ms = a_.mentions[static_cast<size_t>(s)];
          for (auto it = ms.rbegin(); it != ms.rend(); ++it) {
            if (it->tag != Tag::kPerson) continue;
            if (s == c.sentence && it->tb >= c.tb) continue;
            int p = a_.Resolve(it->entity);
            if (has_all(p, unqualified) && (pass != 0 || of_home(p))) {
              best = p;
              break;
            }
          }
        }
        if (best >= 0) break;
      }
      if (best < 0) {
        int n = 0;
        for (const auto& [p, info] : persons_) {
          if (a_.entities[p].redirect < 0 && has_all(p, false)) {
            best = p;
            ++n;
          }
        }
        if (n != 1) best = -1;
      }
      if (best < 0) continue;
      const Mention* cur = MAt(static_cast<size_t>(c.sentence), c.tb + 1);
      const bool demonym = cur && cur->tag == Tag::kCountry;
      if (demonym) cur = MAt(static_cast<size_t>(c.sentence), cur->te);
      if (!cur || cur->tag != Tag::kTitle) continue;
      // "..., the Chilean Permanent Representative": whose office it is.
      if (demonym) RecordTitles(best, c.titles, c.sentence);
      AddPersonMention(static_cast<size_t>(c.sentence), c.tb, c.te, best);
    }
  }

  // The person a sentence opens with, perhaps after a short fronted phrase
  // ("On April 17, Luxon held talks with Chinh ..."): the subject, that a
  // "he" of the next sentence goes on about; -1 when the sentence opens
  // otherwise or with two people ("X and Y").
  int SubjectPerson(size_t s) const {
    const Sentence& sen = a_.sentences[s];
    uint32_t i = sen.tb;
    // (Past a fronted phrase of time or place: "In Japan, Thuong held talks";
    // or a participle's, whoever it names: "Meeting with Biden, Thuong said".)
    const absl::string_view w0 = W(sen.tb);
    const bool participle = w0.size() > 5 && absl::EndsWith(w0, "ing");
    for (uint32_t k = sen.tb; k < sen.te && k < sen.tb + 8; ++k) {
      const Mention* f = MAt(s, k);
      if (f && !participle && f->tag != Tag::kDate && f->tag != Tag::kCountry && f->tag != Tag::kPlace &&
          f->tag != Tag::kEvent)
        break;
      if (W(k) == ",") {
        i = k + 1;
        break;
      }
    }
    if (W(i) == "the" && !MAt(s, i) && MAt(s, i + 1)) ++i;  // "the top legislator"
    const Mention* m = MAt(s, i);
    if (!m || m->tb != i || m->tag != Tag::kPerson || m->entity < 0 || m->entity2 >= 0) return -1;
    if (W(m->te) == "and" || W(m->te) == "&") return -1;
    return a_.Resolve(m->entity);
  }

  void ResolvePronouns() {
    for (size_t s = 1; s < a_.sentences.size(); ++s) {
      const Sentence& sen = a_.sentences[s];
      // The pronoun read below is a token of the sentence or, after a date
      // or comma that ends it, the next one.
      if (!SentenceHas(s, kPronoun) && !In(sen.te, kPronoun)) continue;
      uint32_t i = sen.tb;
      // After a short fronted phrase with nobody named in it: "During his
      // stay, he will ..." (subject pronouns only).
      // Or without a comma after a date or a word of sequence: "On Monday he
      // held talks", "Later she met".
      if (W(i) != "he" && W(i) != "she") {
        const absl::string_view w0 = W(i);
        if ((w0 == "later" || w0 == "then" || w0 == "earlier" || w0 == "afterwards" || w0 == "subsequently") &&
            (W(i + 1) == "he" || W(i + 1) == "she")) {
          i = i + 1;
        }
        for (uint32_t k = sen.tb; k < sen.te && k <= sen.tb + 1 && i == sen.tb; ++k) {
          const Mention* m = MAt(s, k);
          if (m && m->tag == Tag::kDate && m->tb == k && (W(m->te) == "he" || W(m->te) == "she")) i = m->te;
        }
      }
      if (W(i) != "he" && W(i) != "she") {
        for (uint32_t k = sen.tb; k < sen.te && k < sen.tb + 10; ++k) {
          const Mention* m = MAt(s, k);
          if (m && (m->tag == Tag::kPerson || m->tag == Tag::kName)) break;
          if (W(k) == ",") {
            if (W(k + 1) == "he" || W(k + 1) == "she") i = k + 1;
            break;
          }
        }
      }
      // Or after a short fronted phrase without a comma: "During the visit
      // he also called on ...", "At the ceremony she said".
      if (W(i) != "he" && W(i) != "she") {
        const absl::string_view w0 = W(sen.tb);
        if (w0 == "during" || w0 == "after" || w0 == "following" || w0 == "at" || w0 == "in" || w0 == "on" ||
            w0 == "upon" || w0 == "before") {
          for (uint32_t k = sen.tb + 1; k < sen.te && k < sen.tb + 6; ++k) {
            const Mention* m = MAt(s, k);
            if ((m && (m->tag == Tag::kPerson || m->tag == Tag::kName)) || W(k) == ",") break;
            if (W(k) == "he" || W(k) == "she") {
              i = k;
              break;
            }
          }
        }
      }
      absl::string_view w = W(i);
      if (w != "he" && w != "his" && w != "she" && w != "her") continue;
      if (MAt(s, i)) continue;
      std::set<int> people;
      for (const Mention& m : a_.mentions[s - 1]) {
        if (m.tag == Tag::kPerson) people.insert(a_.Resolve(m.entity));
      }
      int p = people.size() == 1 ? *people.begin() : SubjectPerson(s - 1);
      if (p < 0) continue;
      AddPersonMention(s, i, i + 1, p);
    }
    // "Vietnam was a member of ECOSOC ... It served as Vice President of ...":
    // a sentence-initial "It" before such a verb is the country the previous
    // sentence opens with.
    for (size_t s = 1; s < a_.sentences.size(); ++s) {
      const uint32_t i = a_.sentences[s].tb;
      if (W(i) != "it" || MAt(s, i)) continue;
      const absl::string_view v = W(i + 1) == "also" ? W(i + 2) : W(i + 1);
      if (v != "was" && v != "has" && v != "had" && v != "served" && v != "serves" && v != "joined" &&
          v != "hosted" && v != "became" && v != "chaired" && v != "will" && v != "held" && v != "holds")
        continue;
      const auto& prev = a_.mentions[s - 1];
      if (prev.empty() || prev.front().tag != Tag::kCountry || prev.front().demonym || prev.front().entity < 0 ||
          prev.front().entity2 >= 0)
        continue;
      a_.mentions[s][static_cast<size_t>(PutEntity(s, i, i + 1, Tag::kCountry, a_.Resolve(prev.front().entity)))]
          .pronoun = true;
    }
    // "The convention ... is the first treaty on cybercrime. It was proposed
    // by Russia": a sentence-initial "It" before such a passive is the
    // document the previous sentence opens with.
    for (size_t s = 1; s < a_.sentences.size(); ++s) {
      const uint32_t i = a_.sentences[s].tb;
      if (W(i) != "it" || MAt(s, i)) continue;
      uint32_t v = i + 1;
      if (W(v) == "was" || W(v) == "is") ++v;
      else if (W(v) == "has" && W(v + 1) == "been") v += 2;
      else continue;
      if (W(v) == "first" || W(v) == "originally" || W(v) == "initially") ++v;
      const absl::string_view w = W(v);
      if (w != "proposed" && w != "drafted" && w != "initiated" && w != "tabled" && w != "sponsored" &&
          w != "submitted")
        continue;
      const auto& prev = a_.mentions[s - 1];
      if (prev.empty() || prev.front().tag != Tag::kDoc || prev.front().entity < 0) continue;
      a_.mentions[s][static_cast<size_t>(PutEntity(s, i, i + 1, Tag::kDoc, a_.Resolve(prev.front().entity)))]
          .pronoun = true;
    }
    // Inside a sentence, after a clause boundary: "X paid a visit to Chile,
    // where he met ..." is X when X is the only person named before.
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      if (!SentenceHas(s, kPronoun)) continue;
      const Sentence& sen = a_.sentences[s];
      for (uint32_t i = sen.tb + 1; i < sen.te; ++i) {
        if ((W(i) != "he" && W(i) != "she") || MAt(s, i)) continue;
        absl::string_view b = W(i - 1);
        if (b != "where" && b != "when" && b != "and" && b != "after" && b != "," && b != "which" && b != "while" &&
            b != "before")
          continue;
        std::set<int> people;
        for (const Mention& m : a_.mentions[s]) {
          if (m.tb >= i) break;
          if (m.tag == Tag::kPerson) people.insert(a_.Resolve(m.entity));
        }
        if (people.size() == 1) AddPersonMention(s, i, i + 1, *people.begin());
      }
    }
  }

  // "The Thai leader also called on King X": the one person of that country
  // whose title, in an earlier sentence, names it ("Thai Prime Minister Y").
  void ResolveDemonymLeaders() {
    // A title that heads a legislature: "the top legislator" is its holder.
    auto heads_legislature = [](const std::string& t) {
      return t.rfind("Vice ", 0) != 0 && t.rfind("Deputy ", 0) != 0 &&
             (t.find("National Assembly") != std::string::npos || t.find("Speaker") != std::string::npos ||
              t.find("Senate") != std::string::npos || t.find("Duma") != std::string::npos ||
              t.find("Parliament") != std::string::npos);
    };
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      const Sentence& sen = a_.sentences[s];
      // (Its noun may be a token or two past the sentence's end.)
      if (!SentenceHas(s, kDemonymNoun) && !In(sen.te, kDemonymNoun) && !In(sen.te + 1, kDemonymNoun)) continue;
      for (uint32_t i = sen.tb; i + 2 < sen.te; ++i) {
        if (W(i) != "the") continue;
        // "the top legislator", "the Vietnamese top legislator": the one
        // person named before with the title of a legislature's head.
        const Mention* d = MAt(s, i + 1);
        uint32_t after = d && d->tb == i + 1 ? d->te : i + 1;
        if (after == i + 1 && after < sen.te && T(after).cap && W(after + 1) == "top") ++after;  // "Vietnamese"
        // (Also without "top" after a demonym: "the Vietnamese legislator".)
        uint32_t noun_at = UINT32_MAX;
        if (W(after) == "top" && (W(after + 1) == "legislator" || W(after + 1) == "lawmaker") && !MAt(s, after + 1))
          noun_at = after + 1;
        else if (after > i + 1 && (W(after) == "legislator" || W(after) == "lawmaker") && !MAt(s, after))
          noun_at = after;
        if (noun_at != UINT32_MAX) {
          std::set<int> people;
          for (const auto& [p, info] : persons_) {
            if (a_.entities[static_cast<size_t>(p)].redirect >= 0) continue;
            for (const auto& [t, ts] : info.titles) {
              if (ts < static_cast<int>(s) && heads_legislature(t.title)) people.insert(p);
            }
          }
          // (Of the country a demonym names: "the Vietnamese top legislator".)
          if (people.size() > 1 && after > i + 1) {
            int country = d && d->tag == Tag::kCountry ? a_.Resolve(d->entity) : -1;
            if (!d) country = CountryOfWord(i + 1);
            for (auto it = people.begin(); country >= 0 && it != people.end();) {
              const int c = StatedCountry(*it, persons_[*it]);
              it = c >= 0 && a_.Resolve(c) == country ? std::next(it) : people.erase(it);
            }
          }
          if (people.size() == 1) AddPersonMention(s, i + 1, noun_at + 1, *people.begin());
          continue;
        }
        // (A demonym or the country's name used so: "the Lao leader", "the
        // New Zealand leader".)
        if (!d || d->tag != Tag::kCountry || d->tb != i + 1 || d->te >= sen.te || d->te > i + 4) continue;
        const uint32_t n = d->te;
        absl::string_view noun = W(n);
        if (noun != "leader" && noun != "premier" && noun != "visitor" && noun != "guest" && noun != "envoy" &&
            noun != "diplomat" && noun != "host")
          continue;
        if (MAt(s, n)) continue;
        const int country = a_.Resolve(d->entity);
        std::set<int> people;
        for (const auto& [p, info] : persons_) {
          if (a_.entities[static_cast<size_t>(p)].redirect >= 0) continue;
          for (const auto& [t, ts] : info.titles) {
            if (ts < static_cast<int>(s) && t.prefix_country >= 0 && a_.Resolve(t.prefix_country) == country)
              people.insert(p);
          }
        }
        // Else the one titled person named before whose name or title says
        // he is of that country ("State President Luong Cuong ... the
        // Vietnamese leader").
        // (Or named earlier in the same sentence: "Chinh and his Czech
        // counterpart held talks, during the Vietnamese leader's visit".)
        auto named_before = [&](int p) {
          for (const Mention& m : a_.mentions[s]) {
            if (m.tb >= i) break;
            if (m.tag == Tag::kPerson && m.entity >= 0 && a_.Resolve(m.entity) == p) return true;
          }
          return false;
        };
        if (people.empty()) {
          for (const auto& [p, info] : persons_) {
            if (a_.entities[static_cast<size_t>(p)].redirect >= 0 || info.titles.empty() ||
                info.titles.front().second > static_cast<int>(s) ||
                (info.titles.front().second == static_cast<int>(s) && !named_before(p)))
              continue;
            const int c = StatedCountry(p, info);
            if (c >= 0 && a_.Resolve(c) == country) people.insert(p);
          }
        }
        if (people.size() == 1) AddPersonMention(s, i + 1, n + 1, *people.begin());
      }
    }
  }

  // Whether the article names someone after country c: "Brazilian President
  // X", "his Brazilian counterpart".
  bool QualifiesPeople(int c) {
    for (const auto& [p, info] : persons_) {
      for (const auto& [t, ts] : info.titles) {
        if (t.prefix_country >= 0 && a_.Resolve(t.prefix_country) == c) return true;
      }
    }
    for (uint32_t k = 0; k + 1 < a_.tokens.size(); ++k) {
      if (In(k + 1, kCounterpart) && (W(k + 1) == "counterpart" || W(k + 1) == "counterparts") && T(k).cap &&
          CountryOfWord(k) == c)
        return true;
    }
    return false;
  }

  void ComputeHomeCountry() {
    std::map<int, int> count;
    bool agency = false;  // a dateline names an agency we know
    // A dateline's news agency says whose news it is, unless the article
    // speaks much more of another country: "Hanoi (VNA) -", "HANOI, June
    // 20. /TASS/.", "NDO - On the morning of ..."; but "BANGKOK (Bernama)"
    // reports Thailand's news.
    for (size_t s = 0; s < std::min<size_t>(3, a_.sentences.size()); ++s) {
      for (const Mention& m : a_.mentions[s]) {
        if (m.tag != Tag::kOrg || m.entity < 0) continue;
        const absl::string_view of = Attr(m.entity, "news_of");
        if (of.empty()) continue;
        const absl::string_view before = m.tb > a_.sentences[s].tb ? W(m.tb - 1) : absl::string_view();
        const absl::string_view after = W(m.te);
        const bool dateline = before == "(" || before == "/" ||
                              (m.tb == a_.sentences[s].tb && (after == "-" || after == ":"));
        if (!dateline) continue;
        agency = true;
        // (A dateline place of another country: "BANGKOK (Bernama)".)
        // ("Hanoi (VNA)", a dateline at home, counts double.)
        bool abroad = false, at_home = false;
        for (const Mention& p : a_.mentions[s]) {
          if (p.tb >= m.tb || p.tag != Tag::kPlace || p.entity < 0) continue;
          const absl::string_view where = Attr(p.entity, "country");
          abroad |= !where.empty() && where != of;
          at_home |= where == of;
        }
        const int country = abroad ? -1 : CountryNamed(of);
        if (country < 0) continue;
        count[country] += at_home ? 6 : 3;
        s = a_.sentences.size();  // one agency
        break;
      }
    }
    // A dateline's city without an agency we know ("NEW DELHI, Dec 16 (The
    // Hindu) -") leans toward its country. (An agency's says more: "TOKYO,
    // May 27 (VNA)" is Vietnamese news from abroad.)
    for (size_t s = 0; !agency && s < std::min<size_t>(3, a_.sentences.size()); ++s) {
      const Sentence& sen = a_.sentences[s];
      const Mention* p = MAt(s, sen.tb);
      // (The city is set off by a comma, a dash (folded to "-"), a colon or
      // an agency's bracket: "NEW DELHI:", "PRETORIA —", "CAIRO (Ahram
      // Online) -".)
      if (!p || p->tag != Tag::kPlace || p->entity < 0 || !T(sen.tb).upper) continue;
      const absl::string_view sep = W(p->te);
      if (sep != "," && sep != ":" && sep != "-" && sep != "(") continue;
      const int c = CountryNamed(Attr(p->entity, "country"));
      // (Not a country the article names its people after: in "RIO DE
      // JANEIRO - President X met his Brazilian counterpart Y", Brazil is
      // where the news was filed, abroad.)
      if (c >= 0 && !QualifiesPeople(a_.Resolve(c))) count[a_.Resolve(c)] += 2;
      break;
    }
    for (const auto& ms : a_.mentions) {
      for (const Mention& m : ms) {
        if (m.tag == Tag::kCountry) ++count[m.entity];
      }
    }
    // Someone titled with no country whose name is of a country ("Prime
    // Minister Pham Minh Chinh") is of the article's own side: the home
    // press names its own leaders so.
    for (const auto& [p, info] : persons_) {
      if (a_.entities[static_cast<size_t>(p)].redirect >= 0 || info.titles.empty()) continue;
      bool unqualified = true;
      for (const auto& [t, ts] : info.titles) unqualified &= t.prefix_country < 0 && t.explicit_entity < 0;
      if (!unqualified) continue;
      const int c = StatedCountry(p, info);
      if (c >= 0) count[a_.Resolve(c)] += 2;
    }
    int best = -1, bn = 0, second = 0;
    for (auto& [e, n] : count) {
      if (n > bn) {
        second = bn;
        bn = n;
        best = e;
      } else if (n > second) {
        second = n;
      }
    }
    if (bn >= 3 && bn > second) a_.home_country = best;
  }

  // The two entities of `tag` named in the latest sentence naming two or more
  // of them (sentence s before token `before`, else up to four sentences
  // back), when it names exactly two; empty otherwise (which two is unclear).
  std::vector<int> PairNamedLast(size_t s, uint32_t before, Tag tag) {
    for (size_t back = 0; back <= 4 && back <= s; ++back) {
      std::vector<int> seen;
      for (const Mention& m : a_.mentions[s - back]) {
        if (back == 0 && m.tb >= before) break;
        if (m.tag != tag || m.pronoun || m.entity < 0 || m.entity2 >= 0) continue;
        int e = a_.Resolve(m.entity);
        if (std::find(seen.begin(), seen.end(), e) == seen.end()) seen.push_back(e);
      }
      if (seen.size() == 2) return seen;
      if (seen.size() > 2) break;
    }
    return {};
  }

  // "the two countries", "both sides": the pair named last (PairNamedLast).
  // "In Chile, the President held talks with President X, and the two sides
  // agreed ...": in a sentence naming one foreign country, where one of the
  // article's own people acts, the two sides are the article's country and
  // that one. Empty otherwise.
  std::vector<int> HomeAndHost(size_t s, uint32_t before) {
    if (a_.home_country < 0) return {};
    const int home = a_.Resolve(a_.home_country);
    std::set<int> others;
    bool own_person = false;
    for (const Mention& m : a_.mentions[s]) {
      if (m.tb >= before || m.entity < 0) continue;
      const int e = a_.Resolve(m.entity);
      if (m.tag == Tag::kCountry) {
        if (e == home) return {};  // named: the usual reading applies
        others.insert(e);
      } else if (m.tag == Tag::kPerson) {
        own_person |= PersonCountry(e) == home;
      }
    }
    if (others.size() != 1 || !own_person) return {};
    return {home, *others.begin()};
  }

  void ScanTwoCountries() {
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      // (Each reading below ends in a pair noun inside the sentence.)
      if (!SentenceHas(s, kPairNoun)) continue;
      const Sentence& sen = a_.sentences[s];
      for (uint32_t i = sen.tb; i + 1 < sen.te; ++i) {  // "both sides" is the shortest
        if (MAt(s, i)) continue;
        uint32_t te = 0;
        auto pair_noun = [&](uint32_t k) { return In(k, kPairNoun); };
        if (W(i) == "the" && W(i + 1) == "two" && pair_noun(i + 2))
          te = i + 3;
        // ("the two former enemies", "the two Asian neighbours")
        else if (W(i) == "the" && W(i + 1) == "two" && T(i + 2).kind == TokenKind::kWord && !MAt(s, i + 2) &&
                 pair_noun(i + 3) && i + 3 < sen.te)
          te = i + 4;
        else if (W(i) == "both" && (W(i + 1) == "countries" || W(i + 1) == "nations" || W(i + 1) == "sides"))
          te = i + 2;
        // "since the countries established diplomatic relations": without
        // "two", only before a verb that ties a pair.
        else if (W(i) == "the" && (W(i + 1) == "countries" || W(i + 1) == "nations") && i + 2 < sen.te) {
          const absl::string_view v = W(i + 2);
          if (v == "established" || v == "forged" || v == "normalised" || v == "normalized" || v == "upgraded" ||
              v == "elevated" || (v == "set" && W(i + 3) == "up"))
            te = i + 2;
        }
        if (te == 0 || te > sen.te || MAt(s, te - 1)) continue;
        std::vector<int> pair = HomeAndHost(s, i);
        if (pair.empty()) pair = PairNamedLast(s, i, Tag::kCountry);
        if (pair.size() != 2) continue;
        a_.mentions[s][static_cast<size_t>(PutEntity(s, i, te, Tag::kCountry, pair[0]))].entity2 = pair[1];
        i = te - 1;
      }
    }
  }

  // "The country became a member of the UN": a sentence opening with "the
  // country" (or "the kingdom", "the republic") goes on about the country
  // that opened the sentence before.
  void ScanTheCountry() {
    for (size_t s = 1; s < a_.sentences.size(); ++s) {
      if (!SentenceHas(s, kCountryNoun)) continue;
      const Sentence& sen = a_.sentences[s];
      const Sentence& prev = a_.sentences[s - 1];
      uint32_t i = sen.tb;
      // Also the subject of a report: "Foreign Minister X said the country
      // would hold the presidency" (the article's country, as below).
      bool reported = false;
      for (uint32_t k = sen.tb + 1; k + 2 < sen.te && W(i) != "the"; ++k) {
        if (W(k) != "said" && W(k) != "says") continue;
        const uint32_t j = W(k + 1) == "that" ? k + 2 : k + 1;
        if (W(j) == "the") {
          i = j;
          reported = true;
        }
        break;
      }
      if (i + 2 > sen.te || W(i) != "the" || MAt(s, i) || MAt(s, i + 1)) continue;
      const absl::string_view noun = W(i + 1);
      if (noun != "country" && noun != "kingdom" && noun != "republic") continue;
      const Mention* subject = reported ? nullptr : MAt(s - 1, prev.tb);
      int country = -1;
      if (reported) {
        country = a_.home_country >= 0 ? a_.Resolve(a_.home_country) : -1;
        for (const Mention& m : a_.mentions[s]) {
          if (m.tag == Tag::kCountry && m.entity >= 0 && a_.Resolve(m.entity) != country) country = -1;
        }
      } else if (subject && subject->tag == Tag::kCountry && subject->entity >= 0 && subject->entity2 < 0) {
        country = a_.Resolve(subject->entity);
      } else if (a_.home_country >= 0 && !(subject && subject->tag == Tag::kCountry)) {
        // Else the article's own country, when the sentence before names no
        // other ("Foreign Secretary X thanked member states. The country
        // previously served on the council ...").
        country = a_.Resolve(a_.home_country);
        for (const Mention& m : a_.mentions[s - 1]) {
          if (m.tag == Tag::kCountry && m.entity >= 0 && a_.Resolve(m.entity) != country) country = -1;
        }
      }
      if (country < 0) continue;
      a_.mentions[s][static_cast<size_t>(PutEntity(s, i, i + 2, Tag::kCountry, country))].pronoun = true;
    }
  }

  // "her official visit to the Caribbean nation", "the West African
  // country": a country named by its region. It is the one country of the
  // cities the sentence (up to there) and the two before it name, else the
  // one country other than the article's own they name.
  void ScanRegionalCountry() {
    const int home = a_.home_country >= 0 ? a_.Resolve(a_.home_country) : -1;
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      if (!SentenceHas(s, kCountryNoun)) continue;
      const Sentence& sen = a_.sentences[s];
      for (uint32_t i = sen.tb; i + 2 < sen.te; ++i) {
        if (W(i) != "the" || MAt(s, i)) continue;
        uint32_t j = i + 1;
        while (j < sen.te && j < i + 4) {  // the region's capitalised words, or a name chunk of them
          const Mention* m = MAt(s, j);
          if (m && m->tag == Tag::kName && m->tb == j) j = m->te;
          else if (!m && Cap(j, sen.te)) ++j;
          else break;
        }
        if (j == i + 1 || j >= sen.te || T(j).cap || (W(j) != "nation" && W(j) != "country")) continue;
        // (One country each, or -2 when several are named.)
        int of_cities = -1, named = -1;
        auto add = [](int* slot, int c) { *slot = *slot == -1 || *slot == c ? c : -2; };
        for (size_t k = s >= 2 ? s - 2 : 0; k <= s; ++k) {
          for (const Mention& m : a_.mentions[k]) {
            if (k == s && m.tb >= i) break;
            if (m.entity < 0) continue;
            if (m.tag == Tag::kPlace) {
              const int c = CountryNamed(Attr(m.entity, "country"));
              if (c >= 0) add(&of_cities, a_.Resolve(c));
            } else if (m.tag == Tag::kCountry && m.entity2 < 0 && a_.Resolve(m.entity) != home) {
              add(&named, a_.Resolve(m.entity));
            }
          }
        }
        const int country = of_cities != -1 ? of_cities : named;
        if (country < 0) continue;
        a_.mentions[s][static_cast<size_t>(PutEntity(s, i, j + 1, Tag::kCountry, country))].pronoun = true;
        i = j;
      }
    }
  }

  // "the two leaders" / "the two presidents" / "the two ministers": a pair of
  // people. With a title word, the only two people holding such a title so
  // far; "leaders", the pair named last (PairNamedLast).
  void ScanTwoPeople() {
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      if (!SentenceHas(s, kTwo)) continue;
      const Sentence& sen = a_.sentences[s];
      for (uint32_t i = sen.tb; i + 2 < sen.te; ++i) {
        if (W(i) != "the" || W(i + 1) != "two" || MAt(s, i)) continue;
        uint32_t te = i + 3;
        absl::string_view noun = W(i + 2);
        std::string title;  // the title word a person must hold, "" for any
        if (noun == "prime" && W(i + 3) == "ministers") {
          title = "Prime Minister";
          te = i + 4;
        } else if (noun == "presidents") {
          title = "President";
        } else if (noun == "ministers") {
          title = "Minister";
        } else if (noun != "leaders") {
          continue;
        }
        if (te > sen.te || MAt(s, te - 1)) continue;
        std::vector<int> pair;
        if (!title.empty()) {
          for (const auto& [p, info] : persons_) {
            if (a_.entities[static_cast<size_t>(p)].redirect >= 0) continue;
            bool holds = false;
            for (const auto& [t, ts] : info.titles) {
              holds |= ts <= static_cast<int>(s) && t.title.find(title) != std::string::npos;
            }
            if (holds) pair.push_back(p);
          }
        } else {
          pair = PairNamedLast(s, i, Tag::kPerson);
        }
        if (pair.size() != 2) continue;
        a_.mentions[s][static_cast<size_t>(PutEntity(s, i, te, Tag::kPerson, pair[0]))].entity2 = pair[1];
        i = te - 1;
      }
    }
  }

  // First person plural in the voice of the home country ("We have proposed").
  void MarkWe() {
    if (a_.home_country < 0) return;
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      if (!SentenceHas(s, kWe)) continue;
      const Sentence& sen = a_.sentences[s];
      for (uint32_t i = sen.tb; i < sen.te; ++i) {
        // ("our country", "our nation" likewise)
        const bool our = W(i) == "our" && (W(i + 1) == "country" || W(i + 1) == "nation") && i + 1 < sen.te;
        if ((W(i) != "we" && !our) || MAt(s, i)) continue;
        const uint32_t te = our ? i + 2 : i + 1;
        a_.mentions[s][static_cast<size_t>(PutEntity(s, i, te, Tag::kCountry, a_.home_country))].pronoun = true;
        i = te - 1;
      }
    }
  }

  // A title some countries give a longer official name: "Defence Minister"
  // of Vietnam is its "Minister of National Defence" (a title's attributes
  // national=NAME; national_in=COUNTRY|COUNTRY).
  std::string NationalTitle(const std::string& title, int object) {
    const int id = lex_.Find("Title", title);
    if (id < 0 || object < 0) return title;
    const LexAttrs& attrs = lex_.entry(id).attrs;
    auto name = attrs.find("national");
    auto in = attrs.find("national_in");
    if (name == attrs.end() || in == attrs.end()) return title;
    const DocEntity& o = a_.entities[static_cast<size_t>(a_.Resolve(object))];
    if (o.label != "Country") return title;
    for (absl::string_view c : absl::StrSplit(in->second, '|', absl::SkipWhitespace())) {
      if (graph::FoldName(std::string_view(c.data(), c.size())) == o.folded) return name->second;
    }
    return title;
  }

  int PartyOf(int country) {
    if (country < 0) return -1;
    for (size_t e = 0; e < lex_.size(); ++e) {
      auto it = lex_.entry(static_cast<int>(e)).attrs.find("party_of");
      if (it != lex_.entry(static_cast<int>(e)).attrs.end() &&
          graph::FoldName(it->second) == graph::FoldName(a_.entities[country].name)) {
        return LexEntity(static_cast<int>(e), "");
      }
    }
    return -1;
  }
  // The entity of the lexicon's country of that name (an attribute's value:
  // "party_of=Cuba", "country=Australia"), -1 if there is none.
  int CountryNamed(absl::string_view name) {
    if (name.empty()) return -1;
    const int lexid = lex_.Find("Country", std::string(name));
    return lexid < 0 ? -1 : LexEntity(lexid, "");
  }
  // The country one token names, by name or demonym ("Vietnamese"),
  // resolved; -1 if none.
  int CountryOfWord(uint32_t tok) {
    LexHit hit;
    if (MatchAt(tok, tok + 1, &hit) != 1 || lex_.entry(hit.entry).label != "Country") return -1;
    const int entry = DemonymEntry(hit);
    return entry < 0 ? -1 : a_.Resolve(LexEntity(entry, ""));
  }
  int CountryOfParty(int org) const {
    std::string c(Attr(org, "party_of"));
    if (c.empty()) return -1;
    auto it = index_.find(absl::StrCat("Country\t", graph::FoldName(c)));
    return it == index_.end() ? -1 : it->second;
  }

  // A person's country from his titles ("US President", "President of
  // Chile", a party's leader) or, failing those, from his name's shape
  // ("Pham" is Vietnamese); -1 if neither tells.
  int StatedCountry(int p, const PersonTitles& info) {
    int country = -1;
    for (const auto& [t, s] : info.titles) {
      if (t.prefix_country >= 0) country = t.prefix_country;
      else if (t.explicit_entity >= 0 && std::string_view(a_.entities[t.explicit_entity].label) == "Country")
        country = t.explicit_entity;
      else if (t.explicit_entity >= 0 && !Attr(t.explicit_entity, "party_of").empty()) {
        // (The party's country, named in the article or not: "First
        // Secretary of the Communist Party of Cuba".)
        country = CountryOfParty(t.explicit_entity);
        if (country < 0) country = CountryNamed(Attr(t.explicit_entity, "party_of"));
      }
      if (country >= 0) return country;
    }
    std::vector<char> fold_store;
    auto w = Tokenize(a_.entities[p].name, &fold_store);
    LexHit hit;
    if (!w.empty() && lex_.Match(w, 0, 1, &hit, kSurnameKind) == 1 && hit.attrs) {
      auto it = hit.attrs->find("country");
      if (it != hit.attrs->end()) country = CountryNamed(it->second);
    }
    return country;
  }

  // The country person p's titles or name say he is of (resolved), -1 if none.
  int PersonCountry(int p) {
    auto it = persons_.find(p);
    const int stated = it == persons_.end() ? -1 : StatedCountry(p, it->second);
    return stated >= 0 ? a_.Resolve(stated) : -1;
  }

  // Whether a person other than p, whose name or titles say he is of
  // `country` (stated: StatedCountry by person), holds `title` in sentence
  // `s` (any sentence when s < 0).
  bool OtherHolder(const std::map<int, int>& stated, int p, int country, const std::string& title, int s) const {
    for (const auto& [q, qinfo] : persons_) {
      if (q == p || a_.entities[q].redirect >= 0) continue;
      auto sq = stated.find(q);
      if (sq == stated.end() || sq->second < 0 || a_.Resolve(sq->second) != country) continue;
      for (const auto& [qt, qs] : qinfo.titles) {
        if ((s < 0 || qs == s) && qt.title == title) return true;
      }
    }
    return false;
  }

  void EmitOfficeFacts() {
    std::map<int, int> stated;  // by person: StatedCountry
    for (auto& [p, info] : persons_) {
      if (a_.entities[p].redirect < 0) stated[p] = StatedCountry(p, info);
    }
    for (auto& [p, info] : persons_) {
      if (a_.entities[p].redirect >= 0) continue;
      // The person's country: an explicit one, else the name's shape, else the
      // only country named in the sentence that introduces the title.
      const int country = stated[p];
      const size_t first_fact = a_.facts.size();
      std::set<int> countries;
      for (const auto& [t, s] : info.titles) {
        int c = country;
        if (c < 0) {
          // Only a country named before the person: in "President X accepted
          // the chairmanship from Malaysia" or "President X arrived in Laos"
          // the country is not X's.
          // An apposition right after the person still describes him: "X,
          // the US Permanent Representative, said".
          uint32_t person_at = UINT32_MAX, apposition_at = UINT32_MAX;
          bool hosts = false;  // "President X received ...": X is at home
          for (const Mention& m : a_.mentions[static_cast<size_t>(s)]) {
            if (m.tag == Tag::kPerson && m.entity >= 0 && a_.Resolve(m.entity) == p) {
              person_at = m.tb;
              // (Past "also" and a date: "President X on Thursday hosted ...".)
              uint32_t q = m.te;
              if (W(q) == "also") ++q;
              if (W(q) == "on" && MAt(static_cast<size_t>(s), q + 1) &&
                  MAt(static_cast<size_t>(s), q + 1)->tag == Tag::kDate)
                ++q;
              if (const Mention* d = MAt(static_cast<size_t>(s), q); d && d->tag == Tag::kDate) q = d->te;
              const absl::string_view v = W(q);
              const Mention* guest_m = MAt(static_cast<size_t>(s), q + 1);  // whom: a person
              hosts = (v == "received" || v == "receives" || v == "welcomed" || v == "welcomes" || v == "hosted" ||
                       v == "hosts" || v == "greeted" || v == "greets") &&
                      guest_m && guest_m->tag == Tag::kPerson;
              if (W(m.te) == ",") {
                apposition_at = m.te + 1;
                while (W(apposition_at) == "the" || W(apposition_at) == "a" || W(apposition_at) == "an") ++apposition_at;
              }
              break;
            }
          }
          // Whether the person is someone met, received or called on: "X met
          // President Y", "talks with Prime Minister Y", "X and Prime Minister Y".
          uint32_t before = person_at;
          if (before != UINT32_MAX && before > 0 && (W(before - 1) == "the" || W(before - 1) == "his" ||
                                                     W(before - 1) == "her"))
            --before;
          const absl::string_view w1 = before != UINT32_MAX && before > 0 ? W(before - 1) : absl::string_view();
          const absl::string_view w2 = before != UINT32_MAX && before > 1 ? W(before - 2) : absl::string_view();
          const bool contacted = w1 == "with" || w1 == "met" || w1 == "on" || w1 == "to" || w1 == "received" ||
                                 w1 == "welcomed" || w1 == "hosted" || w1 == "and" ||
                                 (w1 == "of" && w2 == "invitation") ||
                                 // ("received earlier by King X"; not "accompanied by" a companion)
                                 (w1 == "by" && w2 != "accompanied" && w2 != "joined" && w2 != "led" &&
                                  w2 != "headed" && w2 != "represented");
          // People before the person whose countries are known (by title or
          // name): in "Wang will be in Australia, spokeswoman Mao Ning said",
          // Australia is where Chinese Wang goes, not Mao's country.
          std::set<int> people_countries;
          for (const Mention& m : a_.mentions[static_cast<size_t>(s)]) {
            if (m.tb >= person_at || m.tag != Tag::kPerson || m.entity < 0 || a_.Resolve(m.entity) == p) continue;
            auto sq = stated.find(a_.Resolve(m.entity));
            if (sq != stated.end() && sq->second >= 0) people_countries.insert(a_.Resolve(sq->second));
          }
          std::set<int> cs;
          // (A city abroad before someone met there names his country: "In
          // Canberra, Chairman Man held talks with President of the Senate Sue
          // Lines".)
          const int home_c = a_.home_country >= 0 ? a_.Resolve(a_.home_country) : -1;
          for (const Mention& m : a_.mentions[static_cast<size_t>(s)]) {
            if (!contacted || m.tb > person_at || m.tag != Tag::kPlace || m.entity < 0 || home_c < 0) continue;
            const int c = CountryNamed(Attr(m.entity, "country"));
            if (c >= 0 && a_.Resolve(c) != home_c) cs.insert(a_.Resolve(c));
          }
          for (const Mention& m : a_.mentions[static_cast<size_t>(s)]) {
            if (m.tb > person_at && m.tb != apposition_at) continue;
            // "The Thai leader also called on King X": a demonym before a
            // common noun describes someone else.
            const bool of_noun = m.demonym && m.te < a_.tokens.size() && T(m.te).kind == TokenKind::kWord &&
                                 !T(m.te).cap;
            // ("SINGAPORE - Lieutenant General X ...": a dateline says where
            // the news was filed, not whose he is.)
            const bool dateline = m.tb == a_.sentences[static_cast<size_t>(s)].tb && T(m.tb).upper &&
                                  m.te < a_.tokens.size() && T(m.te).kind == TokenKind::kPunct;
            // ("ratified the agreement with Japan, which was signed by A and
            // B": a party "with" whom is one side of two, and whose side each
            // person is goes unsaid.)
            const bool partner = m.tb > a_.sentences[static_cast<size_t>(s)].tb && W(m.tb - 1) == "with";
            if (m.tag == Tag::kCountry && !m.pronoun && !of_noun && !dateline && !partner) cs.insert(m.entity);
          }
          // Countries inside other people's titles in the sentence make it
          // ambiguous but are never the answer: "Japan's Foreign Minister A
          // and Defence Minister B ... their Philippine counterparts" names
          // two countries, so B gets neither, and in "President X met
          // Malaysian Prime Minister Y" Malaysia is Y's, not X's.
          std::set<int> others;
          for (const auto& [q, qinfo] : persons_) {
            if (q == p) continue;
            for (const auto& [qt, qs] : qinfo.titles) {
              if (qs == s && qt.prefix_country >= 0) others.insert(qt.prefix_country);
            }
          }
          // So is the country of an office named without a name: in "Prabowo,
          // who will be sworn in as Indonesia's president, also met Prime
          // Minister Albanese" Indonesia's president is Prabowo.
          for (const Mention& m : a_.mentions[static_cast<size_t>(s)]) {
            if (m.tag != Tag::kCountry || m.entity < 0 || W(m.te) != "'s") continue;
            const Mention* title = MAt(static_cast<size_t>(s), m.te + 1);
            if (title && title->tag == Tag::kTitle) others.insert(m.entity);
          }
          bool ambiguous = std::any_of(others.begin(), others.end(), [&](int o) { return !cs.count(o); });
          // (Unless the person is met by them: "Chinh met President Joko
          // Widodo in Indonesia" is Indonesia's president.)
          if (!contacted) {
            ambiguous |= std::any_of(people_countries.begin(), people_countries.end(),
                                     [&](int o) { return !cs.count(o); });
          }
          // Such countries are never the answer: "the invitation of King X"
          // after "Lao President Y ... state visit to Cambodia" is Cambodia's.
          std::set<int> own;
          for (int x : cs) {
            if (!others.count(x)) own.insert(x);
          }
          // One of the guests listed ("attended by leaders including
          // President X and Emir Y") is of none of the sentence's countries,
          // nor of the article's.
          bool guest = false;
          for (uint32_t k = before; before != UINT32_MAX && k > a_.sentences[static_cast<size_t>(s)].tb &&
                                    k + 24 > before;) {
            const absl::string_view w = W(k - 1);
            if (w == "including") {
              guest = true;
              break;
            }
            const Mention* m = MAt(static_cast<size_t>(s), k - 1);
            if (m && m->tag == Tag::kPerson) k = m->tb;
            else if (w == "and" || w == ",") --k;
            else break;
          }
          // A companion is of the country of the one accompanied (below), not
          // of the one country the sentence names: "Boric, on a state visit to
          // Vietnam, was accompanied by Foreign Minister A and Minister of
          // Agriculture B".
          bool companion = w1 == "by" && w2 == "accompanied";
          for (uint32_t k = before; !companion && k > 2 && k + 12 > before; --k) {
            const Mention* m = MAt(static_cast<size_t>(s), k - 1);
            if (m && m->tag == Tag::kPerson) {
              k = m->tb + 1;
              continue;
            }
            if (W(k - 1) == "by" && W(k - 2) == "accompanied") companion = true;
            else if (W(k - 1) != "and" && W(k - 1) != ",") break;
          }
          // ("Japanese Foreign Minister A and Defense Minister B visited Manila
          // for talks with their Philippine counterparts": B is of A's country,
          // whatever other country the sentence names before him.)
          const int coordinated = CoordinatedCountry(static_cast<size_t>(s), p);
          if (coordinated >= 0) c = coordinated;
          if (c < 0 && own.size() == 1 && !ambiguous && !guest && !companion) c = *own.begin();
          // A country has one holder of an office at a time: "called on Prime
          // Minister Pham Minh Chinh and conveyed greetings from Prime Minister
          // Narendra Modi" does not make Modi Vietnam's.
          if (c >= 0 && OtherHolder(stated, p, a_.Resolve(c), t.title, s)) c = -1;
          // ... except for a person joined by "and" to a titled one: "Japanese
          // Foreign Minister A and Defence Minister B" share Japan.
          if (c < 0) c = CoordinatedCountry(static_cast<size_t>(s), p);
          // A companion is of the country of the one accompanied: "Zelenskiy
          // was accompanied by Defence Minister Rustem Umerov".
          // (So are the others of the list: "accompanied by Foreign Minister
          // A and Defence Minister B".)
          if (c < 0 && companion) {
            for (const Mention& m : a_.mentions[static_cast<size_t>(s)]) {
              if (m.tb >= person_at) break;
              if (m.tag != Tag::kPerson || m.entity < 0 || a_.Resolve(m.entity) == p) continue;
              auto sq = stated.find(a_.Resolve(m.entity));
              if (sq != stated.end() && sq->second >= 0) c = a_.Resolve(sq->second);
              break;
            }
          }
          // A national office named without a country, in a sentence that names
          // no country but the article's own: the article's country ("JAKARTA -
          // ... Foreign Minister Retno Marsudi said the deployment reflected
          // Indonesia's commitment"), unless someone else holds that office there.
          if (c < 0 && a_.home_country >= 0 && (t.scope == "country" || t.scope == "party")) {
            const int home = a_.Resolve(a_.home_country);
            // Foreign: another country in the sentence (alone or in someone's
            // title), a person of another country ("Luxon, accompanied by Trade
            // Minister X"), or, in a sentence naming no country, another country
            // in the sentence before ("Indonesia and Australia elevated ties.
            // Foreign Minister X and Defence Minister Y joined the talks.").
            // And the article's country must be named (not as an adjective:
            // "talks with Vietnamese leader X" in a Korean article) in the
            // sentence, or else in the sentence before.
            // Someone the article's own people meet is most likely a
            // foreigner: "Chinh also met President Frank-Walter Steinmeier".
            // ("Prime Minister X held talks with his Vietnamese counterpart Y"
            // in an Indian article: X's counterpart is foreign, so X is not;
            // the article's country stands for the one it does not name.)
            int counterpart_country = -1;
            const Sentence& cs_sen = a_.sentences[static_cast<size_t>(s)];
            for (uint32_t k = person_at + 1; k + 2 < cs_sen.te; ++k) {
              if ((W(k) != "his" && W(k) != "her") || (W(k + 2) != "counterpart" && W(k + 2) != "peer")) continue;
              const int cc = CountryOfWord(k + 1);
              if (cc >= 0 && cc != home) counterpart_country = cc;
              break;
            }
            bool foreign = contacted && people_countries.count(home) > 0, named = false;
            auto country_named = [&](const Mention& m) {
              if (m.tag != Tag::kCountry || m.entity < 0) return;
              // ("the two sides", the article's country and another: named.)
              if (m.entity2 >= 0 && (a_.Resolve(m.entity) == home || a_.Resolve(m.entity2) == home)) {
                named = true;
                return;
              }
              // ("his Vietnamese counterpart": someone else's country.)
              if (m.demonym && (W(m.te) == "counterpart" || W(m.te) == "counterparts" || W(m.te) == "peer")) return;
              // (Nor is the counterpart's own country named again: "... his
              // Australian counterpart X, the first by an Australian prime
              // minister since 2017".)
              // (Nor is a guest's, before or after his name: "President X
              // received President Y of Kazakhstan".)
              const Mention* before =
                  m.tb > 1 && W(m.tb - 1) == "of" ? MAt(static_cast<size_t>(s), m.tb - 2) : nullptr;
              const bool guests = m.demonym || (before && before->tag == Tag::kPerson);
              if (a_.Resolve(m.entity) != home)
                foreign |= a_.Resolve(m.entity) != counterpart_country &&
                           !(contacted && people_countries.count(a_.Resolve(m.entity))) &&
                           !(hosts && guests && m.tb > person_at);
              else if (!m.demonym) named = true;
            };
            bool abroad = false, hosted_at_home = false;
            for (const Mention& m : a_.mentions[static_cast<size_t>(s)]) {
              country_named(m);
              // (A sentence set in a city abroad that does not name the
              // article's country speaks of a foreign one for those met or
              // hosting there: in "President X received Prime Minister Y in
              // Paris", X is France's; but in "Prime Minister X attended the
              // summit in Astana" he travelled.)
              // (Not an event's venue: "on the eve of the 47th ASEAN Summit in
              // Kuala Lumpur".)
              const Mention* event = m.tb > 1 && W(m.tb - 1) == "in" ? MAt(static_cast<size_t>(s), m.tb - 2) : nullptr;
              if (m.tag == Tag::kPlace && m.entity >= 0 && (contacted || hosts) &&
                  !(event && event->tag == Tag::kEvent)) {
                const int pc = CountryNamed(Attr(m.entity, "country"));
                abroad |= pc >= 0 && a_.Resolve(pc) != home && a_.Resolve(pc) != counterpart_country;
                // (A host in a city of the article's country names it, the
                // dateline's too, unless a city abroad is named: "JEDDAH -
                // Crown Prince X received President Y at the palace".)
                hosted_at_home |= hosts && pc >= 0 && a_.Resolve(pc) == home;
              }
              // (A foreign person's companion is foreign: "Luxon, accompanied
              // by Trade Minister X"; not whom he meets or calls on.)
              if (m.tag == Tag::kPerson && m.entity >= 0 && a_.Resolve(m.entity) != p && !contacted &&
                  !(hosts && m.tb > person_at)) {
                auto sq = stated.find(a_.Resolve(m.entity));
                foreign |= sq != stated.end() && sq->second >= 0 && a_.Resolve(sq->second) != home &&
                           a_.Resolve(sq->second) != counterpart_country;
              }
            }
            // (The country of a foreigner who meets the person is not the
            // person's: in an Indian article, "Sri Lankan President X held
            // talks with Prime Minister Y", Y is India's.)
            for (int o : others) {
              if (contacted && people_countries.count(a_.Resolve(o))) continue;
              // (Nor those of the guests of a host: "President X hosted
              // Vietnamese Vice President Y".)
              if (hosts) continue;
              foreign |= a_.Resolve(o) != home && a_.Resolve(o) != counterpart_country;
            }
            named |= counterpart_country >= 0 || (hosted_at_home && !abroad);
            if (abroad && !named) foreign = true;
            // (Nor is one met in a city abroad named just before him: "before
            // heading to Washington for a summit with President X".)
            if (contacted) {
              const Mention* where = nullptr;
              for (const Mention& m : a_.mentions[static_cast<size_t>(s)]) {
                if (m.tb >= person_at) break;
                if (m.tag == Tag::kPlace || m.tag == Tag::kCountry) where = &m;
              }
              if (where && where->tag == Tag::kPlace && where->entity >= 0 && person_at - where->te <= 8) {
                const int pc = CountryNamed(Attr(where->entity, "country"));
                foreign |= pc >= 0 && a_.Resolve(pc) != home;
              }
            }
            if (!named && s > 0) {
              // (A host's guests come from the other country named before:
              // it says the article's is named, not that the host is foreign.)
              const bool was_foreign = foreign;
              for (const Mention& m : a_.mentions[static_cast<size_t>(s) - 1]) country_named(m);
              if (hosts) foreign = was_foreign;
            }
            if (!named) foreign = true;
            if (guest) foreign = true;
            // (A kingdom has no president: "LONDON - Prime Minister X
            // received President Y" is a foreign president.)
            const bool no_such_office =
                (t.title == "President" || t.title == "Vice President") && Attr(home, "monarchy") == "yes";
            if (!foreign && !no_such_office && !OtherHolder(stated, p, home, t.title, -1)) c = home;
          }
        }
        int obj = -1;
        if (t.explicit_entity >= 0) obj = t.explicit_entity;
        else if (t.scope == "party") obj = PartyOf(t.prefix_country >= 0 ? t.prefix_country : c);
        else if (t.scope == "country") obj = t.prefix_country >= 0 ? t.prefix_country : c;
        else if (!t.of.empty()) {
          int o = lex_.Find("Organization", t.of);
          if (o >= 0) obj = LexEntity(o, "");
        }
        // The country the person's offices speak for (a party's leader, his
        // party's country).
        int speaks = -1;
        if (t.explicit_entity >= 0) {
          speaks = std::string_view(a_.entities[t.explicit_entity].label) == "Country"
                       ? t.explicit_entity
                       : CountryOfParty(t.explicit_entity);
        } else if (t.scope == "party" || t.scope == "country") {
          speaks = t.prefix_country >= 0 ? t.prefix_country : c;
        }
        if (speaks >= 0) countries.insert(a_.Resolve(speaks));
        // "general secretary of Vietnam's Communist Party": that country's
        // party of the name.
        if (obj >= 0 && t.explicit_entity >= 0 && t.prefix_country >= 0) {
          const DocEntity& b = a_.entities[static_cast<size_t>(a_.Resolve(obj))];
          if (b.lex < 0 && b.label == "Organization" && absl::EndsWith(b.folded, "party")) {
            const int party = PartyOf(a_.Resolve(t.prefix_country));
            if (party >= 0 && absl::StrContains(a_.entities[static_cast<size_t>(party)].folded, b.folded)) {
              obj = party;
              countries.insert(a_.Resolve(t.prefix_country));
            }
          }
        }
        if (obj < 0) continue;
        FactDraft f;
        f.subject = p;
        f.type = "HOLDS_OFFICE";
        f.object = obj;
        f.qualifiers["title"] = NationalTitle(t.title, obj);
        f.sentence = s;
        f.rule = "title";
        a_.facts.push_back(std::move(f));
      }
      DropGenericTitles(first_fact);
      if (countries.size() == 1) a_.entities[p].country = *countries.begin();
    }
  }

  // The country in the title of the person just before `person` in sentence
  // s when only "and" stands between them; -1 otherwise.
  int CoordinatedCountry(size_t s, int person) {
    const Mention* prev = nullptr;
    for (const Mention& m : a_.mentions[s]) {
      if (m.tag == Tag::kPerson && m.entity >= 0 && a_.Resolve(m.entity) == person) {
        if (!prev || prev->tag != Tag::kPerson || prev->entity < 0 || m.tb != prev->te + 1 || W(prev->te) != "and")
          return -1;
        auto it = persons_.find(a_.Resolve(prev->entity));
        if (it == persons_.end()) return -1;
        for (const auto& [t, ts] : it->second.titles) {
          if (ts == static_cast<int>(s) && t.prefix_country >= 0) return t.prefix_country;
        }
        return -1;
      }
      prev = &m;
    }
    return -1;
  }

  // "Minister Trung" beside "Minister of Foreign Affairs Le Hoai Trung": the
  // bare title only repeats the head of the full one, for the same body.
  void DropGenericTitles(size_t first) {
    std::vector<bool> generic(a_.facts.size(), false);
    for (size_t i = first; i < a_.facts.size(); ++i) {
      for (size_t j = first; j < a_.facts.size() && !generic[i]; ++j) {
        generic[i] = a_.facts[j].object == a_.facts[i].object &&
                     BeginsWithWords(a_.facts[j].qualifiers.at("title"), a_.facts[i].qualifiers.at("title"));
      }
    }
    size_t out = first;
    for (size_t i = first; i < a_.facts.size(); ++i) {
      if (generic[i]) continue;
      if (out != i) a_.facts[out] = std::move(a_.facts[i]);
      ++out;
    }
    a_.facts.resize(out);
  }

  void EmitPartOf() {
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      for (const Mention& m : a_.mentions[s]) {
        if (m.tag != Tag::kEvent || m.entity < 0 || a_.entities[m.entity].parent < 0) continue;
        FactDraft f;
        f.subject = m.entity;
        f.type = "PART_OF";
        f.object = a_.entities[m.entity].parent;
        f.sentence = static_cast<int>(s);
        f.rule = "event-name";
        a_.facts.push_back(std::move(f));
      }
    }
  }

  // A ceremony's name that holds the anniversary of two countries' ties
  // ("a ceremony to mark the 65th anniversary of Vietnam-Cuba diplomatic
  // relations (December 2, 1960 - 2025)") says when their relations began:
  // the date in brackets after the name, else the article's year less the
  // ordinal. (The rules see the event as one item, not the countries in it.)
  void EmitEventNameRelations() {
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      for (const Mention& m : a_.mentions[s]) {
        if (m.tag != Tag::kEvent || m.entity < 0) continue;
        for (uint32_t k = m.tb + 1; k + 4 < m.te; ++k) {
          if (W(k) != "anniversary" || W(k + 1) != "of" || ordinal_[k - 1] <= 0) continue;
          uint32_t p = k + 2;
          if (W(p) == "the" && W(p + 1) == "establishment" && W(p + 2) == "of") p += 3;
          LexHit first, second;
          const size_t n1 = MatchAt(p, m.te, &first);
          if (n1 == 0 || first.demonym || lex_.entry(first.entry).label != "Country") break;
          const uint32_t dash = p + static_cast<uint32_t>(n1);
          if (W(dash) != "-") break;
          const size_t n2 = MatchAt(dash + 1, m.te, &second);
          if (n2 == 0 || second.demonym || lex_.entry(second.entry).label != "Country") break;
          uint32_t q = dash + 1 + static_cast<uint32_t>(n2);
          if (W(q) == "diplomatic") ++q;
          if (W(q) != "relations" && W(q) != "ties") break;
          std::string start;
          const Mention* d = W(m.te) == "(" ? MAt(s, m.te + 1) : nullptr;
          if (d && d->tag == Tag::kDate && d->text.size() == 10 && d->text[0] != '-') start = d->text;
          else if (a_.year > 0) start = absl::StrCat(a_.year - ordinal_[k - 1]);
          FactDraft f;
          f.subject = LexEntity(first.entry, Surface(p, dash));
          f.type = "DIPLOMATIC_RELATIONS";
          f.object = LexEntity(second.entry, Surface(dash + 1, dash + 1 + static_cast<uint32_t>(n2)));
          if (!start.empty()) f.qualifiers["start"] = start;
          f.sentence = static_cast<int>(s);
          f.rule = "relations-in-event-name";
          a_.facts.push_back(std::move(f));
          break;
        }
      }
    }
  }

  void BuildItems() {
    a_.items.resize(a_.sentences.size());
    for (size_t s = 0; s < a_.sentences.size(); ++s) {
      const Sentence& sen = a_.sentences[s];
      const bool headline = Headline(s);
      auto& items = a_.items[s];
      items.reserve(sen.te - sen.tb);
      for (uint32_t i = sen.tb; i < sen.te;) {
        int mi = At(s, i);
        Item it;
        if (mi >= 0) {
          const Mention& m = a_.mentions[s][static_cast<size_t>(mi)];
          // "a Vietnamese minister": a demonym is an adjective, not an agent
          // (but "Bangladeshi peacekeepers are serving in X" stand for their
          // country, and so does "the Vietnamese delegation proposed ...").
          const absl::string_view next = W(m.te);
          const bool forces = next == "peacekeepers" || next == "troops" || next == "soldiers" ||
                              next == "delegation" || next == "government" || next == "police" ||
                              next == "policemen" || next == "engineers" || next == "personnel" || next == "forces" ||
                              next == "officers" || next == "contingent" || next == "battalion" ||
                              next == "army" || next == "navy" || next == "military" || next == "armed";
          it.tag = m.demonym && !forces ? Tag::kWord : m.tag;
          it.tb = m.tb;
          it.te = m.te;
          it.mention = mi;
          i = m.te;
        } else {
          uint32_t ne = headline || !Cap(i, sen.te) ? i : NameRun(s, i, sen.te);
          // A building's name ("the Ho Chi Minh Mausoleum") names no one.
          // (Up to four words, and a particle: "Luiz Inacio Lula da Silva".)
          bool particle = false;
          for (uint32_t k = i; k < ne; ++k) particle |= In(k, kParticle) && !T(k).cap;
          if (ne >= i + 2 && ne - i <= (particle ? 5u : 4u) && !NamesBuilding(i, ne)) {
            it.tag = Tag::kName;
            it.tb = i;
            it.te = ne;
            i = ne;
          } else {
            it.tb = i;
            it.te = i + 1;
            ++i;
          }
        }
        items.push_back(it);
      }
    }
  }

  struct Honorific {
    int s;
    uint32_t tb, te;
  };

  const Lexicon& lex_;
  Annotation a_;
  absl::flat_hash_map<std::string, int> index_;
  std::map<int, PersonTitles> persons_;
  std::vector<uint32_t> lists_;  // per token: the WordList bits of its fold
  std::vector<int> lex_start_;   // per token: Lexicon::Start of its fold
  // Counterparts whose other side is named only by a short mention or a
  // pronoun, found after the scans (CounterpartTitle).
  struct LaterCounterpart {
    size_t s;
    uint32_t before;
    int person, country;
  };
  std::vector<LaterCounterpart> later_counterparts_;
  std::vector<int16_t> ordinal_;  // per token: OrdinalValue of its fold ("79th" 79, "third" 3), else 0
  int Ord(size_t i) const { return i < ordinal_.size() ? ordinal_[i] : 0; }
  // Per token: whether a mention covers it (kept by Put and ScanLexicon, the
  // only places that add or drop mentions), so that At answers most tokens
  // without a search.
  std::vector<uint8_t> covered_;
  std::vector<uint32_t> sentence_lists_;  // per sentence: the WordList bits of its tokens
  std::vector<uint8_t> sentence_shapes_;  // per sentence: the Shape bits of its tokens
  absl::flat_hash_map<int, int> lex_entity_;  // lexicon entry -> its entity (LexEntity)
  absl::flat_hash_map<int, bool> named_in_text_;  // lexicon entry -> NamedInText
  void Cover(uint32_t tb, uint32_t te, uint8_t v) {
    if (covered_.size() < a_.tokens.size()) covered_.resize(a_.tokens.size(), 0);
    for (uint32_t t = tb; t < te && t < covered_.size(); ++t) covered_[t] = v;
  }
  int dateline_month_ = 0;        // the month of the dateline's full date, 0 if none
  std::map<std::string, int> acronyms_;  // acronyms the article defined, by surface
  bool year_guessed_ = false;     // the year is the text's most frequent, not the dateline's
  int last_session_org_ = -1;     // the body with numbered sessions named last
  NameMemo& name_memo_ = ThreadNameMemo();
  std::vector<NameFacts*> names_;  // per entity: its name's, once asked for (Facts)
  PersonIndex person_index_;       // made by MergeShortPersons, for ScanShortMentions too
  std::vector<PendingChain> pending_;
  std::vector<Honorific> honorific_;
};

}  // namespace

const char* TagName(Tag t) { return kTagNames[static_cast<int>(t)]; }
const char* LabelOfTag(Tag t) { return kLabels[static_cast<int>(t)]; }
bool TagFromName(std::string_view name, Tag* t) {
  for (int i = 0; i < kTagCount; ++i) {
    if (name == kTagNames[i]) {
      *t = static_cast<Tag>(i);
      return true;
    }
  }
  return false;
}

int Annotation::Resolve(int entity) const {
  int guard = 0;
  while (entity >= 0 && entities[static_cast<size_t>(entity)].redirect >= 0 && guard++ < 8) {
    entity = entities[static_cast<size_t>(entity)].redirect;
  }
  return entity;
}

Annotation Annotate(std::string_view text, const Lexicon& lex) { return Annotator(text, lex).Run(); }

}  // namespace kg::ingest::internal
