// kg export: the graph as jsonl facts (ONTOLOGY.md "The fact export"), CSV in
// the Neo4j/Kùzu bulk-import header convention, a lossless .pb snapshot, or
// Graphviz dot.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "graph/status.h"
#include "tools/commands.h"
#include "tools/csv.h"
#include "tools/db_path.h"
#include "tools/dot_export.h"
#include "tools/flags.h"
#include "tools/json_util.h"
#include "tools/output_file.h"
#include "tools/snapshot.h"

namespace kg::tools {
namespace {

constexpr char kDescription[] =
    "Writes the whole graph:\n"
    "  jsonl  one fact per line, per edge: {subject, subject_label, predicate,\n"
    "         object, object_label, qualifiers, sources:[{doc,start,end,sentence}]}\n"
    "         (subject/object are the nodes' names), lines sorted; what\n"
    "         ../shared/eval/score.py reads. Default output: stdout.\n"
    "  csv    DIR/nodes.csv (`:ID,:LABEL,name:string,...`) and DIR/edges.csv\n"
    "         (`:START_ID,:END_ID,:TYPE,...`), the header convention of Neo4j's\n"
    "         admin import, loadable by Kùzu and by `kg import`. Needs --out DIR.\n"
    "         Provenance (sources) is not included.\n"
    "  pb     a kg.GraphSnapshot (proto/kg.proto): nodes, edges, qualifiers and\n"
    "         sources, losslessly; `kg import F.pb` reads it back.\n"
    "  dot    Graphviz.\n"
    "Files are written to a temporary name and renamed when complete.";

struct NodeInfo {
  std::string name;
  std::string label;
};

absl::StatusOr<absl::flat_hash_map<graph::NodeId, NodeInfo>> NodeNames(
    const graph::GraphStore& store) {
  absl::flat_hash_map<graph::NodeId, NodeInfo> names;
  KG_RETURN_IF_ERROR(store.ScanNodes("", [&](const graph::Node& node) {
    NodeInfo info;
    auto it = node.props.find("name");
    const std::string* name = it == node.props.end() ? nullptr : it->second.string_or_null();
    info.name = name != nullptr ? *name : absl::StrCat(node.id);
    if (!node.labels.empty()) info.label = node.labels.front();
    names.emplace(node.id, std::move(info));
    return true;
  }));
  return names;
}

absl::Status ExportJsonl(const graph::GraphStore& store, const std::string& out_path) {
  KG_ASSIGN_OR_RETURN(auto names, NodeNames(store));
  std::vector<std::string> lines;
  absl::Status status;
  KG_RETURN_IF_ERROR(store.ScanEdges("", [&](const graph::Edge& edge) {
    auto sources = store.GetEdgeSources(edge.id);
    if (!sources.ok()) {
      status = sources.status();
      return false;
    }
    auto s = names.find(edge.src), o = names.find(edge.dst);
    if (s == names.end() || o == names.end()) {
      status = absl::DataLossError(absl::StrCat("edge ", edge.id, " refers to a missing node"));
      return false;
    }
    std::string line = "{\"subject\": ";
    AppendJsonString(s->second.name, &line);
    line += ", \"subject_label\": ";
    AppendJsonString(s->second.label, &line);
    line += ", \"predicate\": ";
    AppendJsonString(edge.type, &line);
    line += ", \"object\": ";
    AppendJsonString(o->second.name, &line);
    line += ", \"object_label\": ";
    AppendJsonString(o->second.label, &line);
    line += ", \"qualifiers\": {";
    bool first = true;
    for (const auto& [key, value] : edge.props) {
      if (!first) line += ", ";
      first = false;
      AppendJsonString(key, &line);
      line += ": ";
      AppendJsonProperty(value, &line);
    }
    line += "}, \"sources\": [";
    for (size_t i = 0; i < sources->size(); ++i) {
      const graph::Source& src = (*sources)[i];
      if (i > 0) line += ", ";
      line += "{\"doc\": ";
      AppendJsonString(src.doc, &line);
      absl::StrAppend(&line, ", \"start\": ", src.start, ", \"end\": ", src.end,
                      ", \"sentence\": ");
      AppendJsonString(src.sentence, &line);
      line += "}";
    }
    line += "]}\n";
    lines.push_back(std::move(line));
    return true;
  }));
  KG_RETURN_IF_ERROR(status);
  // Sorted lines: the same graph gives the same file whatever its ids.
  std::sort(lines.begin(), lines.end());
  KG_ASSIGN_OR_RETURN(auto out, OutputFile::Open(out_path));
  std::string buf;
  for (const std::string& line : lines) {
    buf += line;
    if (buf.size() > (1 << 20)) {
      KG_RETURN_IF_ERROR(out->Write(buf));
      buf.clear();
    }
  }
  KG_RETURN_IF_ERROR(out->Write(buf));
  return out->Close();
}

// The CSV column type of a property key, from every value it takes.
struct ColumnType {
  bool all_int = true, all_number = true, all_bool = true, all_int32 = true;
  bool all_list = true, list_all_int = true, list_all_number = true, list_all_bool = true;

