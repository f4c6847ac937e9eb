#include "graph/fold.h"

#include <utf8proc.h>

#include <cstdlib>

namespace kg::graph {

// Decompose (NFKD), drop combining marks, lower-case, then map to the folded
// alphabet [0-9a-z ] with '.', '\'', '’' and '`' removed and every other run
// of non-alphanumerics becoming one space. Letters outside ASCII that do not
// decompose (e.g. Cyrillic, CJK) are kept, lower-cased.
namespace {

// FoldName of ASCII text: the same steps, without decoding.
std::string FoldAscii(std::string_view s) {
  std::string out(s.size(), '\0');
  char* o = out.data();
  size_t n = 0;
  bool pending_space = false;
  for (char ch : s) {
    char c = ch;
    if (c == '.' || c == '\'' || c == '`') continue;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
      pending_space = n > 0;
      continue;
    }
    if (pending_space) o[n++] = ' ';
    pending_space = false;
    o[n++] = c;
  }
  out.resize(n);
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

}  // namespace

std::string FoldName(std::string_view utf8) {
  bool ascii = true;
  for (char c : utf8) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) return FoldAscii(utf8);
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
