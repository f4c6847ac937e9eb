// kg import of CSV files: header parsing (plain and Neo4j admin-import
// styles), then one pass over each file straight into the bulk loader, which
// writes nothing before Finish(). The files are mapped into memory; a large
// edges file without quotes is parsed by several threads in parts.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <thread>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "graph/bulk_load.h"
#include "graph/status.h"
#include "tools/csv.h"
#include "tools/db_path.h"
#include "tools/import_sink.h"
#include "tools/importer.h"

namespace kg::tools {
namespace {

// absl::string_view is its own type in this Abseil build.
absl::string_view A(std::string_view s) { return absl::string_view(s.data(), s.size()); }
std::string_view Sv(absl::string_view s) { return std::string_view(s.data(), s.size()); }

enum class Role { kId, kLabel, kStart, kEnd, kType, kProperty, kIgnore };
enum class Type { kString, kInt, kFloat, kBool, kInfer };

struct Column {
  Role role = Role::kProperty;
  std::string header;  // as written, for messages
  std::string key;     // property key
  Type type = Type::kString;
  bool array = false;
  // An untyped plain column's type is guessed from its first value and
  // checked on every value (a value that does not fit makes the import
  // infer the type from the whole file and start again).
  bool speculative = false;
  // Inference state of an untyped plain column: which types all values fit.
  bool may_int = true, may_float = true, may_bool = true, seen = false;
};

struct Header {
  std::vector<Column> columns;
  int id = -1, start = -1, end = -1, type = -1;
  std::vector<int> labels;
};

absl::StatusOr<Type> ParseTypeName(absl::string_view name) {
  std::string t = absl::AsciiStrToLower(std::string(name));
  if (t == "string" || t == "char") return Type::kString;
  if (t == "int" || t == "long" || t == "short" || t == "byte") return Type::kInt;
  if (t == "float" || t == "double") return Type::kFloat;
  if (t == "boolean" || t == "bool") return Type::kBool;
  return absl::InvalidArgumentError(
      absl::StrCat("unsupported type '", std::string(name),
                   "' (supported: string, int, long, float, double, boolean, and arrays of "
                   "them such as string[])"));
}

bool IsNeo4jRole(absl::string_view field, absl::string_view role) {
  // ":ID", "id:ID", ":ID(Group)", "x:START_ID(Group)" ...
  size_t colon = field.rfind(':');
  if (colon == absl::string_view::npos) return false;
  absl::string_view t = field.substr(colon + 1);
  if (size_t paren = t.find('('); paren != absl::string_view::npos) t = t.substr(0, paren);
  return absl::AsciiStrToUpper(std::string(t)) == role;
}

absl::StatusOr<Header> ParseHeader(const CsvCursor& reader,
                                   const std::vector<std::string_view>& fields, bool edges) {
  Header h;
  bool neo4j = false;
  for (std::string_view f : fields) {
    for (const char* r : {"ID", "LABEL", "START_ID", "END_ID", "TYPE", "IGNORE"}) {
      if (IsNeo4jRole(A(f), r)) neo4j = true;
    }
  }
  absl::flat_hash_set<std::string> keys;
  for (size_t i = 0; i < fields.size(); ++i) {
    std::string field(absl::StripAsciiWhitespace(A(fields[i])));
    Column c;
    c.header = field;
    auto fail = [&](absl::string_view what) {
      return reader.ErrorAtLine(1, absl::StrCat("column ", i + 1, " '", field, "': ", std::string(what)));
    };
    size_t colon = field.rfind(':');
    std::string key = colon == std::string::npos ? field : field.substr(0, colon);
    std::string type_name = colon == std::string::npos ? "" : field.substr(colon + 1);
    if (neo4j && (IsNeo4jRole(field, "ID") || IsNeo4jRole(field, "START_ID") ||
                  IsNeo4jRole(field, "END_ID") || IsNeo4jRole(field, "LABEL") ||
                  IsNeo4jRole(field, "TYPE") || IsNeo4jRole(field, "IGNORE"))) {
      std::string role = absl::AsciiStrToUpper(type_name.substr(0, type_name.find('(')));
      c.role = role == "ID" ? Role::kId : role == "START_ID" ? Role::kStart
             : role == "END_ID" ? Role::kEnd : role == "LABEL" ? Role::kLabel
             : role == "TYPE" ? Role::kType : Role::kIgnore;
      c.key = key;  // "id:ID" also stores the id as property "id"
    } else if (!neo4j && colon == std::string::npos &&
               ((!edges && (key == "id" || key == "label" || key == "labels")) ||
                (edges && (key == "src" || key == "dst" || key == "type")))) {
      c.role = key == "id" ? Role::kId : key == "src" ? Role::kStart : key == "dst" ? Role::kEnd
             : key == "type" ? Role::kType : Role::kLabel;
    } else {
      c.role = Role::kProperty;
      c.key = key;
      if (colon == std::string::npos) {
        c.type = neo4j ? Type::kString : Type::kInfer;
      } else {
        if (type_name.size() > 2 && type_name.substr(type_name.size() - 2) == "[]") {
          c.array = true;
          type_name.resize(type_name.size() - 2);
        }
        auto t = ParseTypeName(type_name);
        if (!t.ok()) return fail(t.status().message());
        c.type = *t;
      }
    }
    if (c.key.empty() && c.role == Role::kProperty) return fail("a property column needs a name");
    if (c.role == Role::kProperty || (c.role == Role::kId && !c.key.empty())) {
      if (!keys.insert(c.key).second) return fail("a second column for the same property");
    }
    int idx = static_cast<int>(i);
    auto set_once = [&](int* slot) -> absl::Status {
      if (*slot >= 0) return fail("a second column of this kind");
      *slot = idx;
      return absl::OkStatus();
    };
    switch (c.role) {
      case Role::kId:
        if (edges) return fail("an id column in an edges file (use :START_ID/:END_ID)");
        KG_RETURN_IF_ERROR(set_once(&h.id));
        break;
      case Role::kStart:
      case Role::kEnd:
      case Role::kType:
        if (!edges) return fail("an edge column in a nodes file");
        KG_RETURN_IF_ERROR(set_once(c.role == Role::kStart ? &h.start
                                    : c.role == Role::kEnd ? &h.end : &h.type));
        break;
      case Role::kLabel:
        if (edges) return fail("a label column in an edges file");
        h.labels.push_back(idx);
        break;
      default:
        break;
    }
    h.columns.push_back(std::move(c));
  }
  if (!edges && h.id < 0) {
    return reader.ErrorAtLine(1, "no node id column (the header needs `id` or `:ID`)");
  }
  if (edges && (h.start < 0 || h.end < 0 || h.type < 0)) {
    return reader.ErrorAtLine(
        1, "the header needs `src,dst,type` or `:START_ID,:END_ID,:TYPE` columns");
  }
  return h;
}

bool ParseBool(absl::string_view s, bool* out) {
  std::string t = absl::AsciiStrToLower(std::string(s));
  if (t == "true") { *out = true; return true; }
  if (t == "false") { *out = false; return true; }
  return false;
}

// Converts one scalar to the column's type.
absl::StatusOr<graph::PropertyValue> ConvertScalar(absl::string_view text, Type type) {
  switch (type) {
    case Type::kInt: {
      int64_t i;
      if (!absl::SimpleAtoi(text, &i)) {
        return absl::InvalidArgumentError(absl::StrCat("'", std::string(text), "' is not an integer"));
      }
      return graph::PropertyValue(i);
    }
    case Type::kFloat: {
      double d;
      if (!absl::SimpleAtod(text, &d)) {
        return absl::InvalidArgumentError(absl::StrCat("'", std::string(text), "' is not a number"));
      }
      return graph::PropertyValue(d);
    }
    case Type::kBool: {
      bool b;
      if (!ParseBool(text, &b)) {
        return absl::InvalidArgumentError(absl::StrCat("'", std::string(text), "' is not true or false"));
      }
      return graph::PropertyValue(b);
    }
    default:
      return graph::PropertyValue(std::string(text));
  }
}

absl::StatusOr<graph::PropertyValue> Convert(absl::string_view text, const Column& c) {
  if (!c.array) return ConvertScalar(text, c.type);
  graph::PropertyValue::List list;
  for (absl::string_view part : absl::StrSplit(text, ';')) {
    KG_ASSIGN_OR_RETURN(graph::PropertyValue v, ConvertScalar(part, c.type));
    list.push_back(std::move(v));
  }
  return graph::PropertyValue(std::move(list));
}

void Infer(absl::string_view text, Column* c) {
  c->seen = true;
  int64_t i;
  double d;
  bool b;
  if (c->may_int && !absl::SimpleAtoi(text, &i)) c->may_int = false;
  if (c->may_float && !absl::SimpleAtod(text, &d)) c->may_float = false;
  if (c->may_bool && !ParseBool(text, &b)) c->may_bool = false;
}

void FinishInference(Header* h) {
  for (Column& c : h->columns) {
    if (c.type != Type::kInfer) continue;
    c.type = !c.seen ? Type::kString : c.may_int ? Type::kInt : c.may_float ? Type::kFloat
           : c.may_bool ? Type::kBool : Type::kString;
  }
}


// A file mapped read-only into memory (empty files map nothing).
class MappedFile {
 public:
  static absl::StatusOr<std::unique_ptr<MappedFile>> Open(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      int err = errno;
      std::string msg = absl::StrCat("cannot open '", path, "': ", std::strerror(err));
      if (err == ENOENT) return absl::NotFoundError(msg);
      return absl::InvalidArgumentError(msg);
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
      ::close(fd);
      return absl::InvalidArgumentError(absl::StrCat("cannot read '", path, "': not a regular file"));
    }
    auto file = std::unique_ptr<MappedFile>(new MappedFile());
    file->size_ = static_cast<size_t>(st.st_size);
    if (file->size_ > 0) {
      void* p = ::mmap(nullptr, file->size_, PROT_READ, MAP_PRIVATE, fd, 0);
      if (p == MAP_FAILED) {
        int err = errno;
        ::close(fd);
        return absl::InvalidArgumentError(
            absl::StrCat("cannot read '", path, "': ", std::strerror(err)));
      }
      ::madvise(p, file->size_, MADV_SEQUENTIAL);
      file->data_ = static_cast<const char*>(p);
    }
    ::close(fd);
    return file;
  }
  ~MappedFile() {
    if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
  }
  std::string_view text() const {
    std::string_view t(data_ == nullptr ? "" : data_, size_);
    if (t.size() >= 3 && t.substr(0, 3) == "\xEF\xBB\xBF") t.remove_prefix(3);
    return t;
  }

