// kg_graph_bench: loads a bench data directory (nodes.csv id,label,name;
// edges.csv src,dst,type,year from ../shared/bench/gen_graph.py) through
// BulkLoader into a fresh database and prints load seconds and database
// bytes, then runs the workloads W1-W3 of the peer benchmark (undirected
// distinct neighbours, 2-hop neighbourhood, shortest path <= 6 hops) on the
// compact view and checks their sums against queries.json.
// Usage: kg_graph_bench DATA_DIR DB_DIR
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "graph/bulk_load.h"
#include "graph/compact_view.h"
#include "graph/graph_store.h"

namespace {

bool ReadFile(const std::string& path, std::string* out) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  std::fseek(f, 0, SEEK_END);
  out->resize(std::ftell(f));
  std::fseek(f, 0, SEEK_SET);
  size_t n = std::fread(out->data(), 1, out->size(), f);
  std::fclose(f);
  return n == out->size();
}

// Calls fn(fields) for every data line (header skipped); fields are views.
template <typename Fn>
bool ForEachRow(const std::string& text, Fn fn) {
  size_t pos = text.find('\n');
  if (pos == std::string::npos) return true;
  ++pos;
  std::vector<std::string_view> fields;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + pos, end - pos);
    fields.clear();
    size_t start = 0;
    for (;;) {
      size_t comma = line.find(',', start);
      if (comma == std::string_view::npos) {
        fields.push_back(line.substr(start));
        break;
      }
      fields.push_back(line.substr(start, comma - start));
      start = comma + 1;
    }
    if (!fn(fields)) return false;
    pos = end + 1;
  }
  return true;
}

// The integers inside the JSON array that starts after `"key":`.
std::vector<int64_t> JsonInts(const std::string& json, const std::string& key) {
  std::vector<int64_t> out;
  size_t p = json.find("\"" + key + "\":");
  if (p == std::string::npos) return out;
  p = json.find('[', p);
  int depth = 0;
  for (; p < json.size(); ++p) {
    char c = json[p];
    if (c == '[') ++depth;
    if (c == ']' && --depth == 0) break;
    if (c >= '0' && c <= '9') {
      size_t end = p;
      while (end < json.size() && json[end] >= '0' && json[end] <= '9') ++end;
      out.push_back(std::stoll(json.substr(p, end - p)));
      p = end - 1;
    }
  }
  return out;
}

int64_t JsonSum(const std::string& json, const std::string& key) {
  size_t p = json.find("\"sums\"");
  p = json.find("\"" + key + "\":", p);
  return p == std::string::npos ? -1 : std::stoll(json.substr(p + key.size() + 3));
}

