#include "ingest/internal/rules.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <sstream>
#include <unordered_map>

#include "absl/container/flat_hash_set.h"
#include "absl/container/inlined_vector.h"
#include "absl/numeric/bits.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "graph/fold.h"
#include "graph/status.h"
#include "re2/re2.h"

namespace kg::ingest::internal {
namespace fs = std::filesystem;

namespace {

struct Signature {
  const char* type;
  std::vector<std::string> subjects, objects;
  uint32_t subject_bits = 0, object_bits = 0;  // the same labels as LabelBit bits
};

// A bit for each label a signature names (0 for any other), so that a
// signature is tested with two integer tests.
uint32_t LabelBit(std::string_view label) {
  static constexpr std::string_view kLabels[] = {"Person", "Organization", "Country", "Event", "Place", "Document"};
  for (size_t i = 0; i < std::size(kLabels); ++i) {
    if (label == kLabels[i]) return 1u << i;
  }
  return 0;
}

const std::vector<Signature>& Signatures() {
  static const auto* v = [] {
    auto* v = new std::vector<Signature>{
        {"MET", {"Person"}, {"Person"}},
        {"HOLDS_OFFICE", {"Person"}, {"Organization", "Country", "Event"}},
        {"MEMBER_OF", {"Country"}, {"Organization"}},
        {"HELD_POSITION", {"Country"}, {"Organization", "Event"}},
        {"ATTENDED", {"Person", "Country"}, {"Event"}},
        {"ADDRESSED", {"Person"}, {"Event", "Organization"}},
        {"VISITED", {"Person"}, {"Country", "Place"}},
        {"DIPLOMATIC_RELATIONS", {"Country"}, {"Country"}},
        {"PARTNERSHIP", {"Country"}, {"Country"}},
        {"JOINED", {"Country"}, {"Organization"}},
        {"PROPOSED", {"Country", "Person"}, {"Document", "Event"}},
        {"HOSTS", {"Country", "Place"}, {"Event"}},
        {"CHAIRS", {"Country", "Person"}, {"Event", "Organization"}},
        {"DEPLOYED_TO", {"Country"}, {"Country", "Place"}},
        {"PART_OF", {"Event"}, {"Event"}},
        {"INVITED_BY", {"Person"}, {"Person"}},
    };
    for (Signature& s : *v) {
      for (const auto& l : s.subjects) s.subject_bits |= LabelBit(l);
      for (const auto& l : s.objects) s.object_bits |= LabelBit(l);
    }
    return v;
  }();
  return *v;
}

const std::set<std::string>& DatedTypes() {
  static const auto* s = new std::set<std::string>{"MET", "ATTENDED", "ADDRESSED", "VISITED",
                                                  "JOINED", "PROPOSED", "HOSTS", "INVITED_BY"};
  return *s;
}

bool Allows(const Signature& s, uint32_t subject_bit, uint32_t object_bit) {
  return (s.subject_bits & subject_bit) != 0 && (s.object_bits & object_bit) != 0;
}

// A word of up to 7 bytes (most words) as an integer, its length in the
// top byte: a key cheaper to hash and compare than the text. 0 for others.
uint64_t ShortKey(std::string_view w) {
  if (w.empty() || w.size() > 7) return 0;
  uint64_t k = w.size();
  for (char c : w) k = k << 8 | static_cast<unsigned char>(c);
  return k;
}

// What a (rest of a) pattern can start with: items of these tags or these
// words; `any` when no restriction could be derived.
struct FirstSet {
  uint32_t tags = 0;
  std::vector<uint64_t> words;  // a bit per vocabulary id
  bool any = false;

  void AddWord(int w) {
    const size_t i = static_cast<size_t>(w) / 64;
    if (words.size() <= i) words.resize(i + 1, 0);
    words[i] |= uint64_t{1} << (w % 64);
  }
  bool HasWord(int w) const {
    const size_t i = static_cast<size_t>(w) / 64;
    return w >= 0 && i < words.size() && ((words[i] >> (w % 64)) & 1u);
  }
};

struct Elem {
  enum Kind { kWord, kRegex, kAlt, kTag, kGap } kind = kWord;
  std::string word;
  int wid = -1;  // vocabulary id of `word`
  std::vector<int> alt_first;  // kAlt: each alternative's first word id, -1 if not a plain word
  bool alt_single = false;     // kAlt: every alternative is exactly one plain word
  // A plain word, or an uncaptured choice of single words ("(met|meets)"),
  // not optional: it leaves one way on (see MatchSeq).
  bool one_way = false;
  std::shared_ptr<RE2> re;
  // kRegex: the first bytes a match can start with lie in [re_lo, re_hi]
  // (RE2's PossibleMatchRange): most tokens are passed by without the regex.
  unsigned char re_lo = 0, re_hi = 255;
  std::vector<std::vector<Elem>> alts;
  uint32_t tags = 0;
  bool list = false;
  bool optional = false;
  bool tight = false;  // a gap that crosses no punctuation
  int gap = 8;
  FirstSet follow;  // kGap: what the elements after the gap start with
  FirstSet first;   // what the element itself can start with (any if it can match nothing)
  std::string cap;
};

struct QualTemplate {
  std::string key;
  enum Kind { kLiteral, kCapture, kTerm, kAnniv, kTermEnd } kind = kLiteral;
  std::string value;  // literal, or capture name
  std::string arg2;   // anniv's year capture; termend's start date
};

struct EdgeTemplate {
  std::string type, subj, obj;
  bool subj_country = false, obj_country = false;  // country($x): a person stands for its country
  std::vector<QualTemplate> quals;
  // Derived from the type once, at load.
  const Signature* sig = nullptr;
  bool met = false;     // MET: no calls; a place from "in PLACE"
  bool chairs = false;  // CHAIRS: never from a vice or deputy title
  bool visited = false;  // VISITED: never to a place after "to" another
  bool acts = false;     // ATTENDED, ADDRESSED, VISITED: never what the subject asks others to do
  bool hosts = false;    // HOSTS: never what the subject only proposes to host
  bool starts = false;  // a date is when it started (relations, partnerships)
  bool relations = false;  // DIPLOMATIC_RELATIONS
  bool dated = false;   // a date in the sentence is the fact's own
};

}  // namespace

struct RuleImpl {
  std::string name, origin;
  std::vector<Elem> pattern;
  std::vector<EdgeTemplate> edges;
  // What every match reads (a necessary condition, to skip starts early):
  // for each of `required` one of these words (vocabulary ids), for each of
  // `required_tags` an item of one of these tags. With `after_start` the
  // first element takes the start item and is left out, and the rest lie
  // after it; otherwise they lie at or after the start.
  bool after_start = false;
  std::vector<std::vector<int>> required;
  std::vector<uint32_t> required_tags;
  FirstSet first;  // what a match starts with
};

namespace {

// --- pattern parsing --------------------------------------------------------

struct Lexeme {
  enum Kind { kLParen, kRParen, kBar, kQuoted, kRegex, kGap, kCapture, kWord } kind;
  std::string text;
  bool optional = false, plus = false, tight = false;
  int gap = 8;
};

absl::StatusOr<std::vector<Lexeme>> Lex(std::string_view p_in) {
  absl::string_view p(p_in.data(), p_in.size());
  std::vector<Lexeme> out;
  size_t i = 0;
  auto suffix = [&](Lexeme* l) {
    while (i < p.size() && (p[i] == '?' || p[i] == '+')) {
      if (p[i] == '?') l->optional = true;
      else l->plus = true;
      ++i;
    }
  };
  while (i < p.size()) {
    char c = p[i];
    if (c == ' ' || c == '\t') {
      ++i;
      continue;
    }
    Lexeme l{Lexeme::kWord, ""};
    if (c == '(') {
      l.kind = Lexeme::kLParen;
      ++i;
    } else if (c == ')') {
      l.kind = Lexeme::kRParen;
      ++i;
      suffix(&l);
    } else if (c == '|') {
      l.kind = Lexeme::kBar;
      ++i;
    } else if (c == '"' || c == '/') {
      size_t e = p.find(c, i + 1);
      if (e == std::string_view::npos) return absl::InvalidArgumentError(absl::StrCat("unterminated ", std::string(1, c)));
      l.kind = c == '"' ? Lexeme::kQuoted : Lexeme::kRegex;
      l.text = std::string(p.substr(i + 1, e - i - 1));
      i = e + 1;
      suffix(&l);
    } else if (p.substr(i, 3) == "..." || (c == '~' && (i + 1 == p.size() || p[i + 1] == '{' || p[i + 1] == ' '))) {
      l.kind = Lexeme::kGap;
      l.tight = c == '~';
      i += l.tight ? 1 : 3;
      if (i < p.size() && p[i] == '{') {
        size_t e = p.find('}', i);
        if (e == std::string_view::npos || !absl::SimpleAtoi(p.substr(i + 1, e - i - 1), &l.gap)) {
          return absl::InvalidArgumentError("bad gap, expected ...{N}");
        }
        i = e + 1;
      }
    } else if (c == '$') {
      size_t e = p.find(':', i);
      if (e == std::string_view::npos) return absl::InvalidArgumentError("capture without ':'");
      l.kind = Lexeme::kCapture;
      l.text = std::string(p.substr(i + 1, e - i - 1));
      i = e + 1;
    } else {
      size_t b = i;
      while (i < p.size() && !strchr(" \t()|\"", p[i])) {
        if ((p[i] == '?' || p[i] == '+') && i > b &&
            (i + 1 == p.size() || strchr(" \t)|?+", p[i + 1]))) break;
        ++i;
      }
      l.text = std::string(p.substr(b, i - b));
      // TAG|TAG stays one word
      Tag t;
      while (TagFromName(std::string_view(l.text).substr(l.text.rfind('|') + 1), &t) && i < p.size() && p[i] == '|') {
        size_t j = i + 1;
        while (j < p.size() && absl::ascii_isupper(p[j])) ++j;
        if (!TagFromName(std::string_view(p.data() + i + 1, j - i - 1), &t)) break;
        l.text += std::string(p.substr(i, j - i));
        i = j;
      }
      suffix(&l);
    }
    out.push_back(std::move(l));
  }
  return out;
}

bool TagSet(const std::string& w, uint32_t* mask) {
  *mask = 0;
  for (absl::string_view part : absl::StrSplit(w, '|')) {
    Tag t;
    if (!TagFromName(std::string_view(part.data(), part.size()), &t)) return false;
    *mask |= 1u << static_cast<int>(t);
  }
  return true;
}

void WordsOf(const std::string& text, std::vector<Elem>* out) {
  if (text == "'s" || text == "\u2019s") {
    Elem e;
    e.word = "'s";
    out->push_back(e);
    return;
  }
  std::vector<char> fold_store;
  for (const Token& t : Tokenize(text, &fold_store)) {
    Elem e;
    e.word = t.fold;
    out->push_back(e);
  }
}

class Parser {
 public:
  explicit Parser(std::vector<Lexeme> lx) : lx_(std::move(lx)) {}
  absl::StatusOr<std::vector<Elem>> Parse(std::set<std::string>* caps) {
    caps_ = caps;
    std::vector<std::vector<Elem>> alts;
    KG_RETURN_IF_ERROR(Seq(&alts));
    if (pos_ != lx_.size()) return absl::InvalidArgumentError("unbalanced ')'");
    if (alts.size() != 1) return absl::InvalidArgumentError("'|' outside parentheses");
    if (alts[0].empty()) return absl::InvalidArgumentError("empty pattern");
    return alts[0];
  }

