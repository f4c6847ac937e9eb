// kg import of CSV files: header parsing (plain and Neo4j admin-import
// styles), a validating first pass and a writing second pass.
#include <chrono>
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
#include "graph/status.h"
#include "tools/csv.h"
#include "tools/db_path.h"
#include "tools/import_sink.h"
#include "tools/importer.h"

namespace kg::tools {
namespace {

enum class Role { kId, kLabel, kStart, kEnd, kType, kProperty, kIgnore };
enum class Type { kString, kInt, kFloat, kBool, kInfer };

struct Column {
  Role role = Role::kProperty;
  std::string header;  // as written, for messages
  std::string key;     // property key
  Type type = Type::kString;
  bool array = false;
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

absl::StatusOr<Header> ParseHeader(const CsvReader& reader, const std::vector<std::string>& fields,
                                   bool edges) {
  Header h;
  bool neo4j = false;
  for (const std::string& f : fields) {
    for (const char* r : {"ID", "LABEL", "START_ID", "END_ID", "TYPE", "IGNORE"}) {
      if (IsNeo4jRole(f, r)) neo4j = true;
    }
  }
  absl::flat_hash_set<std::string> keys;
  for (size_t i = 0; i < fields.size(); ++i) {
    std::string field(absl::StripAsciiWhitespace(fields[i]));
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

absl::StatusOr<graph::PropertyValue> Convert(const std::string& text, const Column& c) {
  if (!c.array) return ConvertScalar(text, c.type);
  graph::PropertyValue::List list;
  for (absl::string_view part : absl::StrSplit(text, ';')) {
    KG_ASSIGN_OR_RETURN(graph::PropertyValue v, ConvertScalar(part, c.type));
    list.push_back(std::move(v));
  }
  return graph::PropertyValue(std::move(list));
}

void Infer(const std::string& text, Column* c) {
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

// The node ids of the nodes file: integers while every id is one, else strings.
class IdSet {
 public:
  // false when the id was already present.
  bool Insert(const std::string& text) {
    uint64_t n;
    if (!strings_mode_ && absl::SimpleAtoi(text, &n) && n != graph::kNoNode &&
        text.find_first_not_of("0123456789") == std::string::npos) {
      return ints_.insert(n).second;
    }
    if (!strings_mode_) {
      strings_mode_ = true;
      for (uint64_t v : ints_) strings_.insert(absl::StrCat(v));
      ints_.clear();
    }
    return strings_.insert(text).second;
  }
  bool Contains(const std::string& text) const {
    if (strings_mode_) return strings_.contains(text);
    uint64_t n;
    return text.find_first_not_of("0123456789") == std::string::npos &&
           absl::SimpleAtoi(text, &n) && ints_.contains(n);
  }
  bool integers() const { return !strings_mode_; }
  size_t size() const { return strings_mode_ ? strings_.size() : ints_.size(); }

 private:
  bool strings_mode_ = false;
  absl::flat_hash_set<uint64_t> ints_;
  absl::flat_hash_set<std::string> strings_;
};

// Reads the header of `path`; positions `reader` after it.
absl::StatusOr<Header> OpenWithHeader(const std::string& path, bool edges,
                                      std::unique_ptr<CsvReader>* reader,
                                      std::vector<std::string>* fields) {
  KG_ASSIGN_OR_RETURN(*reader, CsvReader::Open(path));
  KG_ASSIGN_OR_RETURN(bool any, (*reader)->Next(fields));
  if (!any) return (*reader)->ErrorAtLine(1, "empty file (a header line is needed)");
  return ParseHeader(**reader, *fields, edges);
}

absl::Status CheckWidth(const CsvReader& r, const std::vector<std::string>& fields,
                        const Header& h) {
  if (fields.size() != h.columns.size()) {
    return r.ErrorAt(absl::StrCat(fields.size(), " fields, but the header has ",
                                  h.columns.size()));
  }
  return absl::OkStatus();
}

// The values of the property columns of a record, in column order (an
// empty field is null: the property is not set).
absl::Status RecordValues(const CsvReader& r, const std::vector<std::string>& fields,
                          const Header& h, std::vector<graph::PropertyValue>* values) {
  values->clear();
  for (size_t i = 0; i < h.columns.size(); ++i) {
    const Column& c = h.columns[i];
    if (c.role == Role::kProperty) {
      if (fields[i].empty()) {
        values->emplace_back();
        continue;
      }
      auto v = Convert(fields[i], c);
      if (!v.ok()) return r.ErrorAt(absl::StrCat("column '", c.header, "': ", v.status().message()));
      values->push_back(*std::move(v));
    } else if (c.role == Role::kId && !c.key.empty()) {
      int64_t n;
      values->push_back(absl::SimpleAtoi(fields[i], &n) ? graph::PropertyValue(n)
                                                        : graph::PropertyValue(fields[i]));
    }
  }
  return absl::OkStatus();
}

absl::Status ValidateRecordValues(const CsvReader& r, const std::vector<std::string>& fields,
                                  Header* h) {
  for (size_t i = 0; i < h->columns.size(); ++i) {
    Column& c = h->columns[i];
    if (c.role != Role::kProperty || fields[i].empty()) continue;
    if (c.type == Type::kInfer) {
      Infer(fields[i], &c);
    } else if (auto v = Convert(fields[i], c); !v.ok()) {
      return r.ErrorAt(absl::StrCat("column '", c.header, "': ", v.status().message()));
    }
  }
  return absl::OkStatus();
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace

absl::StatusOr<ImportSummary> ImportCsv(const std::string& db_path,
                                        const std::string& nodes_csv,
                                        const std::string& edges_csv) {
  ImportSummary summary;
  auto t0 = std::chrono::steady_clock::now();
  std::vector<std::string> fields;
  std::unique_ptr<CsvReader> reader;

  // Pass 1: validate everything, infer untyped plain columns, collect ids.
  KG_ASSIGN_OR_RETURN(Header nh, OpenWithHeader(nodes_csv, false, &reader, &fields));
  IdSet ids;
  for (;;) {
    KG_ASSIGN_OR_RETURN(bool more, reader->Next(&fields));
    if (!more) break;
    KG_RETURN_IF_ERROR(CheckWidth(*reader, fields, nh));
    const std::string& id = fields[nh.id];
    if (id.empty()) return reader->ErrorAt("empty node id");
    if (!ids.Insert(id)) return reader->ErrorAt(absl::StrCat("node id '", id, "' appears twice"));
    KG_RETURN_IF_ERROR(ValidateRecordValues(*reader, fields, &nh));
  }
  FinishInference(&nh);
  Header eh;
  if (!edges_csv.empty()) {
    KG_ASSIGN_OR_RETURN(eh, OpenWithHeader(edges_csv, true, &reader, &fields));
    for (;;) {
      KG_ASSIGN_OR_RETURN(bool more, reader->Next(&fields));
      if (!more) break;
      KG_RETURN_IF_ERROR(CheckWidth(*reader, fields, eh));
      for (int col : {eh.start, eh.end}) {
        if (!ids.Contains(fields[col])) {
          return reader->ErrorAt(absl::StrCat(eh.columns[col].header, " '", fields[col],
                                              "' is not a node id of ", nodes_csv));
        }
      }
      if (fields[eh.type].empty()) return reader->ErrorAt("empty edge type");
      KG_RETURN_IF_ERROR(ValidateRecordValues(*reader, fields, &eh));
    }
    FinishInference(&eh);
  }
  summary.validate_s = Seconds(t0);

  // Pass 2: write. Errors here are unexpected (the files changed meanwhile,
  // or the store failed); the sink is then dropped without commit.
  auto t1 = std::chrono::steady_clock::now();
  KG_ASSIGN_OR_RETURN(auto store, OpenDb(db_path, OpenMode::kWrite));
  KG_ASSIGN_OR_RETURN(std::unique_ptr<ImportSink> sink, MakeBulkSink(store.get()));
  std::vector<std::string> keys;
  std::vector<graph::PropertyValue> values;
  {
    KG_ASSIGN_OR_RETURN(Header h2, OpenWithHeader(nodes_csv, false, &reader, &fields));
    h2.columns = nh.columns;  // with the inferred types
    nh = std::move(h2);
  }
  std::vector<std::string> labels;
  for (const Column& c : nh.columns) {
    if (c.role == Role::kProperty || (c.role == Role::kId && !c.key.empty())) keys.push_back(c.key);
  }
  for (;;) {
    KG_ASSIGN_OR_RETURN(bool more, reader->Next(&fields));
    if (!more) break;
    KG_RETURN_IF_ERROR(CheckWidth(*reader, fields, nh));
    labels.clear();
    for (int col : nh.labels) {
      for (absl::string_view l : absl::StrSplit(fields[col], ';', absl::SkipWhitespace())) {
        labels.emplace_back(absl::StripAsciiWhitespace(l));
      }
    }
    std::sort(labels.begin(), labels.end());
    labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
    KG_RETURN_IF_ERROR(RecordValues(*reader, fields, nh, &values));
    absl::Status s = sink->AddNode(fields[nh.id], labels, keys, values);
    if (!s.ok()) return reader->ErrorAt(std::string(s.message()));
    ++summary.nodes;
  }
  if (!edges_csv.empty()) {
    {
      KG_ASSIGN_OR_RETURN(Header h2, OpenWithHeader(edges_csv, true, &reader, &fields));
      h2.columns = eh.columns;
      eh = std::move(h2);
    }
    keys.clear();
    for (const Column& c : eh.columns) {
      if (c.role == Role::kProperty) keys.push_back(c.key);
    }
    const std::vector<graph::Source> no_sources;
    for (;;) {
      KG_ASSIGN_OR_RETURN(bool more, reader->Next(&fields));
      if (!more) break;
      KG_RETURN_IF_ERROR(CheckWidth(*reader, fields, eh));
      KG_RETURN_IF_ERROR(RecordValues(*reader, fields, eh, &values));
      absl::Status s = sink->AddEdge(fields[eh.start], fields[eh.type], fields[eh.end], keys,
                                     values, no_sources);
      if (!s.ok()) return reader->ErrorAt(std::string(s.message()));
      ++summary.edges;
    }
  }
  KG_ASSIGN_OR_RETURN(summary.kept_ids, sink->Commit());
  summary.write_s = Seconds(t1);
  return summary;
}

}  // namespace kg::tools
