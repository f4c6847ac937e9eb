// `kg export --format dot` as users run it: on the bundled sample, rendered
// by the real Graphviz with no warning allowed.
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "gtest/gtest.h"

namespace {

std::string Slurp(const std::string& path) {
  std::ifstream f(path);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

class DotCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* bin = std::getenv("KG_BIN");
    kg_ = bin ? bin : KG_BINARY_DIR "/kg";
    char tmpl[] = "/tmp/kg-dot-cli-XXXXXX";
    dir_ = mkdtemp(tmpl);
    db_ = dir_ + "/db";
    ASSERT_EQ(Sh(kg_ + " ingest --db " + db_ + " " KG_SOURCE_DIR "/tools/sample/*.txt"), 0);
  }
  void TearDown() override { std::system(("rm -rf " + dir_).c_str()); }
  int Sh(const std::string& cmd) {
    int status = std::system((cmd + " > " + dir_ + "/out 2> " + dir_ + "/err").c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  // Renders `dot_file` with the real dot; returns what dot printed.
  std::string DotWarnings(const std::string& dot_file) {
    EXPECT_EQ(Sh("dot -Tsvg -o " + dir_ + "/x.svg " + dot_file), 0);
    return Slurp(dir_ + "/err");
  }
  std::string kg_, dir_, db_;
};

TEST_F(DotCliTest, WholeGraphNeighbourhoodAndQueryRenderWithoutWarnings) {
  if (std::system("command -v dot >/dev/null 2>&1") != 0) GTEST_SKIP() << "Graphviz not installed";
  ASSERT_EQ(Sh(kg_ + " export --db " + db_ + " --format dot --out " + dir_ + "/all.dot"), 0)
      << Slurp(dir_ + "/err");
  std::string all = Slurp(dir_ + "/all.dot");
  EXPECT_NE(all.find("digraph kg {"), std::string::npos);
  EXPECT_EQ(DotWarnings(dir_ + "/all.dot"), "");
  // Stable: a second export is byte-identical.
  ASSERT_EQ(Sh(kg_ + " export --db " + db_ + " --format dot --out " + dir_ + "/again.dot"), 0);
  EXPECT_EQ(Slurp(dir_ + "/again.dot"), all);

  ASSERT_EQ(Sh(kg_ + " export --db " + db_ +
               " --format dot --around 'mr. morita' --hops 1 --out " + dir_ + "/around.dot"),
            0)
      << Slurp(dir_ + "/err");
  std::string around = Slurp(dir_ + "/around.dot");
  EXPECT_NE(around.find("label=\"Kenji Morita\""), std::string::npos) << around;
  EXPECT_LT(around.size(), all.size());
  EXPECT_EQ(DotWarnings(dir_ + "/around.dot"), "");

  ASSERT_EQ(Sh(kg_ + " export --db " + db_ +
               " --format dot --query \"MATCH p = (:Person)-[:MET]-(:Person) RETURN p\" "
               "--render svg --out " + dir_ + "/met.svg"),
            0)
      << Slurp(dir_ + "/err");
  EXPECT_EQ(Slurp(dir_ + "/err"), "");  // dot's warnings would be passed on here
  EXPECT_NE(Slurp(dir_ + "/met.svg").find("<svg"), std::string::npos);
}

TEST_F(DotCliTest, BadArgumentsAreUserErrors) {
  EXPECT_EQ(Sh(kg_ + " export --db " + db_ + " --format dot --around 'Kenji Moritta'"), 1);
  EXPECT_NE(Slurp(dir_ + "/err").find("nearest: Kenji Morita (Person)"), std::string::npos)
      << Slurp(dir_ + "/err");
  EXPECT_EQ(Sh(kg_ + " export --db " + db_ + " --format dot --query 'MATCH (n RETURN n'"), 1);
  EXPECT_NE(Slurp(dir_ + "/err").find("--query"), std::string::npos);
  EXPECT_EQ(Sh(kg_ + " export --db " + db_ + " --format dot --render svg"), 1);
  EXPECT_NE(Slurp(dir_ + "/err").find("--render needs --out"), std::string::npos);
}

}  // namespace