// Runs fn(i) over n parameters: one warm-up pass, then a timed pass.
template <typename Fn>
void Workload(const char* name, size_t n, int64_t expected, Fn fn) {
  for (size_t i = 0; i < n; ++i) fn(i);
  std::vector<double> ms;
  int64_t sum = 0;
  for (size_t i = 0; i < n; ++i) {
    auto a = std::chrono::steady_clock::now();
    sum += fn(i);
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - a).count());
  }
  std::sort(ms.begin(), ms.end());
  double median = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
  std::printf("{\"workload\": \"%s\", \"median_ms\": %.4f, \"p95_ms\": %.4f, \"sum\": %lld, "
              "\"expected\": %lld, \"ok\": %s}\n",
              name, median, ms[std::min(n - 1, (n * 95 + 99) / 100 - 1)], static_cast<long long>(sum),
              static_cast<long long>(expected), sum == expected ? "true" : "false");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s DATA_DIR DB_DIR\n", argv[0]);
    return 1;
  }
  std::string data = argv[1], db = argv[2];
  std::filesystem::remove_all(db);
  auto t0 = std::chrono::steady_clock::now();
  std::string nodes_csv, edges_csv;
  if (!ReadFile(data + "/nodes.csv", &nodes_csv) || !ReadFile(data + "/edges.csv", &edges_csv)) {
    std::fprintf(stderr, "cannot read %s/nodes.csv or edges.csv\n", data.c_str());
    return 1;
  }
  auto store = kg::graph::GraphStore::Open(db);
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
    return 1;
  }
  auto loader = kg::graph::BulkLoader::Create(store->get()).value();
  loader->Reserve(std::count(nodes_csv.begin(), nodes_csv.end(), '\n'),
                  std::count(edges_csv.begin(), edges_csv.end(), '\n'));
  std::vector<std::string> labels(1), node_keys = {"name"}, edge_keys = {"year"};
  std::vector<kg::graph::PropertyValue> values(1);
  absl::Status st;
  ForEachRow(nodes_csv, [&](const std::vector<std::string_view>& f) {
    labels[0].assign(f[1]);
    values[0] = kg::graph::PropertyValue(std::string(f[2]));
    st = loader->AddNode(f[0], labels, node_keys, values);
    return st.ok();
  });
  auto t1 = std::chrono::steady_clock::now();
  if (st.ok()) {
    ForEachRow(edges_csv, [&](const std::vector<std::string_view>& f) {
      values[0] = kg::graph::PropertyValue(static_cast<int64_t>(std::stoll(std::string(f[3]))));
      st = loader->AddEdge(f[0], f[2], f[1], edge_keys, values);
      return st.ok();
    });
  }
  if (!st.ok()) {
    std::fprintf(stderr, "%s\n", st.ToString().c_str());
    return 1;
  }
  auto t2 = std::chrono::steady_clock::now();
  auto result = loader->Finish();
  if (!result.ok()) {
    std::fprintf(stderr, "%s\n", result.status().ToString().c_str());
    return 1;
  }
  auto t3 = std::chrono::steady_clock::now();
  auto secs = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
  auto stats = (*store)->Stats().value();
  std::printf(
      "{\"load_s\": %.3f, \"nodes_s\": %.3f, \"edges_s\": %.3f, \"finish_s\": %.3f, "
      "\"nodes\": %llu, \"edges\": %llu, \"kept_ids\": %s, \"db_bytes\": %llu, "
      "\"db_mib\": %.1f}\n",
      secs(t0, t3), secs(t0, t1), secs(t1, t2), secs(t2, t3),
      static_cast<unsigned long long>(stats.nodes), static_cast<unsigned long long>(stats.edges),
      result->kept_integer_ids ? "true" : "false",
      static_cast<unsigned long long>(stats.disk_bytes), stats.disk_bytes / 1048576.0);
  std::string queries;
  if (!ReadFile(data + "/queries.json", &queries)) return 0;
  auto v0 = std::chrono::steady_clock::now();
  auto view = kg::graph::CompactView::ForStore(**store);
  if (!view.ok()) {
    std::fprintf(stderr, "%s\n", view.status().ToString().c_str());
    return 1;
  }
  std::printf("{\"view_build_s\": %.3f}\n", secs(v0, std::chrono::steady_clock::now()));
  const kg::graph::CompactView& g = **view;
  auto w1 = JsonInts(queries, "w1"), w2 = JsonInts(queries, "w2"), w3 = JsonInts(queries, "w3");
  kg::graph::TraversalSpec one, two, six;
  two.max_hops = 2;
  six.max_hops = 6;
  Workload("W1", w1.size(), JsonSum(queries, "w1"), [&](size_t i) {
    return static_cast<int64_t>(g.CountNeighbourhood(w1[i], one).value());
  });
  Workload("W2", w2.size(), JsonSum(queries, "w2"), [&](size_t i) {
    return static_cast<int64_t>(g.CountNeighbourhood(w2[i], two).value());
  });
  Workload("W3", w3.size() / 2, JsonSum(queries, "w3"), [&](size_t i) {
    auto p = g.ShortestPath(w3[2 * i], w3[2 * i + 1], six).value();
    return p ? static_cast<int64_t>(p->length()) : 0;
  });
  return 0;
}
