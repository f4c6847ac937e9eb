#include "ingest/internal/segmenter.h"

#include <utf8proc.h>

#include <array>
#include <type_traits>
#include <unordered_set>

#include "graph/fold.h"

namespace kg::ingest::internal {
namespace {

struct Cp {
  int32_t c = -1;
  uint32_t b = 0, n = 0;  // byte offset and length
};

// Words whose trailing period belongs to them (lower-case, without the dot).
const std::unordered_set<std::string>& Abbreviations() {
  static const auto* kSet = new std::unordered_set<std::string>{
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
// ASCII classes by table: the tokenizer asks for each byte.
enum : uint8_t { kLetterBit = 1, kDigitBit = 2, kUpperBit = 4 };
constexpr std::array<uint8_t, 128> MakeAsciiClasses() {
  std::array<uint8_t, 128> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLetterBit;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kLetterBit | kUpperBit;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigitBit;
  return t;
}
constexpr std::array<uint8_t, 128> kAsciiClasses = MakeAsciiClasses();
inline bool AsciiIs(int32_t c, uint8_t bits) { return c >= 0 && (kAsciiClasses[static_cast<size_t>(c)] & bits); }

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

std::string PunctFold(int32_t c, std::string_view raw) {
  switch (c) {
    case 0x2013: case 0x2014: case 0x2012: case 0x2011: case 0x2010: case 0x2212: return "-";
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: return "\"";
    case 0x2018: case 0x2019: case 0x201A: return "'";
    case 0x2026: return "...";
    default: return std::string(raw);
  }
}

// FoldToken of an ASCII word, written into `out`.
inline void FoldAsciiInto(std::string_view w, std::string* out) {
  out->resize(w.size());
  char* p = out->data();
  size_t n = 0;
  for (char c : w) {
    if (c == '.' || c == '\'' || c == '`') continue;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '-' || c == '/') c = ' ';
    p[n++] = c;
  }
  out->resize(n);
}

}  // namespace

std::string FoldToken(std::string_view w) {
  for (char c : w) {
    if (static_cast<unsigned char>(c) >= 128) return graph::FoldName(w);
  }
  std::string out;
  FoldAsciiInto(w, &out);
  return out;
}

namespace {

// The text as code points: decoded (any UTF-8) or the bytes themselves
// (ASCII, where code point i is byte i).
class DecodedText {
 public:
  explicit DecodedText(std::string_view text) {
    cps_.reserve(text.size());
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
    uint32_t off = 0;
    while (left > 0) {
      utf8proc_int32_t c = *p;
      utf8proc_ssize_t n = 1;
      if (c >= 0x80) {
        n = utf8proc_iterate(p, left, &c);
        if (n <= 0) {
          n = 1;
          c = 0xFFFD;
        }
      }
      cps_.push_back({c, off, static_cast<uint32_t>(n)});
      p += n;
      left -= n;
      off += static_cast<uint32_t>(n);
    }
  }
  size_t size() const { return cps_.size(); }
  int32_t c(size_t i) const { return cps_[i].c; }
  uint32_t b(size_t i) const { return cps_[i].b; }
  uint32_t end(size_t i) const { return cps_[i].b + cps_[i].n; }  // byte after code point i

 private:
  std::vector<Cp> cps_;
};

class AsciiText {
 public:
  explicit AsciiText(std::string_view text) : text_(text) {}
  size_t size() const { return text_.size(); }
  int32_t c(size_t i) const { return static_cast<unsigned char>(text_[i]); }
  uint32_t b(size_t i) const { return static_cast<uint32_t>(i); }
  uint32_t end(size_t i) const { return static_cast<uint32_t>(i + 1); }

