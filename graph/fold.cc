#include "graph/fold.h"

#include <utf8proc.h>

#include <cstdlib>

namespace kg::graph {

// Decompose (NFKD), drop combining marks, lower-case, then map to the folded
// alphabet [0-9a-z ] with '.', '\'', '’' and '`' removed and every other run
// of non-alphanumerics becoming one space. Letters outside ASCII that do not
// decompose (e.g. Cyrillic, CJK) are kept, lower-cased.
std::string FoldName(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(utf8.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(utf8.size());
  while (left > 0) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {  // invalid byte: treat as a separator
      n = 1;
      cp = ' ';
    }
    p += n;
    left -= n;
    if (cp == 0x0111 || cp == 0x0110) cp = 'd';  // đ Đ do not decompose
    utf8proc_int32_t decomposed[8];
    utf8proc_ssize_t m = 1;
    if (cp < 0x80) {
      decomposed[0] = cp;  // ASCII decomposes to itself (case is folded below)
    } else {
      m = utf8proc_decompose_char(
          cp, decomposed, 8, static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK |
                                                            UTF8PROC_CASEFOLD),
          nullptr);
      if (m < 0) continue;
    }
    for (utf8proc_ssize_t i = 0; i < m && i < 8; ++i) {
      utf8proc_int32_t c = decomposed[i];
      if (c == '.' || c == '\'' || c == 0x2019 || c == '`' || c == 0x2018) continue;
      bool alnum;
      if (c < 128) {
        alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      } else {
        utf8proc_category_t cat = utf8proc_category(c);
        alnum = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                cat == UTF8PROC_CATEGORY_ND;
      }
      if (c >= 'A' && c <= 'Z') {
        c = c - 'A' + 'a';
        alnum = true;
      }
      if (!alnum) {
        pending_space = !out.empty();
        continue;
      }
      if (pending_space) out.push_back(' ');
      pending_space = false;
      utf8proc_uint8_t buf[4];
      utf8proc_ssize_t k = utf8proc_encode_char(c, buf);
      out.append(reinterpret_cast<char*>(buf), static_cast<size_t>(k));
    }
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

}  // namespace kg::graph
