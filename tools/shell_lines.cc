#include "tools/shell_lines.h"

namespace kg::tools {
namespace {

bool Blank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

}  // namespace

bool StatementSplitter::in_statement() const {
  return !Blank(buffer_) || state_ != State::kCode;
}

void StatementSplitter::Reset() {
  buffer_.clear();
  state_ = State::kCode;
}

std::vector<StatementSplitter::Item> StatementSplitter::AddLine(std::string_view line) {
  ++line_no_;
  std::vector<Item> out;
  if (!in_statement()) {
    std::string t = Trim(line);
    if (!t.empty() && t[0] == ':') {
      out.push_back({t, true, line_no_});
      return out;
    }
    start_line_ = line_no_;
  }
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    char next = i + 1 < line.size() ? line[i + 1] : '\0';
    switch (state_) {
      case State::kCode:
        if (c == '\'') {
          state_ = State::kSingle;
        } else if (c == '"') {
          state_ = State::kDouble;
        } else if (c == '`') {
          state_ = State::kBacktick;
        } else if (c == '/' && next == '*') {
          state_ = State::kBlockComment;
          buffer_ += "  ";  // comments become spaces: error columns stay right
          ++i;
          continue;
        } else if (c == '/' && next == '/') {
          i = line.size();  // line comment: drop the rest of the line
          continue;
        } else if (c == ';') {
          if (!Blank(buffer_)) out.push_back({Trim(buffer_), false, start_line_});
          buffer_.clear();
          start_line_ = line_no_;
          continue;
        }
        break;
      case State::kSingle:
      case State::kDouble:
        if (c == '\\' && next != '\0') {
          buffer_ += c;
          buffer_ += next;
          ++i;
          continue;
        }
        if ((c == '\'' && state_ == State::kSingle) || (c == '"' && state_ == State::kDouble)) {
          state_ = State::kCode;
        }
        break;
      case State::kBacktick:
        if (c == '`') state_ = State::kCode;
        break;
      case State::kBlockComment:
        if (c == '*' && next == '/') {
          state_ = State::kCode;
          buffer_ += "  ";
          ++i;
          continue;
        }
        buffer_ += ' ';
        continue;
    }
    buffer_ += c;
  }
  if (!buffer_.empty() || state_ != State::kCode) buffer_ += '\n';
  if (Blank(buffer_) && state_ == State::kCode) buffer_.clear();
  return out;
}

std::vector<StatementSplitter::Item> StatementSplitter::Finish() {
  std::vector<Item> out;
  if (!Blank(buffer_)) out.push_back({Trim(buffer_), false, start_line_});
  Reset();
  return out;
}

std::vector<std::string> SplitArgs(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  bool in_word = false;
  char quote = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quote) {
      if (c == '\\' && i + 1 < text.size() && text[i + 1] == quote) {
        cur += quote;
        ++i;
      } else if (c == quote) {
        quote = 0;
      } else {
        cur += c;
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
      in_word = true;
    } else if (c == ' ' || c == '\t') {
      if (in_word) out.push_back(cur);
      cur.clear();
      in_word = false;
    } else {
      cur += c;
      in_word = true;
    }
  }
  if (in_word) out.push_back(cur);
  return out;
}

std::string CypherQuote(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "'";
}

}  // namespace kg::tools