 private:
  absl::Status Seq(std::vector<std::vector<Elem>>* alts) {
    alts->emplace_back();
    while (pos_ < lx_.size()) {
      const Lexeme& l = lx_[pos_];
      if (l.kind == Lexeme::kRParen) return absl::OkStatus();
      if (l.kind == Lexeme::kBar) {
        ++pos_;
        alts->emplace_back();
        continue;
      }
      KG_RETURN_IF_ERROR(One(&alts->back(), ""));
    }
    return absl::OkStatus();
  }
  absl::Status One(std::vector<Elem>* out, const std::string& cap) {
    const Lexeme& l = lx_[pos_++];
    switch (l.kind) {
      case Lexeme::kLParen: {
        Elem e;
        e.kind = Elem::kAlt;
        e.cap = cap;
        KG_RETURN_IF_ERROR(Seq(&e.alts));
        if (pos_ >= lx_.size()) return absl::InvalidArgumentError("missing ')'");
        e.optional = lx_[pos_].optional;
        ++pos_;
        out->push_back(std::move(e));
        return absl::OkStatus();
      }
      case Lexeme::kQuoted: {
        Elem e;
        e.kind = Elem::kAlt;
        e.cap = cap;
        e.alts.emplace_back();
        WordsOf(l.text, &e.alts[0]);
        e.optional = l.optional;
        out->push_back(std::move(e));
        return absl::OkStatus();
      }
      case Lexeme::kRegex: {
        Elem e;
        e.kind = Elem::kRegex;
        e.re = std::make_shared<RE2>("(?i)" + l.text);
        if (!e.re->ok()) return absl::InvalidArgumentError(absl::StrCat("bad regex /", l.text, "/: ", e.re->error()));
        std::string lo, hi;
        if (e.re->PossibleMatchRange(&lo, &hi, 1) && !lo.empty() && !hi.empty()) {
          e.re_lo = static_cast<unsigned char>(lo[0]);
          e.re_hi = static_cast<unsigned char>(hi[0]);
        }
        e.cap = cap;
        e.optional = l.optional;
        out->push_back(std::move(e));
        return absl::OkStatus();
      }
      case Lexeme::kGap: {
        Elem e;
        e.kind = Elem::kGap;
        e.gap = l.gap;
        e.tight = l.tight;
        out->push_back(e);
        return absl::OkStatus();
      }
      case Lexeme::kCapture: {
        if (pos_ >= lx_.size()) return absl::InvalidArgumentError("capture without element");
        caps_->insert(l.text);
        return One(out, l.text);
      }
      case Lexeme::kWord: {
        uint32_t mask;
        if (TagSet(l.text, &mask)) {
          Elem e;
          e.kind = Elem::kTag;
          e.tags = mask;
          e.list = l.plus;
          e.optional = l.optional;
          e.cap = cap;
          out->push_back(e);
          return absl::OkStatus();
        }
        if (!cap.empty()) return absl::InvalidArgumentError(absl::StrCat("capture $", cap, " of a plain word; use $", cap, ":(word)"));
        std::vector<Elem> words;
        WordsOf(l.text, &words);
        if (words.empty()) return absl::InvalidArgumentError(absl::StrCat("empty word '", l.text, "'"));
        if (l.optional && words.size() > 1) {
          Elem e;
          e.kind = Elem::kAlt;
          e.alts.push_back(words);
          e.optional = true;
          out->push_back(std::move(e));
        } else {
          words.back().optional = l.optional;
          for (auto& w : words) out->push_back(std::move(w));
        }
        return absl::OkStatus();
      }
      default:
        return absl::InvalidArgumentError("unexpected '|' or ')'");
    }
  }

  std::vector<Lexeme> lx_;
  size_t pos_ = 0;
  std::set<std::string>* caps_ = nullptr;
};

std::vector<int> NeededWords(const std::vector<Elem>& seq, size_t* len);

// For an element of alternatives: the words each alternative cannot do
// without, together (empty if one has none); *len is the shortest's length.
std::vector<int> AnyNeededWords(const Elem& e, size_t* len) {
  std::vector<int> any;
  *len = SIZE_MAX;
  for (const auto& alt : e.alts) {
    size_t l = 0;
    const std::vector<int> words = NeededWords(alt, &l);
    if (words.empty()) return {};
    any.insert(any.end(), words.begin(), words.end());
    *len = std::min(*len, l);
  }
  return any;
}

// Words one of which every match of `seq` reads (empty if none are known):
// its longest plain word, the rarest most likely ("talks" of "held talks",
// "meet" of "will meet"), or those of an element of alternatives, a quoted
// phrase among them ("had an audience with"), whose shortest is longer.
std::vector<int> NeededWords(const std::vector<Elem>& seq, size_t* len) {
  std::vector<int> best;
  *len = 0;
  for (const Elem& e : seq) {
    if (e.optional) continue;
    size_t l = 0;
    std::vector<int> words;
    if (e.kind == Elem::kWord) {
      words = {e.wid};
      l = e.word.size();
    } else if (e.kind == Elem::kAlt) {
      words = AnyNeededWords(e, &l);
    }
    if (!words.empty() && (best.empty() || l > *len)) {
      best = std::move(words);
      *len = l;
    }
  }
  return best;
}

// Fills rule->required and required_tags from the elements of its pattern
// from `first` on (top level only).
void Required(const std::vector<Elem>& seq, size_t first, RuleImpl* rule) {
  for (size_t k = first; k < seq.size(); ++k) {
    const Elem& e = seq[k];
    if (e.optional) continue;
    if (e.kind == Elem::kWord) {
      rule->required.push_back({e.wid});
    } else if (e.kind == Elem::kTag) {
      rule->required_tags.push_back(e.tags);
    } else if (e.kind == Elem::kAlt) {
      size_t len = 0;
      std::vector<int> any = AnyNeededWords(e, &len);
      if (!any.empty()) rule->required.push_back(std::move(any));
    }
  }
}

// What the pattern from element k on can start with (looking through
// optional elements and alternatives). Returns whether it may match nothing.
bool FirstOf(const std::vector<Elem>& seq, size_t k, FirstSet* f) {
  for (; k < seq.size(); ++k) {
    const Elem& e = seq[k];
    bool nullable = e.optional;
    switch (e.kind) {
      case Elem::kWord: f->AddWord(e.wid); break;
      case Elem::kTag: f->tags |= e.tags; break;
      case Elem::kRegex: case Elem::kGap: f->any = true; return true;
      case Elem::kAlt:
        for (const auto& alt : e.alts) nullable |= FirstOf(alt, 0, f);
        break;
    }
    if (e.kind == Elem::kGap || !nullable) return false;
  }
  return true;
}

// Fills every gap's follow set; a gap that may end its sequence can be
// followed by anything.
void FillFollowSets(std::vector<Elem>* seq) {
  for (size_t k = 0; k < seq->size(); ++k) {
    Elem& e = (*seq)[k];
    for (auto& alt : e.alts) FillFollowSets(&alt);
    // The element's own first set (its optional flag aside), with which
    // the matcher passes over positions it cannot match at without trying.
    e.first = FirstSet();
    switch (e.kind) {
      case Elem::kWord: e.first.AddWord(e.wid); break;
      case Elem::kTag: e.first.tags = e.tags; break;
      case Elem::kRegex: case Elem::kGap: e.first.any = true; break;
      case Elem::kAlt:
        for (const auto& alt : e.alts) {
          if (FirstOf(alt, 0, &e.first)) e.first.any = true;  // an alternative that can match nothing
        }
        break;
    }
    if (e.kind != Elem::kGap) continue;
    e.follow = FirstSet();
    if (FirstOf(*seq, k + 1, &e.follow)) e.follow.any = true;
  }
}

// --- matching ---------------------------------------------------------------

struct Capture {
  const std::string* name = nullptr;
  uint32_t ib = 0, ie = 0;     // item range
  // Tag captures: the listed items (inline: most lists are short, and a
  // capture is made for every match attempt that reaches it).
  absl::InlinedVector<uint32_t, 4> items;
};

// Classes of the words the matcher itself tests, as bits per item, so that
// matching compares integers rather than strings.
enum WordClass : uint32_t {
  kStop = 1u << 0,  // . ?
  kComma = 1u << 1,
  kSemicolon = 1u << 2,
  kOpenParen = 1u << 3,
  kCloseParen = 1u << 4,
  kAndOr = 1u << 5,
  kAs = 1u << 6,
  kWell = 1u << 7,
  kWho = 1u << 8,  // who, which
  kWhose = 1u << 9,
  kAppositive = 1u << 10,  // what opens an apposition after a person: a, the, former, head
  kPrep = 1u << 11,        // skipped inside a list: "X and to Y"
  kDet = 1u << 12,         // ... and so is "X and the Y"
  kNegation = 1u << 13,
  kHedge = 1u << 14,     // lower case only: the month "May" is no hedge
  kDatePrep = 1u << 15,  // a date after these is said of the event: "on DATE"
  kIn = 1u << 16,
  kPunctuation = 1u << 17,  // any punctuation token (from the token, not the list)
  kWith = 1u << 18,         // a person after "with" is an object, never a subject
  kBodyNoun = 1u << 19,     // "the UNESCO committee": an organisation naming a body or occasion of its own
  kSince = 1u << 20,        // "since DATE" starts a period: no date of a meeting or visit
  kOf = 1u << 21,
  kObjectVerb = 1u << 22,  // a person after these is their object: "met X and later visited Y"
  kAside = 1u << 23,       // opens a phrase set off after a person: "X, on his first visit, met Y"
  kPlacePrep = 1u << 24,   // a country after these is no subject: "in China to attend"
  kBoth = 1u << 25,        // opens an aside after any mention: "X and Y, both claimants in ..., elevated"
  kDelegate = 1u << 26,    // "X invited leaders to attend": others do what follows
  kSaid = 1u << 27,        // "said on Friday": a date of the saying
  kFuture = 1u << 28,      // will, would, shall
  kCall = 1u << 29,        // "called on X": X is the object
  kOnTo = 1u << 30,        // on, to ("paid a courtesy call to X")
  kProposal = 1u << 31,    // "Vietnam has proposed to host ...": no hosting yet
};

const std::vector<std::pair<uint32_t, std::vector<const char*>>>& FunctionWords() {
  static const auto* v = new std::vector<std::pair<uint32_t, std::vector<const char*>>>{
      {kStop, {".", "?"}},
      {kComma, {","}},
      {kSemicolon, {";"}},
      {kOpenParen, {"("}},
      {kCloseParen, {")"}},
      {kAndOr, {"and", "or"}},
      {kAs, {"as"}},
      {kWell, {"well"}},
      {kWho, {"who", "which"}},
      {kWhose, {"whose"}},
      // "Laos, this year's chair, hosted"; "X, also a member of ..., held talks".
      {kAppositive, {"a", "an", "the", "former", "head", "chief", "this", "also"}},
      {kPrep, {"in", "at", "to", "with", "on", "for", "of"}},
      {kDet, {"the", "a", "an", "his", "her", "its", "their"}},
      {kNegation, {"not", "never", "neither", "nor", "cannot", "n't"}},
      // Wishes, refusals and possibilities are not facts: "France hopes to
      // upgrade ties", "Putin refused to attend", "Mexico may join".
      {kHedge, {"hope", "hopes", "hoped", "hoping", "may", "might", "could", "plans", "planned", "planning",
                "seek", "seeks", "sought", "aim", "aims", "aiming", "want", "wants", "wanted", "wish", "wishes",
                "considering", "considers", "mulls", "mulling", "refused", "refuses", "declined", "declines",
                "rejected", "rejects", "denied", "denies", "failed", "fails", "cancelled", "canceled",
                "postponed", "suspended", "if", "whether", "unless",
                // Offers and pledges are not deeds yet: "Indonesia offered to send troops".
                "offer", "offers", "offered", "offering", "pledge", "pledges", "pledged", "pledging", "promise",
                "promises", "promised", "vow", "vows", "vowed", "ready", "willing",
                // Forecasts: "India and Kuwait are expected to elevate ties".
                "expected", "expects", "likely", "unlikely",
                // "said he looked forward to meeting X": a meeting hoped for
                // (not "forward" itself: "an initiative put forward by X").
                "look", "looks", "looked", "looking"}},
      {kDatePrep, {"on", "in", "from", "since", "during", "last", "next", "this"}},
      {kIn, {"in"}},
      {kWith, {"with"}},
      {kSince, {"since"}},
      {kOf, {"of"}},
      {kObjectVerb, {"met", "meets", "meet", "meeting", "received", "receives", "welcomed", "welcomes", "hosted",
                     "hosts", "invited", "invites", "thanked", "congratulated", "accompanied",
                     // ("Putin briefed Modi on his meeting with Trump": Modi is told of it.)
                     "briefed", "briefs", "informed", "informs", "assured", "assures"}},
      {kAside, {"on", "during", "at", "in", "after", "while", "following"}},
      {kPlacePrep, {"in", "at", "to", "into", "from"}},  // not "with": "with the two countries having upgraded ties"
      {kBoth, {"both", "each"}},
      {kFuture, {"will", "would", "shall"}},
      {kCall, {"call", "calls", "called", "calling"}},
      {kOnTo, {"on", "to"}},
      {kProposal, {"propose", "proposes", "proposed", "proposing"}},
      {kSaid, {"said", "says", "told", "announced", "stated", "added", "noted", "confirmed", "reported"}},
      {kDelegate, {"invited", "invites", "inviting", "urged", "urges", "urging", "asked", "asks", "encouraged",
                   "encourages"}},
      {kBodyNoun, {"committee", "committees", "commission", "council", "board", "panel", "secretariat",
                   "delegation", "mission", "office", "agency", "envoy", "envoys", "ministers", "leaders",
                   "officials", "members", "member", "countries", "nations", "states",
                   // ... or an occasion of its own: "to chair UNCITRAL session".
                   "session", "sessions", "meeting", "meetings", "summit", "conference", "talks", "forum", "debate",
                   "debates", "dialogue",
                   // ... or a work of its own: "joined UN peacekeeping operations in 2014".
                   "operations", "operation", "efforts", "activities", "programmes", "programs"}},
  };
  return *v;
}

struct MatchState {
  Annotation* a;
  size_t s;
  const std::vector<Item>* items;
  const std::vector<int>* wids;        // per item: vocabulary id of its word, -1 if none
  const std::vector<uint32_t>* words;  // per item: its WordClass bits
  std::vector<Capture> caps;
  Tag last_tag = Tag::kWord;
  // Item ranges the match skipped (relative clauses, appositions): what they
  // say, a date for instance, is not said of the match.
  std::vector<std::pair<uint32_t, uint32_t>> skipped;
  std::vector<std::string>* person_folds = nullptr;  // by entity: a person's folded name, else ""
  // By word id: whether it opens a clause that may have a subject of its
  // own: 1 for "when", "while" ..., 2 for "as" (see the gap).
  const std::vector<uint8_t>* opens_clause = nullptr;
  // The sentence's RemoteContact tests: -1 not made yet, else 0 or 1.
  int8_t remote_here = -1, remote_before = -1;
};

// A non-owning reference to a continuation (no allocation, unlike
// std::function); continuations only live for the call they are passed to.
class Cont {
 public:
  template <class F>
  Cont(const F& f)  // NOLINT: implicit by design
      : obj_(&f), call_([](const void* o, uint32_t p) { (*static_cast<const F*>(o))(p); }) {}
  void operator()(uint32_t p) const { call_(obj_, p); }

