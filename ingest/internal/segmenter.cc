#include "ingest/internal/segmenter.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <functional>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "graph/fold.h"
#include "ingest/internal/memo.h"

namespace kg::ingest::internal {
namespace {

// Words whose trailing period belongs to them (lower-case, without the dot).
const absl::flat_hash_set<std::string>& Abbreviations() {
  static const auto* kSet = new absl::flat_hash_set<std::string>{
      "mr", "mrs", "ms", "dr", "prof", "no", "nos", "st", "jr", "sr", "gen", "lt", "col", "capt",
      "maj", "sgt", "gov", "sen", "rep", "amb", "pres", "rev", "hon", "vs", "etc", "inc", "ltd",
      "co", "corp", "dept", "est", "approx", "fig", "vol", "art", "para", "jan", "feb", "mar",
      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "a.m", "p.m"};
  return *kSet;
}

// Character classes: ASCII inline, the rest from Unicode categories.
bool IsLetterU(int32_t c) {
  auto cat = utf8proc_category(c);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME);
}
// Byte classes by table: the tokenizer asks for each byte. Bytes from 0x80
// (parts of other characters) have no class.
enum : uint8_t { kLetterBit = 1, kDigitBit = 2, kUpperBit = 4, kLowerBit = 8 };
constexpr std::array<uint8_t, 256> MakeByteClasses() {
  std::array<uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLetterBit | kLowerBit;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kLetterBit | kUpperBit;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigitBit;
  return t;
}
constexpr std::array<uint8_t, 256> kByteClasses = MakeByteClasses();
inline bool AsciiIs(int32_t c, uint8_t bits) { return c >= 0 && (kByteClasses[static_cast<size_t>(c)] & bits); }

inline bool IsLetter(int32_t c) {
  if (c < 128) return AsciiIs(c, kLetterBit);
  return IsLetterU(c);
}
inline bool IsDigit(int32_t c) {
  if (c < 128) return AsciiIs(c, kDigitBit);
  return utf8proc_category(c) == UTF8PROC_CATEGORY_ND;
}
inline bool IsAlnum(int32_t c) {
  if (c < 128) return AsciiIs(c, kLetterBit | kDigitBit);
  return IsLetterU(c) || utf8proc_category(c) == UTF8PROC_CATEGORY_ND;
}
inline bool IsUpper(int32_t c) {
  if (c < 128) return AsciiIs(c, kUpperBit);
  auto cat = utf8proc_category(c);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}
inline bool IsSpace(int32_t c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0xA0 || c == 0x2009 ||
         c == 0x200B || c == 0x3000 || c == 0x202F;
}
inline bool IsApostrophe(int32_t c) { return c == '\'' || c == 0x2019; }

// The tens of a spelled number ("seventy" 70), else 0.
int TensValue(std::string_view w) {
  static constexpr std::array<const char*, 8> kTens = {"twenty", "thirty", "forty", "fifty",
                                                       "sixty", "seventy", "eighty", "ninety"};
  for (size_t k = 0; k < kTens.size(); ++k) {
    if (absl::EqualsIgnoreCase(absl::string_view(w.data(), w.size()), kTens[k])) return static_cast<int>(20 + 10 * k);
  }
  return 0;
}

// The value of a spelled ordinal below ten ("ninth" 9), else 0.
int UnitOrdinalValue(std::string_view w) {
  static constexpr std::array<const char*, 9> kUnits = {"first", "second",  "third",  "fourth", "fifth",
                                                        "sixth", "seventh", "eighth", "ninth"};
  for (size_t k = 0; k < kUnits.size(); ++k) {
    if (absl::EqualsIgnoreCase(absl::string_view(w.data(), w.size()), kUnits[k])) return static_cast<int>(k + 1);
  }
  return 0;
}

// Whether the '-' at byte `dash` joins the tens of a spelled ordinal to its
// unit ("seventy-ninth session"): the two stay one word, as "79th" is.
bool JoinsSpelledOrdinal(std::string_view text, size_t start, size_t dash) {
  if (dash - start < 5 || dash - start > 7 || !TensValue(text.substr(start, dash - start))) return false;
  size_t e = dash + 1;
  while (e < text.size() && e - dash <= 8 && absl::ascii_isalpha(static_cast<unsigned char>(text[e]))) ++e;
  const bool word_ends = e >= text.size() || !absl::ascii_isalnum(static_cast<unsigned char>(text[e]));
  return word_ends && UnitOrdinalValue(text.substr(dash + 1, e - dash - 1)) > 0;
}

// Whether text at `at` (just after a '.') is a web domain's last part,
// "vn" of "VOV.VN" or "net" of "VnExpress.net", which keeps a site's name one
// word instead of ending a sentence.
bool DomainSuffixAt(std::string_view text, size_t at) {
  const absl::string_view rest(text.data() + at, text.size() - at);
  for (const absl::string_view suffix : {"vn", "com", "net", "org", "gov", "int", "info"}) {
    if (!absl::StartsWithIgnoreCase(rest, suffix)) continue;
    if (rest.size() == suffix.size() || !absl::ascii_isalnum(static_cast<unsigned char>(rest[suffix.size()])))
      return true;
  }
  return false;
}

std::string_view PunctFold(int32_t c, std::string_view raw) {
  switch (c) {
    case 0x2013: case 0x2014: case 0x2012: case 0x2011: case 0x2010: case 0x2212: return "-";
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: return "\"";
    case 0x2018: case 0x2019: case 0x201A: return "'";
    case 0x2026: return "...";
    default: return raw;
  }
}

// How FoldToken folds each ASCII byte: lower case, '-' and '/' to a space,
// 0 for the marks it drops (. ' `).
constexpr std::array<char, 128> MakeAsciiFold() {
  std::array<char, 128> t{};
  for (int c = 1; c < 128; ++c) t[c] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = static_cast<char>(c - 'A' + 'a');
  t['-'] = t['/'] = ' ';
  t['.'] = t['\''] = t['`'] = 0;
  return t;
}
constexpr std::array<char, 128> kAsciiFold = MakeAsciiFold();

// FoldToken of an ASCII word, written at `out` (room for w.size() bytes);
// returns its length.
inline size_t FoldAsciiInto(std::string_view w, char* out) {
  size_t n = 0;
  for (char c : w) {
    const char f = kAsciiFold[static_cast<unsigned char>(c) & 0x7F];
    out[n] = f;
    n += f != 0;
  }
  return n;
}

}  // namespace

