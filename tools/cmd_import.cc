// kg import: load nodes and edges from CSV files or a .pb snapshot, all or
// nothing (see tools/importer.h).
#include <cstdio>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_format.h"
#include "graph/status.h"
#include "tools/commands.h"
#include "tools/db_path.h"
#include "tools/flags.h"
#include "tools/importer.h"

namespace kg::tools {
namespace {

constexpr char kDescription[] =
    "Loads a graph into the database (created when missing), all or nothing:\n"
    "any error (which names FILE:LINE, or FILE: byte offset N for .pb) leaves\n"
    "the database unchanged, and a database the import created is removed.\n"
    "CSV files are read once, straight into the bulk loader (an existing\n"
    "database is opened for writing only after a check of the whole input).\n"
    "\n"
    "CSV headers, either style:\n"
    "  plain:  nodes `id,label,name,...`   edges `src,dst,type,...`\n"
    "          (untyped extra columns become int, float, boolean or string,\n"
    "           whichever fits every value of the column; `key:int` forces a type)\n"
    "  Neo4j:  nodes `:ID,:LABEL,name:string,...`\n"
    "          edges `:START_ID,:END_ID,:TYPE,year:int,...`\n"
    "          types string, int, long, float, double, boolean, and arrays\n"
    "          (`aliases:string[]`, elements separated by ';'); several labels\n"
    "          are separated by ';'. Empty fields leave the property unset.\n"
    "Into an empty database integer node ids are kept (id(n) = the CSV id);\n"
    "into a non-empty one the nodes get fresh ids and the input is appended.\n"
    "\n"
    "F.pb is a snapshot written by `kg export --format pb` (nodes, edges,\n"
    "qualifiers and sources, losslessly).";

absl::Status Import(const std::string& db_flag, const std::string& nodes,
                    const std::string& edges, const std::vector<std::string>& positional) {
  std::string snapshot;
  if (!positional.empty()) {
    if (positional.size() > 1) {
      return absl::InvalidArgumentError("give one .pb snapshot file (see `kg import --help`)");
    }
    if (!nodes.empty() || !edges.empty()) {
      return absl::InvalidArgumentError("give either --nodes/--edges CSV files or a .pb file, not both");
    }
    snapshot = positional[0];
  } else if (nodes.empty()) {
    return absl::InvalidArgumentError(
        edges.empty() ? "nothing to import: give --nodes F.csv [--edges F.csv] or F.pb"
                      : "--edges needs --nodes (edges refer to the ids of the nodes file)");
  }
  std::string path = ResolveDbPath(db_flag);
  ImportSummary summary;
  if (!snapshot.empty()) {
    KG_ASSIGN_OR_RETURN(summary, ImportSnapshot(path, snapshot));
  } else {
    KG_ASSIGN_OR_RETURN(summary, ImportCsv(path, nodes, edges));
  }
  std::printf("imported %llu nodes and %llu edges into %s (%s) in %.2f s "
              "(read %.2f s, write %.2f s)\n",
              static_cast<unsigned long long>(summary.nodes),
              static_cast<unsigned long long>(summary.edges), path.c_str(),
              summary.kept_ids ? "node ids kept" : "fresh node ids",
              summary.validate_s + summary.write_s, summary.validate_s, summary.write_s);
  return absl::OkStatus();
}

}  // namespace

int RunImport(const Args& args) {
  std::string db, nodes, edges;
  FlagParser flags("import",
                   "import [--db PATH] --nodes NODES.csv [--edges EDGES.csv]\n"
                   "       kg import [--db PATH] SNAPSHOT.pb",
                   kDescription);
  flags.AddString("db", &db, "database (default: $KG_DB, else ./kg.db)");
  flags.AddString("nodes", &nodes, "nodes CSV file");
  flags.AddString("edges", &edges, "edges CSV file (ids refer to the nodes file)");
  flags.AllowPositional("SNAPSHOT.pb", "a snapshot from `kg export --format pb`");
  if (absl::Status s = flags.Parse(args); !s.ok()) return ReportStatus("import", s);
  if (flags.help_requested()) return flags.PrintHelp();
  return ReportStatus("import", Import(db, nodes, edges, flags.positional()));
}

}  // namespace kg::tools
