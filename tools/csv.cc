#include "tools/csv.h"

#include <cerrno>
#include <cstring>

#include "absl/strings/str_cat.h"

namespace kg::tools {
namespace {
constexpr size_t kBufferSize = 1 << 20;
}  // namespace

absl::StatusOr<std::unique_ptr<CsvReader>> CsvReader::Open(const std::string& path,
                                                           char delimiter) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    int err = errno;
    std::string msg = absl::StrCat("cannot open '", path, "': ", std::strerror(err));
    if (err == ENOENT) return absl::NotFoundError(msg);
    return absl::InvalidArgumentError(msg);
  }
  return std::unique_ptr<CsvReader>(new CsvReader(path, f, delimiter));
}

CsvReader::CsvReader(std::string path, FILE* file, char delimiter)
    : path_(std::move(path)), file_(file), delimiter_(delimiter), buf_(kBufferSize) {}

CsvReader::~CsvReader() {
  if (file_ != nullptr) std::fclose(file_);
}

bool CsvReader::Fill() {
  if (eof_) return false;
  len_ = std::fread(buf_.data(), 1, buf_.size(), file_);
  pos_ = 0;
  if (len_ == 0) {
    eof_ = true;
    return false;
  }
  return true;
}

absl::Status CsvReader::ErrorAtLine(int64_t line, std::string_view message) const {
  return absl::InvalidArgumentError(absl::StrCat(path_, ":", line, ": ", std::string(message)));
}

absl::Status CsvReader::ErrorAt(std::string_view message) const {
  return ErrorAtLine(record_line_, message);
}

absl::StatusOr<bool> CsvReader::Next(std::vector<std::string>* fields) {
  // A small state machine over the buffered bytes. `field` is the index of
  // the field being filled, so the strings' capacity is reused across records.
  enum State { kFieldStart, kUnquoted, kQuoted, kQuoteInQuoted };
  if (std::ferror(file_)) {
    return absl::InvalidArgumentError(absl::StrCat("read error on '", path_, "'"));
  }
  if (!started_) {
    started_ = true;
    if (Fill() && len_ >= 3 && std::memcmp(buf_.data(), "\xEF\xBB\xBF", 3) == 0) pos_ = 3;
  }
  size_t nfields = 0;
  auto begin_field = [&]() -> std::string& {
    if (fields->size() <= nfields) fields->emplace_back();
    std::string& f = (*fields)[nfields++];
    f.clear();
    return f;
  };
  State state = kFieldStart;
  std::string* cur = nullptr;
  int64_t quote_line = 0;
  bool in_record = false;
  for (;;) {
    if (pos_ >= len_ && !Fill()) break;
    char c = buf_[pos_];
    if (!in_record) {
      // Skip blank lines between records.
      if (c == '\n') { ++line_; ++pos_; continue; }
      if (c == '\r') { ++pos_; continue; }
      in_record = true;
      record_line_ = line_;
    }
    switch (state) {
      case kFieldStart:
        cur = &begin_field();
        if (c == '"') {
          state = kQuoted;
          quote_line = line_;
          ++pos_;
          continue;
        }
        state = kUnquoted;
        [[fallthrough]];
      case kUnquoted: {
        // Fast path: copy a run of ordinary bytes at once.
        size_t start = pos_;
        while (pos_ < len_) {
          char d = buf_[pos_];
          if (d == delimiter_ || d == '\n' || d == '\r' || d == '"') break;
          ++pos_;
        }
        cur->append(buf_.data() + start, pos_ - start);
        if (pos_ >= len_) continue;
        char d = buf_[pos_];
        if (d == '"') {
          return ErrorAtLine(line_, absl::StrCat("field ", nfields,
                                                 ": a quote inside an unquoted field (quote "
                                                 "the whole field and double inner quotes)"));
        }
        ++pos_;
        if (d == delimiter_) {
          state = kFieldStart;
          continue;
        }
        if (d == '\r') {
          if (pos_ >= len_) Fill();
          if (pos_ < len_ && buf_[pos_] == '\n') ++pos_;
        }
        ++line_;
        fields->resize(nfields);
        return true;
      }
      case kQuoted: {
        size_t start = pos_;
        while (pos_ < len_ && buf_[pos_] != '"') {
          if (buf_[pos_] == '\n') ++line_;
          ++pos_;
        }
        cur->append(buf_.data() + start, pos_ - start);
        if (pos_ < len_) {
          ++pos_;
          state = kQuoteInQuoted;
        }
        continue;
      }
      case kQuoteInQuoted:
        if (c == '"') {
          cur->push_back('"');
          ++pos_;
          state = kQuoted;
          continue;
        }
        if (c == delimiter_) {
          ++pos_;
          state = kFieldStart;
          continue;
        }
        if (c == '\n' || c == '\r') {
          ++pos_;
          if (c == '\r') {
            if (pos_ >= len_) Fill();
            if (pos_ < len_ && buf_[pos_] == '\n') ++pos_;
          }
          ++line_;
          fields->resize(nfields);
          return true;
        }
        return ErrorAtLine(line_, absl::StrCat("field ", nfields,
                                               ": text after the closing quote of a quoted field"));
    }
  }
  if (std::ferror(file_)) {
    return absl::InvalidArgumentError(absl::StrCat("read error on '", path_, "'"));
  }
  if (!in_record) return false;
  if (state == kQuoted) {
    return ErrorAtLine(quote_line, absl::StrCat("field ", nfields,
                                                ": quoted field not closed before end of file"));
  }
  if (state == kFieldStart) begin_field();  // "a,b," ends with an empty field
  fields->resize(nfields);
  return true;
}

