// Text layout for query results: a boxed table that fits a terminal width
// (long cells wrapped or cut), CSV fields and JSON strings. Pure functions on
// already-rendered cell text; no terminal or engine access.
#ifndef KG_TOOLS_SHELL_TABLE_H_
#define KG_TOOLS_SHELL_TABLE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg::tools {

// Terminal columns taken by UTF-8 text: East Asian wide characters count 2,
// combining marks 0, invalid bytes 1 each.
size_t DisplayWidth(std::string_view utf8);

enum class Overflow { kWrap, kCut };

struct TableOptions {
  size_t width = 0;            // total width in columns; 0 = unlimited
  Overflow overflow = Overflow::kWrap;
  size_t min_column = 8;       // columns are never squeezed below this
};

// Renders
//   +-------+-----+
//   | name  | n   |
//   +-------+-----+
//   | To Lam| 3   |
//   +-------+-----+
// Natural column widths are kept when they fit; otherwise the widest columns
// shrink until the table fits `width`, and their cells wrap (at spaces when
// possible) or are cut with "…". Newlines in a cell are line breaks (kWrap)
// or end the cell (kCut). Control characters are shown as spaces.
std::string RenderTable(const std::vector<std::string>& columns,
                        const std::vector<std::vector<std::string>>& rows,
                        const TableOptions& options);

// One CSV record (RFC 4180: fields with , " CR or LF are quoted), no newline.
std::string CsvRecord(const std::vector<std::string>& fields);

// `s` as a quoted JSON string (escapes ", \, control characters; UTF-8 kept).
std::string JsonQuote(std::string_view s);

}  // namespace kg::tools

#endif  // KG_TOOLS_SHELL_TABLE_H_
