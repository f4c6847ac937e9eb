// `kg bench` end to end on a tiny graph from ../shared/bench/gen_graph.py:
// the result JSON has the peer contract's fields and every W1-W4 answer
// matches the generator's reference.
#include <cstdlib>
#include <filesystem>
#include <string>

#include "gtest/gtest.h"
#include "tests/tools/kg_cli_util.h"
#include "tools/json_util.h"

namespace kg::testing {
namespace {

TEST(BenchTest, TinyGraphAnswersMatchTheGenerator) {
  std::string gen = std::string(KG_SHARED_DIR) + "/bench/gen_graph.py";
  if (!std::filesystem::exists(gen)) GTEST_SKIP() << "no " << gen << " (../shared absent)";
  TempDir dir;
  std::string cmd = "python3 '" + gen + "' --nodes 400 --edges 3000 --seed 7 --out '" +
                    (dir / "data") + "' >/dev/null 2>&1";
  if (std::system(cmd.c_str()) != 0) GTEST_SKIP() << "python3 gen_graph.py failed";
  WriteFileOrDie(dir / "db", "junk that the runner must remove");

  CliResult r = RunKg({"bench", "--data", dir / "data", "--db", dir / "db", "--scale", "tiny",
                       "--warmup", "1", "--threads", "2"});
  ASSERT_EQ(r.code, 0) << r.err;
  auto parsed = tools::ParseJson(r.out);
  ASSERT_TRUE(parsed.ok()) << parsed.status() << "\n" << r.out;
  const tools::JsonValue& j = *parsed;
  EXPECT_EQ(j.Find("format")->integer, 1);
  EXPECT_EQ(j.Find("peer")->str, "kg");
  EXPECT_EQ(j.Find("scale")->str, "tiny");
  EXPECT_EQ(j.Find("nodes")->integer, 400);
  EXPECT_EQ(j.Find("edges")->integer, 3000);
  EXPECT_GT(j.Find("load_s")->number, 0);
  EXPECT_GT(j.Find("db_bytes")->integer, 0);
  const tools::JsonValue* w = j.Find("workloads");
  ASSERT_NE(w, nullptr);
  for (const char* name : {"W1", "W2", "W3", "W4"}) {
    SCOPED_TRACE(name);
    const tools::JsonValue* wl = w->Find(name);
    ASSERT_NE(wl, nullptr);
    EXPECT_EQ(wl->Find("n")->integer, 100);
    EXPECT_EQ(wl->Find("counts")->array.size(), 100u);
    EXPECT_TRUE(wl->Find("ok")->b) << "result_sum " << wl->Find("result_sum")->integer
                                   << " expected " << wl->Find("expected_sum")->integer;
    EXPECT_EQ(wl->Find("result_sum")->integer, wl->Find("expected_sum")->integer);
    EXPECT_GE(wl->Find("p95_ms")->number, wl->Find("median_ms")->number);
    EXPECT_FALSE(wl->Find("query")->str.empty());
  }
  EXPECT_TRUE(j.Find("all_ok")->b);
  EXPECT_EQ(w->Find("W4")->Find("checksum_sum")->integer,
            w->Find("W4")->Find("expected_checksum_sum")->integer);
}

TEST(BenchTest, MissingDataIsAUserError) {
  TempDir dir;
  CliResult r = RunKg({"bench", "--data", dir / "nowhere", "--db", dir / "db"});
  EXPECT_EQ(r.code, 1);
  EXPECT_CONTAINS(r.err, "queries.json");
  r = RunKg({"bench"});
  EXPECT_EQ(r.code, 1);
  EXPECT_CONTAINS(r.err, "--data DIR and --db PATH are required");
}

}  // namespace
}  // namespace kg::testing