 private:
  const void* obj_;
  void (*call_)(const void*, uint32_t);
};

// The WordClass bits of item i (0 past the end and for entity mentions).
uint32_t Cls(const MatchState& st, uint32_t i) { return i < st.words->size() ? (*st.words)[i] : 0; }

// The folded word of item i ("" for a mention and past the end).
std::string_view ItemWord(const MatchState& st, uint32_t i) {
  const auto& items = *st.items;
  return i < items.size() && items[i].tag == Tag::kWord ? std::string_view(st.a->tokens[items[i].tb].fold)
                                                         : std::string_view();
}

inline bool CanStart(const FirstSet& f, const MatchState& st, uint32_t pos) {
  if (f.any) return true;
  if (pos >= st.items->size()) return false;
  return ((f.tags >> static_cast<int>((*st.items)[pos].tag)) & 1u) || f.HasWord((*st.wids)[pos]);
}

void MatchSeq(const std::vector<Elem>& seq, size_t k, uint32_t pos, MatchState& st, const Cont& done);

// A coordinated list from item `pos`: "X, Y and Z", "X; Y; Z", "X as well as
// Y". Two items joined by a comma alone are no list ("At the invitation of
// X, Y attended": an adverbial, then the subject). Returns the item after it.
uint32_t ListEnd(const MatchState& st, uint32_t pos, uint32_t tags, absl::InlinedVector<uint32_t, 4>* list) {
  const auto& items = *st.items;
  uint32_t p = pos + 1;
  list->push_back(pos);
  bool conj = false, semicolon = false;
  while (p < items.size()) {
    uint32_t q = p;
    if (Cls(st, q) & kOpenParen) {
      uint32_t r = q + 1;
      while (r < items.size() && r - q < 12 && !(Cls(st, r) & kCloseParen)) ++r;
      if (r < items.size() && (Cls(st, r) & kCloseParen)) q = r + 1;
    }
    uint32_t before = q;
    if (Cls(st, q) & (kComma | kSemicolon)) {
      semicolon |= (Cls(st, q) & kSemicolon) != 0;
      ++q;
      if (Cls(st, q) & kAndOr) {
        ++q;
        conj = true;
      }
    } else if (Cls(st, q) & kAndOr) {
      ++q;
      conj = true;
    } else if ((Cls(st, q) & kAs) && (Cls(st, q + 1) & kWell) && (Cls(st, q + 2) & kAs)) {
      q += 3;
      conj = true;
    }
    if (q == before) break;
    if (Cls(st, q) & kPrep) ++q;
    if (Cls(st, q) & kDet) ++q;
    if (q < items.size() && (tags >> static_cast<int>(items[q].tag) & 1u)) {
      list->push_back(q);
      p = q + 1;
    } else {
      break;
    }
  }
  if (list->size() == 2 && !conj && !semicolon) {
    list->resize(1);
    return pos + 1;
  }
  return p;
}

void MatchOne(const Elem& e, uint32_t pos, MatchState& st, const Cont& next) {
  const auto& items = *st.items;
  switch (e.kind) {
    case Elem::kWord:
      if (pos < st.wids->size() && (*st.wids)[pos] == e.wid) next(pos + 1);
      return;
    case Elem::kRegex: {
      if (pos >= items.size() || items[pos].tag != Tag::kWord) return;
      const Token& t = st.a->tokens[items[pos].tb];
      const unsigned char b0 = static_cast<unsigned char>(st.a->text[t.b]);
      if (b0 < e.re_lo || b0 > e.re_hi) return;
      if (!RE2::FullMatch(re2::StringPiece(st.a->text.data() + t.b, t.e - t.b), *e.re)) return;
      if (!e.cap.empty()) st.caps.push_back({&e.cap, pos, pos + 1, {}});
      next(pos + 1);
      if (!e.cap.empty()) st.caps.pop_back();
      return;
    }
    case Elem::kTag: {
      if (pos >= items.size() || !(e.tags >> static_cast<int>(items[pos].tag) & 1u)) return;
      // A captured organisation before a lower-case body noun modifies it:
      // "Vietnam to chair UNESCO committee" says nothing of UNESCO itself
      // (as context, "to the UN mission in Haiti", it still matches).
      // ("an APEC member": a member of APEC.)
      // So it does with lower-case words between: "to chair UN
      // counter-terrorism committee".
      if (!e.cap.empty() && items[pos].tag == Tag::kOrg) {
        constexpr uint32_t kNoModifier = kPrep | kAndOr | kDet | kWho | kAs | kOf | kDatePrep | kSaid | kFuture |
                                         kHedge | kNegation | kObjectVerb | kBodyNoun;
        uint32_t k = pos + 1;
        auto modifier = [&](uint32_t q) {  // "-" or a lower-case word ("counter - terrorism")
          if (items[q].tag != Tag::kWord || (Cls(st, q) & kNoModifier)) return false;
          const Token& t = st.a->tokens[items[q].tb];
          const std::string_view f = t.fold;
          if (f == "-") return true;
          return t.kind == TokenKind::kWord && !t.cap && f != "'s" &&
                 std::all_of(f.begin(), f.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        };
        while (k < items.size() && k < pos + 4 && modifier(k)) ++k;
        if ((Cls(st, k) & kBodyNoun) && items[k].tag == Tag::kWord && !st.a->tokens[items[k].tb].cap &&
            !(pos > 0 && (ItemWord(st, pos - 1) == "a" || ItemWord(st, pos - 1) == "an") &&
              ItemWord(st, k) == "member"))
          return;
      }
      // A partnership on a subject is no level of relations: "a strategic
      // partnership agreement on climate change adaptation".
      if (!e.cap.empty() && items[pos].tag == Tag::kLevel) {
        const std::string_view w1 = ItemWord(st, pos + 1);
        if (w1 == "agreement" || w1 == "agreements" ||
            (w1 == "on" && pos + 2 < items.size() && items[pos + 2].tag == Tag::kWord &&
             !st.a->tokens[items[pos + 2].tb].cap && !(Cls(st, pos + 2) & kDet)))
          return;
      }
      // Nor is an organisation right before another body or an event: "to
      // chair UN Conference on Disarmament".
      if (!e.cap.empty() && items[pos].tag == Tag::kOrg && pos + 1 < items.size() &&
          (items[pos + 1].tag == Tag::kOrg || items[pos + 1].tag == Tag::kEvent))
        return;
      // A possessor is not the thing possessed: "to chair the UN Security
      // Council's Taliban Sanctions Committee".
      if (!e.cap.empty() && (items[pos].tag == Tag::kOrg || items[pos].tag == Tag::kEvent) &&
          ItemWord(st, pos + 1) == "'s" && pos + 2 < items.size() &&
          (items[pos + 2].tag == Tag::kOrg || items[pos + 2].tag == Tag::kEvent))
        return;
      Capture c{&e.cap, pos, pos + 1, {}};
      uint32_t end = pos + 1;
      if (e.list) end = ListEnd(st, pos, e.tags, &c.items);
      else c.items.push_back(pos);
      c.ie = end;
      Tag saved = st.last_tag;
      st.last_tag = items[pos].tag;
      st.caps.push_back(std::move(c));
      next(end);
      // "Senior Lieutenant General X, Deputy Minister of National Defence,
      // led a delegation": the comma closing an apposition the person's
      // mention holds is passed too.
      if (!e.list && items[pos].tag == Tag::kPerson && (Cls(st, end) & kComma) && end == pos + 1) {
        const Item& it = items[pos];
        bool appos = false;
        for (uint32_t t = it.tb + 1; t + 1 < it.te && !appos; ++t) {
          const Token& tok = st.a->tokens[t];
          appos = tok.kind == TokenKind::kPunct && tok.fold.size() == 1 && tok.fold[0] == ',';
        }
        if (appos) next(end + 1);
      }
      // A relative clause after the mention is skipped: "Indonesia, which
      // joined the UN in 1950, will chair ..." reads as "Indonesia will chair".
      // So is an apposition after a person ("Philemon Yang, a former prime
      // minister of Cameroon, was elected ...") and an "as" phrase after any
      // mention ("Vietnam, as ASEAN Chair in 2020, hosted ...").
      if (Cls(st, end) & kComma) {
        const uint32_t rel = Cls(st, end + 1);
        const bool person = items[pos].tag == Tag::kPerson || items[pos].tag == Tag::kName;
        // ("Lam, general secretary of the party, arrived": a title opens one too.)
        // (So does a country's: "X, Vietnam's Permanent Representative to
        // the UN, spoke".)
        const bool title_next = (end + 1 < items.size() && items[end + 1].tag == Tag::kTitle) ||
                                (end + 3 < items.size() && items[end + 1].tag == Tag::kCountry &&
                                 ItemWord(st, end + 2) == "'s" && items[end + 3].tag == Tag::kTitle);
        // ("France, the former colonial power, and Vietnam established ...":
        // any mention's apposition, unless it names another of its kind, as
        // the second item of a list does: "Vietnam, the Philippines and ...")
        bool other_appos = false;
        if (!person && (rel & kAppositive) && !(rel & kAs)) {
          other_appos = true;
          for (uint32_t q = end + 1; q < items.size() && q < end + 16 && !(Cls(st, q) & kComma); ++q) {
            if (items[q].tag == items[pos].tag || (Cls(st, q) & (kStop | kSemicolon))) other_appos = false;
          }
        }
        // ("The 28th ASEAN Plus Three Summit, held within the framework of the
        // 47th ASEAN Summit, was chaired by X": a participle's clause.)
        bool participle = false;
        if (end + 1 < items.size() && items[end + 1].tag == Tag::kWord) {
          const Token& t = st.a->tokens[items[end + 1].tb];
          const std::string_view f = t.fold;
          participle = !t.cap && t.kind == TokenKind::kWord &&
                       ((f.size() > 4 && f.compare(f.size() - 2, 2, "ed") == 0) || f == "held" || f == "led" ||
                        f == "built" || f == "known" || f == "chosen" || f == "set");
        }
        const bool appos = !e.list && ((person && ((rel & (kAppositive | kAside)) || title_next)) || other_appos ||
                                       participle ||
                                       (rel & kBoth) || ((rel & kAs) && !(Cls(st, end + 2) & kWell)));
        if ((rel & (kWho | kWhose)) || appos) {
          for (uint32_t q = end + 2; q < items.size() && q < end + (appos ? 16 : 40); ++q) {
            const uint32_t w = Cls(st, q);
            if (w & (kStop | kSemicolon | kWho)) break;
            if (w & kComma) {
              st.skipped.emplace_back(end, q + 1);
              next(q + 1);
              st.skipped.pop_back();
              break;
            }
          }
        }
      }
      st.caps.pop_back();
      st.last_tag = saved;
      return;
    }
    case Elem::kAlt: {
      const int w = pos < st.wids->size() ? (*st.wids)[pos] : -1;
      if (e.alt_single) {  // (met|meets|meet): one integer scan
        bool hit = false;
        for (int f : e.alt_first) hit |= f == w;
        if (!hit) return;
        if (!e.cap.empty()) st.caps.push_back({&e.cap, pos, pos + 1, {}});
        next(pos + 1);
        if (!e.cap.empty()) st.caps.pop_back();
        return;
      }
      for (size_t ai = 0; ai < e.alts.size(); ++ai) {
        const auto& alt = e.alts[ai];
        if (e.alt_first[ai] >= 0 && e.alt_first[ai] != w) continue;
        MatchSeq(alt, 0, pos, st, [&](uint32_t p) {
          if (!e.cap.empty()) st.caps.push_back({&e.cap, pos, p, {}});
          next(p);
          if (!e.cap.empty()) st.caps.pop_back();
        });
      }
      return;
    }
    case Elem::kGap: {
      // A person object of a verb passed over (below), and whether a second
      // verb phrase has begun since ("... and delivered"): only there can
      // the gap end ("X met Y during Y's visit to Z" is Y's visit).
      bool passed_object = false, and_after_object = false;
      // The gap can only end where what follows it can start: the checks
      // below stop at the last such position (most often there is none).
      // (pos is at most the item count: a match ends at the latest there.)
      int last = std::min<int>(e.gap, static_cast<int>(items.size() - pos));
      while (last >= 0 && !CanStart(e.follow, st, pos + static_cast<uint32_t>(last))) --last;
      for (int g = 0; g <= last; ++g) {
        if (g > 0) {
          const Item& it = items[pos + g - 1];
          if (st.last_tag != Tag::kWord && it.tag == st.last_tag) {
            // ... but a person who is the object of a verb is passed over:
            // in "Luxon met Modi in New Delhi and delivered the address at
            // the Raisina Dialogue" Luxon delivers it (not past a relative
            // clause: "X met Y, who attended the summit").
            const bool object = st.last_tag == Tag::kPerson && pos + g >= 2 &&
                                (Cls(st, pos + g - 2) & (kObjectVerb | kWith)) != 0;
            if (!object) return;
            passed_object = true;
            and_after_object = false;
          }
          // An unknown name after a person is most likely another person:
          // "Yang will succeed Dennis Francis, who presided over ...".
          // (Not one after "the", "at" or "in": "visited the Western Wall and
          // met X", "was welcomed at Praca do Imperio and held talks with X".)
          if (st.last_tag == Tag::kPerson && it.tag == Tag::kName &&
              !(pos + g >= 2 && (ItemWord(st, pos + g - 2) == "the" || ItemWord(st, pos + g - 2) == "at" ||
                                 ItemWord(st, pos + g - 2) == "in")))
            return;
          const uint32_t w = Cls(st, pos + g - 1);
          if (passed_object && (w & kWho)) return;
          // Nor past a relative clause about another mention the gap passed:
          // in "X took over from Pakistan, which presided over the group",
          // Pakistan presided. ("X of Japan, who ...": "who" is X.)
          if ((w & kWho) && g >= 3 && (Cls(st, pos + g - 2) & kComma) && items[pos + g - 3].tag != Tag::kWord &&
              !(ItemWord(st, pos + g - 1) == "who" && items[pos + g - 3].tag == Tag::kCountry &&
                ItemWord(st, pos + g - 4) == "of"))
            return;
          if (passed_object && (w & kAndOr)) and_after_object = true;
          // "Orban, whose country holds the presidency": what follows
          // "whose" is said of something else.
          if (w & (kStop | kWhose)) return;
          // Nor past the subject of a clause of its own: in "Natalegawa, who
          // championed the bid when Indonesia chaired ASEAN", Indonesia
          // chaired; in "X presided over the debate, as Vietnam holds the
          // presidency", Vietnam holds it ("as" opens one before a country
          // or a person only).
          const int wid = (*st.wids)[pos + g - 1];
          if (const uint8_t opener = wid >= 0 ? (*st.opens_clause)[static_cast<size_t>(wid)] : 0;
              opener != 0 && pos + g < items.size()) {
            const Tag next = items[pos + g].tag;
            if (opener == 1 ? next != Tag::kWord : (next == Tag::kCountry || next == Tag::kPerson)) return;
          }
          // So is a report with a subject of its own: "X said Malaysia would
          // chair ASEAN" (not "X said on Thursday after meeting Y").
          if (w & kSaid) {
            uint32_t n = pos + g;
            if (ItemWord(st, n) == "that") ++n;
            if (n < items.size() && items[n].tag != Tag::kWord) return;
            // ("X said the country would hold the presidency"; but "X said he
            // had met Y" is most often X's own deed.)
            const std::string_view f = ItemWord(st, n);
            if (f == "the" || f == "it" || f == "its" || f == "this" || f == "their") return;
          }
          if (e.tight && (w & kPunctuation)) return;
        }
        // (The gap may also end just before that "and", for a pattern that
        // names it: "... and was received by".)
        if (passed_object && !and_after_object && !(Cls(st, pos + g) & kAndOr)) continue;
        if (CanStart(e.follow, st, pos + g)) next(pos + g);
      }
      return;
    }
  }
}

void MatchSeq(const std::vector<Elem>& seq, size_t k, uint32_t pos, MatchState& st, const Cont& done) {
  // An optional element is tried, then skipped: the loop goes on to the
  // next element at the same position.
  for (; k < seq.size(); ++k) {
    const Elem& e = seq[k];
    // An element that leaves one way on is matched here rather than by a
    // call that continues the sequence.
    if (e.one_way) {
      const int w = pos < st.wids->size() ? (*st.wids)[pos] : -1;
      const bool hit = e.kind == Elem::kWord
                           ? w == e.wid
                           : std::find(e.alt_first.begin(), e.alt_first.end(), w) != e.alt_first.end();
      if (!hit) return;
      ++pos;
      continue;
    }
    if (CanStart(e.first, st, pos)) {
      MatchOne(e, pos, st, [&seq, k, &st, &done](uint32_t p) { MatchSeq(seq, k + 1, p, st, done); });
    }
    if (!e.optional) return;
  }
  done(pos);
}

// --- emission ---------------------------------------------------------------

const Capture* FindCap(const MatchState& st, const std::string& name) {
  for (auto it = st.caps.rbegin(); it != st.caps.rend(); ++it) {
    if (*it->name == name) return &*it;
  }
  return nullptr;
}

// Item x followed by "'s" and a stand-in: "Trong's special envoy", "Putin's
// spokesman" (a title, or one of a few nouns, within two items).
bool ProxyFollows(const MatchState& st, uint32_t x) {
  const auto& items = *st.items;
  if (x + 2 >= items.size() || items[x + 1].tag != Tag::kWord) return false;
  if (std::string_view(st.a->tokens[items[x + 1].tb].fold) != "'s") return false;
  static const auto* kProxies = new absl::flat_hash_set<std::string>{
      "envoy", "envoys", "wife", "husband", "spouse", "representative", "representatives", "adviser",
      "advisers", "advisor", "aide", "aides", "spokesperson", "spokesman", "spokeswoman", "son", "daughter"};
  for (uint32_t k = x + 2; k < items.size() && k <= x + 3; ++k) {
    if (items[k].tag == Tag::kTitle) return true;
    if (items[k].tag == Tag::kWord && kProxies->contains(AbslView(st.a->tokens[items[k].tb].fold))) return true;
    // ("X's special envoy, Deputy Prime Minister Y": one mention of the envoy.)
    if (items[k].tag == Tag::kPerson) {
      for (uint32_t t = items[k].tb; t < items[k].te && t < items[k].tb + 2; ++t) {
        if (kProxies->contains(AbslView(st.a->tokens[t].fold))) return true;
      }
    }
  }
  return false;
}

std::string ItemsText(const MatchState& st, uint32_t ib, uint32_t ie) {
  if (ib >= ie) return "";
  const auto& items = *st.items;
  const Token& a = st.a->tokens[items[ib].tb];
  const Token& b = st.a->tokens[items[ie - 1].te - 1];
  return std::string(st.a->text.substr(a.b, b.e - a.b));
}

const Mention* ItemMention(const MatchState& st, uint32_t i) {
  const Item& it = (*st.items)[i];
  if (it.mention < 0) return nullptr;
  return &st.a->mentions[st.s][static_cast<size_t>(it.mention)];
}

// The entity an item stands for, creating a Person for a NAME item.
int ItemEntity(MatchState& st, uint32_t i, const std::string& want_label) {
  const Item& it = (*st.items)[i];
  if (it.tag == Tag::kName) {
    if (want_label != "Person") return -1;
    std::string name = ItemsText(st, i, i + 1);
    std::string f = graph::FoldName(name);
    std::vector<std::string>& folds = *st.person_folds;  // each entity's, folded once
    for (size_t e = folds.size(); e < st.a->entities.size(); ++e) {
      folds.push_back(std::string_view(st.a->entities[e].label) == "Person" ? graph::FoldName(st.a->entities[e].name)
                                                                            : "");
    }
    for (size_t e = 0; e < st.a->entities.size(); ++e) {
      if (!folds[e].empty() && folds[e] == f) return st.a->Resolve(static_cast<int>(e));
    }
    DocEntity d;
    d.label = "Person";
    d.name = name;
    d.folded = f;
    d.aliases.insert(name);
    st.a->entities.push_back(std::move(d));
    return static_cast<int>(st.a->entities.size() - 1);
  }
  const Mention* m = ItemMention(st, i);
  return m ? st.a->Resolve(m->entity) : -1;
}

std::string CaptureValue(const MatchState& st, const Capture& c) {
  if (c.items.size() == 1 || (c.items.empty() && c.ie == c.ib + 1)) {
    uint32_t i = c.items.empty() ? c.ib : c.items[0];
    const Mention* m = ItemMention(st, i);
    if (m) {
      if (m->tag == Tag::kDate || m->tag == Tag::kTerm || m->tag == Tag::kLevel || m->tag == Tag::kTitle)
        return m->text;
      if (m->entity >= 0) return st.a->entities[st.a->Resolve(m->entity)].name;
    }
  }
  return absl::AsciiStrToLower(ItemsText(st, c.ib, c.ie));
}

int NumberOf(const std::string& text) {
  // "seventy-fifth anniversary" counts as "75th".
  if (std::none_of(text.begin(), text.end(), [](char c) { return absl::ascii_isdigit(static_cast<unsigned char>(c)); }))
    return OrdinalValue(FoldToken(text));
  std::string t = absl::AsciiStrToLower(text);
  while (!t.empty() && !absl::ascii_isdigit(t.back())) t.pop_back();
  int n = 0;
  return absl::SimpleAtoi(t, &n) ? n : 0;
}

// Whether the sentence speaks of contact at a distance ("phone talks",
// "by telephone", "held a video conference", "met virtually").
// (A pair named by reference, "The two prime ministers agreed ...", met
// as the sentence before says: "... held a phone call with ...".)
bool RemoteContact(MatchState& st, uint32_t start) {
  static const auto* kRemote = new absl::flat_hash_set<std::string>{
      "phone", "telephone", "phoned", "telephoned", "videoconference", "video", "virtually", "virtual",
      "online", "teleconference", "videolink"};
  auto remote = [&](size_t s) {
    const Sentence& sen = st.a->sentences[s];
    for (uint32_t i = sen.tb; i < sen.te; ++i) {
      // (A name's capitalised word is none: "CAIRO (Ahram Online) -".)
      if (i > sen.tb && st.a->tokens[i].cap) continue;
      if (kRemote->contains(AbslView(st.a->tokens[i].fold))) return true;
    }
    return false;
  };
  // ("They spoke by phone ... The two leaders last met in Guangzhou": an
  // earlier meeting in person.)
  auto met_before = [&] {
    const Sentence& sen = st.a->sentences[st.s];
    for (uint32_t i = sen.tb; i + 1 < sen.te; ++i) {
      const std::string_view f = st.a->tokens[i].fold;
      if ((f == "last" || f == "previously" || f == "first") && st.a->tokens[i + 1].fold == "met") return true;
    }
    return false;
  };
  // (Both sentence tests are made once per sentence, on first use.)
  if (st.remote_here < 0) st.remote_here = remote(st.s);
  if (st.remote_here) return true;
  const Mention* m = start < st.items->size() ? ItemMention(st, start) : nullptr;
  if (!(m && m->entity2 >= 0 && st.s > 0)) return false;
  if (st.remote_before < 0) st.remote_before = remote(st.s - 1) && !met_before();
  return st.remote_before != 0;
}

// Whether a captured person is followed by "and their/his/her
// counterpart(s) ...": the one before and he are the same side.
bool SameSide(const MatchState& st, const Capture& c) {
  const auto& items = *st.items;
  const uint32_t k = c.ie;
  if (k + 2 >= items.size() || ItemWord(st, k) != "and") return false;
  const std::string_view w = ItemWord(st, k + 1);
  if (w != "their" && w != "his" && w != "her") return false;
  for (uint32_t t = items[k + 2].tb; t < items[k + 2].te && t < items[k + 2].tb + 3; ++t) {
    const std::string_view f = st.a->tokens[t].fold;
    if (f == "counterpart" || f == "counterparts") return true;
  }
  return false;
}

// Whether the capture's last item owns what follows it: "Kim 's father",
// a common noun after the possessive.
bool Possessor(const MatchState& st, const Capture& c) {
  const auto& items = *st.items;
  const uint32_t k = c.ie;
  if (k + 1 >= items.size() || ItemWord(st, k) != "'s" || items[k + 1].tag != Tag::kWord) return false;
  const Token& t = st.a->tokens[items[k + 1].tb];
  return t.kind == TokenKind::kWord && !t.cap;
}

// Whether the capture's last item owns one of `nouns`, named within three
// words after it: "the Security Council 's open debate".
bool PossessorOf(const MatchState& st, const Capture& c, std::initializer_list<std::string_view> nouns) {
  if (!Possessor(st, c)) return false;
  for (uint32_t k = c.ie + 1; k < c.ie + 4 && k < st.items->size(); ++k) {
    if (std::find(nouns.begin(), nouns.end(), ItemWord(st, k)) != nouns.end()) return true;
  }
  return false;
}

// The possessor of a meeting ("the Security Council 's open debate"), and
// of an event of its own ("the 46th ASEAN Summit 's side event").
bool MeetingOf(const MatchState& st, const Capture& c) {
  return PossessorOf(st, c,
                     {"debate", "meeting", "session", "summit", "dialogue", "conference", "forum", "briefing",
                      "consultations"});
}
bool SideEventOf(const MatchState& st, const Capture& c) { return PossessorOf(st, c, {"side", "event", "events"}); }

// Whether the capture names a group in a place after it: "chaired the
// ASEAN group in Geneva" (its members' group there, not the body; but "the
// BRICS group" is BRICS).
bool GroupNamedAfter(const MatchState& st, const Capture& c) {
  const auto& items = *st.items;
  if (c.ie + 2 >= items.size() || items[c.ie].tag != Tag::kWord || items[c.ie + 2].tag != Tag::kPlace) return false;
  const std::string_view w = ItemWord(st, c.ie), in = ItemWord(st, c.ie + 1);
  return (w == "group" || w == "caucus" || w == "committee" || w == "chapter") && (in == "in" || in == "at");
}

// Whether an object named with "in" comes after "to" and a country or place
// (the match went past the visit's own destination: "a visit to Chile and
// attendance at the summit in Peru"; but "travelled to Hanoi for a state
// visit to Vietnam" names the country with "to").
bool VisitGoesElsewhere(const MatchState& st, uint32_t b, uint32_t o) {
  const auto& items = *st.items;
  uint32_t before = o;
  if (before > 0 && ItemWord(st, before - 1) == "the") --before;
  if (before == 0 || ItemWord(st, before - 1) != "in") return false;
  for (uint32_t i = b; i + 1 < o; ++i) {
    if (ItemWord(st, i) != "to") continue;
    const Tag next = items[i + 1].tag;
    if (next == Tag::kCountry || next == Tag::kPlace) return true;
  }
  return false;
}

// Whether items [b, e) hold a vice or deputy title.
bool DeputyTitle(const MatchState& st, uint32_t b, uint32_t e) {
  for (uint32_t i = b; i < e; ++i) {
    const Mention* m = ItemMention(st, i);
    if (m && m->tag == Tag::kTitle &&
        (absl::StartsWith(m->text, "Vice") || absl::StartsWith(m->text, "Deputy")))
      return true;
  }
  return false;
}

// A count written in figures or words: "2", "two".
int CountOf(const std::string& text) {
  static const auto* kWords = new std::unordered_map<std::string, int>{
      {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
      {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}};
  auto it = kWords->find(absl::AsciiStrToLower(text));
  return it != kWords->end() ? it->second : NumberOf(text);
}

}  // namespace

void RuleSet::AssignIds(void* seq_ptr) {
  auto* seq = static_cast<std::vector<Elem>*>(seq_ptr);
  for (Elem& e : *seq) {
    if (e.kind == Elem::kWord) e.wid = vocab_.emplace(e.word, static_cast<int>(vocab_.size())).first->second;
    for (auto& alt : e.alts) AssignIds(&alt);
    if (e.kind == Elem::kAlt) {
      e.alt_single = true;
      for (const auto& alt : e.alts) {
        bool word = !alt.empty() && alt[0].kind == Elem::kWord && !alt[0].optional;
        e.alt_first.push_back(word ? alt[0].wid : -1);
        e.alt_single &= word && alt.size() == 1;
      }
    }
    e.one_way = !e.optional && (e.kind == Elem::kWord || (e.kind == Elem::kAlt && e.alt_single && e.cap.empty()));
  }
}

RuleSet::RuleSet() {
  auto id_of = [this](const char* w) {
    return static_cast<size_t>(vocab_.emplace(w, static_cast<int>(vocab_.size())).first->second);
  };
  std::vector<std::pair<size_t, uint32_t>> classes;
  for (const auto& [cls, words] : FunctionWords()) {
    for (const char* w : words) classes.emplace_back(id_of(w), cls);
  }
  std::vector<size_t> openers;
  for (const char* w : {"when", "while", "whereas", "although", "though", "because"}) openers.push_back(id_of(w));
  const size_t as = id_of("as");
  scheduled_id_ = static_cast<int>(id_of("scheduled"));
  slated_id_ = static_cast<int>(id_of("slated"));
  word_class_.assign(vocab_.size(), 0);
  for (const auto& [id, cls] : classes) word_class_[id] |= cls;
  opens_clause_.assign(vocab_.size(), 0);
  for (size_t id : openers) opens_clause_[id] = 1;
  opens_clause_[as] = 2;
}

void RuleSet::Index() {
  word_class_.resize(vocab_.size(), 0);
  opens_clause_.resize(vocab_.size(), 0);
  // Many rules need the same group ("PERSON", "met"): each distinct group
  // is numbered once, so that the sets of groups met per item stay a few
  // words long (275 groups rather than 1,344).
  std::map<std::vector<int>, uint32_t> word_group_ids;
  std::map<uint32_t, uint32_t> tag_group_ids;
  std::vector<std::vector<uint32_t>> word_ids(vocab_.size()), tag_ids(kTagCount), rule_ids(rules_.size());
  // Each rule is keyed by one of its word groups, one most sentences do not
  // meet: one with fewest grammatical words ("and", "in", "the"), then
  // fewest words. Only the rules keyed by a group a sentence meets are
  // looked at for it.
  constexpr uint32_t kCommon = kStop | kComma | kAndOr | kAs | kAppositive | kPrep | kDet | kDatePrep | kOf | kOnTo;
  std::vector<std::pair<int, uint32_t>> keys(rules_.size(), {-1, 0});  // (group, its cost)
  uint32_t groups = 0;
  for (size_t r = 0; r < rules_.size(); ++r) {
    for (std::vector<int> any : rules_[r]->required) {
      std::sort(any.begin(), any.end());
      any.erase(std::unique(any.begin(), any.end()), any.end());
      const auto [it, fresh] = word_group_ids.emplace(any, groups);
      if (fresh) {
        for (int w : any) word_ids[static_cast<size_t>(w)].push_back(groups);
        ++groups;
      }
      rule_ids[r].push_back(it->second);
      uint32_t common = 0;
      for (int w : any) common += (word_class_[static_cast<size_t>(w)] & kCommon) != 0;
      const uint32_t cost = common << 16 | static_cast<uint32_t>(any.size());
      if (keys[r].first < 0 || cost < keys[r].second) keys[r] = {static_cast<int>(it->second), cost};
    }
    for (uint32_t tags : rules_[r]->required_tags) {
      const auto [it, fresh] = tag_group_ids.emplace(tags, groups);
      if (fresh) {
        for (int t = 0; t < kTagCount; ++t) {
          if ((tags >> t) & 1u) tag_ids[static_cast<size_t>(t)].push_back(groups);
        }
        ++groups;
      }
      rule_ids[r].push_back(it->second);
    }
  }
  // A set of groups as (chunk, bits) pairs sorted by chunk.
  auto bits = [](std::vector<uint32_t> ids) {
    std::sort(ids.begin(), ids.end());
    GroupBits out;
    for (uint32_t g : ids) {
      const uint32_t chunk = g / 64;
      if (out.empty() || out.back().first != chunk) out.emplace_back(chunk, 0);
      out.back().second |= uint64_t{1} << (g % 64);
    }
    return out;
  };
  word_groups_.clear();
  for (auto& ids : word_ids) word_groups_.push_back(bits(std::move(ids)));
  tag_groups_.clear();
  for (auto& ids : tag_ids) tag_groups_.push_back(bits(std::move(ids)));
  rule_groups_.clear();
  for (const auto& ids : rule_ids) rule_groups_.push_back(bits(ids));
  rule_group_ids_ = std::move(rule_ids);
  group_chunks_ = (groups + 63) / 64;
  rules_by_key_.assign(groups, {});
  key_groups_.assign(group_chunks_, 0);
  unkeyed_rules_.clear();
  for (size_t r = 0; r < rules_.size(); ++r) {
    const int g = keys[r].first;
    if (g < 0) {
      unkeyed_rules_.push_back(static_cast<int>(r));
      continue;
    }
    rules_by_key_[static_cast<size_t>(g)].push_back(static_cast<int>(r));
    key_groups_[static_cast<size_t>(g) / 64] |= uint64_t{1} << (g % 64);
  }
  short_ids_.clear();
  for (const auto& [word, id] : vocab_) {
    if (const uint64_t key = ShortKey(word); key != 0) short_ids_[key] = id;
  }
  start_by_word_.assign(vocab_.size(), {});
  for (size_t r = 0; r < rules_.size(); ++r) {
    const FirstSet& f = rules_[r]->first;
    for (size_t i = 0; i < f.words.size() && !f.any; ++i) {
      for (uint64_t b = f.words[i]; b != 0; b &= b - 1) {
        start_by_word_[i * 64 + static_cast<size_t>(absl::countr_zero(b))].push_back(static_cast<int>(r));
      }
    }
  }
}

RuleSet::~RuleSet() = default;
size_t RuleSet::size() const { return rules_.size(); }

bool IsKnownEdgeType(std::string_view type) {
  for (const auto& s : Signatures()) {
    if (type == s.type) return true;
  }
  return false;
}

bool SignatureAllows(std::string_view type, std::string_view subject_label, std::string_view object_label) {
  for (const auto& s : Signatures()) {
    if (type == s.type) return Allows(s, LabelBit(subject_label), LabelBit(object_label));
  }
  return false;
}

absl::StatusOr<std::unique_ptr<RuleSet>> RuleSet::Load(const std::string& dir) {
  auto rs = std::make_unique<RuleSet>();
  std::error_code ec;
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".rules") files.push_back(e.path().string());
  }
  if (ec || files.empty()) return absl::NotFoundError(absl::StrCat(dir, ": no *.rules files"));
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f);
    std::stringstream ss;
    ss << in.rdbuf();
    KG_RETURN_IF_ERROR(rs->AddText(ss.str(), f));
  }
  return rs;
}