std::string FoldToken(std::string_view w) {
  for (char c : w) {
    if (static_cast<unsigned char>(c) >= 128) return graph::FoldName(w);
  }
  std::string out(w.size(), '\0');
  out.resize(FoldAsciiInto(w, out.data()));
  return out;
}

namespace {

// Whether a word (without its period) is an abbreviation whose period
// belongs to it ("Mr", "Sept", "No", or "e.g" as written).
bool IsAbbreviation(std::string_view w) {
  const auto& set = Abbreviations();
  static const size_t kLongest = [] {
    size_t n = 0;
    for (const std::string& a : Abbreviations()) n = std::max(n, a.size());
    return n;
  }();
  bool ascii = true;
  for (char c : w) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii && w.size() <= 16) {  // FoldToken on the stack
    char buf[16];
    const size_t n = FoldAsciiInto(w, buf);
    return (n <= kLongest && set.count(absl::string_view(buf, n)) > 0) ||
           (w.size() <= kLongest && set.count(absl::string_view(w.data(), w.size())) > 0);
  }
  return set.count(FoldToken(w)) > 0 || set.count(absl::string_view(w.data(), w.size())) > 0;
}

// Whether only spaces stand between byte b and the end of its line.
bool LineEndsAt(std::string_view text, size_t b) {
  while (b < text.size() && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r')) ++b;
  return b >= text.size() || text[b] == '\n';
}

// The text read one code point at a time, by byte position: ASCII bytes
// directly, the rest decoded (invalid bytes read as U+FFFD, one byte each).
struct Cp {
  int32_t c = -1;  // -1 past the end
  uint32_t n = 0;  // bytes
};
inline Cp DecodeAt(std::string_view text, size_t b) {
  if (b >= text.size()) return {};
  const unsigned char lead = static_cast<unsigned char>(text[b]);
  if (lead < 0x80) return {lead, 1};
  utf8proc_int32_t c = 0;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + b),
                                        static_cast<utf8proc_ssize_t>(text.size() - b), &c);
  if (n <= 0) return {0xFFFD, 1};
  return {c, static_cast<uint32_t>(n)};
}

