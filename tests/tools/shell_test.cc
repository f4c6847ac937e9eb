// `kg shell` as a person uses it: typed into a real pseudo-terminal (tmux),
// completing with Tab, searching history with Ctrl-R, reading the screen;
// and fed statements on a pipe, as scripts use it.
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "gtest/gtest.h"
#include "tools/shell_table.h"

namespace {

std::string KgBin() {
  const char* bin = std::getenv("KG_BIN");
  return bin ? bin : KG_BINARY_DIR "/kg";
}

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

struct ShellRun {
  int code;
  std::string out, err;
};

// Runs `kg shell ARGS` with `input` on a pipe.
ShellRun ShellPipe(const std::string& args, const std::string& input, const std::string& dir) {
  std::string in = dir + "/in.cypher", out = dir + "/out.txt", err = dir + "/err.txt";
  std::ofstream(in) << input;
  std::string cmd = KgBin() + " shell " + args + " < " + in + " > " + out + " 2> " + err;
  int status = std::system(cmd.c_str());
  auto slurp = [](const std::string& p) {
    std::ifstream f(p);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
  };
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
}

class ShellTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/kg-shell-test-XXXXXX";
    dir_ = mkdtemp(tmpl);
    db_ = dir_ + "/db";
    ShellRun r = ShellPipe("--db " + db_ + " --create",
                      "CREATE (a:Person {name: 'Tô Lâm', aliases: ['To Lam']})-[:MET {date: "
                      "'2024-09-25', place: 'New York'}]->(b:Person {name: 'Joe Biden'});\n"
                      "CREATE (:Country {name: 'Vietnam', aliases: ['Viet Nam']});\n"
                      "MATCH (a:Person {name: 'Tô Lâm'}), (c:Country {name: 'Vietnam'})\n"
                      "CREATE (a)-[:HOLDS_OFFICE {title: 'President', start: '2024-05'}]->(c);\n"
                      "CREATE (:Document {name: 'A very long document name that certainly does "
                      "not fit in a narrow terminal window at all'});\n",
                      dir_);
    ASSERT_EQ(r.code, 0) << r.out << r.err;
  }
  void TearDown() override {
    if (!socket_.empty()) Tmux("kill-server");
    std::system(("rm -rf " + dir_).c_str());
  }

  // --- tmux driving ---
  int Tmux(const std::string& args) {
    return std::system(("tmux -L " + socket_ + " " + args + " >/dev/null 2>&1").c_str());
  }
  void Start(int width, int height, const std::string& extra_env = "") {
    // A fresh server per session: reusing a socket right after kill-server races.
    static int sessions = 0;
    socket_ = "kgtest" + std::to_string(getpid()) + "_" + std::to_string(++sessions);
    history_ = dir_ + "/history";
    std::string cmd = "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm KG_HISTORY=" + history_ + " " +
                      extra_env + " " + KgBin() + " shell --db " + db_ + "; sleep 30";
    ASSERT_EQ(Tmux("new-session -d -s kg -x " + std::to_string(width) + " -y " +
                   std::to_string(height) + " " + Quote(cmd)),
              0);
    ASSERT_TRUE(WaitFor("kg> ")) << Screen();
  }
  // tmux reads a trailing ';' as a command separator: semicolons go as hex.
  void Type(const std::string& text) {
    size_t start = 0;
    while (start <= text.size()) {
      size_t semi = text.find(';', start);
      std::string part = text.substr(start, semi == std::string::npos ? std::string::npos : semi - start);
      if (!part.empty()) Tmux("send-keys -t kg -l " + Quote(part));
      if (semi == std::string::npos) break;
      Tmux("send-keys -t kg -H 3b");
      start = semi + 1;
    }
  }
  void Key(const std::string& key) { Tmux("send-keys -t kg " + key); }
  std::string Screen() {
    std::string file = dir_ + "/screen.txt";
    std::system(("tmux -L " + socket_ + " capture-pane -t kg -p -J -S -500 > " + file).c_str());
    std::ifstream f(file);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
  }
  // Polls the screen until `text` appears (`count` times) or 10 s pass.
  bool WaitFor(const std::string& text, int count = 1) {
    for (int i = 0; i < 200; ++i) {
      std::string s = Screen();
      int found = 0;
      for (size_t p = s.find(text); p != std::string::npos; p = s.find(text, p + 1)) ++found;
      if (found >= count) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  }

  std::string dir_, db_, socket_, history_;
};

bool HaveTmux() { return std::system("command -v tmux >/dev/null 2>&1") == 0; }

TEST_F(ShellTest, AMissingDatabaseIsAnErrorUnlessCreate) {
  const std::string missing = dir_ + "/no-such.db";
  ShellRun r = ShellPipe("--db " + missing, "RETURN 1 AS one;\n", dir_);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("no kg database at '" + missing + "'"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(missing));
  ShellRun c = ShellPipe("--db " + missing + " --create", "RETURN 1 AS one;\n", dir_);
  EXPECT_EQ(c.code, 0) << c.err;
  EXPECT_TRUE(std::filesystem::exists(missing));
}

