// Runs the data-driven query tests in tests/queries/*.test: one GoogleTest
// per case, each on a fresh in-memory database. File format:
//
//   # comment                       (outside query blocks)
//   setup:                          (file-wide; run before every case)
//   CREATE ...;                     statements end with ';' at a line end
//   case: NAME
//   setup:                          (optional, after the file-wide setup)
//   params: name=LITERAL, ...       (optional; Cypher literals)
//   limits: max_rows=N timeout_ms=N max_memory_mb=N   (optional)
//   query:
//   MATCH ... RETURN ...
//   expect: any | ordered | error TEXT | effects K=V ...
//   col | col                       (header, then one line per row, values
//   'x' | 1                          as ToCypherLiteral renders them)
#include <dirent.h>

#include <fstream>
#include <map>
#include <sstream>

#include <gtest/gtest.h>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "graph/graph_store.h"
#include "query/engine.h"

namespace kg::query {
namespace {

struct Case {
  std::string file, name;
  int line = 0;
  std::vector<std::string> setup;
  std::vector<std::string> params;  // name=literal
  Limits limits;
  std::string query;
  std::string expect;               // any | ordered | error ... | effects ...
  std::vector<std::string> table;   // header + rows
};

std::vector<std::string> SplitStatements(const std::string& block) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(block);
  std::string line;
  while (std::getline(in, line)) {
    cur += line + "\n";
    std::string t(absl::StripAsciiWhitespace(line));
    if (absl::EndsWith(t, ";")) {
      cur.erase(cur.rfind(';'));
      if (!absl::StripAsciiWhitespace(cur).empty()) out.push_back(cur);
      cur.clear();
    }
  }
  if (!absl::StripAsciiWhitespace(cur).empty()) out.push_back(cur);
  return out;
}

std::vector<Case> ParseFile(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  std::vector<Case> cases;
  std::vector<std::string> file_setup;
  Case* cur = nullptr;
  std::string mode;  // which block the following lines belong to
  std::string block;
  auto flush = [&]() {
    if (mode == "setup") {
      auto st = SplitStatements(block);
      auto& dst = cur ? cur->setup : file_setup;
      dst.insert(dst.end(), st.begin(), st.end());
    } else if (mode == "query" && cur) {
      cur->query = std::string(absl::StripAsciiWhitespace(block));
    } else if (mode == "expect" && cur) {
      for (absl::string_view l : absl::StrSplit(block, '\n')) {
        std::string t(absl::StripAsciiWhitespace(l));
        if (!t.empty()) cur->table.push_back(t);
      }
    }
    block.clear();
    mode.clear();
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string l = lines[i];
    if (!l.empty() && l.back() == '\r') l.pop_back();
    if (mode != "query" && mode != "setup" && (l.empty() || l[0] == '#')) continue;
    if (absl::StartsWith(l, "case:")) {
      flush();
      cases.emplace_back();
      cur = &cases.back();
      cur->file = path;
      cur->line = static_cast<int>(i + 1);
      cur->name = std::string(absl::StripAsciiWhitespace(l.substr(5)));
      cur->setup = file_setup;
    } else if (l == "setup:" || l == "query:") {
      flush();
      mode = l.substr(0, l.size() - 1);
    } else if (absl::StartsWith(l, "params:") && cur) {
      flush();
      for (absl::string_view p : absl::StrSplit(l.substr(7), ", ", absl::SkipEmpty())) {
        cur->params.push_back(std::string(absl::StripAsciiWhitespace(p)));
      }
    } else if (absl::StartsWith(l, "limits:") && cur) {
      flush();
      for (absl::string_view p : absl::StrSplit(l.substr(7), ' ', absl::SkipEmpty())) {
        std::pair<std::string, std::string> kv = absl::StrSplit(p, '=');
        uint64_t v = 0;
        EXPECT_TRUE(absl::SimpleAtoi(kv.second, &v)) << path << ":" << i + 1;
        if (kv.first == "max_rows") cur->limits.max_rows = v;
        if (kv.first == "timeout_ms") cur->limits.timeout_ms = v;
        if (kv.first == "max_memory_mb") cur->limits.max_memory_mb = v;
      }
    } else if (absl::StartsWith(l, "expect:") && cur) {
      flush();
      cur->expect = std::string(absl::StripAsciiWhitespace(l.substr(7)));
      mode = "expect";
    } else {
      block += l + "\n";
    }
  }
  flush();
  return cases;
}

std::string RenderRow(const std::vector<Value>& row) {
  std::vector<std::string> cells;
  for (const Value& v : row) cells.push_back(ToCypherLiteral(v));
  return absl::StrJoin(cells, " | ");
}

class QueryCaseTest : public ::testing::Test {
 public:
  explicit QueryCaseTest(Case c) : c_(std::move(c)) {}
  void TestBody() override {
    SCOPED_TRACE(c_.file + ":" + std::to_string(c_.line) + " " + c_.name);
    graph::Options o;
    o.in_memory = true;
    auto store = graph::GraphStore::Open("/queries_test/" + c_.name, o);
    ASSERT_TRUE(store.ok()) << store.status();
    Engine engine(store->get());
    for (const auto& s : c_.setup) {
      auto r = engine.Execute(s);
      ASSERT_TRUE(r.ok()) << "setup failed: " << s << "\n" << r.status();
    }
    Params params;
    for (const auto& p : c_.params) {
      size_t eq = p.find('=');
      ASSERT_NE(eq, std::string::npos) << p;
      auto v = engine.Execute("RETURN " + p.substr(eq + 1));
      ASSERT_TRUE(v.ok()) << p << ": " << v.status();
      params[p.substr(0, eq)] = v->rows[0][0];
    }
    auto r = engine.Execute(c_.query, params, c_.limits);
    if (absl::StartsWith(c_.expect, "error")) {
      ASSERT_FALSE(r.ok()) << "expected an error, got " << r->rows.size() << " rows";
      std::string want(absl::StripAsciiWhitespace(c_.expect.substr(5)));
      EXPECT_NE(std::string(r.status().message()).find(want), std::string::npos)
          << "error was: " << r.status();
      return;
    }
    ASSERT_TRUE(r.ok()) << r.status();
    if (absl::StartsWith(c_.expect, "effects")) {
      const SideEffects& e = r->effects;
      std::map<std::string, int64_t> got{{"+nodes", e.nodes_created},
                                         {"-nodes", e.nodes_deleted},
                                         {"+relationships", e.relationships_created},
                                         {"-relationships", e.relationships_deleted},
                                         {"+properties", e.properties_set},
                                         {"-properties", e.properties_removed},
                                         {"+labels", e.labels_added},
                                         {"-labels", e.labels_removed}};
      // Every counter is checked: one the case does not list must be 0.
      std::map<std::string, int64_t> want;
      for (const auto& [k, v] : got) want[k] = 0;
      for (absl::string_view kv : absl::StrSplit(c_.expect.substr(7), ' ', absl::SkipEmpty())) {
        std::pair<std::string, std::string> p = absl::StrSplit(kv, '=');
        ASSERT_EQ(got.count(p.first), 1u) << "unknown counter " << p.first;
        ASSERT_TRUE(absl::SimpleAtoi(p.second, &want[p.first])) << kv;
      }
      EXPECT_EQ(got, want);
      return;
    }
    ASSERT_FALSE(c_.table.empty()) << "expect block needs a header line";
    EXPECT_EQ(absl::StrJoin(r->columns, " | "), c_.table[0]);
    std::vector<std::string> want(c_.table.begin() + 1, c_.table.end());
    std::vector<std::string> got;
    for (const auto& row : r->rows) got.push_back(RenderRow(row));
    if (c_.expect == "any") {
      std::sort(want.begin(), want.end());
      std::sort(got.begin(), got.end());
    } else {
      ASSERT_EQ(c_.expect, "ordered") << "unknown expect mode";
    }
    EXPECT_EQ(got, want);
  }

