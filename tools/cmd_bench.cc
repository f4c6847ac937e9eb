// kg bench: the peer runner of ../shared/bench ("Adding a peer"): imports the
// CSVs with `kg import`'s loader (timed), then runs W1-W4 through the Cypher
// engine and prints the result JSON on stdout (logs on stderr).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "graph/status.h"
#include "query/engine.h"
#include "tools/commands.h"
#include "tools/db_path.h"
#include "tools/flags.h"
#include "tools/importer.h"
#include "tools/json_util.h"

namespace kg::tools {
namespace {

using Clock = std::chrono::steady_clock;

double Ms(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

// The workloads as Cypher; parameters are node ids (= the CSV ids, which
// the bulk import keeps).
struct Workload {
  const char* name;
  const char* key;  // in queries.json
  const char* query;
};
constexpr Workload kWorkloads[] = {
    {"W1", "w1",
     "MATCH (a)-[]-(b) WHERE id(a) = $id AND id(b) <> $id RETURN count(DISTINCT b) AS c"},
    {"W2", "w2",
     "MATCH (a)-[*1..2]-(b) WHERE id(a) = $id AND id(b) <> $id RETURN count(DISTINCT b) AS c"},
    {"W3", "w3",
     "MATCH p = shortestPath((a)-[*..6]-(b)) WHERE id(a) = $s AND id(b) = $t "
     "RETURN length(p) AS d"},
    {"W4", "w4",
     "MATCH (c) WHERE id(c) = $id MATCH (c)-[e:MEMBER_OF]->(o:Organization) "
     "WHERE e.year >= 2000 RETURN DISTINCT id(o) AS id ORDER BY id"},
};

struct Answer {
  int64_t count = 0;
  int64_t checksum = 0;  // W4 only
};

absl::StatusOr<Answer> RunOne(query::Engine* engine, const query::PreparedStatement& stmt,
                              const std::string& workload, const JsonValue& param) {
  query::Params params;
  if (workload == "W3") {
    if (param.kind != JsonValue::kArray || param.array.size() != 2) {
      return absl::InvalidArgumentError("a w3 parameter is not a [src, dst] pair");
    }
    params["s"] = query::Value::Int(param.array[0].integer);
    params["t"] = query::Value::Int(param.array[1].integer);
  } else {
    params["id"] = query::Value::Int(param.integer);
  }
  query::Limits limits;
  limits.timeout_ms = 600'000;
  KG_ASSIGN_OR_RETURN(query::Result result, engine->Execute(stmt, params, limits));
  Answer a;
  if (workload == "W4") {
    a.count = static_cast<int64_t>(result.rows.size());
    for (size_t i = 0; i < result.rows.size(); ++i) {
      const int64_t* id = result.rows[i].empty() ? nullptr : result.rows[i][0].as_int();
      if (id == nullptr) return absl::InternalError("W4 returned a row without an integer id");
      a.checksum += static_cast<int64_t>(i + 1) * *id;
    }
    return a;
  }
  if (result.rows.empty() || result.rows[0].empty() || result.rows[0][0].is_null()) return a;
  const int64_t* n = result.rows[0][0].as_int();
  if (n == nullptr) return absl::InternalError(absl::StrCat(workload, " returned a non-integer"));
  a.count = *n;
  return a;
}

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

std::string IntArray(const std::vector<int64_t>& v) {
  std::string out = "[";
  for (size_t i = 0; i < v.size(); ++i) absl::StrAppend(&out, i ? "," : "", v[i]);
  return out + "]";
}

int64_t Sum(const std::vector<int64_t>& v) {
  int64_t s = 0;
  for (int64_t x : v) s += x;
  return s;
}

absl::Status Bench(const std::string& data, const std::string& db, const std::string& scale,
                   int64_t warmup, int64_t threads, const std::string& only) {
  auto wall0 = Clock::now();
  if (data.empty() || db.empty()) {
    return absl::InvalidArgumentError("--data DIR and --db PATH are required");
  }
  std::ifstream qf(data + "/queries.json");
  if (!qf) return absl::NotFoundError(absl::StrCat("cannot read ", data, "/queries.json"));
  std::stringstream qs;
  qs << qf.rdbuf();
  auto parsed = ParseJson(qs.str());
  if (!parsed.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(data, "/queries.json: ", parsed.status().message()));
  }
  const JsonValue& queries = *parsed;
  const JsonValue* expected = queries.Find("expected");
  if (expected == nullptr) return absl::InvalidArgumentError("queries.json has no 'expected'");

  // Fresh database, timed load: `kg import`'s one pass over the CSVs into the
  // bulk loader + its sort, SST files and durable ingestion.
  std::error_code ec;
  std::filesystem::remove_all(db, ec);
  std::fprintf(stderr, "kg bench: loading %s into %s\n", data.c_str(), db.c_str());
  auto t0 = Clock::now();
  KG_ASSIGN_OR_RETURN(ImportSummary summary,
                      ImportCsv(db, data + "/nodes.csv", data + "/edges.csv"));
  double load_s = Ms(t0, Clock::now()) / 1000;
  uint64_t db_bytes = DiskUsage(db);
  if (!summary.kept_ids) {
    return absl::InternalError("the bulk import did not keep the CSV ids as node ids");
  }
  KG_ASSIGN_OR_RETURN(auto store, OpenDb(db, OpenMode::kRead));
  KG_ASSIGN_OR_RETURN(graph::GraphStats stats, store->Stats());
  query::Engine engine(store.get());
  std::fprintf(stderr, "kg bench: loaded %llu nodes, %llu edges in %.2f s\n",
               static_cast<unsigned long long>(stats.nodes),
               static_cast<unsigned long long>(stats.edges), load_s);

  std::string out = "{\"format\":1,\"peer\":\"kg\",\"scale\":";
  AppendJsonString(scale, &out);
  out += ",\"engine\":\"kg\",\"engine_version\":\"0.1.0\",";
  out += "\"binding\":\"C++ in-process: query::Engine::Execute (openCypher), prepared statements\",";
  if (const JsonValue* seed = queries.Find("seed")) {
    absl::StrAppend(&out, "\"generator\":{\"seed\":", seed->integer, ",\"nodes\":",
                    queries.Find("nodes") ? queries.Find("nodes")->integer : 0, ",\"edges\":",
                    queries.Find("edges") ? queries.Find("edges")->integer : 0, "},");
  }
  absl::StrAppend(&out, "\"nodes\":", stats.nodes, ",\"edges\":", stats.edges,
                  ",\"load_s\":", Fixed(load_s), ",\"load_detail\":{\"read_csv_s\":",
                  Fixed(summary.validate_s), ",\"bulk_write_s\":", Fixed(summary.write_s),
                  "},\"db_bytes\":", db_bytes, ",\"threads\":", threads,
                  ",\"schema\":\"schemaless property graph; labels from the label column, "
                  "edge year as int property\",\"indexes\":\"RocksDB: nodes by id, "
                  "adjacency by (node, direction, type), label index\",\"workloads\":{");

  bool all_ok = true;
  bool first = true;
  std::vector<std::string> wanted = absl::StrSplit(only, ',', absl::SkipEmpty());
  for (const Workload& w : kWorkloads) {
    if (!wanted.empty() && std::find(wanted.begin(), wanted.end(), w.name) == wanted.end()) continue;
    const JsonValue* params = queries.Find(w.key);
    const JsonValue* exp = expected->Find(w.key);
    if (params == nullptr || params->kind != JsonValue::kArray) {
      return absl::InvalidArgumentError(absl::StrCat("queries.json has no '", w.key, "' list"));
    }
    KG_ASSIGN_OR_RETURN(auto stmt, engine.Prepare(w.query));
    std::fprintf(stderr, "kg bench: %s warm-up (%lld pass)\n", w.name, static_cast<long long>(warmup));
    auto wu0 = Clock::now();
    for (int64_t pass = 0; pass < warmup; ++pass) {
      for (const JsonValue& p : params->array) {
        KG_RETURN_IF_ERROR(RunOne(&engine, *stmt, w.name, p).status());
      }
    }
    double warmup_s = Ms(wu0, Clock::now()) / 1000;
    std::vector<double> times;
    std::vector<int64_t> counts, checksums;
    for (const JsonValue& p : params->array) {
      auto q0 = Clock::now();
      KG_ASSIGN_OR_RETURN(Answer a, RunOne(&engine, *stmt, w.name, p));
      times.push_back(Ms(q0, Clock::now()));
      counts.push_back(a.count);
      checksums.push_back(a.checksum);
    }
    std::vector<int64_t> mismatches;
    const JsonValue* exp_ck = w.name == std::string("W4") ? expected->Find("w4_checksum") : nullptr;
    for (size_t i = 0; i < counts.size(); ++i) {
      bool ok = exp != nullptr && i < exp->array.size() && exp->array[i].integer == counts[i];
      if (exp_ck != nullptr) ok = ok && i < exp_ck->array.size() && exp_ck->array[i].integer == checksums[i];
      if (!ok && mismatches.size() < 10) mismatches.push_back(static_cast<int64_t>(i));
      if (!ok) all_ok = false;
    }
    bool ok = mismatches.empty();
    std::vector<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    size_t n = sorted.size();
    double total = 0;
    for (double t : sorted) total += t;
    double median = n == 0 ? 0 : n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    double p95 = n == 0 ? 0 : sorted[std::min(n - 1, static_cast<size_t>((95 * n + 99) / 100) - 1)];
    int64_t expected_sum = 0;
    if (exp != nullptr) for (const JsonValue& v : exp->array) expected_sum += v.integer;
    std::fprintf(stderr, "kg bench: %s median %.3f ms, p95 %.3f ms, sum %lld (expected %lld)%s\n",
                 w.name, median, p95, static_cast<long long>(Sum(counts)),
                 static_cast<long long>(expected_sum), ok ? "" : " MISMATCH");
    if (!first) out += ",";
    first = false;
    absl::StrAppend(&out, "\"", w.name, "\":{\"query\":");
    AppendJsonString(w.query, &out);
    absl::StrAppend(&out, ",\"n\":", n, ",\"median_ms\":", Fixed(median), ",\"p95_ms\":",
                    Fixed(p95), ",\"mean_ms\":", Fixed(n ? total / n : 0), ",\"min_ms\":",
                    Fixed(n ? sorted.front() : 0), ",\"max_ms\":", Fixed(n ? sorted.back() : 0),
                    ",\"total_ms\":", Fixed(total), ",\"warmup_s\":", Fixed(warmup_s),
                    ",\"counts\":", IntArray(counts), ",\"result_sum\":", Sum(counts),
                    ",\"expected_sum\":", expected_sum, ",\"ok\":", ok ? "true" : "false",
                    ",\"mismatches\":", IntArray(mismatches));
    if (exp_ck != nullptr) {
      int64_t expected_ck = 0;
      for (const JsonValue& v : exp_ck->array) expected_ck += v.integer;
      absl::StrAppend(&out, ",\"checksum_sum\":", Sum(checksums),
                      ",\"expected_checksum_sum\":", expected_ck);
    }
    out += "}";
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  absl::StrAppend(&out, "},\"all_ok\":", all_ok ? "true" : "false", ",\"self_max_rss_kb\":",
                  ru.ru_maxrss, ",\"wall_s\":", Fixed(Ms(wall0, Clock::now()) / 1000), "}\n");
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  return absl::OkStatus();
}

}  // namespace

int RunBench(const Args& args) {
  std::string data, db, scale = "custom", only;
  int64_t warmup = 1, threads = 1;
  FlagParser flags(
      "bench", "bench --data DIR --db PATH [--scale NAME] [--warmup N] [--threads N]",
      "The peer runner of ../shared/bench (README \"Adding a peer\"): removes PATH,\n"
      "imports DIR/nodes.csv and DIR/edges.csv with kg's bulk import (timed:\n"
      "load_s), measures db_bytes, then runs W1-W4 from DIR/queries.json through\n"
      "the openCypher engine (a warm-up pass, then a timed pass, each query timed\n"
      "from Execute to all rows fetched), checks the answers against the\n"
      "generator's and prints one result JSON object on stdout.\n"
      "Use it from the driver:\n"
      "  bash ../shared/bench/run_peers.sh medium kuzu sqlite 'kg=build/kg bench'\n"
      "or tools/bench.sh SCALE, which also prints the ratios to the peers.");
  flags.AddString("data", &data, "folder with nodes.csv, edges.csv, queries.json");
  flags.AddString("db", &db, "database to create (removed first)");
  flags.AddString("scale", &scale, "scale name recorded in the result");
  flags.AddInt("warmup", &warmup, "untimed passes before the timed one (default 1)");
  flags.AddInt("threads", &threads, "recorded; each query runs on one thread");
  flags.AddString("only", &only, "comma-separated subset of W1,W2,W3,W4");
  if (absl::Status s = flags.Parse(args); !s.ok()) return ReportStatus("bench", s);
  if (flags.help_requested()) return flags.PrintHelp();
  return ReportStatus("bench", Bench(data, db, scale, warmup, threads, only));
}

}  // namespace kg::tools