absl::Status RuleSet::AddText(std::string_view text_in, const std::string& origin) {
  absl::string_view text(text_in.data(), text_in.size());
  // Join continuation lines, remembering where each logical line started.
  std::vector<std::pair<int, std::string>> lines;
  int no = 0;
  for (absl::string_view raw : absl::StrSplit(text, '\n')) {
    ++no;
    std::string line(raw);
    size_t hash = line.find('#');
    if (hash != std::string::npos && (hash == 0 || line[hash - 1] == ' ' || line[hash - 1] == '\t')) line.resize(hash);
    if (absl::StripAsciiWhitespace(line).empty()) continue;
    if ((line[0] == ' ' || line[0] == '\t') && !lines.empty()) {
      lines.back().second += " " + std::string(absl::StripAsciiWhitespace(line));
    } else {
      lines.push_back({no, std::string(absl::StripAsciiWhitespace(line))});
    }
  }
  static const RE2 kMap(R"re(map\s+"([^"]*)"\s*=\s*"([^"]*)")re");
  static const RE2 kRule(R"(([A-Za-z0-9_\-]+)\s*:\s*(.*?)\s*=>\s*(.*))");
  static const RE2 kEdge(R"(\s*([A-Z_]+)\s*\(\s*(\$\w+|country\(\s*\$\w+\s*\))\s*,\s*(\$\w+|country\(\s*\$\w+\s*\))\s*\)\s*(.*))");
  static const RE2 kQual(
      R"re(\s*(\w+)=("[^"]*"|\$\w+|(?:anniv|termend)\(\s*\$\w+\s*(?:,\s*\$\w+\s*)?\))\s*)re");
  for (const auto& [line_no, line] : lines) {
    auto err = [&, ln = line_no](const std::string& msg) {
      return absl::InvalidArgumentError(absl::StrCat(origin, ":", ln, ": ", msg));
    };
    std::string from, to;
    if (RE2::FullMatch(line, kMap, &from, &to)) {
      value_map_.push_back({absl::AsciiStrToLower(from), to});
      continue;
    }
    std::string name, pattern, edges;
    if (!RE2::FullMatch(line, kRule, &name, &pattern, &edges)) {
      return err("expected 'NAME: PATTERN => TYPE($a, $b) ...' or 'map \"x\" = \"y\"'");
    }
    auto rule = std::make_unique<RuleImpl>();
    rule->name = name;
    rule->origin = absl::StrCat(origin, ":", line_no);
    auto lx = Lex(pattern);
    if (!lx.ok()) return err(std::string(lx.status().message()));
    std::set<std::string> caps;
    auto parsed = Parser(*std::move(lx)).Parse(&caps);
    if (!parsed.ok()) return err(std::string(parsed.status().message()));
    rule->pattern = *std::move(parsed);
    AssignIds(&rule->pattern);
    // A first word, tag or regex takes the start item itself (the rule's
    // starts are items it can match); the rest of the pattern reads on
    // after it.
    const Elem& head = rule->pattern[0];
    rule->after_start = !head.optional && (head.kind == Elem::kWord || head.kind == Elem::kTag ||
                                           head.kind == Elem::kRegex);
    Required(rule->pattern, rule->after_start ? 1 : 0, rule.get());
    if (FirstOf(rule->pattern, 0, &rule->first)) rule->first.any = true;
    FillFollowSets(&rule->pattern);
    for (absl::string_view spec : absl::StrSplit(edges, ';', absl::SkipWhitespace())) {
      EdgeTemplate et;
      std::string rest;
      if (!RE2::FullMatch(re2::StringPiece(spec.data(), spec.size()), kEdge, &et.type, &et.subj, &et.obj, &rest)) {
        return err(absl::StrCat("bad edge '", spec, "'"));
      }
      // "$a", or "country($a)": the country a captured person's offices are of.
      for (auto [arg, country] : {std::pair{&et.subj, &et.subj_country}, std::pair{&et.obj, &et.obj_country}}) {
        *country = absl::StartsWith(*arg, "country(");
        if (*country) *arg = std::string(absl::StripAsciiWhitespace(arg->substr(8, arg->size() - 9)));
        *arg = arg->substr(1);  // the "$"
      }
      if (!IsKnownEdgeType(et.type)) return err(absl::StrCat("unknown edge type ", et.type));
      for (const auto& sg : Signatures()) {
        if (et.type == sg.type) et.sig = &sg;
      }
      et.met = et.type == "MET";
      et.chairs = et.type == "CHAIRS";
      et.visited = et.type == "VISITED";
      et.acts = et.visited || et.type == "ATTENDED" || et.type == "ADDRESSED";
      et.hosts = et.type == "HOSTS";
      et.relations = et.type == "DIPLOMATIC_RELATIONS";
      et.starts = et.relations || et.type == "PARTNERSHIP";
      et.dated = et.starts || DatedTypes().count(et.type) > 0;
      for (const std::string* c : {&et.subj, &et.obj}) {
        if (!caps.count(*c)) return err(absl::StrCat("$", *c, " is not captured by the pattern"));
      }
      re2::StringPiece in(rest);
      std::string key, val;
      while (RE2::Consume(&in, kQual, &key, &val)) {
        QualTemplate q;
        q.key = key;
        if (val[0] == '"') {
          q.value = val.substr(1, val.size() - 2);
        } else if (val[0] == '$') {
          q.kind = key == "term" ? QualTemplate::kTerm : QualTemplate::kCapture;
          q.value = val.substr(1);
        } else {
          const size_t open = val.find('(');
          q.kind = val.compare(0, open, "anniv") == 0 ? QualTemplate::kAnniv : QualTemplate::kTermEnd;
          std::vector<std::string> args;
          for (absl::string_view a : absl::StrSplit(val.substr(open + 1, val.size() - open - 2), ',')) {
            args.push_back(std::string(absl::StripPrefix(absl::StripAsciiWhitespace(a), "$")));
          }
          q.value = args[0];
          if (args.size() > 1) q.arg2 = args[1];
        }
        for (const std::string* c : {&q.value, &q.arg2}) {
          if (q.kind != QualTemplate::kLiteral && !c->empty() && !caps.count(*c)) {
            return err(absl::StrCat("$", *c, " is not captured by the pattern"));
          }
        }
        et.quals.push_back(std::move(q));
      }
      if (!in.empty()) return err(absl::StrCat("cannot read qualifiers '", std::string(in), "'"));
      rule->edges.push_back(std::move(et));
    }
    rules_.push_back(std::move(rule));
  }
  Index();
  return absl::OkStatus();
}