// Copies n ASCII letters and digits lower-cased: setting bit 5 lowers a
// letter and keeps a digit, so words of four bytes or more are done in two
// (overlapping) loads.
inline void CopyLowerAlnum(const char* from, size_t n, char* to) {
  if (n >= 8) {
    uint64_t x;
    for (size_t i = 0; i + 8 <= n; i += 8) {
      std::memcpy(&x, from + i, 8);
      x |= 0x2020202020202020ull;
      std::memcpy(to + i, &x, 8);
    }
    std::memcpy(&x, from + n - 8, 8);
    x |= 0x2020202020202020ull;
    std::memcpy(to + n - 8, &x, 8);
  } else if (n >= 4) {
    uint32_t x;
    std::memcpy(&x, from, 4);
    x |= 0x20202020u;
    std::memcpy(to, &x, 4);
    std::memcpy(&x, from + n - 4, 4);
    x |= 0x20202020u;
    std::memcpy(to + n - 4, &x, 4);
  } else {
    for (size_t i = 0; i < n; ++i) to[i] = static_cast<char>(from[i] | 0x20);
  }
}

// Replaces the fold store by one of `size` bytes with the same content, and
// points the tokens' folds in it to their new place.
void GrowFoldStore(size_t size, std::vector<char>* store, std::vector<Token>* tokens) {
  std::vector<char> bigger(size);
  std::copy(store->begin(), store->end(), bigger.begin());
  const char* begin = store->data();
  const char* end = begin + store->size();
  for (Token& t : *tokens) {
    const char* f = t.fold.data();
    if (std::less_equal<const char*>()(begin, f) && std::less<const char*>()(f, end))
      t.fold = std::string_view(bigger.data() + (f - begin), t.fold.size());
  }
  store->swap(bigger);
}

// Whether a run of ASCII letters and digits ending at byte b is a whole
// word: what follows is the end, a space or punctuation that never joins
// it (not . / - ' or a character outside ASCII, nor a ',' between digits).
inline bool EndsPlainWord(std::string_view text, size_t b, bool has_letter) {
  if (b >= text.size()) return true;
  const unsigned char ch = static_cast<unsigned char>(text[b]);
  if (ch >= 0x80) return false;
  return ch != '.' && ch != '/' && ch != '-' && ch != '\'' && (ch != ',' || has_letter);
}

// FoldName of a word with non-ASCII letters, remembered (names repeat:
// "Lâm", "Tô").
const std::string& FoldNonAscii(std::string_view w) {
  thread_local StringMemo memo;
  return Remembered(&memo, w, [](std::string_view k) { return graph::FoldName(k); });
}

}  // namespace

int OrdinalValue(std::string_view f) {
  static const absl::flat_hash_map<std::string, int> kWords = {
      {"first", 1},      {"second", 2},       {"third", 3},        {"fourth", 4},      {"fifth", 5},
      {"sixth", 6},      {"seventh", 7},      {"eighth", 8},       {"ninth", 9},       {"tenth", 10},
      {"eleventh", 11},  {"twelfth", 12},     {"thirteenth", 13},  {"fourteenth", 14}, {"fifteenth", 15},
      {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18},  {"nineteenth", 19}, {"twentieth", 20},
      {"thirtieth", 30}, {"fortieth", 40},    {"fiftieth", 50},    {"sixtieth", 60},   {"seventieth", 70},
      {"eightieth", 80}, {"ninetieth", 90},   {"hundredth", 100}};
  if (!MayBeOrdinal(f)) return 0;  // most words, without a lookup
  auto it = kWords.find(absl::string_view(f.data(), f.size()));
  if (it != kWords.end()) return it->second;
  // "seventy ninth" (the fold of "seventy-ninth").
  const size_t sp = f.find(' ');
  if (sp != std::string_view::npos) {
    const int tens = TensValue(f.substr(0, sp));
    const int unit = UnitOrdinalValue(f.substr(sp + 1));
    return tens && unit ? tens + unit : 0;
  }
  if (f.size() > 6) return 0;
  int n = 0;
  if (!absl::SimpleAtoi(absl::string_view(f.data(), f.size() - 2), &n)) return 0;
  return n;
}