TEST_F(ShellTest, PipedStatementsStopAtFirstErrorUnlessContinue) {
  ShellRun ok = ShellPipe("--db " + db_ + " --format csv",
                     "MATCH (p:Person)\nRETURN p.name AS name\nORDER BY name;\n"
                     "// a comment; not a statement\nRETURN 'a;b' AS s", dir_);
  EXPECT_EQ(ok.code, 0) << ok.err;
  EXPECT_EQ(ok.out, "name\nJoe Biden\nTô Lâm\ns\na;b\n");

  ShellRun bad = ShellPipe("--db " + db_, "RETURN 1 AS one;\nRETURN nope;\nRETURN 3 AS three;\n", dir_);
  EXPECT_EQ(bad.code, 1);
  EXPECT_NE(bad.out.find("one"), std::string::npos);
  EXPECT_EQ(bad.out.find("three"), std::string::npos) << bad.out;
  EXPECT_NE(bad.err.find("nope"), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("statement at line 2"), std::string::npos) << bad.err;

  ShellRun cont = ShellPipe("--db " + db_ + " --continue", "RETURN nope;\nRETURN 3 AS three;\n", dir_);
  EXPECT_EQ(cont.code, 1);
  EXPECT_NE(cont.out.find("three"), std::string::npos) << cont.out;

  ShellRun json = ShellPipe("--db " + db_ + " --format json", "RETURN 1 AS a, 'x' AS b;", dir_);
  EXPECT_EQ(json.code, 0) << json.err;
  EXPECT_EQ(json.out, "{\"a\": 1, \"b\": \"x\"}\n");
}