 private:
  std::string_view text_;
};

template <class Cps>
std::vector<Token> TokenizeCps(std::string_view text, const Cps& cps) {
  auto at = [&](size_t i) -> int32_t { return i < cps.size() ? cps.c(i) : -1; };
  std::vector<Token> out;
  out.reserve(text.size() / 4 + 16);
  bool newline = false;
  size_t i = 0;
  while (i < cps.size()) {
    int32_t c = cps.c(i);
    if (IsSpace(c)) {
      newline |= (c == '\n');
      ++i;
      continue;
    }
    size_t start = i;
    Token t;
    t.newline_before = newline;
    newline = false;
    if (IsAlnum(c)) {
      bool has_digit = false, has_letter = false, has_slash = false, all_upper = true;
      size_t seg_len = 0;  // letters since the last internal '.'
      while (i < cps.size()) {
        int32_t d = cps.c(i);
        if (IsAlnum(d)) {
          if (IsLetter(d)) {
            has_letter = true;
            all_upper &= IsUpper(d);
          } else {
            has_digit = true;
          }
          ++seg_len;
          ++i;
          continue;
        }
        int32_t nx = at(i + 1);
        if (d == '.' && seg_len == 1 && IsLetter(nx) && IsLetter(at(i - 1)) &&
            !IsLetter(at(i + 2))) {  // U.S / U.N
          seg_len = 0;
          ++i;
          continue;
        }
        if ((d == ',' || d == '.') && IsDigit(at(i - 1)) && IsDigit(nx) && !has_letter) {
          ++i;  // 1,500 and 2.5
          continue;
        }
        if (d == '/' && IsAlnum(nx) && IsAlnum(at(i - 1))) {
          has_slash = true;
          ++i;
          continue;
        }
        if (d == '-' && IsAlnum(nx) &&
            ((IsDigit(at(i - 1)) && IsUpper(nx)) || (has_slash && has_letter))) {
          ++i;  // 59-NQ/TW
          continue;
        }
        if (IsApostrophe(d) && IsLetter(nx) && !(((nx == 's' || nx == 'S') && !IsLetter(at(i + 2))))) {
          ++i;  // O'Brien, don't
          continue;
        }
        break;
      }
      // A trailing period that belongs to the word.
      if (at(i) == '.') {
        std::string_view w(text.data() + cps.b(start), cps.end(i - 1) - cps.b(start));
        std::string lw = FoldToken(w);
        bool dotted = w.find('.') != std::string_view::npos;
        bool initial = (i - start == 1) && IsUpper(cps.c(start)) && IsSpace(at(i + 1));
        if (dotted || initial || Abbreviations().count(lw) || Abbreviations().count(std::string(w))) {
          ++i;
        }
      }
      t.kind = (has_digit && !has_letter) ? TokenKind::kNumber : TokenKind::kWord;
      t.cap = IsUpper(c);
      t.upper = has_letter && all_upper;  // only letters, digits and inner marks are in the word
    } else if (IsApostrophe(c) && (at(i + 1) == 's' || at(i + 1) == 'S') && !IsLetter(at(i + 2)) &&
               !out.empty() && out.back().e == cps.b(i)) {
      i += 2;  // possessive 's
      t.kind = TokenKind::kWord;
    } else {
      ++i;
      t.kind = TokenKind::kPunct;
    }
    t.b = cps.b(start);
    t.e = cps.end(i - 1);
    t.cs = static_cast<uint32_t>(start);
    t.ce = static_cast<uint32_t>(i);
    std::string_view raw(text.data() + t.b, t.e - t.b);
    if (t.kind == TokenKind::kPunct) {
      t.fold = PunctFold(c, raw);
    } else if (IsApostrophe(c)) {
      t.fold = "'s";
    } else if constexpr (std::is_same_v<Cps, AsciiText>) {
      FoldAsciiInto(raw, &t.fold);  // the text has no other bytes
    } else {
      t.fold = FoldToken(raw);
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  for (char ch : text) {
    if (static_cast<unsigned char>(ch) >= 0x80) return TokenizeCps(text, DecodedText(text));
  }
  return TokenizeCps(text, AsciiText(text));
}

std::vector<Sentence> SplitSentences(const std::vector<Token>& tokens, size_t max_tokens) {
  std::vector<Sentence> out;
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
  for (size_t i = 0; i < tokens.size(); ++i) {
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
    if (t.kind != TokenKind::kPunct) continue;
    if (t.fold != "." && t.fold != "!" && t.fold != "?" && t.fold != "...") continue;
    size_t end = i + 1;
    while (end < tokens.size() && tokens[end].kind == TokenKind::kPunct &&
           (tokens[end].fold == "\"" || tokens[end].fold == "'" || tokens[end].fold == ")") &&
           !tokens[end].newline_before) {
      ++end;
    }
    if (end >= tokens.size()) continue;
    const Token& nx = tokens[end];
    bool starts = nx.newline_before || nx.cap || nx.kind == TokenKind::kNumber ||
                  (nx.kind == TokenKind::kPunct && (nx.fold == "\"" || nx.fold == "'" || nx.fold == "("));
    if (t.fold == "..." && !nx.newline_before) starts = false;
    if (starts) {
      close(end);
      i = end - 1;
    }
  }
  close(tokens.size());
  return out;
}

}  // namespace kg::ingest::internal