std::vector<Token> Tokenize(std::string_view text, std::vector<char>* fold_store) {
  std::vector<Token> out;
  out.reserve(text.size() / 5 + 16);
  // The folds that are not the tokens' own bytes, one after the other. The
  // store is made (on the first such fold) with room for all ASCII folds,
  // never longer than their words; a fold outside ASCII can be longer: then
  // the store grows.
  std::vector<char>& store = *fold_store;
  store.clear();
  size_t used = 0;
  // Room for a fold of up to n bytes at the end of the store.
  auto room = [&](size_t n) {
    if (used + n > store.size()) GrowFoldStore(std::max(text.size() + 16, 2 * (used + n)), &store, &out);
    return store.data() + used;
  };
  // The n bytes just written there become t's fold.
  auto keep = [&](Token& t, size_t n) {
    t.fold = std::string_view(store.data() + used, n);
    used += n;
  };
  bool newline = false;
  size_t b = 0;       // byte position
  uint32_t cp = 0;    // code point position
  while (b < text.size()) {
    if (text[b] == ' ') {  // the commonest byte of all
      ++b;
      ++cp;
      continue;
    }
    Cp c = DecodeAt(text, b);
    // (An ASCII letter or digit, the commonest start, is no space.)
    const bool ascii_alnum = c.c < 0x80 && (kByteClasses[static_cast<size_t>(c.c)] & (kLetterBit | kDigitBit));
    if (!ascii_alnum && IsSpace(c.c)) {
      newline |= (c.c == '\n');
      b += c.n;
      ++cp;
      continue;
    }
    const size_t start = b;
    const uint32_t start_cp = cp;
    TokenKind kind;
    bool cap = false, upper = false, ascii = true;
    bool marked = false;  // the word holds a mark (. , / - ') besides letters and digits
    // Most words are one run of ASCII letters and digits ended by a space or
    // by punctuation that cannot join it: read whole here.
    size_t run_end = b;
    uint8_t seen = 0;  // classes of the run's bytes
    if (ascii_alnum) {
      uint8_t k = kByteClasses[static_cast<size_t>(c.c)];
      do {
        seen |= k;
        ++run_end;
      } while (run_end < text.size() &&
               ((k = kByteClasses[static_cast<unsigned char>(text[run_end])]) & (kLetterBit | kDigitBit)));
    }
    if (seen != 0 && EndsPlainWord(text, run_end, (seen & kLetterBit) != 0)) {
      const size_t len = run_end - start;
      Token& t = out.emplace_back();
      t.b = static_cast<uint32_t>(start);
      t.e = static_cast<uint32_t>(run_end);
      t.cs = start_cp;
      t.ce = start_cp + static_cast<uint32_t>(len);
      t.kind = (seen & kLetterBit) ? TokenKind::kWord : TokenKind::kNumber;
      t.cap = (seen & kLetterBit) && IsUpper(c.c);
      t.upper = (seen & kLetterBit) && !(seen & kLowerBit);
      t.newline_before = newline;
      newline = false;
      // ASCII letters and digits only: the word itself unless it has
      // capitals (lowered in the store).
      if (seen & kUpperBit) {
        CopyLowerAlnum(text.data() + start, len, room(len));
        keep(t, len);
      } else {
        t.fold = std::string_view(text.data() + start, len);
      }
      b = run_end;
      cp += static_cast<uint32_t>(len);
      continue;
    }
    if (IsAlnum(c.c)) {
      bool has_digit = false, has_letter = false, has_slash = false, all_upper = true;
      size_t seg_len = 0;     // letters since the last internal '.'
      int32_t prev = -1;      // the code point before position b (inside the word)
      Cp d = c;
      if (seen != 0) {  // the word's first run, read above
        has_letter = (seen & kLetterBit) != 0;
        has_digit = (seen & kDigitBit) != 0;
        all_upper = (seen & kLowerBit) == 0;
        seg_len = run_end - b;
        cp += static_cast<uint32_t>(run_end - b);
        prev = static_cast<unsigned char>(text[run_end - 1]);
        b = run_end;
        d = DecodeAt(text, b);
      }
      while (d.c >= 0) {
        if (d.c < 0x80) {
          // ASCII letters and digits, the bulk of any text: one table lookup
          // per byte, no decoding; the classes seen are gathered in `seen`.
          uint8_t k = kByteClasses[static_cast<size_t>(d.c)];
          if (k & (kLetterBit | kDigitBit)) {
            const size_t run = b;
            uint8_t seen = 0;
            do {
              seen |= k;
              ++b;
            } while (b < text.size() &&
                     ((k = kByteClasses[static_cast<unsigned char>(text[b])]) & (kLetterBit | kDigitBit)));
            has_letter |= (seen & kLetterBit) != 0;
            has_digit |= (seen & kDigitBit) != 0;
            all_upper &= (seen & kLowerBit) == 0;
            seg_len += b - run;
            cp += static_cast<uint32_t>(b - run);
            prev = static_cast<unsigned char>(text[b - 1]);
            d = DecodeAt(text, b);
            continue;
          }
        } else if (IsAlnum(d.c)) {
          if (IsLetter(d.c)) {
            has_letter = true;
            all_upper &= IsUpper(d.c);
          } else {
            has_digit = true;
          }
          ascii = false;
          ++seg_len;
          prev = d.c;
          b += d.n;
          ++cp;
          d = DecodeAt(text, b);
          continue;
        }
        // Only . , / - and apostrophes join parts of a word; anything else
        // ends it.
        if (d.c != '.' && d.c != ',' && d.c != '/' && d.c != '-' && !IsApostrophe(d.c)) break;
        const Cp nx = DecodeAt(text, b + d.n);
        bool keep = false;
        if (d.c == '.' && seg_len == 1 && IsLetter(nx.c) && IsLetter(prev) &&
            !IsLetter(DecodeAt(text, b + d.n + nx.n).c)) {  // U.S / U.N
          seg_len = 0;
          keep = true;
        } else if ((d.c == ',' || d.c == '.') && IsDigit(prev) && IsDigit(nx.c) && !has_letter) {
          keep = true;  // 1,500 and 2.5
        } else if (d.c == '.' && IsLetter(prev) && IsLetter(nx.c) && DomainSuffixAt(text, b + d.n)) {
          keep = true;  // VOV.VN, VnExpress.net
        } else if (d.c == '/' && IsAlnum(nx.c) && IsAlnum(prev)) {
          has_slash = true;
          keep = true;
        } else if (d.c == '-' && IsAlnum(nx.c) &&
                   ((IsDigit(prev) && IsUpper(nx.c)) || (has_slash && has_letter))) {
          keep = true;  // 59-NQ/TW
        } else if (d.c == '-' && IsLetter(nx.c) && IsLetter(prev) && JoinsSpelledOrdinal(text, start, b)) {
          keep = true;  // seventy-ninth
        } else if (IsApostrophe(d.c) && IsLetter(nx.c) &&
                   !((nx.c == 's' || nx.c == 'S') && !IsLetter(DecodeAt(text, b + d.n + nx.n).c))) {
          keep = true;  // O'Brien, don't
        }
        if (!keep) break;
        ascii &= d.c < 0x80;
        marked = true;
        prev = d.c;
        b += d.n;
        ++cp;
        d = DecodeAt(text, b);
      }
      // A trailing period that belongs to the word.
      if (d.c == '.') {
        std::string_view w(text.data() + start, b - start);
        bool dotted = w.find('.') != std::string_view::npos;
        // (Not at the end of a line: "... met Sultan Hamengkubuwono X.")
        bool initial = (cp - start_cp == 1) && IsUpper(c.c) && IsSpace(DecodeAt(text, b + 1).c) &&
                       !LineEndsAt(text, b + 1);
        // An abbreviation never ends a line: "... and Hun Sen." closes the
        // sentence ("Sen." is also a senator's title).
        if (dotted || initial || (IsAbbreviation(w) && !LineEndsAt(text, b + 1))) {
          b += 1;
          ++cp;
          marked = true;
        }
      }
      kind = (has_digit && !has_letter) ? TokenKind::kNumber : TokenKind::kWord;
      cap = IsUpper(c.c);
      upper = has_letter && all_upper;  // only letters, digits and inner marks are in the word
    } else if (IsApostrophe(c.c) && !out.empty() && out.back().e == b) {
      const Cp s = DecodeAt(text, b + c.n);
      const unsigned char last = static_cast<unsigned char>(text[b - 1]);
      if ((s.c == 's' || s.c == 'S') && !IsLetter(DecodeAt(text, b + c.n + 1).c)) {
        b += c.n + 1;  // possessive 's
        cp += 2;
        kind = TokenKind::kWord;
      } else if ((last == 's' || last == 'S') && s.c == ' ' && IsLetter(DecodeAt(text, b + c.n + 1).c) &&
                 !IsUpper(DecodeAt(text, b + c.n + 1).c)) {
        // possessive of a name in s before a common noun: "Marcos' state
        // visit" (not "Foreign Ministers' Meeting", a name's own).
        b += c.n;
        ++cp;
        kind = TokenKind::kWord;
      } else {
        b += c.n;
        ++cp;
        kind = TokenKind::kPunct;
      }
    } else {
      b += c.n;
      ++cp;
      kind = TokenKind::kPunct;
    }
    Token& t = out.emplace_back();
    t.b = static_cast<uint32_t>(start);
    t.e = static_cast<uint32_t>(b);
    t.cs = start_cp;
    t.ce = cp;
    t.kind = kind;
    t.cap = cap;
    t.upper = upper;
    t.newline_before = newline;
    newline = false;
    const std::string_view raw(text.data() + start, b - start);
    if (kind == TokenKind::kPunct) {
      t.fold = c.c < 0x80 ? raw : PunctFold(c.c, raw);
    } else if (IsApostrophe(c.c)) {
      t.fold = "'s";
    } else if (!ascii) {
      const std::string& f = FoldNonAscii(raw);
      std::memcpy(room(f.size()), f.data(), f.size());
      keep(t, f.size());
    } else if (marked) {
      keep(t, FoldAsciiInto(raw, room(raw.size())));
    } else if (std::any_of(raw.begin(), raw.end(),
                           [](char ch) { return kByteClasses[static_cast<unsigned char>(ch)] & kUpperBit; })) {
      CopyLowerAlnum(raw.data(), raw.size(), room(raw.size()));  // letters and digits, as above
      keep(t, raw.size());
    } else {
      t.fold = raw;
    }
  }
  store.resize(used);  // (in place)
  return out;
}

