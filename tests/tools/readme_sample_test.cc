// The README's "On the bundled sample" examples: each `build/kg query "..."`
// line there is run against a database ingested from tools/sample, and its
// standard output must be the table printed under it in the README.
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "kg_cli_util.h"

namespace kg::testing {
namespace {

struct Example {
  std::string query, expected;
};

// Reads the indented examples that follow the "**On the bundled sample.**"
// paragraph, up to the next paragraph that is not indented.
std::vector<Example> ReadmeExamples() {
  const std::string readme = ReadFileOrDie(std::string(KG_SOURCE_DIR) + "/README.md");
  size_t at = readme.find("**On the bundled sample.**");
  if (at == std::string::npos) return {};
  std::vector<Example> out;
  size_t pos = readme.find("\n\n", at);
  const std::string kCmd = "    build/kg query \"";
  while (pos != std::string::npos) {
    size_t line_start = pos + 1;
    size_t line_end = readme.find('\n', line_start);
    if (line_end == std::string::npos) break;
    std::string line = readme.substr(line_start, line_end - line_start);
    pos = line_end;
    if (line.empty()) continue;
    if (line.rfind("    ", 0) != 0) break;  // the next paragraph
    if (line.rfind(kCmd, 0) == 0) {
      std::string q = line.substr(kCmd.size());
      if (!q.empty() && q.back() == '"') q.pop_back();
      std::string unescaped;
      for (size_t i = 0; i < q.size(); ++i) {
        if (q[i] == '\\' && i + 1 < q.size()) ++i;
        unescaped += q[i];
      }
      out.push_back({unescaped, ""});
    } else if (line.rfind("    #", 0) != 0 && !out.empty()) {
      out.back().expected += line.substr(4) + "\n";
    }
  }
  return out;
}

TEST(ReadmeSample, QueriesPrintWhatTheReadmeShows) {
  std::vector<Example> examples = ReadmeExamples();
  ASSERT_GE(examples.size(), 5u) << "README.md lost its sample examples";
  TempDir dir;
  const std::string db = dir / "sample.db";
  CliResult ing = RunKg({"ingest", "--quiet", "--db", db, std::string(KG_SOURCE_DIR) + "/tools/sample"});
  ASSERT_EQ(ing.code, 0) << ing.err;
  for (const Example& e : examples) {
    CliResult r = RunKg({"query", "--db", db, e.query});
    EXPECT_EQ(r.code, 0) << e.query << "\n" << r.err;
    EXPECT_EQ(r.out, e.expected) << e.query;
  }
}

}  // namespace
}  // namespace kg::testing
