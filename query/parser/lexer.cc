#include "query/parser/lexer.h"

#include <cctype>

#include "absl/strings/str_cat.h"
#include "query/internal/errors.h"

namespace kg::query {
namespace {

bool IsIdentStart(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool IsIdentChar(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

void AppendUtf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

class Lexer {
 public:
  explicit Lexer(absl::string_view s) : s_(s) {}

  absl::StatusOr<std::vector<Token>> Run() {
    std::vector<Token> out;
    while (true) {
      SkipSpaceAndComments();
      Token t;
      t.pos = Here();
      if (i_ >= s_.size()) {
        t.end = i_;
        out.push_back(t);
        return out;
      }
      unsigned char c = s_[i_];
      if (IsIdentStart(c)) {
        size_t b = i_;
        while (i_ < s_.size() && IsIdentChar(s_[i_])) Advance();
        t.kind = Tok::kIdent;
        t.text = std::string(s_.substr(b, i_ - b));
      } else if (c == '`') {
        Advance();
        t.kind = Tok::kQuotedIdent;
        while (true) {
          if (i_ >= s_.size()) return SyntaxError(t.pos, "UnexpectedSyntax", "unterminated `identifier`");
          if (s_[i_] == '`') {
            if (i_ + 1 < s_.size() && s_[i_ + 1] == '`') {
              t.text.push_back('`');
              Advance();
              Advance();
              continue;
            }
            Advance();
            break;
          }
          t.text.push_back(s_[i_]);
          Advance();
        }
      } else if (std::isdigit(c) || (c == '.' && i_ + 1 < s_.size() && std::isdigit((unsigned char)s_[i_ + 1]))) {
        auto st = Number(&t);
        if (!st.ok()) return st;
      } else if (c == '\'' || c == '"') {
        auto st = String(&t, c);
        if (!st.ok()) return st;
      } else if (c == '$') {
        Advance();
        t.kind = Tok::kParam;
        if (i_ < s_.size() && s_[i_] == '`') {
          Advance();
          while (i_ < s_.size() && s_[i_] != '`') { t.text.push_back(s_[i_]); Advance(); }
          if (i_ >= s_.size()) return SyntaxError(t.pos, "UnexpectedSyntax", "unterminated parameter name");
          Advance();
        } else {
          size_t b = i_;
          while (i_ < s_.size() && IsIdentChar(s_[i_])) Advance();
          t.text = std::string(s_.substr(b, i_ - b));
          if (t.text.empty()) return SyntaxError(t.pos, "UnexpectedSyntax", "expected a parameter name after '$'");
        }
      } else {
        t.kind = Tok::kSymbol;
        static const char* kTwo[] = {"<>", "<=", ">=", "!=", "=~", "+=", ".."};
        std::string two(s_.substr(i_, 2));
        bool matched = false;
        for (const char* k : kTwo) {
          if (two == k) {
            t.text = two;
            Advance();
            Advance();
            matched = true;
            break;
          }
        }
        if (!matched) {
          static const std::string kOne = "()[]{},.:|;+-*/%^=<>";
          if (kOne.find(c) == std::string::npos) {
            return SyntaxError(t.pos, "UnexpectedSyntax",
                               absl::StrCat("unexpected character '", std::string(1, c), "'"));
          }
          t.text = std::string(1, c);
          Advance();
        }
      }
      t.end = i_;
      out.push_back(std::move(t));
    }
  }

 private:
  Pos Here() const { return Pos{line_, col_, static_cast<uint32_t>(i_)}; }
  void Advance() {
    if (s_[i_] == '\n') {
      ++line_;
      col_ = 1;
    } else if ((static_cast<unsigned char>(s_[i_]) & 0xC0) != 0x80) {
      ++col_;
    }
    ++i_;
  }
  // Column counts code points; a continuation byte does not advance it, but
  // the lead byte already did.
  void SkipSpaceAndComments() {
    while (i_ < s_.size()) {
      unsigned char c = s_[i_];
      if (std::isspace(c)) {
        Advance();
      } else if (c == '/' && i_ + 1 < s_.size() && s_[i_ + 1] == '/') {
        while (i_ < s_.size() && s_[i_] != '\n') Advance();
      } else if (c == '/' && i_ + 1 < s_.size() && s_[i_ + 1] == '*') {
        Advance();
        Advance();
        while (i_ + 1 < s_.size() && !(s_[i_] == '*' && s_[i_ + 1] == '/')) Advance();
        if (i_ + 1 < s_.size()) {
          Advance();
          Advance();
        } else {
          i_ = s_.size();
        }
      } else {
        break;
      }
    }
  }

  absl::Status Number(Token* t) {
    size_t b = i_;
    t->kind = Tok::kInt;
    if (s_[i_] == '0' && i_ + 1 < s_.size() && (s_[i_ + 1] == 'x' || s_[i_ + 1] == 'X')) {
      Advance();
      Advance();
      t->base = 16;
      size_t db = i_;
      while (i_ < s_.size() && IsIdentChar(s_[i_])) Advance();
      t->text = std::string(s_.substr(db, i_ - db));
      bool bad = t->text.empty();
      for (char ch : t->text) bad = bad || !std::isxdigit(static_cast<unsigned char>(ch));
      if (bad) Bad(t, b);
      return absl::OkStatus();
    }
    if (s_[i_] == '0' && i_ + 1 < s_.size() && (s_[i_ + 1] == 'o' || s_[i_ + 1] == 'O')) {
      Advance();
      Advance();
      t->base = 8;
      size_t db = i_;
      while (i_ < s_.size() && IsIdentChar(s_[i_])) Advance();
      t->text = std::string(s_.substr(db, i_ - db));
      bool bad = t->text.empty();
      for (char ch : t->text) bad = bad || ch < '0' || ch > '7';
      if (bad) Bad(t, b);
      return absl::OkStatus();
    }
    while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) Advance();
    if (i_ + 1 < s_.size() && s_[i_] == '.' && std::isdigit(static_cast<unsigned char>(s_[i_ + 1]))) {
      t->kind = Tok::kFloat;
      Advance();
      while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) Advance();
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      size_t save = i_;
      uint32_t sl = line_, sc = col_;
      Advance();
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) Advance();
      if (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) {
        t->kind = Tok::kFloat;
        while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) Advance();
      } else {
        i_ = save;
        line_ = sl;
        col_ = sc;
      }
    }
    if (i_ < s_.size() && IsIdentChar(s_[i_])) {
      while (i_ < s_.size() && IsIdentChar(s_[i_])) Advance();
      Bad(t, b);
      return absl::OkStatus();
    }
    t->text = std::string(s_.substr(b, i_ - b));
    return absl::OkStatus();
  }

