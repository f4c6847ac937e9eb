// RunExportDot (dot_export.h): `kg export --format dot`, reached from
// cmd_export.cc. Kept apart from the DOT writer so that the writer links
// without the query engine.
#include <cstdio>
#include <string>

#include "graph/status.h"
#include "tools/db_path.h"
#include "tools/dot_export.h"
#include "tools/flags.h"
#include "tools/output_file.h"
#include "tools/shell_resolve.h"

namespace kg::tools {
namespace {

constexpr char kDotDescription[] =
    "Writes Graphviz DOT: the whole graph, the nodes, relationships and paths a\n"
    "query returns (--query), or what lies within --hops relationships of a node\n"
    "(--around NAME; names go through the alias index). Node shape and colour\n"
    "follow the label; edge labels carry the type and its key qualifiers; MET,\n"
    "DIPLOMATIC_RELATIONS and PARTNERSHIP are drawn undirected. The order is\n"
    "stable, so exports diff well. --render svg|png|pdf runs Graphviz `dot` on it\n"
    "and writes the picture to --out instead.";

absl::Status ExportDot(const std::string& db, const std::string& out, const std::string& query,
                       const std::string& around, int64_t hops, const std::string& render) {
  if (!query.empty() && !around.empty()) {
    return absl::InvalidArgumentError("--query and --around exclude each other");
  }
  if (!render.empty() && (out.empty() || out == "-")) {
    return absl::InvalidArgumentError("--render needs --out FILE for the picture");
  }
  if (hops < 0) return absl::InvalidArgumentError("--hops must be 0 or more");
  KG_ASSIGN_OR_RETURN(auto store, OpenDb(ResolveDbPath(db), OpenMode::kRead));
  Selection sel;
  if (!query.empty()) {
    query::Engine engine(store.get());
    absl::StatusOr<query::Result> r = engine.Execute(query);
    if (!r.ok()) {
      return absl::Status(r.status().code(),
                          "--query: " + query::FormatErrorWithCaret(r.status(), query));
    }
    sel = SelectFromResult(*r);
  } else if (!around.empty()) {
    KG_ASSIGN_OR_RETURN(NamedNode center, ResolveName(*store, around));
    KG_ASSIGN_OR_RETURN(sel, SelectAround(*store, center.id, static_cast<int>(hops)));
  } else {
    KG_ASSIGN_OR_RETURN(sel, SelectAll(*store));
  }
  KG_ASSIGN_OR_RETURN(std::string dot, WriteDot(*store, sel));
  if (!render.empty()) {
    std::string warnings;
    KG_RETURN_IF_ERROR(RenderDot(dot, render, out, &warnings));
    if (!warnings.empty()) std::fprintf(stderr, "%s", warnings.c_str());
    return absl::OkStatus();
  }
  KG_ASSIGN_OR_RETURN(auto file, OutputFile::Open(out.empty() ? "-" : out));
  KG_RETURN_IF_ERROR(file->Write(dot));
  return file->Close();
}

}  // namespace

int RunExportDot(const Args& args) {
  std::string db, format, out, query, around, render;
  int64_t hops = 1;
  FlagParser flags("export",
                   "export [--db PATH] --format dot [--out FILE] [--query CYPHER | --around NAME "
                   "[--hops K]] [--render svg|png|pdf]",
                   kDotDescription);
  flags.AddString("db", &db, "database (default: $KG_DB, else ./kg.db)");
  flags.AddString("format", &format, "dot");
  flags.AddString("out", &out, "output file (default: stdout)");
  flags.AddString("query", &query, "draw what this query returns");
  flags.AddString("around", &around, "draw the neighbourhood of this node");
  flags.AddInt("hops", &hops, "neighbourhood radius for --around (default 1)");
  flags.AddString("render", &render, "svg, png or pdf: render with Graphviz into --out");
  if (absl::Status s = flags.Parse(args); !s.ok()) return ReportStatus("export", s);
  if (flags.help_requested()) return flags.PrintHelp();
  return ReportStatus("export", ExportDot(db, out, query, around, hops, render));
}

}  // namespace kg::tools
