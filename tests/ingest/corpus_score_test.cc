// Integration: `kg ingest` + `kg export` on ../shared/corpus, scored by
// ../shared/eval/score.py against the gold facts. Fails below P 0.90 / R 0.80
// or when an edge type has no true positive. Skips when ../shared is absent.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>

#include "gtest/gtest.h"
#include "ingest_test_util.h"

namespace kg::ingest {
namespace {

TEST(CorpusScore, MeetsPrecisionAndRecallTargets) {
  const std::string shared = KG_SHARED_DIR;
  if (!std::filesystem::exists(shared + "/corpus") || !std::filesystem::exists(shared + "/eval/score.py")) {
    GTEST_SKIP() << "no ../shared/corpus or ../shared/eval (looked in " << shared << "); corpus score not checked";
  }
  if (std::system("python3 -c 'import json' >/dev/null 2>&1") != 0) GTEST_SKIP() << "python3 not available";
  testing::TempDir dir;
  auto ing = testing::RunKg({"ingest", "--quiet", "--db", dir / "kg.db", shared + "/corpus"});
  ASSERT_EQ(ing.code, 0) << ing.err;
  auto exp = testing::RunKg({"export", "--db", dir / "kg.db", "--format", "jsonl"});
  ASSERT_EQ(exp.code, 0) << exp.err;
  testing::WriteFile(dir / "facts.jsonl", exp.out);
  std::string cmd = "python3 '" + shared + "/eval/score.py' '" + shared + "/eval/gold' '" + (dir / "facts.jsonl") +
                    "' --json > '" + (dir / "score.json") + "'";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  std::ifstream f(dir / "score.json");
  std::string json((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  std::smatch m;
  ASSERT_TRUE(std::regex_search(json, m, std::regex("\"precision\": ([0-9.]+), \"recall\": ([0-9.]+)"))) << json;
  double p = std::stod(m[1]), r = std::stod(m[2]);
  std::printf("corpus score: precision %.3f recall %.3f\n", p, r);
  EXPECT_GE(p, 0.90) << json;
  EXPECT_GE(r, 0.80) << json;
  // Every edge type of the gold standard has a true positive.
  std::regex per("\"([A-Z_]+)\": \\{\"precision\": [0-9.]+, \"recall\": [0-9.]+, \"f1\": [0-9.]+, \"tp\": ([0-9]+)");
  int types = 0;
  for (auto it = std::sregex_iterator(json.begin(), json.end(), per); it != std::sregex_iterator(); ++it) {
    ++types;
    EXPECT_GT(std::stoi((*it)[2]), 0) << (*it)[1] << " has no true positive";
  }
  EXPECT_EQ(types, 16) << json;
}

}  // namespace
}  // namespace kg::ingest