  // A malformed number becomes one token; the parser reports it as
  // InvalidNumberLiteral where a number is expected.
  void Bad(Token* t, size_t b) {
    t->kind = Tok::kBadNumber;
    t->text = std::string(s_.substr(b, i_ - b));
  }

  absl::Status String(Token* t, char quote) {
    t->kind = Tok::kString;
    Advance();
    while (true) {
      if (i_ >= s_.size()) return SyntaxError(t->pos, "UnexpectedSyntax", "unterminated string literal");
      char c = s_[i_];
      if (c == quote) {
        Advance();
        return absl::OkStatus();
      }
      if (c != '\\') {
        t->text.push_back(c);
        Advance();
        continue;
      }
      Pos esc = Here();
      Advance();
      if (i_ >= s_.size()) return SyntaxError(t->pos, "UnexpectedSyntax", "unterminated string literal");
      char e = s_[i_];
      Advance();
      switch (e) {
        case 'n': t->text.push_back('\n'); break;
        case 't': t->text.push_back('\t'); break;
        case 'r': t->text.push_back('\r'); break;
        case 'b': t->text.push_back('\b'); break;
        case 'f': t->text.push_back('\f'); break;
        case '\\': t->text.push_back('\\'); break;
        case '\'': t->text.push_back('\''); break;
        case '"': t->text.push_back('"'); break;
        case 'u':
        case 'U': {
          int n = e == 'u' ? 4 : 8;
          uint32_t cp = 0;
          for (int k = 0; k < n; ++k) {
            if (i_ >= s_.size() || !std::isxdigit(static_cast<unsigned char>(s_[i_]))) {
              return SyntaxError(esc, "InvalidUnicodeLiteral", "invalid \\u escape in string literal");
            }
            char h = s_[i_];
            cp = cp * 16 + (std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : (std::tolower(h) - 'a' + 10));
            Advance();
          }
          AppendUtf8(&t->text, cp);
          break;
        }
        default:
          return SyntaxError(esc, "InvalidEscapeSequence",
                             absl::StrCat("invalid escape '\\", std::string(1, e), "' in string literal"));
      }
    }
  }

  absl::string_view s_;
  size_t i_ = 0;
  uint32_t line_ = 1, col_ = 1;
};

}  // namespace

absl::StatusOr<std::vector<Token>> Tokenize(absl::string_view text) { return Lexer(text).Run(); }

}  // namespace kg::query
