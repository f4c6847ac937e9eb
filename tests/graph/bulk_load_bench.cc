// kg_graph_bench: loads a bench data directory (nodes.csv id,label,name;
// edges.csv src,dst,type,year from ../shared/bench/gen_graph.py) through
// BulkLoader into a fresh database and prints load seconds and database
// bytes. Usage: kg_graph_bench DATA_DIR DB_DIR
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "graph/bulk_load.h"
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
  return 0;
}
