#include "tools/shell_table.h"

#include <algorithm>
#include <cstdint>

#include "utf8proc.h"

namespace kg::tools {
namespace {

// One displayed character: its bytes and its width in columns.
struct Glyph {
  std::string bytes;
  size_t width;
};

// Decodes UTF-8 into glyphs; invalid bytes become U+FFFD, control
// characters (other than '\n', kept for line splitting) become spaces.
std::vector<Glyph> Glyphs(std::string_view s) {
  std::vector<Glyph> out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {
      out.push_back({"\xEF\xBF\xBD", 1});
      ++p;
      --left;
      continue;
    }
    if (cp == '\n') {
      out.push_back({"\n", 0});
    } else if (cp < 0x20 || cp == 0x7f) {
      out.push_back({" ", 1});
    } else {
      int w = utf8proc_charwidth(cp);
      out.push_back({std::string(reinterpret_cast<const char*>(p), n),
                     static_cast<size_t>(w < 0 ? 1 : w)});
    }
    p += n;
    left -= n;
  }
  return out;
}

struct Line {
  std::string text;
  size_t width = 0;
};

// Greedy word wrap of one paragraph into lines no wider than `w`.
void WrapParagraph(const std::vector<Glyph>& g, size_t begin, size_t end, size_t w,
                   std::vector<Line>* out) {
  size_t start = begin;
  if (begin == end) {
    out->push_back({});
    return;
  }
  while (start < end) {
    size_t width = 0, i = start, last_space = end;
    while (i < end && width + g[i].width <= w) {
      if (g[i].bytes == " ") last_space = i;
      width += g[i].width;
      ++i;
    }
    size_t stop = i, next = i;
    if (i < end) {
      if (last_space != end && last_space > start) {
        stop = last_space;  // break at the space, drop it
        next = last_space + 1;
      } else if (i == start) {
        stop = next = i + 1;  // a single glyph wider than the column
      }
    }
    Line line;
    for (size_t k = start; k < stop; ++k) {
      line.text += g[k].bytes;
      line.width += g[k].width;
    }
    out->push_back(std::move(line));
    start = next;
  }
}

std::vector<Line> LayoutCell(std::string_view cell, size_t w, Overflow overflow) {
  std::vector<Glyph> g = Glyphs(cell);
  std::vector<Line> lines;
  if (overflow == Overflow::kWrap) {
    size_t begin = 0;
    for (size_t i = 0; i <= g.size(); ++i) {
      if (i == g.size() || g[i].bytes == "\n") {
        WrapParagraph(g, begin, i, w, &lines);
        begin = i + 1;
      }
    }
    return lines;
  }
  // Cut: the first line, ending in "…" when anything was left out.
  size_t end = 0;
  size_t total = 0;
  while (end < g.size() && g[end].bytes != "\n") total += g[end++].width;
  bool cut = end < g.size() || total > w;
  Line line;
  size_t budget = cut ? (w >= 1 ? w - 1 : 0) : w;
  for (size_t i = 0; i < end && line.width + g[i].width <= budget; ++i) {
    line.text += g[i].bytes;
    line.width += g[i].width;
  }
  if (cut) {
    line.text += "\xE2\x80\xA6";
    line.width += 1;
  }
  lines.push_back(std::move(line));
  return lines;
}

// The natural width of a cell: its widest line.
size_t NaturalWidth(std::string_view cell) {
  size_t best = 0, cur = 0;
  for (const Glyph& g : Glyphs(cell)) {
    if (g.bytes == "\n") {
      best = std::max(best, cur);
      cur = 0;
    } else {
      cur += g.width;
    }
  }
  return std::max(best, cur);
}

std::string Rule(const std::vector<size_t>& widths) {
  std::string s = "+";
  for (size_t w : widths) s += std::string(w + 2, '-') + "+";
  return s + "\n";
}

void AppendRow(const std::vector<std::string>& cells, const std::vector<size_t>& widths,
               Overflow overflow, std::string* out) {
  std::vector<std::vector<Line>> laid;
  size_t height = 1;
  for (size_t c = 0; c < widths.size(); ++c) {
    laid.push_back(LayoutCell(c < cells.size() ? cells[c] : "", widths[c], overflow));
    height = std::max(height, laid.back().size());
  }
  for (size_t l = 0; l < height; ++l) {
    *out += "|";
    for (size_t c = 0; c < widths.size(); ++c) {
      const Line* line = l < laid[c].size() ? &laid[c][l] : nullptr;
      *out += " ";
      if (line) *out += line->text;
      size_t used = line ? line->width : 0;
      *out += std::string(widths[c] > used ? widths[c] - used : 0, ' ');
      *out += " |";
    }
    *out += "\n";
  }
}

}  // namespace

size_t DisplayWidth(std::string_view utf8) {
  size_t w = 0;
  for (const Glyph& g : Glyphs(utf8)) w += g.width;
  return w;
}

std::string RenderTable(const std::vector<std::string>& columns,
                        const std::vector<std::vector<std::string>>& rows,
                        const TableOptions& options) {
  const size_t n = columns.size();
  if (n == 0) return "";
  std::vector<size_t> widths(n, 1);
  for (size_t c = 0; c < n; ++c) {
    widths[c] = std::max<size_t>(1, NaturalWidth(columns[c]));
    for (const auto& row : rows) {
      if (c < row.size()) widths[c] = std::max(widths[c], NaturalWidth(row[c]));
    }
  }
  // Each column costs its width plus 3 ("| " and " "), plus the final "|".
  if (options.width > 0) {
    size_t budget = options.width > 3 * n + 1 ? options.width - 3 * n - 1 : n;
    size_t total = 0;
    for (size_t w : widths) total += w;
    // Shrink the widest column one step at a time; stop at min_column.
    while (total > budget) {
      size_t widest = 0;
      for (size_t c = 1; c < n; ++c) {
        if (widths[c] > widths[widest]) widest = c;
      }
      size_t floor = std::min(options.min_column, widths[widest]);
      if (widths[widest] <= floor || widths[widest] <= 1) break;
      // Shrink towards the second widest in one jump to stay fast on wide cells.
      size_t second = 0;
      for (size_t c = 0; c < n; ++c) {
        if (c != widest) second = std::max(second, widths[c]);
      }
      size_t target = std::max({floor, second, widths[widest] - (total - budget)});
      if (target >= widths[widest]) target = widths[widest] - 1;
      total -= widths[widest] - target;
      widths[widest] = target;
    }
  }
  std::string out = Rule(widths);
  AppendRow(columns, widths, Overflow::kCut, &out);
  out += Rule(widths);
  for (const auto& row : rows) AppendRow(row, widths, options.overflow, &out);
  if (!rows.empty()) out += Rule(widths);
  return out;
}

std::string CsvRecord(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ',';
    const std::string& f = fields[i];
    if (f.find_first_of(",\"\r\n") == std::string::npos) {
      out += f;
      continue;
    }
    out += '"';
    for (char ch : f) {
      if (ch == '"') out += '"';
      out += ch;
    }
    out += '"';
  }
  return out;
}

std::string JsonQuote(std::string_view s) {
  std::string out = "\"";
  for (unsigned char ch : s) {
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (ch < 0x20) {
          static const char kHex[] = "0123456789abcdef";
          out += "\\u00";
          out += kHex[ch >> 4];
          out += kHex[ch & 15];
        } else {
          out += static_cast<char>(ch);
        }
    }
  }
  return out + "\"";
}

}  // namespace kg::tools
