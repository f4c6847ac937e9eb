// kg query: answers one openCypher statement. Only the result goes to
// standard output; messages, timing and errors go to standard error.
#include <cstdio>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "query/engine.h"
#include "tools/commands.h"
#include "tools/db_path.h"
#include "tools/flags.h"
#include "tools/request_file.h"
#include "tools/shell_table.h"

namespace kg::tools {
namespace {

// A --param value is a Cypher literal (42, 1.5, true, 'text', [1, 2],
// {k: 'v'}); anything that is not one is taken as a plain string.
query::Value ParseParamValue(query::Engine& engine, const std::string& text) {
  auto r = engine.Execute("RETURN " + text);
  if (r.ok() && r->rows.size() == 1 && r->rows[0].size() == 1) return r->rows[0][0];
  return query::Value::String(text);
}

std::string Render(const query::Result& r, const std::string& format) {
  std::string out;
  if (format == "json") {
    for (const auto& row : r.rows) {
      out += "{";
      for (size_t i = 0; i < row.size(); ++i) {
        if (i) out += ", ";
        out += JsonQuote(r.columns[i]) + ": " + query::ToJson(row[i]);
      }
      out += "}\n";
    }
    return out;
  }
  std::vector<std::vector<std::string>> cells;
  for (const auto& row : r.rows) {
    std::vector<std::string> line;
    for (const auto& v : row) line.push_back(query::ToDisplay(v));
    cells.push_back(std::move(line));
  }
  if (format == "csv") {
    if (r.columns.empty()) return out;
    out += CsvRecord(r.columns) + "\n";
    for (const auto& line : cells) out += CsvRecord(line) + "\n";
    return out;
  }
  if (r.columns.empty()) return out;
  out = RenderTable(r.columns, cells, TableOptions{});
  if (!out.empty() && out.back() != '\n') out += "\n";
  return out;
}

std::string Effects(const query::SideEffects& e) {
  std::vector<std::string> parts;
  auto add = [&](int64_t n, const char* what) {
    if (n) parts.push_back(absl::StrCat(n, " ", what));
  };
  add(e.nodes_created, "nodes created");
  add(e.nodes_deleted, "nodes deleted");
  add(e.relationships_created, "relationships created");
  add(e.relationships_deleted, "relationships deleted");
  add(e.properties_set, "properties set");
  add(e.properties_removed, "properties removed");
  add(e.labels_added, "labels added");
  add(e.labels_removed, "labels removed");
  std::string s;
  for (size_t i = 0; i < parts.size(); ++i) s += (i ? ", " : "") + parts[i];
  return s;
}

}  // namespace

int RunQuery(const Args& raw_args) {
  // --param may repeat, so it is taken out before the flag parser runs.
  std::vector<std::string> param_specs;
  Args args;
  for (size_t i = 0; i < raw_args.size(); ++i) {
    const std::string& a = raw_args[i];
    if (a == "--param") {
      if (i + 1 >= raw_args.size()) {
        return ReportStatus("query", absl::InvalidArgumentError("--param needs NAME=VALUE"));
      }
      param_specs.push_back(raw_args[++i]);
    } else if (absl::StartsWith(a, "--param=")) {
      param_specs.push_back(a.substr(8));
    } else {
      args.push_back(a);
    }
  }
  std::string db, format = "table";
  int64_t max_rows = 1'000'000, timeout_ms = 30'000, max_memory_mb = 2'048;
  FlagParser flags(
      "query",
      "query [--db PATH] [--format table|json|csv] [--param NAME=VALUE]... \"STATEMENT\"",
      "Answers one openCypher statement and prints only its result on standard\n"
      "output: a table, CSV (a header line, then one line per row) or JSON (one\n"
      "object per row). Messages and timing go to standard error; a failed\n"
      "statement exits non-zero with the error (syntax errors with a caret).\n"
      "Read statements open the database read-only; CREATE/MERGE/SET/REMOVE/\n"
      "DELETE open it for writing (one transaction per statement).\n"
      "--param NAME=VALUE binds $NAME; VALUE is a Cypher literal (42, 1.5, true,\n"
      "'text', [1, 2], {k: 1}) or else a plain string. May be repeated.\n"
      "EXPLAIN STATEMENT prints the plan; PROFILE STATEMENT prints the result and,\n"
      "on standard error, rows and time per operator.");
  flags.AddString("db", &db, "database (default: $KG_DB, else ./kg.db)");
  flags.AddString("format", &format, "table (default), json or csv");
  flags.AddInt("max-rows", &max_rows, "fail when the statement returns more rows (1000000)");
  flags.AddInt("timeout-ms", &timeout_ms, "fail when the statement runs longer (30000)");
  flags.AddInt("max-memory-mb", &max_memory_mb,
               "fail when intermediate results need more memory (2048)");
  std::string request, response;
  flags.AddString("request", &request,
                  "answer the kg.QueryRequest(s) in this .pb/.txtpb/.pbs file instead");
  flags.AddString("response", &response, "with --request: where the response(s) go");
  flags.AllowPositional("STATEMENT", "the openCypher statement");
  if (absl::Status s = flags.Parse(args); !s.ok()) return ReportStatus("query", s);
  if (flags.help_requested()) return flags.PrintHelp();
  if (!request.empty() || !response.empty()) {  // the protobuf file interface
    if (request.empty() || response.empty() || !flags.positional().empty()) {
      return ReportStatus("query", absl::InvalidArgumentError(
                                       "--request FILE and --response FILE go together, "
                                       "without a STATEMENT"));
    }
    return AnswerRequestFile(db, request, response);
  }
  if (format != "table" && format != "json" && format != "csv") {
    return ReportStatus("query", absl::InvalidArgumentError(absl::StrCat(
                                     "--format must be table, json or csv, not '", format, "'")));
  }
  if (flags.positional().size() != 1) {
    return ReportStatus("query", absl::InvalidArgumentError(
                                     "give exactly one statement (quote it), see --help"));
  }
  const std::string& statement = flags.positional()[0];

  query::Engine parser_only(nullptr);
  auto prepared = parser_only.Prepare(statement);
  if (!prepared.ok()) {
    std::fprintf(stderr, "kg query: %s\n",
                 query::FormatErrorWithCaret(prepared.status(), statement).c_str());
    return ExitCodeFor(prepared.status());
  }
  bool writes = query::StatementWrites(**prepared);
  auto store = OpenDb(ResolveDbPath(db), writes ? OpenMode::kWrite : OpenMode::kRead);
  if (!store.ok()) return ReportStatus("query", store.status());
  query::Engine engine(store->get());

  query::Params params;
  for (const std::string& spec : param_specs) {
    size_t eq = spec.find('=');
    if (eq == std::string::npos || eq == 0) {
      return ReportStatus("query", absl::InvalidArgumentError(absl::StrCat(
                                       "--param '", spec, "' is not NAME=VALUE")));
    }
    params[spec.substr(0, eq)] = ParseParamValue(engine, spec.substr(eq + 1));
  }
  query::Limits limits;
  limits.max_rows = static_cast<uint64_t>(max_rows);
  limits.timeout_ms = static_cast<uint64_t>(timeout_ms);
  limits.max_memory_mb = static_cast<uint64_t>(max_memory_mb);
  auto result = engine.Execute(**prepared, params, limits);
  if (!result.ok()) {
    std::fprintf(stderr, "kg query: %s\n",
                 query::FormatErrorWithCaret(result.status(), statement).c_str());
    return ExitCodeFor(result.status());
  }
  absl::string_view head(statement);
  while (!head.empty() && absl::ascii_isspace(head.front())) head.remove_prefix(1);
  bool explain = absl::StartsWithIgnoreCase(head, "EXPLAIN");
  if (explain) {
    std::fputs(result->plan.c_str(), stdout);
  } else {
    std::fputs(Render(*result, format).c_str(), stdout);
    if (!result->plan.empty()) std::fprintf(stderr, "%s", result->plan.c_str());
  }
  std::string effects = Effects(result->effects);
  std::fprintf(stderr, "%zu row%s; parse %.2f ms, plan %.2f ms, execute %.2f ms%s%s\n",
               result->rows.size(), result->rows.size() == 1 ? "" : "s", result->parse_ms,
               result->plan_ms, result->execute_ms, effects.empty() ? "" : "; ",
               effects.c_str());
  return 0;
}

}  // namespace kg::tools
