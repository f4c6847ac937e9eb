// kg stats: node counts by label, edge counts by type, provenance counts and
// the size of the database on disk.
#include <cstdio>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "graph/status.h"
#include "tools/commands.h"
#include "tools/db_path.h"
#include "tools/flags.h"
#include "tools/json_util.h"

namespace kg::tools {
namespace {

std::string HumanBytes(uint64_t bytes) {
  const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  double v = static_cast<double>(bytes);
  int u = 0;
  while (v >= 1024 && u < 4) {
    v /= 1024;
    ++u;
  }
  return u == 0 ? absl::StrCat(bytes, " B") : absl::StrFormat("%.1f %s", v, units[u]);
}

std::string StatsJson(const std::string& path, const graph::GraphStats& s) {
  std::string out = "{\"db\":";
  AppendJsonString(path, &out);
  absl::StrAppend(&out, ",\"nodes\":", s.nodes, ",\"edges\":", s.edges, ",\"sources\":",
                  s.sources, ",\"documents\":", s.documents, ",\"disk_bytes\":", s.disk_bytes);
  auto append_map = [&out](const char* key, const std::map<std::string, uint64_t>& m) {
    absl::StrAppend(&out, ",\"", key, "\":{");
    bool first = true;
    for (const auto& [k, v] : m) {
      if (!first) out.push_back(',');
      first = false;
      AppendJsonString(k, &out);
      absl::StrAppend(&out, ":", v);
    }
    out.push_back('}');
  };
  append_map("nodes_by_label", s.nodes_by_label);
  append_map("edges_by_type", s.edges_by_type);
  out += "}\n";
  return out;
}

std::string StatsText(const std::string& path, const graph::GraphStats& s) {
  std::string out;
  absl::StrAppendFormat(&out, "database   %s\n", path);
  absl::StrAppendFormat(&out, "nodes      %d\n", s.nodes);
  absl::StrAppendFormat(&out, "edges      %d\n", s.edges);
  absl::StrAppendFormat(&out, "sources    %d\n", s.sources);
  absl::StrAppendFormat(&out, "documents  %d\n", s.documents);
  absl::StrAppendFormat(&out, "disk       %s (%d bytes)\n", HumanBytes(s.disk_bytes), s.disk_bytes);
  auto append_table = [&out](const char* title, const std::map<std::string, uint64_t>& m) {
    absl::StrAppendFormat(&out, "\n%s\n", title);
    if (m.empty()) out += "  (none)\n";
    size_t width = 0;
    for (const auto& [k, v] : m) width = std::max(width, k.size());
    for (const auto& [k, v] : m) {
      absl::StrAppendFormat(&out, "  %-*s  %d\n", static_cast<int>(width), k, v);
    }
  };
  append_table("nodes by label:", s.nodes_by_label);
  append_table("edges by type:", s.edges_by_type);
  return out;
}

absl::Status Stats(const std::string& db_flag, bool json) {
  std::string path = ResolveDbPath(db_flag);
  KG_ASSIGN_OR_RETURN(auto store, OpenDb(path, OpenMode::kRead));
  KG_ASSIGN_OR_RETURN(graph::GraphStats stats, store->Stats());
  if (stats.disk_bytes == 0) stats.disk_bytes = DiskUsage(path);
  std::string out = json ? StatsJson(path, stats) : StatsText(path, stats);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return absl::OkStatus();
}

}  // namespace

int RunStats(const Args& args) {
  std::string db;
  bool json = false;
  FlagParser flags("stats", "stats [--db PATH] [--json]",
                   "Prints how many nodes the database holds by label, how many edges by\n"
                   "type, how many sources and documents, and its size on disk.");
  flags.AddString("db", &db, "database (default: $KG_DB, else ./kg.db)");
  flags.AddBool("json", &json, "print one JSON object instead of a table");
  if (absl::Status s = flags.Parse(args); !s.ok()) return ReportStatus("stats", s);
  if (flags.help_requested()) return flags.PrintHelp();
  return ReportStatus("stats", Stats(db, json));
}

}  // namespace kg::tools