CsvCursor::CsvCursor(std::string path, std::string_view text, int64_t first_line, char delimiter)
    : path_(std::move(path)), text_(text), delimiter_(delimiter), line_(first_line) {}

absl::Status CsvCursor::ErrorAtLine(int64_t line, std::string_view message) const {
  return absl::InvalidArgumentError(absl::StrCat(path_, ":", line, ": ", std::string(message)));
}

absl::Status CsvCursor::ErrorAt(std::string_view message) const {
  return ErrorAtLine(record_line_, message);
}

absl::StatusOr<bool> CsvCursor::Next(std::vector<std::string_view>* fields) {
  fields->clear();
  unescaped_used_ = 0;
  const char* const base = text_.data();
  const size_t n = text_.size();
  // Skip blank lines between records.
  while (pos_ < n) {
    char c = base[pos_];
    if (c == '\n') {
      ++line_;
      ++pos_;
    } else if (c == '\r') {
      ++pos_;
    } else {
      break;
    }
  }
  if (pos_ >= n) return false;
  record_line_ = line_;
  // Fast path: a line without quotes and without a CR before its end is
  // split at the delimiters in place.
  const char* p = base + pos_;
  const char* end = base + n;
  const char* nl = static_cast<const char*>(std::memchr(p, '\n', end - p));
  const char* stop = nl != nullptr ? nl : end;
  if (stop > p && stop[-1] == '\r') --stop;
  const char* field = p;
  const char delimiter = delimiter_;
  for (const char* q = p; q < stop; ++q) {
    char c = *q;
    if (c == delimiter) {
      fields->emplace_back(field, q - field);
      field = q + 1;
    } else if (c == '"' || c == '\r') {
      fields->clear();
      return NextSlow(fields);
    }
  }
  fields->emplace_back(field, stop - field);
  pos_ = nl != nullptr ? static_cast<size_t>(nl - base) + 1 : n;
  ++line_;
  return true;
}