 private:
  MappedFile() = default;
  const char* data_ = nullptr;
  size_t size_ = 0;
};

// One input file: mapped, its header parsed; the records start at `body`.
struct CsvInput {
  std::string path;
  std::unique_ptr<MappedFile> file;
  Header header;
  std::string_view body;
  int64_t body_line = 2;
  std::vector<std::string> keys;  // property keys of the values, in column order
};

absl::Status OpenInput(const std::string& path, bool edges, CsvInput* in) {
  in->path = path;
  KG_ASSIGN_OR_RETURN(in->file, MappedFile::Open(path));
  std::string_view text = in->file->text();
  CsvCursor cursor(path, text);
  std::vector<std::string_view> fields;
  KG_ASSIGN_OR_RETURN(bool any, cursor.Next(&fields));
  if (!any) return cursor.ErrorAtLine(1, "empty file (a header line is needed)");
  KG_ASSIGN_OR_RETURN(in->header, ParseHeader(cursor, fields, edges));
  in->body = text.substr(cursor.offset());
  in->body_line = cursor.next_line();
  for (const Column& c : in->header.columns) {
    if (c.role == Role::kProperty || (c.role == Role::kId && !c.key.empty())) {
      in->keys.push_back(c.key);
    }
  }
  return absl::OkStatus();
}

bool HasInferred(const Header& h) {
  for (const Column& c : h.columns) {
    if (c.type == Type::kInfer) return true;
  }
  return false;
}

// Infers the untyped columns from every value of the file (used when a
// speculative type failed, or no first value was found to guess from).
absl::Status InferTypes(CsvInput* in) {
  for (Column& c : in->header.columns) {
    if (c.speculative) {
      c.type = Type::kInfer;
      c.speculative = false;
    }
  }
  if (!HasInferred(in->header)) return absl::OkStatus();
  CsvCursor cursor(in->path, in->body, in->body_line);
  std::vector<std::string_view> fields;
  for (;;) {
    KG_ASSIGN_OR_RETURN(bool more, cursor.Next(&fields));
    if (!more) break;
    if (fields.size() != in->header.columns.size()) continue;  // reported by the load
    for (size_t i = 0; i < fields.size(); ++i) {
      Column& c = in->header.columns[i];
      if (c.type == Type::kInfer && !fields[i].empty()) Infer(A(fields[i]), &c);
    }
  }
  FinishInference(&in->header);
  return absl::OkStatus();
}

// Guesses each untyped column's type from its first non-empty value in the
// first records: the first of int, float, boolean that fits, else string.
// Falls back to InferTypes when a column has no value there.
absl::Status SpeculateTypes(CsvInput* in) {
  if (!HasInferred(in->header)) return absl::OkStatus();
  constexpr int kSampleRecords = 1000;
  CsvCursor cursor(in->path, in->body, in->body_line);
  std::vector<std::string_view> fields;
  size_t open_columns = 0;
  for (const Column& c : in->header.columns) open_columns += c.type == Type::kInfer ? 1 : 0;
  for (int n = 0; n < kSampleRecords && open_columns > 0; ++n) {
    auto more = cursor.Next(&fields);
    if (!more.ok() || !*more) break;  // errors are reported by the load
    if (fields.size() != in->header.columns.size()) continue;
    for (size_t i = 0; i < fields.size(); ++i) {
      Column& c = in->header.columns[i];
      if (c.type != Type::kInfer || c.speculative || fields[i].empty()) continue;
      Column probe;
      Infer(A(fields[i]), &probe);
      c.type = probe.may_int ? Type::kInt : probe.may_float ? Type::kFloat
             : probe.may_bool ? Type::kBool : Type::kString;
      c.speculative = c.type != Type::kString;  // a string column stays one
      --open_columns;
    }
  }
  if (open_columns > 0) return InferTypes(in);
  return absl::OkStatus();
}

// Why a record was refused: the message (without location) and whether it
// was a speculative type that failed rather than an input error.
struct RowError {
  std::string message;
  bool speculation = false;
};

// The values of the property columns of a record (and of a named id
// column), in column order; an empty field is null (the property is unset).
bool RecordValues(const std::vector<std::string_view>& fields, const Header& h,
                  std::vector<graph::PropertyValue>* values, RowError* error) {
  values->clear();
  for (size_t i = 0; i < h.columns.size(); ++i) {
    const Column& c = h.columns[i];
    if (c.role == Role::kProperty) {
      if (fields[i].empty()) {
        values->emplace_back();
        continue;
      }
      auto v = Convert(A(fields[i]), c);
      if (!v.ok()) {
        error->speculation = c.speculative;
        error->message = absl::StrCat("column '", c.header, "': ", v.status().message());
        return false;
      }
      values->push_back(*std::move(v));
    } else if (c.role == Role::kId && !c.key.empty()) {
      int64_t n;
      values->push_back(absl::SimpleAtoi(A(fields[i]), &n) ? graph::PropertyValue(n)
                                                        : graph::PropertyValue(std::string(fields[i])));
    }
  }
  return true;
}

bool CheckWidth(const std::vector<std::string_view>& fields, const Header& h, RowError* error) {
  if (fields.size() == h.columns.size()) return true;
  error->message = absl::StrCat(fields.size(), " fields, but the header has ", h.columns.size());
  return false;
}

// Set when a speculative column type failed: the caller infers the types of
// that file from all its values and loads again.
struct Retry {
  bool nodes = false;
  bool edges = false;
};

absl::Status LoadNodes(CsvInput& in, graph::BulkLoader* loader, uint64_t* count, Retry* retry) {
  const Header& h = in.header;
  loader->Reserve(std::count(in.body.begin(), in.body.end(), '\n') + 1, 0);
  CsvCursor cursor(in.path, in.body, in.body_line);
  std::vector<std::string_view> fields;
  std::vector<std::string> labels;
  std::vector<graph::PropertyValue> values;
  RowError error;
  for (;;) {
    KG_ASSIGN_OR_RETURN(bool more, cursor.Next(&fields));
    if (!more) break;
    if (!CheckWidth(fields, h, &error)) return cursor.ErrorAt(error.message);
    std::string_view id = fields[h.id];
    if (id.empty()) return cursor.ErrorAt("empty node id");
    labels.clear();
    for (int col : h.labels) {
      for (absl::string_view l : absl::StrSplit(A(fields[col]), ';', absl::SkipWhitespace())) {
        labels.emplace_back(absl::StripAsciiWhitespace(l));
      }
    }
    if (labels.size() > 1) {
      std::sort(labels.begin(), labels.end());
      labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
    }
    if (!RecordValues(fields, h, &values, &error)) {
      if (error.speculation) {
        retry->nodes = true;
        return absl::OkStatus();
      }
      return cursor.ErrorAt(error.message);
    }
    absl::Status s = loader->AddNode(id, labels, in.keys, values);
    if (!s.ok()) return cursor.ErrorAt(Sv(s.message()));
    ++*count;
  }
  return absl::OkStatus();
}

// One part of the edges file, parsed by one thread into its own batch.
struct EdgePart {
  std::string_view text;
  std::unique_ptr<graph::BulkLoader::EdgeBatch> batch;
  uint64_t edges = 0;
  // The first error: its line relative to the part (1 = the part's first
  // line) unless the part is the whole file, and its status.
  int64_t error_line = 0;
  absl::Status error;
  bool speculation_failed = false;
};

void LoadEdgePart(const CsvInput& in, int64_t first_line, EdgePart* part) {
  const Header& h = in.header;
  CsvCursor cursor(in.path, part->text, first_line);
  std::vector<std::string_view> fields;
  std::vector<graph::PropertyValue> values;
  RowError error;
  auto fail = [&](absl::Status s) {
    part->error_line = cursor.line();
    part->error = std::move(s);
  };
  for (;;) {
    absl::StatusOr<bool> more = cursor.Next(&fields);
    if (!more.ok()) {
      part->error_line = -1;  // a CSV syntax error, located by the cursor
      part->error = more.status();
      return;
    }
    if (!*more) break;
    if (!CheckWidth(fields, h, &error)) return fail(absl::InvalidArgumentError(error.message));
    if (!RecordValues(fields, h, &values, &error)) {
      if (error.speculation) {
        part->speculation_failed = true;
        return;
      }
      return fail(absl::InvalidArgumentError(error.message));
    }
    absl::Status s = part->batch->Add(fields[h.start], fields[h.type], fields[h.end], in.keys, values);
    if (!s.ok()) return fail(std::move(s));
    ++part->edges;
  }
}

// Splits the records into `n` parts at line ends. Only for text where every
// line end is a record end: no quotes, no CR other than in CRLF.
bool SplittableLines(std::string_view text) {
  if (std::memchr(text.data(), '"', text.size()) != nullptr) return false;
  for (size_t at = text.find('\r'); at != std::string_view::npos; at = text.find('\r', at + 1)) {
    if (at + 1 >= text.size() || text[at + 1] != '\n') return false;
  }
  return true;
}

// Minimum size of an edges file parsed in parts (smaller: one thread).
constexpr size_t kMinPartBytes = 1 << 20;

absl::Status LoadEdges(CsvInput& in, graph::BulkLoader* loader, uint64_t* count, Retry* retry) {
  std::string_view body = in.body;
  size_t threads = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 4);
  bool small = body.size() < threads * kMinPartBytes;
  // KG_IMPORT_THREADS=N forces N parts, whatever the size (for tests).
  if (const char* env = std::getenv("KG_IMPORT_THREADS"); env != nullptr && *env != '\0') {
    int n = std::atoi(env);
    if (n >= 1) {
      threads = std::min(n, 64);
      small = false;
    }
  }
  if (small || !SplittableLines(body)) threads = 1;
  std::vector<EdgePart> parts(threads);
  size_t from = 0;
  for (size_t k = 0; k < threads; ++k) {
    size_t to = body.size();
    if (k + 1 < threads) {
      to = std::max(from, body.size() * (k + 1) / threads);
      size_t nl = body.find('\n', to);
      to = nl == std::string_view::npos ? body.size() : nl + 1;
    }
    parts[k].text = body.substr(from, to - from);
    // Expected edges: the line length of the part's first 64 KiB.
    std::string_view sample = parts[k].text.substr(0, 1 << 16);
    size_t lines = std::count(sample.begin(), sample.end(), '\n') + 1;
    size_t expected = sample.empty() ? 0 : parts[k].text.size() / sample.size() * lines + lines;
    parts[k].batch = loader->NewEdgeBatch(expected + expected / 16);
    from = to;
  }
  // Parts after the first count lines from 1; their errors are located below.
  std::vector<std::thread> workers;
  for (size_t k = 1; k < threads; ++k) {
    workers.emplace_back([&in, &parts, k] { LoadEdgePart(in, 1, &parts[k]); });
  }
  LoadEdgePart(in, in.body_line, &parts[0]);
  for (std::thread& t : workers) t.join();
  int64_t line = in.body_line;  // first line of part k
  for (size_t k = 0; k < threads; ++k) {
    EdgePart& p = parts[k];
    if (p.speculation_failed) {
      retry->edges = true;
      return absl::OkStatus();
    }
    if (!p.error.ok()) {
      if (p.error_line < 0) return p.error;
      int64_t at = k == 0 ? p.error_line : line + p.error_line - 1;
      return absl::InvalidArgumentError(absl::StrCat(in.path, ":", at, ": ", p.error.message()));
    }
    line += std::count(p.text.begin(), p.text.end(), '\n');
  }
  for (EdgePart& p : parts) {
    KG_RETURN_IF_ERROR(loader->AddEdgeBatch(std::move(p.batch)));
    *count += p.edges;
  }
  return absl::OkStatus();
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// Loads both files into a loader on `store`, or into a check-only loader
// when `store` is null (then Finish() is not called).
absl::StatusOr<ImportSummary> Load(graph::GraphStore* store, CsvInput& nodes, CsvInput* edges,
                                   std::chrono::steady_clock::time_point t0) {
  // At most one restart per file (its types are then inferred from all values).
  for (int attempt = 0; attempt < 3; ++attempt) {
    ImportSummary summary;
    Retry retry;
    std::unique_ptr<graph::BulkLoader> loader;
    if (store == nullptr) {
      loader = graph::BulkLoader::CreateCheckOnly();
    } else {
      KG_ASSIGN_OR_RETURN(loader, graph::BulkLoader::Create(store));
    }
    KG_RETURN_IF_ERROR(LoadNodes(nodes, loader.get(), &summary.nodes, &retry));
    if (!retry.nodes && edges != nullptr) {
      KG_RETURN_IF_ERROR(LoadEdges(*edges, loader.get(), &summary.edges, &retry));
    }
    if (retry.nodes || retry.edges) {
      loader.reset();  // nothing was written
      if (retry.nodes) KG_RETURN_IF_ERROR(InferTypes(&nodes));
      if (retry.edges) KG_RETURN_IF_ERROR(InferTypes(edges));
      continue;
    }
    summary.validate_s = Seconds(t0);
    if (store == nullptr) return summary;
    auto t1 = std::chrono::steady_clock::now();
    KG_ASSIGN_OR_RETURN(graph::BulkLoadResult result, loader->Finish());
    summary.kept_ids = result.kept_integer_ids;
    summary.write_s = Seconds(t1);
    return summary;
  }
  return absl::InternalError("import: column types did not settle");
}

}  // namespace