  void Add(const graph::PropertyValue& v) {
    const auto* list = std::get_if<graph::PropertyValue::List>(&v.v);
    AddScalar(v, &all_int, &all_number, &all_bool);
    if (list == nullptr) {
      all_list = false;
    } else {
      for (const graph::PropertyValue& item : *list) {
        AddScalar(item, &list_all_int, &list_all_number, &list_all_bool);
        if (std::get_if<graph::PropertyValue::List>(&item.v)) list_all_int = list_all_number = list_all_bool = false;
      }
    }
  }
  void AddScalar(const graph::PropertyValue& v, bool* i, bool* n, bool* b) {
    const int64_t* iv = std::get_if<int64_t>(&v.v);
    if (iv == nullptr) *i = false;
    if (iv != nullptr && (*iv < INT32_MIN || *iv > INT32_MAX)) all_int32 = false;
    if (iv == nullptr && std::get_if<double>(&v.v) == nullptr) *n = false;
    if (std::get_if<bool>(&v.v) == nullptr) *b = false;
  }
  std::string Name() const {
    if (all_int) return all_int32 ? "int" : "long";
    if (all_number) return "double";
    if (all_bool) return "boolean";
    if (all_list) {
      if (list_all_int) return all_int32 ? "int[]" : "long[]";
      if (list_all_number) return "double[]";
      if (list_all_bool) return "boolean[]";
      return "string[]";
    }
    return "string";
  }
};

// A value as CSV text: lists joined by ';', the rest in their plain form.
std::string CsvText(const graph::PropertyValue& v) {
  struct Visitor {
    std::string operator()(std::monostate) const { return ""; }
    std::string operator()(bool b) const { return b ? "true" : "false"; }
    std::string operator()(int64_t i) const { return absl::StrCat(i); }
    std::string operator()(double d) const {
      std::string s;
      AppendJsonNumber(d, &s);
      return s;
    }
    std::string operator()(const std::string& s) const { return s; }
    std::string operator()(const graph::PropertyValue::List& l) const {
      std::vector<std::string> parts;
      for (const graph::PropertyValue& item : l) parts.push_back(CsvText(item));
      return absl::StrJoin(parts, ";");
    }
  };
  return std::visit(Visitor{}, v.v);
}

absl::Status ExportCsv(const graph::GraphStore& store, const std::string& dir) {
  if (dir.empty() || dir == "-") {
    return absl::InvalidArgumentError("--format csv writes two files: give --out DIR");
  }
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return absl::InvalidArgumentError(absl::StrCat("cannot create '", dir, "': ", ec.message()));

  // Pass 1: the property keys and their types.
  std::map<std::string, ColumnType> node_keys, edge_keys;
  KG_RETURN_IF_ERROR(store.ScanNodes("", [&](const graph::Node& n) {
    for (const auto& [k, v] : n.props) if (k != "name") node_keys[k].Add(v);
    return true;
  }));
  KG_RETURN_IF_ERROR(store.ScanEdges("", [&](const graph::Edge& e) {
    for (const auto& [k, v] : e.props) edge_keys[k].Add(v);
    return true;
  }));

  absl::Status status;
  std::vector<std::string> fields;
  std::string buf;
  auto flush = [&](OutputFile* out, bool force) {
    if (status.ok() && (force || buf.size() > (1 << 20))) {
      status = out->Write(buf);
      buf.clear();
    }
    return status.ok();
  };

  KG_ASSIGN_OR_RETURN(auto nodes_out, OutputFile::Open(dir + "/nodes.csv"));
  fields = {":ID", ":LABEL", "name:string"};
  for (const auto& [k, t] : node_keys) fields.push_back(absl::StrCat(k, ":", t.Name()));
  AppendCsvRecord(fields, &buf);
  KG_RETURN_IF_ERROR(store.ScanNodes("", [&](const graph::Node& n) {
    fields.clear();
    fields.push_back(absl::StrCat(n.id));
    fields.push_back(absl::StrJoin(n.labels, ";"));
    auto name = n.props.find("name");
    fields.push_back(name == n.props.end() ? "" : CsvText(name->second));
    for (const auto& [k, t] : node_keys) {
      auto it = n.props.find(k);
      fields.push_back(it == n.props.end() ? "" : CsvText(it->second));
    }
    AppendCsvRecord(fields, &buf);
    return flush(nodes_out.get(), false);
  }));
  flush(nodes_out.get(), true);
  KG_RETURN_IF_ERROR(status);

  KG_ASSIGN_OR_RETURN(auto edges_out, OutputFile::Open(dir + "/edges.csv"));
  fields = {":START_ID", ":END_ID", ":TYPE"};
  for (const auto& [k, t] : edge_keys) fields.push_back(absl::StrCat(k, ":", t.Name()));
  AppendCsvRecord(fields, &buf);
  KG_RETURN_IF_ERROR(store.ScanEdges("", [&](const graph::Edge& e) {
    fields.clear();
    fields.push_back(absl::StrCat(e.src));
    fields.push_back(absl::StrCat(e.dst));
    fields.push_back(e.type);
    for (const auto& [k, t] : edge_keys) {
      auto it = e.props.find(k);
      fields.push_back(it == e.props.end() ? "" : CsvText(it->second));
    }
    AppendCsvRecord(fields, &buf);
    return flush(edges_out.get(), false);
  }));
  flush(edges_out.get(), true);
  KG_RETURN_IF_ERROR(status);
  KG_RETURN_IF_ERROR(nodes_out->Close());
  return edges_out->Close();
}

absl::Status Export(const std::string& db_flag, const std::string& format,
                    const std::string& out) {
  if (format != "jsonl" && format != "csv" && format != "pb" && format != "dot") {
    return absl::InvalidArgumentError(
        absl::StrCat("unknown --format '", format, "' (jsonl, csv, pb or dot)"));
  }
  std::string path = ResolveDbPath(db_flag);
  KG_ASSIGN_OR_RETURN(auto store, OpenDb(path, OpenMode::kRead));
  if (format == "jsonl") return ExportJsonl(*store, out);
  if (format == "csv") return ExportCsv(*store, out);
  if (format == "pb") return WriteSnapshotFile(*store, out);
  // format == "dot": written by tools/dot_export.cc (the tools engineer).
  return absl::UnimplementedError("dot export not available");
}

}  // namespace

int RunExport(const Args& args) {
  // --format dot has flags of its own (--query, --around, --hops, --render).
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--format=dot" ||
        (args[i] == "--format" && i + 1 < args.size() && args[i + 1] == "dot")) {
      return RunExportDot(args);
    }
  }
  std::string db, format = "jsonl", out;
  FlagParser flags("export", "export [--db PATH] --format jsonl|csv|pb|dot [--out FILE|DIR]",
                   kDescription);
  flags.AddString("db", &db, "database (default: $KG_DB, else ./kg.db)");
  flags.AddString("format", &format, "jsonl (default), csv, pb or dot");
  flags.AddString("out", &out, "output file (default: stdout); for csv a directory");
  if (absl::Status s = flags.Parse(args); !s.ok()) return ReportStatus("export", s);
  if (flags.help_requested()) return flags.PrintHelp();
  return ReportStatus("export", Export(db, format, out));
}

}  // namespace kg::tools