 private:
  Case c_;
};

// Registers one test that fails with `why` (a missing or empty test file
// must not pass silently).
void RegisterBroken(const std::string& name, const std::string& why) {
  ::testing::RegisterTest("Queries", name.c_str(), nullptr, nullptr, __FILE__, __LINE__,
                          [why]() -> ::testing::Test* {
                            struct Broken : ::testing::Test {
                              explicit Broken(std::string w) : w_(std::move(w)) {}
                              void TestBody() override { FAIL() << w_; }
                              std::string w_;
                            };
                            return new Broken(why);
                          });
}

void RegisterAll() {
  std::string dir = std::string(KG_SOURCE_DIR) + "/tests/queries";
  DIR* d = opendir(dir.c_str());
  if (!d) return RegisterBroken("Directory", "cannot read " + dir);
  std::vector<std::string> files;
  while (dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (absl::EndsWith(n, ".test")) files.push_back(n);
  }
  closedir(d);
  std::sort(files.begin(), files.end());
  if (files.empty()) RegisterBroken("Directory", "no *.test files in " + dir);
  for (const auto& f : files) {
    std::vector<Case> cases = ParseFile(dir + "/" + f);
    if (cases.empty()) RegisterBroken("Empty_" + f.substr(0, f.size() - 5), f + " has no case");
    for (Case& c : cases) {
      std::string suite = "Queries_" + f.substr(0, f.size() - 5);
      std::string name = c.name;
      for (char& ch : name) {
        if (!absl::ascii_isalnum(ch)) ch = '_';
      }
      std::string file = c.file;
      int line = c.line;
      ::testing::RegisterTest(suite.c_str(), name.c_str(), nullptr, nullptr, file.c_str(), line,
                              [c]() -> ::testing::Test* { return new QueryCaseTest(c); });
    }
  }
}

// Registered before main() runs (gtest_main is linked).
const bool kRegistered = (RegisterAll(), true);

}  // namespace
}  // namespace kg::query