absl::StatusOr<ImportSummary> ImportCsv(const std::string& db_path,
                                        const std::string& nodes_csv,
                                        const std::string& edges_csv) {
  auto t0 = std::chrono::steady_clock::now();
  // Inputs and headers first: their errors leave no trace at all.
  CsvInput nodes, edges;
  KG_RETURN_IF_ERROR(OpenInput(nodes_csv, false, &nodes));
  KG_RETURN_IF_ERROR(SpeculateTypes(&nodes));
  if (!edges_csv.empty()) {
    KG_RETURN_IF_ERROR(OpenInput(edges_csv, true, &edges));
    KG_RETURN_IF_ERROR(SpeculateTypes(&edges));
  }
  CsvInput* edges_in = edges_csv.empty() ? nullptr : &edges;
  std::error_code ec;
  bool existed = std::filesystem::exists(std::filesystem::symlink_status(db_path, ec));
  // An existing database is not even opened for writing (which rotates
  // RocksDB's log files) before the input has been checked completely; a
  // new one is created, loaded in one pass, and removed again on an error.
  if (existed) KG_RETURN_IF_ERROR(Load(nullptr, nodes, edges_in, t0).status());
  absl::StatusOr<ImportSummary> summary;
  {
    KG_ASSIGN_OR_RETURN(std::unique_ptr<graph::GraphStore> store, OpenDb(db_path, OpenMode::kWrite));
    summary = Load(store.get(), nodes, edges_in, t0);
  }
  if (!summary.ok() && !existed) std::filesystem::remove_all(db_path, ec);
  return summary;
}

}  // namespace kg::tools