// Within one sentence, a fact whose qualifiers are a strict subset of those
// of another fact with the same subject, type and object says less of the same
// thing ("chairs ASEAN" beside "chairs ASEAN from 2023"): it is dropped.
static void PruneSubsumed(std::vector<FactDraft>* facts, size_t first) {
  if (facts->size() < first + 2) return;  // (most sentences: no two facts to compare)
  auto subset = [](const std::map<std::string, std::string>& x, const std::map<std::string, std::string>& y) {
    if (x.size() >= y.size()) return false;
    for (const auto& [k, v] : x) {
      auto it = y.find(k);
      if (it == y.end() || it->second != v) return false;
    }
    return true;
  };
  std::vector<bool> drop(facts->size(), false);
  for (size_t i = first; i < facts->size(); ++i) {
    for (size_t j = first; j < facts->size() && !drop[i]; ++j) {
      const FactDraft& x = (*facts)[i];
      const FactDraft& y = (*facts)[j];
      if (i != j && x.subject == y.subject && x.object == y.object && x.type == y.type &&
          subset(x.qualifiers, y.qualifiers))
        drop[i] = true;
    }
  }
  size_t out = first;
  for (size_t i = first; i < facts->size(); ++i) {
    if (drop[i]) continue;
    if (out != i) (*facts)[out] = std::move((*facts)[i]);
    ++out;
  }
  facts->resize(out);
}

