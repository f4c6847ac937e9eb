// `kg query` as users run it: the built binary ($KG_BIN) on a temporary
// database; stdout holds only the result, errors exit non-zero.
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

namespace {

struct CliRun {
  int code;
  std::string out, err;
};

std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

std::string Slurp(const std::string& path) {
  std::string s;
  if (FILE* f = std::fopen(path.c_str(), "r")) {
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) s.append(buf, n);
    std::fclose(f);
  }
  return s;
}

class CliQueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* bin = std::getenv("KG_BIN");
    if (!bin) GTEST_SKIP() << "KG_BIN not set (run through ctest)";
    bin_ = bin;
    dir_ = std::filesystem::temp_directory_path() /
           ("kg_cli_query_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  CliRun Kg(const std::string& args) {
    std::string out = (dir_ / "out").string(), err = (dir_ / "err").string();
    std::string cmd = bin_ + " query --db " + Quote((dir_ / "db").string()) + " " + args +
                      " >" + out + " 2>" + err;
    int st = std::system(cmd.c_str());
    return CliRun{WEXITSTATUS(st), Slurp(out), Slurp(err)};
  }

  std::string bin_;
  std::filesystem::path dir_;
};

TEST_F(CliQueryTest, CsvJsonAndParameters) {
  CliRun c = Kg(Quote("CREATE (:Person {name: 'To Lam'})-[:MET]->(:Person {name: 'Joe Biden'})"));
  ASSERT_EQ(c.code, 0) << c.err;
  EXPECT_EQ(c.out, "");
  EXPECT_NE(c.err.find("2 nodes created"), std::string::npos) << c.err;

  CliRun csv = Kg("--format csv " + Quote("MATCH (a:Person)-[:MET]-(b) RETURN a.name AS a, b.name AS b ORDER BY a"));
  ASSERT_EQ(csv.code, 0) << csv.err;
  EXPECT_EQ(csv.out, "a,b\nJoe Biden,To Lam\nTo Lam,Joe Biden\n");

  CliRun json = Kg("--format json --param who=" + Quote("'To Lam'") + " " +
                Quote("MATCH (a:Person {name: $who}) RETURN a.name AS name, 1 + 1 AS two"));
  ASSERT_EQ(json.code, 0) << json.err;
  EXPECT_EQ(json.out, "{\"name\": \"To Lam\", \"two\": 2}\n");

  CliRun table = Kg("--param n=2 " + Quote("RETURN $n * 21 AS answer"));
  ASSERT_EQ(table.code, 0) << table.err;
  EXPECT_NE(table.out.find("| 42 "), std::string::npos) << table.out;
}

TEST_F(CliQueryTest, SyntaxErrorShowsCaretAndFails) {
  ASSERT_EQ(Kg(Quote("CREATE ()")).code, 0);
  CliRun r = Kg(Quote("MATCH (n) RETURN n.name AS"));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("SyntaxError"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("MATCH (n) RETURN n.name AS\n                            ^"), std::string::npos)
      << r.err;
}

TEST_F(CliQueryTest, MissingDatabaseIsAnErrorForReads) {
  CliRun r = Kg(Quote("MATCH (n) RETURN n"));
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("no kg database"), std::string::npos) << r.err;
}

TEST_F(CliQueryTest, ExplainPrintsThePlan) {
  ASSERT_EQ(Kg(Quote("CREATE ()")).code, 0);
  CliRun r = Kg(Quote("EXPLAIN MATCH (n) WHERE id(n) = 0 RETURN n"));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("NodeById"), std::string::npos) << r.out;
}

}  // namespace
