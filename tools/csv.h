// RFC 4180 CSV: a streaming reader that knows the line each record starts on
// (for error messages) and a writer that quotes only when needed.
#ifndef KG_TOOLS_CSV_H_
#define KG_TOOLS_CSV_H_

#include <cstdint>
#include <cstdio>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace kg::tools {

// Reads records from a file. Fields may be quoted ("a ""b"", c"), quoted
// fields may span lines; CRLF and LF both end a record; a UTF-8 BOM and blank
// lines are skipped. Not thread-safe.
class CsvReader {
 public:
  // NotFound / PermissionDenied-style InvalidArgument naming the path.
  static absl::StatusOr<std::unique_ptr<CsvReader>> Open(const std::string& path,
                                                         char delimiter = ',');
  ~CsvReader();

  // The next record into `fields` (reusing its storage). false at end of
  // file. Errors are InvalidArgument "PATH:LINE: what" (a stray quote, text
  // after a closing quote, a quote left open at end of file).
  absl::StatusOr<bool> Next(std::vector<std::string>* fields);
  // 1-based line on which the record last returned by Next() began.
  int64_t line() const { return record_line_; }
  const std::string& path() const { return path_; }
  // "PATH:LINE: message" for the current record, as InvalidArgument.
  absl::Status ErrorAt(std::string_view message) const;
  absl::Status ErrorAtLine(int64_t line, std::string_view message) const;

 private:
  CsvReader(std::string path, FILE* file, char delimiter);
  bool Fill();  // refills buf_; false at end of file

  std::string path_;
  FILE* file_;
  char delimiter_;
  std::vector<char> buf_;
  size_t pos_ = 0, len_ = 0;
  bool eof_ = false;
  bool started_ = false;
  int64_t line_ = 1;         // line of the next unread character
  int64_t record_line_ = 0;  // line of the last record returned
};

// The same dialect and error messages as CsvReader, over text in memory (a
// mapped file, or a part of one that starts at a record): fields are views
// into the text, or into the cursor's storage for quoted fields with doubled
// quotes, valid until the next call. Lines without quotes or stray CRs take
// a fast path. The caller skips a BOM. Not thread-safe; one per thread.
class CsvCursor {
 public:
  // `first_line`: the line number of text[0] in the file, for messages.
  CsvCursor(std::string path, std::string_view text, int64_t first_line = 1,
            char delimiter = ',');
  // The next record; false at the end of the text. Errors: "PATH:LINE: what".
  absl::StatusOr<bool> Next(std::vector<std::string_view>* fields);
  // 1-based line on which the record last returned by Next() began.
  int64_t line() const { return record_line_; }
  // Offset in the text of the first byte not consumed yet, and its line.
  size_t offset() const { return pos_; }
  int64_t next_line() const { return line_; }
  absl::Status ErrorAt(std::string_view message) const;
  absl::Status ErrorAtLine(int64_t line, std::string_view message) const;

 private:
  absl::StatusOr<bool> NextSlow(std::vector<std::string_view>* fields);

  std::string path_;
  std::string_view text_;
  char delimiter_;
  size_t pos_ = 0;
  int64_t line_;             // line of text_[pos_]
  int64_t record_line_ = 0;
  std::deque<std::string> unescaped_;  // storage of quoted fields with ""
  size_t unescaped_used_ = 0;
};

// Appends one CSV field to `out`, quoted when it holds the delimiter, a
// quote, CR or LF, or begins or ends with a space.
void AppendCsvField(std::string_view field, std::string* out, char delimiter = ',');
// Appends `fields` joined by the delimiter plus "\n".
void AppendCsvRecord(const std::vector<std::string>& fields, std::string* out,
                     char delimiter = ',');

}  // namespace kg::tools

#endif  // KG_TOOLS_CSV_H_