TEST_F(ShellTest, PipedCommandsShortcutsAndNameResolution) {
  ShellRun r = ShellPipe("--db " + db_,
                    ":met to lam\n:terms Tô Lâm\n:met Joe Bidden\n", dir_);
  EXPECT_EQ(r.code, 1);  // the unknown name is an error
  // The shortcut prints the Cypher it runs, with the canonical name.
  EXPECT_NE(r.out.find("// MATCH (a:Person {name: 'Tô Lâm'})-[m:MET]-(b)"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("Joe Biden"), std::string::npos);
  EXPECT_NE(r.out.find("New York"), std::string::npos);
  EXPECT_NE(r.out.find("President"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("no node named 'Joe Bidden'; nearest: Joe Biden (Person)"),
            std::string::npos)
      << r.err;

  // A whole word of exactly one name is that node.
  ShellRun b = ShellPipe("--db " + db_, ":met Biden\n", dir_);
  EXPECT_EQ(b.code, 0) << b.err;
  EXPECT_NE(b.out.find("// MATCH (a:Person {name: 'Joe Biden'})-[m:MET]-(b)"), std::string::npos) << b.out;
  EXPECT_NE(b.out.find("Tô Lâm"), std::string::npos) << b.out;

  ShellRun s = ShellPipe("--db " + db_, ":schema\n:stats\n:param who 'Joe Biden'\n:params\n"
                    "MATCH (p:Person {name: $who}) RETURN p.name AS n;\n:nosuch\n", dir_);
  EXPECT_EQ(s.code, 1);
  EXPECT_NE(s.out.find("| HOLDS_OFFICE "), std::string::npos) << s.out;
  EXPECT_NE(s.out.find("start, title"), std::string::npos) << s.out;  // qualifier keys
  EXPECT_NE(s.out.find("| Person   | 2 "), std::string::npos) << s.out;
  EXPECT_NE(s.out.find("$who = 'Joe Biden'"), std::string::npos) << s.out;
  EXPECT_NE(s.out.find("| Joe Biden |"), std::string::npos) << s.out;
  EXPECT_NE(s.err.find("unknown command ':nosuch'"), std::string::npos) << s.err;
}

TEST_F(ShellTest, PathAndAroundShortcuts) {
  ShellRun r = ShellPipe("--db " + db_,
                         ":path Joe Biden Vietnam\n:around to lam\n:around \"Joe Biden\" 2\n"
                         "CREATE (:Place {name: 'Hà Nội'});\n",
                         dir_);
  EXPECT_EQ(r.code, 0) << r.err;
  // Unquoted names split where both halves are names; the path reads in order.
  EXPECT_NE(r.out.find("shortestPath((a:Person {name: 'Joe Biden'})-[*..6]-(b:Country {name: "
                       "'Vietnam'}))"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("['Joe Biden', 'Tô Lâm', 'Vietnam'] | 2 "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("| HOLDS_OFFICE | Vietnam   | Country |"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("| Vietnam | Country | 2    |"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\n1 node created, 1 property set, 1 label added\n"), std::string::npos)
      << r.out;
}

TEST_F(ShellTest, ExportDotAndSources) {
  std::string dot = dir_ + "/g.dot";
  ShellRun r = ShellPipe("--db " + db_,
                    ":export dot " + dot + " MATCH (a)-[r:MET]-(b) RETURN r\n"
                    "MATCH (:Person)-[r:HOLDS_OFFICE]->() RETURN r;\n:sources\n",
                    dir_);
  EXPECT_EQ(r.code, 0) << r.err;
  std::ifstream f(dot);
  std::stringstream ss;
  ss << f.rdbuf();
  EXPECT_NE(ss.str().find("label=\"MET\\n2024-09-25\", dir=none"), std::string::npos) << ss.str();
  EXPECT_EQ(ss.str().find("Vietnam"), std::string::npos);  // only the result's subgraph
  EXPECT_NE(r.out.find("Tô Lâm -HOLDS_OFFICE-> Vietnam"), std::string::npos) << r.out;
}

TEST_F(ShellTest, TypingCompletingAndReadingTheScreen) {
  if (!HaveTmux()) GTEST_SKIP() << "tmux not installed";
  Start(100, 40);
  // Tab completes a label, a relationship type and a property name.
  Type("MATCH (p:Per");
  Key("Tab");
  ASSERT_TRUE(WaitFor("MATCH (p:Person")) << Screen();
  Type(")-[:HO");
  Key("Tab");
  ASSERT_TRUE(WaitFor("[:HOLDS_OFFICE")) << Screen();
  Type("]->(c) RETURN c.na");
  Key("Tab");
  ASSERT_TRUE(WaitFor("RETURN c.name")) << Screen();
  Key("Enter");
  // Not ended by ';': the continuation prompt asks for more.
  ASSERT_TRUE(WaitFor("  -> ")) << Screen();
  Type("  AS country;");
  Key("Enter");
  ASSERT_TRUE(WaitFor("| Vietnam |")) << Screen();
  EXPECT_TRUE(WaitFor("1 row (")) << Screen();  // row count and time

  Type(":met to lam");
  Key("Enter");
  ASSERT_TRUE(WaitFor("| Joe Biden")) << Screen();
  EXPECT_NE(Screen().find("// MATCH (a:Person {name: 'Tô Lâm'})"), std::string::npos);

  Type(":f");
  Key("Tab");
  ASSERT_TRUE(WaitFor(":format")) << Screen();
  Type("csv");
  Key("Enter");
  Type("RETURN 'x,y' AS v;");
  Key("Enter");
  ASSERT_TRUE(WaitFor("\"x,y\"")) << Screen();

  // Ctrl-C drops the statement being typed; the shell stays.
  Type("MATCH (n)");
  Key("Enter");
  Type("RETURN n");
  Key("C-c");
  ASSERT_TRUE(WaitFor("RETURN n^C")) << Screen();
  Type("RETURN 'still here' AS alive;");
  Key("Enter");
  ASSERT_TRUE(WaitFor("still here", 2)) << Screen();

  Key("C-d");
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  // History survives the session: a new shell finds the statement by Ctrl-R.
  std::ifstream h(history_);
  std::stringstream hs;
  hs << h.rdbuf();
  EXPECT_NE(hs.str().find("country;"), std::string::npos) << hs.str();
  Tmux("kill-server");
  Start(100, 40);
  Key("C-r");
  Type("country");
  ASSERT_TRUE(WaitFor("AS country;")) << Screen();
  Key("Enter");
  ASSERT_TRUE(WaitFor("| Vietnam |")) << Screen();
}

TEST_F(ShellTest, CtrlCStopsARunningStatementAndTheShellGoesOn) {
  if (!HaveTmux()) GTEST_SKIP() << "tmux not installed";
  Start(100, 40);
  // About 10^10 rows: far longer than the test waits.
  Type("UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y RETURN count(*) AS n;");
  Key("Enter");
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  Key("C-c");
  ASSERT_TRUE(WaitFor("Interrupted: the statement was cancelled")) << Screen();
  Type("RETURN 7 AS seven;");
  Key("Enter");
  ASSERT_TRUE(WaitFor("| 7     |")) << Screen();
}

TEST_F(ShellTest, TablesFitANarrowTerminal) {
  if (!HaveTmux()) GTEST_SKIP() << "tmux not installed";
  Start(50, 30);
  Type("MATCH (d:Document) RETURN d.name AS name, 1 AS n;");
  Key("Enter");
  ASSERT_TRUE(WaitFor("1 row")) << Screen();
  std::string screen = Screen();
  std::istringstream lines(screen);
  int table_lines = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || (line[0] != '|' && line[0] != '+')) continue;  // not the table
    EXPECT_LE(kg::tools::DisplayWidth(line), 50u) << line;
    if (line[0] == '|') ++table_lines;
  }
  EXPECT_GT(table_lines, 3) << screen;  // the long name wrapped onto several lines
  EXPECT_NE(screen.find("certainly"), std::string::npos) << screen;
}

}  // namespace