std::vector<Sentence> SplitSentences(const std::vector<Token>& tokens, size_t max_tokens) {
  std::vector<Sentence> out;
  out.reserve(tokens.size() / 16 + 1);
  const size_t n = tokens.size();
  size_t begin = 0;
  auto close = [&](size_t end) {
    if (end <= begin) return;
    Sentence s;
    s.tb = static_cast<uint32_t>(begin);
    s.te = static_cast<uint32_t>(end);
    s.b = tokens[begin].b;
    s.e = tokens[end - 1].e;
    s.cs = tokens[begin].cs;
    s.ce = tokens[end - 1].ce;
    out.push_back(s);
    begin = end;
  };
  for (size_t i = 0; i < n; ++i) {
    // Most tokens are words inside a line that no rule below looks at
    // (only punctuation, line breaks, three-byte words and the length
    // limit can end a sentence).
    if (tokens[i].kind != TokenKind::kPunct && !tokens[i].newline_before && tokens[i].e - tokens[i].b != 3 &&
        i - begin + 1 < max_tokens)
      continue;
    if (i > begin && tokens[i].newline_before) {
      const Token& prev = tokens[i - 1];
      bool continues = tokens[i].kind == TokenKind::kWord && !tokens[i].cap &&
                       prev.kind != TokenKind::kPunct;  // a hard-wrapped line
      if (!continues) close(i);
    }
    if (i - begin + 1 >= max_tokens) {
      close(i + 1);
      continue;
    }
    const Token& t = tokens[i];
    // "... witnessed by President Ferdinand Marcos Jr. Kamikawa and ...": a
    // generational suffix keeps its period, and a capitalised word after it
    // opens the next sentence ("Jr. said", "Jr., who" go on).
    const std::string_view f = t.fold;
    if (t.e - t.b == 3 && t.kind == TokenKind::kWord && i + 1 < tokens.size() && tokens[i + 1].cap &&
        tokens[i + 1].kind == TokenKind::kWord && (f == "jr" || f == "sr")) {
      close(i + 1);
      continue;
    }
    if (t.kind != TokenKind::kPunct) continue;
    if (f != "." && f != "!" && f != "?" && f != "...") continue;
    auto closing = [](std::string_view g) { return g == "\"" || g == "'" || g == ")"; };
    size_t end = i + 1;
    while (end < tokens.size() && tokens[end].kind == TokenKind::kPunct && closing(tokens[end].fold) &&
           !tokens[end].newline_before) {
      ++end;
    }
    if (end >= tokens.size()) continue;
    const Token& nx = tokens[end];
    const std::string_view nf = nx.fold;
    bool starts = nx.newline_before || nx.cap || nx.kind == TokenKind::kNumber ||
                  (nx.kind == TokenKind::kPunct && (nf == "\"" || nf == "'" || nf == "("));
    if (f == "..." && !nx.newline_before) starts = false;
    // "1. At the invitation of ...": a paragraph's number opens its sentence.
    if (i == begin + 1 && tokens[begin].kind == TokenKind::kNumber && !nx.newline_before &&
        tokens[begin].e - tokens[begin].b <= 2)
      starts = false;
    if (starts) {
      close(end);
      i = end - 1;
    }
  }
  close(tokens.size());
  return out;
}

}  // namespace kg::ingest::internal