void RuleSet::Apply(Annotation* a) const {
  // Per sentence, reused: each item's word id and classes, the required
  // groups the sentence meets and the last item that meets each of them
  // (set where `met` has its bit).
  std::vector<int> wids;
  std::vector<uint32_t> words;
  std::vector<uint64_t> met;
  std::vector<int> last_met(group_chunks_ * 64, -1);
  std::vector<uint64_t> starts;  // rule << 32 | item
  std::vector<uint8_t> subject_state;  // by item
  std::vector<std::string> person_folds;
  std::vector<std::tuple<int, int, std::string_view>> start_pairs;  // (subject, object, type)
  // Per edge of a match, reused: its subjects and objects, the pairs they
  // make and those of the pairs no earlier match from the start spoke of.
  std::vector<int> subjects, objects;
  std::vector<std::pair<int, int>> pairs, fresh;
  // By entity: its label's LabelBit, on first use (kNoBit before).
  constexpr uint32_t kNoBit = ~0u;
  std::vector<uint32_t> label_bits;
  auto label_bit = [&](int e) {
    if (label_bits.size() < a->entities.size()) label_bits.resize(a->entities.size(), kNoBit);
    uint32_t& bit = label_bits[static_cast<size_t>(e)];
    if (bit == kNoBit) bit = LabelBit(a->entities[static_cast<size_t>(e)].label);
    return bit;
  };
  // Per sentence: the rules whose groups it meets, and of them those that
  // start with an item of each tag and those that start anywhere.
  // By rule: the last item a match of it can start at in this sentence
  // (where the items after it still meet its groups), -1 where it cannot
  // start (not active).
  std::vector<int> active;
  std::vector<int> last_start(rules_.size(), -1);
  std::vector<std::vector<int>> by_tag(kTagCount);
  std::vector<int> anywhere;
  // Adds `groups`, met by item i, to `met`. (Items are met from the last
  // on: the first to meet a group is the last in the sentence.)
  auto meet = [&](const GroupBits& groups, uint32_t i) {
    for (const auto& [chunk, bits] : groups) {
      for (uint64_t b = bits & ~met[chunk]; b != 0; b &= b - 1) {
        last_met[chunk * 64 + static_cast<size_t>(absl::countr_zero(b))] = static_cast<int>(i);
      }
      met[chunk] |= bits;
    }
  };
  auto ready = [&](int r) {
    for (const auto& [chunk, bits] : rule_groups_[static_cast<size_t>(r)]) {
      if ((met[chunk] & bits) != bits) return false;
    }
    return true;
  };
  MatchState st{a, 0, nullptr, &wids, &words, {}, Tag::kWord, {}, &person_folds, &opens_clause_};
  for (size_t s = 0; s < a->sentences.size(); ++s) {
    const auto& items = a->items[s];
    const uint32_t n = static_cast<uint32_t>(items.size());
    wids.assign(n, -1);
    words.assign(n, 0);
    met.assign(group_chunks_, 0);
    uint32_t present_tags = 0;
    for (uint32_t i = n; i-- > 0;) {
      present_tags |= 1u << static_cast<int>(items[i].tag);
      if (items[i].tag == Tag::kWord) {
        const Token& t = a->tokens[items[i].tb];
        if (t.kind == TokenKind::kPunct) words[i] |= kPunctuation;
        int w = -1;
        if (const uint64_t key = ShortKey(t.fold); key != 0) {
          if (auto it = short_ids_.find(key); it != short_ids_.end()) w = it->second;
        } else if (auto it = vocab_.find(AbslView(t.fold)); it != vocab_.end()) {
          w = it->second;
        }
        if (w >= 0) {
          wids[i] = w;
          words[i] |= word_class_[static_cast<size_t>(w)];
          if (t.cap) words[i] &= ~kHedge;
          meet(word_groups_[static_cast<size_t>(w)], i);
        }
      }
      meet(tag_groups_[static_cast<size_t>(items[i].tag)], i);
    }
    const size_t first_fact = a->facts.size();
    // Where each rule can start, in rule order then item order (the order
    // the facts are found in): items from which its required groups are met
    // where a match would read them (a match reads forward).
    // (The rules are first narrowed to those with their groups in the
    // sentence, once per sentence rather than per item.)
    starts.clear();
    active.clear();
    // (A rule starts no later than where the last of its groups is met, or
    // before it when the start item is its own and the groups lie after it.)
    auto consider = [&](int r) {
      if (!ready(r)) return;
      int last = static_cast<int>(n) - 1;
      for (uint32_t g : rule_group_ids_[static_cast<size_t>(r)]) {
        last = std::min(last, last_met[g] - (rules_[static_cast<size_t>(r)]->after_start ? 1 : 0));
      }
      if (last < 0) return;
      last_start[static_cast<size_t>(r)] = last;
      active.push_back(r);
    };
    for (int r : unkeyed_rules_) consider(r);
    for (size_t c = 0; c < group_chunks_; ++c) {
      for (uint64_t b = met[c] & key_groups_[c]; b != 0; b &= b - 1) {
        for (int r : rules_by_key_[c * 64 + static_cast<size_t>(absl::countr_zero(b))]) consider(r);
      }
    }
    // The rules that can start at an item of a tag, at one of a word and
    // anywhere (a leading optional element or gap).
    for (auto& rs : by_tag) rs.clear();
    anywhere.clear();
    for (int r : active) {
      const FirstSet& f = rules_[static_cast<size_t>(r)]->first;
      if (f.any) anywhere.push_back(r);
      for (uint32_t t = f.any ? 0 : f.tags & present_tags; t != 0; t &= t - 1) {
        by_tag[static_cast<size_t>(absl::countr_zero(t))].push_back(r);
      }
    }
    for (uint32_t i = n; i-- > 0;) {
      auto add_starts = [&](const std::vector<int>& rs) {
        for (int r : rs) {
          if (static_cast<int>(i) <= last_start[static_cast<size_t>(r)]) {
            starts.push_back((uint64_t{static_cast<uint32_t>(r)} << 32) | i);
          }
        }
      };
      add_starts(by_tag[static_cast<size_t>(items[i].tag)]);
      if (wids[i] >= 0) add_starts(start_by_word_[static_cast<size_t>(wids[i])]);
      add_starts(anywhere);
    }
    for (int r : active) last_start[static_cast<size_t>(r)] = -1;
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    // Item k is a present participle ("taking"), not a preposition or noun.
    auto participle = [&](uint32_t k) {
      if (k >= items.size() || items[k].tag != Tag::kWord) return false;
      const std::string_view f = a->tokens[items[k].tb].fold;
      if (f == "during" || f == "including" || f == "regarding" || f == "concerning" || f == "following" ||
          f == "according" || f == "excluding" || f == "morning" || f == "evening" || f == "meeting")
        return false;
      return f.size() > 4 && f.compare(f.size() - 3, 3, "ing") == 0;
    };
    // Whether the item at `start` can be no subject, whatever the rule
    // (asked once per item of the sentence).
    auto no_subject = [&](uint32_t start) {
      // "Modi met with Ramaphosa and held talks with Lula": Ramaphosa,
      // the object of "with", is no subject of what follows; nor is the
      // object of a verb ("Guterres met Sovaleni and later visited Samoa").
      // (Unless a relative clause about him follows: "a press conference with
      // Chinh, who was on an official visit to Poland".)
      // Nor "with X taking over the chairmanship": X does the "-ing".
      // The same holds for every person of a list: "met Murmu and Modi".
      auto is_person = [&](uint32_t k) { return items[k].tag == Tag::kPerson || items[k].tag == Tag::kName; };
      // (Every test below is of a person, a country, a place or an event.)
      const Tag start_tag = items[start].tag;
      if (!is_person(start) && start_tag != Tag::kCountry && start_tag != Tag::kPlace && start_tag != Tag::kEvent)
        return false;
      uint32_t list_start = start;
      while (list_start >= 2 && (words[list_start - 1] & (kAndOr | kComma)) && is_person(list_start - 2))
        list_start -= 2;
      // (Also after a possessive, an article or "former": "talks with his
      // counterpart X and called on Y", "called on the King, Sultan X, and
      // met Y".)
      if (list_start > 1 && ((words[list_start - 1] & kDet) || ItemWord(st, list_start - 1) == "former"))
        --list_start;
      // ("called on X and delivered a lecture": X is called on.)
      // ("was welcomed at the airport by X and later met Y": nor is the
      // agent of a passive; but "a delegation led by X attended" is his.)
      const std::string_view before_by = list_start > 1 ? ItemWord(st, list_start - 2) : std::string_view();
      const bool object = (list_start > 0 && (words[list_start - 1] & (kWith | kObjectVerb))) ||
                          (list_start > 1 && (words[list_start - 1] & kOnTo) && (words[list_start - 2] & kCall)) ||
                          (list_start > 0 && ItemWord(st, list_start - 1) == "by" && before_by != "led" &&
                           before_by != "headed");
      // ("received President X of Japan, who is attending the summit": the
      // clause is about him too.)
      uint32_t after = start + 1;
      if (ItemWord(st, after) == "of" && after + 1 < items.size() && items[after + 1].tag == Tag::kCountry) after += 2;
      if (object && is_person(start) && !((Cls(st, after) & kComma) && (Cls(st, after + 1) & kWho)) &&
          !participle(start + 1))
        return true;
      // "... within the framework of the 47th ASEAN Summit, was chaired by":
      // an event after "of" that ends a phrase is no subject.
      if (start > 0 && items[start].tag == Tag::kEvent && (Cls(st, start + 1) & kComma) &&
          !(Cls(st, start + 2) & kWho)) {
        uint32_t b = start - 1;
        if (b > 0 && ItemWord(st, b) == "the") --b;
        if (words[b] & kOf) return true;
      }
      // "Chinh is in China to attend ...": a country or place after a
      // preposition is no subject.
      // (But "... in Lima, where the meeting was held" or "in Cusco, which
      // will host": the place the clause speaks of.)
      const std::string_view rel = ItemWord(st, start + 2);
      if (start > 0 && (items[start].tag == Tag::kCountry || items[start].tag == Tag::kPlace) &&
          (words[start - 1] & kPlacePrep) && !((Cls(st, start + 1) & kComma) && (rel == "where" || rel == "which")))
        return true;
      // "ASEAN-India relations": a country after a hyphen names a relation,
      // it does nothing.
      if (start > 0 && items[start].tag == Tag::kCountry && ItemWord(st, start - 1) == "-" &&
          a->tokens[items[start - 1].tb].b == a->tokens[items[start].tb].b - 1)
        return true;
      // "Brazil's Lula attended the summit": the person acts, not the country.
      if (items[start].tag == Tag::kCountry && ItemWord(st, start + 1) == "'s" && start + 2 < items.size() &&
          is_person(start + 2))
        return true;
      // "Tam accepted Vogel's invitation to visit Germany": the one who
      // invites does not do what follows.
      if (is_person(start) && ItemWord(st, start + 1) == "'s") {
        const std::string_view f = ItemWord(st, start + 2);
        if (f == "invitation" || f == "invite" || f == "request" || f == "proposal") return true;
      }
      // "Malaysia succeeded Laos as ASEAN chair": whom one succeeds or
      // replaces does nothing in the sentence.
      if (start > 0 && (items[start].tag == Tag::kCountry || is_person(start))) {
        const std::string_view f = ItemWord(st, start - 1);
        if (f == "succeeded" || f == "succeeds" || f == "replaced" || f == "replaces" || f == "succeeding" ||
            f == "replacing")
          return true;
      }
      // "Albanese, who was accompanied by Foreign Minister X, held talks":
      // whoever accompanies does not act in the sentence.
      if (start > 1 && is_person(start) && ItemWord(st, start - 1) == "by") {
        const std::string_view f = ItemWord(st, start - 2);
        if (f == "accompanied" || f == "joined" || f == "flanked" || f == "escorted") return true;
        // Nor does the host in "X was received by President Y ... during a
        // state visit to Brazil": the visit is X's.
        if (f == "received" || f == "welcomed" || f == "hosted" || f == "greeted" || f == "met" ||
            f == "invited")
          return true;
      }
      // "accompanied by his wife X": a spouse is no subject.
      if (start > 0 && items[start].tag == Tag::kPerson) {
        const std::string_view f = ItemWord(st, start - 1);
        if (f == "wife" || f == "husband" || f == "spouse") return true;
      }
      // "Dennis Francis of Trinidad and Tobago, who presided", "Vaclav
      // Balek of the Czech Republic serves as ...": the country describes
      // the person before it and is no subject.
      if (items[start].tag == Tag::kCountry) {
        uint32_t of = start;
        if (of > 0 && ItemWord(st, of - 1) == "the") --of;
        if (of > 1 && (words[of - 1] & kOf) && is_person(of - 2)) return true;
      }
      return false;
    };
    subject_state.assign(items.size(), 0);  // 0 not asked, 1 may be a subject, 2 no subject
    st.s = s;
    st.items = &items;
    st.remote_here = st.remote_before = -1;
    for (size_t k = 0; k < starts.size(); ++k) {
      const size_t r = static_cast<size_t>(starts[k] >> 32);
      const uint32_t start = static_cast<uint32_t>(starts[k]);
      const auto& rule = rules_[r];
      if (k == 0 || (starts[k - 1] >> 32) != r) {  // a fresh state for each rule (buffers kept)
        st.caps.clear();
        st.last_tag = Tag::kWord;
        st.skipped.clear();
      }
      if (subject_state[start] == 0) subject_state[start] = no_subject(start) ? 2 : 1;
      if (subject_state[start] == 2) continue;
      // The pairs this rule has already spoken of from this start: a shorter
      // match says nothing more of them ("marked 35 years of relations in
      // 2024" is not also 35 years before the article), even where its
      // longer match found a fact another rule had written first.
      start_pairs.clear();
      MatchSeq(rule->pattern, 0, start, st, [&](uint32_t end) {
        const size_t match_pairs = start_pairs.size();  // ... before this match
        uint32_t span = 0;  // the word classes the match holds
        for (uint32_t i = start; i < end; ++i) span |= words[i];
        // "Lula invited Vietnam to attend the summit": whoever is invited
        // to act has not acted.
        if (start > 0 && (words[start - 1] & kDelegate)) span |= kDelegate;
        // "A planned meeting between X and Y has been postponed": a hedge
        // just before a match that opens with a noun hedges it too.
        if (start > 0 && items[start].tag == Tag::kWord && (words[start - 1] & kHedge)) span |= kHedge;
        // So does a condition or a negation just before its subject: "If
        // President X visits Hanoi next year", "Neither X nor Y attended".
        // (Capitalised, such words have lost their class: "If" opens the
        // sentence.)
        if (start > 0 && items[start - 1].tag == Tag::kWord) {
          const std::string_view w = ItemWord(st, start - 1);
          if (w == "if" || w == "unless" || w == "whether" || w == "neither" || w == "nor") span |= kHedge;
        }
        // "denied a report that X had met Y", "hopes that X will visit": a
        // clause that a hedge governs states nothing.
        for (uint32_t k = start; !(span & kHedge) && k > 0 && k + 12 > start; --k) {
          if (Cls(st, k - 1) & kPunctuation) break;
          if (ItemWord(st, k - 1) != "that") continue;
          for (uint32_t q = k - 1; q > 0 && q + 5 > k; --q) {
            if (Cls(st, q - 1) & kPunctuation) break;
            if (Cls(st, q - 1) & kHedge) span |= kHedge;
          }
          break;
        }
        if (span & (kNegation | kHedge)) return;
        // "X will visit Peru at the invitation of Y, spokesperson Z
        // announced": a person after a comma who says a sentence that has
        // its own subject does not act in it (but "Speaking at a press
        // conference with Y, X said ...": X is the subject).
        if (end >= start + 2 && end < items.size() && items[end - 1].tag == Tag::kPerson &&
            (words[end - 2] & kComma) && (words[end] & kSaid) &&
            std::any_of(items.begin(), items.begin() + start,
                        [](const Item& it) { return it.tag == Tag::kPerson || it.tag == Tag::kCountry; }))
          return;
        // A plan that was ("Ishiba had been scheduled to meet X", "was
        // slated to visit") is no deed; "is scheduled to" is a future.
        for (uint32_t i = start + 1; i < end; ++i) {
          if (wids[i] != scheduled_id_ && wids[i] != slated_id_) continue;
          // (Also past an adverb: "was also scheduled to meet".)
          std::string_view b = ItemWord(st, i - 1);
          if (i >= start + 2 && (b == "also" || b == "originally" || b == "initially" || b == "previously"))
            b = ItemWord(st, i - 2);
          if (b == "been" || b == "was" || b == "were") return;
        }
        for (const EdgeTemplate& et : rule->edges) {
          const Capture* sc = FindCap(st, et.subj);
          const Capture* oc = FindCap(st, et.obj);
          if (!sc || !oc) continue;
          // A call or a video conference is not a meeting.
          if (et.met && RemoteContact(st, start)) continue;
          // "A and B and their counterparts C and D": A and B are one side.
          if (et.met && SameSide(st, *oc)) continue;
          // "when he met Kim's father": the one met is someone of Kim's.
          if (et.met && Possessor(st, *oc)) continue;
          // "Vietnam was elected Vice President of the session" holds an
          // office; it does not chair.
          if (et.chairs && DeputyTitle(st, start, end)) continue;
          // "presided over the Security Council's open debate": the meeting
          // of the body, not the body (but "the bloc's presidency" is its).
          if (et.chairs && (MeetingOf(st, *oc) || GroupNamedAfter(st, *oc))) continue;
          // "X's state visit to Chile and attendance at the summit in Peru":
          // a visit's destination is the place it goes "to", not one named
          // after it.
          if (et.visited && VisitGoesElsewhere(st, start, oc->ib)) continue;
          // "Phuc invited ASEAN leaders to attend the summit": they attend, he invites.
          if (et.acts && (span & kDelegate)) continue;
          // "spoke at the plenary session of the Summit's side event": at
          // the side event, not the summit.
          if (et.acts && SideEventOf(st, *oc)) continue;
          // "Vietnam has proposed to host the 2027 APEC week": a proposal.
          if (et.hosts && (span & kProposal)) continue;
          const Signature* sig = et.sig;
          // The entities of a capture, in order; "the two countries" is two.
          // A subject followed by "'s special envoy" or "'s spokesman" is not
          // the one who acts.
          auto entities = [&](const Capture* c, const std::string& name_label, bool subject, bool country,
                              std::vector<int>* found) {
            std::vector<int>& out = *found;
            out.clear();
            for (uint32_t x : c->items) {
              // (Nor is an object: "received Prime Minister X's special
              // envoy, Y" did not meet X.)
              if ((subject || (*st.items)[x].tag == Tag::kPerson) && ProxyFollows(st, x)) continue;
              out.push_back(ItemEntity(st, x, (*st.items)[x].tag == Tag::kName ? name_label : ""));
              const Mention* m = ItemMention(st, x);
              if (m && m->entity2 >= 0) out.push_back(st.a->Resolve(m->entity2));
            }
            if (country) {  // "To Lam and Lawrence Wong agreed to elevate ties": their countries
              for (int& e : out) {
                if (e < 0 || std::string_view(a->entities[static_cast<size_t>(e)].label) != "Person") continue;
                e = a->entities[static_cast<size_t>(e)].country;
                if (e >= 0) e = a->Resolve(e);
              }
            }
          };
          entities(sc, sig->subjects[0], true, et.subj_country, &subjects);
          pairs.clear();
          bool shared_count = false;  // "1,000 personnel to South Sudan and Abyei": a total, no one's count
          if (sc == oc && et.met) {
            // "X and Y met Z": they met Z, not each other.
            uint32_t n = end;
            if (n < items.size() && (Cls(st, n) & (kWith | kDet))) ++n;
            if (n < items.size() && (items[n].tag == Tag::kPerson || items[n].tag == Tag::kName)) continue;
          }
          if (sc == oc) {
            for (size_t i = 0; i < subjects.size(); ++i)
              for (size_t j = i + 1; j < subjects.size(); ++j) pairs.push_back({subjects[i], subjects[j]});
          } else {
            entities(oc, sig->objects[0], false, et.obj_country, &objects);
            for (int x : subjects)
              for (int y : objects) pairs.push_back({x, y});
            shared_count = subjects.size() * objects.size() > 1;
          }
          // The pairs the edge may join; each is spoken of from this start
          // on. Those an earlier match from it spoke of already write
          // nothing: a match with no other (most often a shorter one) is
          // left before its qualifiers are made.
          fresh.clear();
          for (auto [se, oe] : pairs) {
            if (se < 0 || oe < 0 || se == oe) continue;
            if (!Allows(*sig, label_bit(se), label_bit(oe))) continue;
            const auto pair = std::make_tuple(se, oe, std::string_view(et.type));
            if (std::find(start_pairs.begin(), start_pairs.begin() + match_pairs, pair) ==
                start_pairs.begin() + match_pairs)
              fresh.emplace_back(se, oe);
            start_pairs.push_back(pair);
          }
          if (fresh.empty()) continue;
          // Terms: one edge per listed term.
          std::vector<std::pair<std::string, std::string>> terms{{"", ""}};
          std::map<std::string, std::string> quals;
          bool have_date = false;
          for (const QualTemplate& q : et.quals) {
            if (q.kind == QualTemplate::kLiteral) {
              quals[q.key] = q.value;
            } else if (q.kind == QualTemplate::kCapture) {
              const Capture* c = FindCap(st, q.value);
              if (!c) continue;
              std::string v = CaptureValue(st, *c);
              if (!value_map_.empty()) {
                const std::string lower = absl::AsciiStrToLower(v);
                for (const auto& [from, to] : value_map_) {
                  if (lower == from) v = to;
                }
              }
              if (q.key == "count") v.erase(std::remove(v.begin(), v.end(), ','), v.end());  // 2,000
              if (!v.empty() && !absl::StartsWith(v, "--")) quals[q.key] = v;  // no yearless dates
            } else if (q.kind == QualTemplate::kTerm) {
              const Capture* c = FindCap(st, q.value);
              if (!c) continue;
              terms.clear();
              for (uint32_t i : c->items) {
                const Mention* m = ItemMention(st, i);
                if (m && m->tag == Tag::kTerm) terms.push_back({m->text, m->end});
                else if (m && m->tag == Tag::kDate && !absl::StartsWith(m->text, "-"))
                  terms.push_back({m->text.substr(0, 4), ""});  // (not a yearless date)
              }
              if (terms.empty()) terms.push_back({"", ""});
            } else if (q.kind == QualTemplate::kTermEnd) {
              // termend($n, $d): the last year of an $n-year term from $d's year.
              const Capture* n = FindCap(st, q.value);
              const Capture* d = q.arg2.empty() ? nullptr : FindCap(st, q.arg2);
              int years = n ? CountOf(ItemsText(st, n->ib, n->ie)) : 0;
              int year = d ? NumberOf(CaptureValue(st, *d).substr(0, 4)) : 0;
              if (years > 0 && years <= 10 && year > 0) quals[q.key] = absl::StrCat(year + years - 1);
            } else {  // anniv
              const Capture* n = FindCap(st, q.value);
              const Capture* y = q.arg2.empty() ? nullptr : FindCap(st, q.arg2);
              int years = n ? NumberOf(ItemsText(st, n->ib, n->ie)) : 0;
              int year = y ? NumberOf(CaptureValue(st, *y).substr(0, 4)) : a->year;
              if (years > 0 && year > 0) quals[q.key] = absl::StrCat(year - years);
            }
            have_date |= q.key == "date";
          }
          // key="" says the rule knows the sentence's dates are not the
          // edge's: no date is looked for, and none written.
          for (auto it = quals.begin(); it != quals.end();) {
            it = it->second.empty() ? quals.erase(it) : std::next(it);
          }
          const char* date_key = et.starts ? "start" : "date";
          if (et.starts) have_date = quals.count("start") > 0;
          // An anniversary's start is counted back or not at all: the
          // sentence's date is the anniversary's ("will celebrate the 62nd
          // anniversary of relations in September 2024").
          for (const QualTemplate& q : et.quals) have_date |= q.kind == QualTemplate::kAnniv && q.key == date_key;
          if (!have_date && et.dated) {
            // A date said of the event: "on/in/from DATE", or one opening the sentence.
            auto dated = [&](uint32_t i) {
              if (items[i].tag != Tag::kDate) return false;
              for (const auto& [b, e] : st.skipped) {
                if (i >= b && i < e) return false;
              }
              // "the first visit since 2019" was not in 2019, nor was "his
              // third trip since taking office in 2022".
              for (uint32_t k = i; !et.starts && k > 0 && k + 6 > i; --k) {
                const uint32_t w = Cls(st, k - 1);
                if (w & kSince) return false;
                if (w & kPunctuation) break;
              }
              // "..., which the General Assembly adopted in 2020": a relative
              // clause after the match dates something else; so does an
              // apposition still open at the date ("opened the forum in Hanoi,
              // an initiative he proposed in September 2023").
              bool open_appos = false;
              for (uint32_t k = end; !et.starts && k + 1 < i; ++k) {
                if ((Cls(st, k) & kComma) && (Cls(st, k + 1) & kWho)) return false;
                if (Cls(st, k) & kComma) open_appos = (Cls(st, k + 1) & kDet) && !(Cls(st, k + 1) & kAndOr);
              }
              if (open_appos) return false;
              // "..., during which they reaffirmed their partnership,
              // established in 2022": a participle after a comma dates
              // what it follows.
              for (uint32_t k = end; !et.starts && k + 1 < i; ++k) {
                if (!(Cls(st, k) & kComma)) continue;
                const std::string_view p = ItemWord(st, k + 1);
                if (p == "established" || p == "founded" || p == "signed" || p == "launched" || p == "adopted" ||
                    p == "created" || p == "set" || p == "formed" || p == "concluded")
                  return false;
              }
              // "Lam, who arrived in Jakarta on Sunday, also met X": a date in
              // a relative clause the match reads past is the clause's.
              for (uint32_t k = start; !et.starts && k + 1 < i; ++k) {
                if (!((Cls(st, k) & kComma) && (Cls(st, k + 1) & kWho))) continue;
                bool open = true;
                for (uint32_t q = k + 2; q < i && open; ++q) open = !(Cls(st, q) & kComma);
                if (!open) continue;
                for (uint32_t q = i + 1; q < end; ++q) {
                  if (Cls(st, q) & kComma) return false;
                }
              }
              // A clause after a semicolon is another statement ("It was his
              // second visit; he last visited in June 2023").
              for (uint32_t k = std::min(i, end); k < std::max(i, start); ++k) {
                if (Cls(st, k) & kSemicolon) return false;
              }
              // "..., the Kremlin said on Friday": the saying's date.
              if (i >= 2 && (Cls(st, i - 2) & kSaid)) return false;
              // "upgrade ties to a Strategic Partnership, 33 years after the two
              // countries set up diplomatic relations in 1992": the relations'
              // date, not the partnership's.
              if (!et.relations && i > end) {
                bool relations = false, set_up = false;
                for (uint32_t k = i; k > end && k + 6 > i; --k) {
                  const std::string_view w = ItemWord(st, k - 1);
                  if (Cls(st, k - 1) & kPunctuation) break;
                  relations |= w == "relations" || w == "ties";
                  set_up |= w == "established" || w == "set" || w == "normalised" || w == "normalized" ||
                            w == "forged";
                }
                if (relations && set_up) return false;
              }
              // ("last year", "next year": the date holds its own preposition.)
              // ("50 years ago" likewise.)
              const std::string_view first = a->tokens[items[i].tb].fold;
              const std::string_view final_word = a->tokens[items[i].te - 1].fold;
              return i == 0 || (Cls(st, i - 1) & kDatePrep) || first == "last" || first == "next" ||
                     final_word == "ago" || first == "today" || first == "yesterday" || first == "tomorrow" ||
                     (i == 1 && items[0].tag == Tag::kWord);
            };
            // The last such date in or just after the match: in "X and Y
            // normalised relations on DATE1, and upgraded ties in DATE2"
            // the upgrade is DATE2's.
            std::string date;
            for (uint32_t i = start; i < std::min<uint32_t>(end + 4, items.size()); ++i) {
              if (dated(i)) date = ItemMention(st, i)->text;
            }
            if (date.empty()) {
              // The one date said of the sentence, but not one of a clause
              // that speaks of the future after a match that does not ("Lula,
              // who attended COP28, said Brazil would host the summit in
              // November 2024").
              const bool future_match = (span & kFuture) != 0;
              // "..., in 1973, a year after the two countries established
              // relations": a match told as after (or before) something
              // else is not dated by what comes before it.
              uint32_t lead = start;
              if (lead > 0 && ItemWord(st, lead - 1) == "the") --lead;
              const std::string_view rel = lead > 0 ? ItemWord(st, lead - 1) : std::string_view();
              const bool relative = rel == "after" || rel == "before";
              int n = 0;
              for (uint32_t i = 0; i < items.size(); ++i) {
                if (!dated(i)) continue;
                if (relative && i < start) continue;
                bool future_after = false;
                for (uint32_t k = end; k < i && !future_match; ++k) future_after |= (Cls(st, k) & kFuture) != 0;
                if (future_after) continue;
                // (The same day twice, as a dateline and "on Wednesday", is one.)
                if (n == 0 || ItemMention(st, i)->text != date) ++n;
                date = ItemMention(st, i)->text;
              }
              if (n != 1) date.clear();
            }
            if (!date.empty() && date[0] != '-') quals[date_key] = date;
          }
          // Where people met: the one place named with "in" in the sentence
          // (not an event's, in a clause the match passed over: "X, who
          // chaired the APEC week in Lima, will hold talks with Y"; but "X,
          // who arrived in Hanoi, held talks with Y" met there).
          if (et.met && !quals.count("place")) {
            std::set<int> places;
            for (uint32_t i = 1; i < items.size(); ++i) {
              if (items[i].tag != Tag::kPlace || !(Cls(st, i - 1) & kIn)) continue;
              // ("was welcomed at the airport by X and later met Y in
              // Jerusalem": the place of a second verb phrase after the match.)
              bool second_phrase = false;
              for (uint32_t k = end; k + 1 < i && !second_phrase; ++k) {
                const std::string_view n = ItemWord(st, k + 1);
                second_phrase = ItemWord(st, k) == "and" &&
                                (n == "later" || n == "then" || n == "also" || (Cls(st, k + 1) & kObjectVerb));
              }
              if (second_phrase) continue;
              // ("on the eve of the 47th ASEAN Summit in Kuala Lumpur": the
              // place of an event before or after the meeting.)
              if (i >= 2 && items[i - 2].tag == Tag::kEvent) {
                uint32_t b = i - 2;
                if (b > 0 && ItemWord(st, b - 1) == "the") --b;
                const std::string_view w1 = b > 0 ? ItemWord(st, b - 1) : std::string_view();
                const std::string_view w2 = b > 1 ? ItemWord(st, b - 2) : std::string_view();
                if ((w1 == "of" && (w2 == "eve" || w2 == "ahead")) || w1 == "before" || w1 == "after") continue;
              }
              if (std::any_of(st.skipped.begin(), st.skipped.end(), [&](const std::pair<uint32_t, uint32_t>& r) {
                    if (i < r.first || i >= r.second) return false;
                    for (uint32_t k = r.first; k < r.second; ++k) {
                      if (items[k].tag == Tag::kEvent) return true;
                    }
                    return false;
                  }))
                continue;
              places.insert(st.a->Resolve(ItemMention(st, i)->entity));
              // ("met Kim in Singapore in 2018, in Hanoi in 2019": one of a
              // list of places; which meeting is meant is unsaid.)
              // (The place before it, its date between: "in X in 2018, in Y".)
              if (i >= 2 && (Cls(st, i - 2) & (kComma | kAndOr))) {
                uint32_t j = i - 2;
                while (j > 1 && (items[j - 1].tag == Tag::kDate || (Cls(st, j - 1) & kDatePrep))) --j;
                if (j > 1 && (items[j - 1].tag == Tag::kPlace || items[j - 1].tag == Tag::kCountry) &&
                    (Cls(st, j - 2) & kIn))
                  places.insert(-1);
              }
            }
            if (places.size() == 1) quals["place"] = st.a->entities[static_cast<size_t>(*places.begin())].name;
          }
          if (shared_count) quals.erase("count");
          for (auto [se, oe] : fresh) {
            for (const auto& [ts, te] : terms) {
              FactDraft f;
              f.subject = se;
              f.type = et.type;
              f.object = oe;
              f.qualifiers = quals;
              if (!ts.empty()) f.qualifiers["start"] = ts;
              if (!te.empty()) f.qualifiers["end"] = te;
              f.sentence = static_cast<int>(s);
              f.rule = rule->name;
              // Once per sentence (the facts found in it are few).
              bool seen = false;
              for (size_t k = first_fact; k < a->facts.size() && !seen; ++k) {
                const FactDraft& g = a->facts[k];
                seen = g.subject == se && g.object == oe && g.type == f.type && g.qualifiers == f.qualifiers;
              }
              if (seen) continue;
              a->facts.push_back(std::move(f));
            }
          }
        }
      });
    }
    PruneSubsumed(&a->facts, first_fact);
  }
}

}  // namespace kg::ingest::internal