absl::StatusOr<bool> CsvCursor::NextSlow(std::vector<std::string_view>* fields) {
  // CsvReader's state machine over the text. A field is text_[start, end),
  // or `esc` once a doubled quote was seen in it.
  enum State { kFieldStart, kUnquoted, kQuoted, kQuoteInQuoted };
  const char* const base = text_.data();
  const size_t n = text_.size();
  State state = kFieldStart;
  size_t start = pos_;
  std::string* esc = nullptr;
  int64_t quote_line = 0;
  auto finish_field = [&](size_t end) {
    if (esc != nullptr) {
      fields->emplace_back(*esc);
    } else {
      fields->emplace_back(base + start, end - start);
    }
    esc = nullptr;
  };
  while (pos_ < n) {
    char c = base[pos_];
    switch (state) {
      case kFieldStart:
        if (c == '"') {
          state = kQuoted;
          quote_line = line_;
          start = ++pos_;
          continue;
        }
        state = kUnquoted;
        start = pos_;
        [[fallthrough]];
      case kUnquoted: {
        while (pos_ < n) {
          char d = base[pos_];
          if (d == delimiter_ || d == '\n' || d == '\r' || d == '"') break;
          ++pos_;
        }
        if (pos_ >= n) continue;
        char d = base[pos_];
        if (d == '"') {
          return ErrorAtLine(line_, absl::StrCat("field ", fields->size() + 1,
                                                 ": a quote inside an unquoted field (quote "
                                                 "the whole field and double inner quotes)"));
        }
        finish_field(pos_);
        ++pos_;
        if (d == delimiter_) {
          state = kFieldStart;
          continue;
        }
        if (d == '\r' && pos_ < n && base[pos_] == '\n') ++pos_;
        ++line_;
        return true;
      }
      case kQuoted: {
        size_t from = pos_;
        while (pos_ < n && base[pos_] != '"') {
          if (base[pos_] == '\n') ++line_;
          ++pos_;
        }
        if (esc != nullptr) esc->append(base + from, pos_ - from);
        if (pos_ < n) {
          ++pos_;
          state = kQuoteInQuoted;
        }
        continue;
      }
      case kQuoteInQuoted:
        if (c == '"') {
          if (esc == nullptr) {
            if (unescaped_used_ == unescaped_.size()) unescaped_.emplace_back();
            esc = &unescaped_[unescaped_used_++];
            esc->assign(base + start, pos_ - 1 - start);
          }
          esc->push_back('"');
          ++pos_;
          state = kQuoted;
          continue;
        }
        if (c == delimiter_) {
          finish_field(pos_ - 1);
          ++pos_;
          state = kFieldStart;
          continue;
        }
        if (c == '\n' || c == '\r') {
          finish_field(pos_ - 1);
          ++pos_;
          if (c == '\r' && pos_ < n && base[pos_] == '\n') ++pos_;
          ++line_;
          return true;
        }
        return ErrorAtLine(line_, absl::StrCat("field ", fields->size() + 1,
                                               ": text after the closing quote of a quoted field"));
    }
  }
  switch (state) {
    case kQuoted:
      return ErrorAtLine(quote_line, absl::StrCat("field ", fields->size() + 1,
                                                  ": quoted field not closed before end of file"));
    case kFieldStart:
      fields->emplace_back();  // "a,b," ends with an empty field
      break;
    case kUnquoted:
      finish_field(n);
      break;
    case kQuoteInQuoted:
      finish_field(n - 1);
      break;
  }
  return true;
}

void AppendCsvField(std::string_view field, std::string* out, char delimiter) {
  bool quote = !field.empty() && (field.front() == ' ' || field.back() == ' ');
  for (char c : field) {
    if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
      quote = true;
      break;
    }
  }
  if (!quote) {
    out->append(field);
    return;
  }
  out->push_back('"');
  for (char c : field) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

void AppendCsvRecord(const std::vector<std::string>& fields, std::string* out, char delimiter) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out->push_back(delimiter);
    AppendCsvField(fields[i], out, delimiter);
  }
  out->push_back('\n');
}

}  // namespace kg::tools
