#include "graph/fold.h"

#include <utf8proc.h>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace kg::graph {

// Decompose (NFKD), drop combining marks, lower-case, then map to the folded
// alphabet [0-9a-z ] with '.', '\'', '’' and '`' removed and every other run
// of non-alphanumerics becoming one space. Letters outside ASCII that do not
// decompose (e.g. Cyrillic, CJK) are kept, lower-cased.
namespace {

// How FoldAscii treats each ASCII byte: a letter or digit is kept (lower
// case), '.', '\'' and '`' are dropped (kDrop), anything else separates
// words (kSeparate).
constexpr char kDrop = 0, kSeparate = 1;
constexpr std::array<char, 128> MakeAsciiFold() {
  std::array<char, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = kSeparate;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = static_cast<char>(c - 'A' + 'a');
  for (int c = '0'; c <= '9'; ++c) t[c] = static_cast<char>(c);
  t['.'] = t['\''] = t['`'] = kDrop;
  return t;
}
constexpr std::array<char, 128> kAsciiFold = MakeAsciiFold();

// FoldName of ASCII text: the same steps, without decoding, into `o` (room
// for s.size() bytes); returns the length.
size_t FoldAsciiInto(std::string_view s, char* o) {
  size_t n = 0;
  bool pending_space = false;
  for (size_t i = 0; i < s.size();) {
    char c = kAsciiFold[static_cast<unsigned char>(s[i])];
    if (c > kSeparate) {  // a run of letters and digits
      if (pending_space) o[n++] = ' ';
      pending_space = false;
      do {
        o[n++] = c;
        ++i;
      } while (i < s.size() && (c = kAsciiFold[static_cast<unsigned char>(s[i])]) > kSeparate);
      continue;
    }
    if (c == kSeparate) pending_space = n > 0;
    ++i;
  }
  return n;
}

std::string FoldAscii(std::string_view s) {
  // Short names (nearly all) are folded on the stack and copied once.
  char buf[128];
  std::string long_out;
  char* o = buf;
  if (s.size() > sizeof buf) {
    long_out.resize(s.size());
    o = long_out.data();
  }
  size_t n = FoldAsciiInto(s, o);
  size_t skip = n >= 4 && std::memcmp(o, "the ", 4) == 0 ? 4 : 0;  // "the " leads no name
  if (o != buf) {
    long_out.resize(n);
    if (skip) long_out.erase(0, skip);
    return long_out;
  }
  return std::string(buf + skip, n - skip);
}

inline bool IsAscii(std::string_view s) {
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {  // eight bytes at a time
    uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    if (x & 0x8080808080808080ull) return false;
  }
  for (; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  }
  return true;
}

}  // namespace

std::string FoldName(std::string_view utf8) {
  if (IsAscii(utf8)) return FoldAscii(utf8);
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(utf8.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(utf8.size());
  while (left > 0) {
    utf8proc_int32_t cp = *p;
    utf8proc_ssize_t n = cp < 0x80 ? 1 : utf8proc_iterate(p, left, &cp);
    if (n <= 0) {  // invalid byte: treat as a separator
      n = 1;
      cp = ' ';
    }
    p += n;
    left -= n;
    if (cp == 0x0111 || cp == 0x0110) cp = 'd';  // đ Đ do not decompose
    utf8proc_int32_t decomposed[8];
    utf8proc_ssize_t m = 1;
    if (cp < 0x80) {  // ASCII decomposes to itself; case folding lowers A-Z
      decomposed[0] = (cp >= 'A' && cp <= 'Z') ? cp - 'A' + 'a' : cp;
    } else {
      m = utf8proc_decompose_char(
          cp, decomposed, 8,
          static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK |
                                         UTF8PROC_CASEFOLD),
          nullptr);
    }
    if (m < 0) continue;
    for (utf8proc_ssize_t i = 0; i < m && i < 8; ++i) {
      utf8proc_int32_t c = decomposed[i];
      if (c == '.' || c == '\'' || c == 0x2019 || c == '`' || c == 0x2018) continue;
      bool alnum;
      if (c < 128) {
        if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
        alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      } else {
        utf8proc_category_t cat = utf8proc_category(c);
        alnum = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) || cat == UTF8PROC_CATEGORY_ND;
      }
      if (!alnum) {
        pending_space = !out.empty();
        continue;
      }
      if (pending_space) out.push_back(' ');
      pending_space = false;
      if (c < 128) {
        out.push_back(static_cast<char>(c));
        continue;
      }
      utf8proc_uint8_t buf[4];
      utf8proc_ssize_t k = utf8proc_encode_char(c, buf);
      out.append(reinterpret_cast<char*>(buf), static_cast<size_t>(k));
    }
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

}  // namespace kg::graph
