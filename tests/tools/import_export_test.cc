// `kg import`, `kg export` and `kg stats` driven through the real binary.
#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "proto/kg.pb.h"
#include "tests/tools/kg_cli_util.h"
#include "tools/db_path.h"

namespace kg::testing {
namespace {

constexpr char kNodes[] =
    "id,label,name,founded\n"
    "10,Country,Vietnam,1945\n"
    "11,Country,\"Korea, Republic of\",1948\n"
    "12,Person,\"To \"\"Mr\"\" Lam\",\n"
    "13,Organization,United Nations,1945\n";
constexpr char kEdges[] =
    "src,dst,type,year,note\n"
    "10,13,JOINED,1977,first\n"
    "12,11,VISITED,2024,\"state visit, official\"\n"
    "10,11,DIPLOMATIC_RELATIONS,1992,\n";

std::vector<std::string> Lines(const std::string& text) {
  return absl::StrSplit(text, '\n', absl::SkipEmpty());
}

class ImportExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFileOrDie(dir_ / "nodes.csv", kNodes);
    WriteFileOrDie(dir_ / "edges.csv", kEdges);
  }
  std::string Db(const std::string& name = "g.db") { return dir_ / name; }
  CliResult Import(const std::string& db, const std::string& nodes, const std::string& edges) {
    return RunKg({"import", "--db", db, "--nodes", nodes, "--edges", edges});
  }
  std::string Jsonl(const std::string& db) {
    CliResult r = RunKg({"export", "--db", db, "--format", "jsonl"});
    EXPECT_EQ(r.code, 0) << r.err;
    return r.out;
  }
  TempDir dir_;
};

TEST_F(ImportExportTest, PlainCsvImportKeepsIdsTypesAndQuoting) {
  CliResult r = Import(Db(), dir_ / "nodes.csv", dir_ / "edges.csv");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_CONTAINS(r.out, "imported 4 nodes and 3 edges");
  EXPECT_CONTAINS(r.out, "node ids kept");

  std::vector<std::string> lines = Lines(Jsonl(Db()));
  ASSERT_EQ(lines.size(), 3u);
  // Sorted by subject; year inferred as an integer column, note as strings.
  EXPECT_EQ(lines[0],
            "{\"subject\": \"To \\\"Mr\\\" Lam\", \"subject_label\": \"Person\", "
            "\"predicate\": \"VISITED\", \"object\": \"Korea, Republic of\", "
            "\"object_label\": \"Country\", \"qualifiers\": {\"note\": \"state visit, "
            "official\", \"year\": 2024}, \"sources\": []}");
  EXPECT_CONTAINS(lines[1], "\"subject\": \"Vietnam\"");
  EXPECT_CONTAINS(lines[1], "\"qualifiers\": {\"year\": 1992}");
  EXPECT_CONTAINS(lines[2], "\"predicate\": \"JOINED\"");

  // The CSV export carries the kept ids and typed headers.
  r = RunKg({"export", "--db", Db(), "--format", "csv", "--out", dir_ / "out"});
  ASSERT_EQ(r.code, 0) << r.err;
  std::vector<std::string> nodes = Lines(ReadFileOrDie(dir_ / "out/nodes.csv"));
  ASSERT_EQ(nodes.size(), 5u);
  EXPECT_EQ(nodes[0], ":ID,:LABEL,name:string,founded:int");
  EXPECT_EQ(nodes[1], "10,Country,Vietnam,1945");
  EXPECT_EQ(nodes[3], "12,Person,\"To \"\"Mr\"\" Lam\",");
  std::vector<std::string> edges = Lines(ReadFileOrDie(dir_ / "out/edges.csv"));
  ASSERT_EQ(edges.size(), 4u);
  EXPECT_EQ(edges[0], ":START_ID,:END_ID,:TYPE,note:string,year:int");
}

TEST_F(ImportExportTest, CsvExportReimportsToTheSameGraph) {
  ASSERT_EQ(Import(Db(), dir_ / "nodes.csv", dir_ / "edges.csv").code, 0);
  CliResult r = RunKg({"export", "--db", Db(), "--format", "csv", "--out", dir_ / "csv"});
  ASSERT_EQ(r.code, 0) << r.err;
  r = Import(Db("copy.db"), dir_ / "csv/nodes.csv", dir_ / "csv/edges.csv");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(Jsonl(Db("copy.db")), Jsonl(Db()));
  // Exporting the copy gives the same files again.
  r = RunKg({"export", "--db", Db("copy.db"), "--format", "csv", "--out", dir_ / "csv2"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(ReadFileOrDie(dir_ / "csv2/nodes.csv"), ReadFileOrDie(dir_ / "csv/nodes.csv"));
  EXPECT_EQ(ReadFileOrDie(dir_ / "csv2/edges.csv"), ReadFileOrDie(dir_ / "csv/edges.csv"));
}

TEST_F(ImportExportTest, Neo4jStyleHeaders) {
  WriteFileOrDie(dir_ / "n4.csv",
                 "personId:ID,name:string,:LABEL,aliases:string[],born:long,score:double,"
                 "active:boolean\n"
                 "p1,To Lam,Person;Leader,Mr. To Lam;General Secretary To Lam,1957,1.5,true\n"
                 "c1,Vietnam,Country,Viet Nam,,,\n");
  WriteFileOrDie(dir_ / "r4.csv",
                 ":START_ID,:END_ID,:TYPE,year:int,:IGNORE\n"
                 "p1,c1,HOLDS_OFFICE,2024,whatever\n");
  CliResult r = Import(Db(), dir_ / "n4.csv", dir_ / "r4.csv");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_CONTAINS(r.out, "fresh node ids");  // string ids cannot be kept
  std::vector<std::string> lines = Lines(Jsonl(Db()));
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_CONTAINS(lines[0], "\"subject\": \"To Lam\", \"subject_label\": \"Leader\"");
  EXPECT_CONTAINS(lines[0], "\"qualifiers\": {\"year\": 2024}");

  r = RunKg({"export", "--db", Db(), "--format", "csv", "--out", dir_ / "csv"});
  ASSERT_EQ(r.code, 0) << r.err;
  std::vector<std::string> nodes = Lines(ReadFileOrDie(dir_ / "csv/nodes.csv"));
  ASSERT_EQ(nodes.size(), 3u);
  EXPECT_EQ(nodes[0],
            ":ID,:LABEL,name:string,active:boolean,aliases:string[],born:int,personId:string,"
            "score:double");
  EXPECT_CONTAINS(ReadFileOrDie(dir_ / "csv/nodes.csv"), ",Leader;Person,To Lam,true,Mr. To Lam;General Secretary To Lam,1957,p1,1.5");
}

TEST_F(ImportExportTest, StatsCountsByLabelAndType) {
  ASSERT_EQ(Import(Db(), dir_ / "nodes.csv", dir_ / "edges.csv").code, 0);
  CliResult r = RunKg({"stats", "--db", Db()});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_CONTAINS(r.out, "nodes      4\n");
  EXPECT_CONTAINS(r.out, "edges      3\n");
  EXPECT_CONTAINS(r.out, "nodes by label:\n  Country       2\n");
  EXPECT_CONTAINS(r.out, "  VISITED");
  r = RunKg({"stats", "--db", Db(), "--json"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_CONTAINS(r.out, "\"nodes\":4,\"edges\":3");
  EXPECT_CONTAINS(r.out, "\"nodes_by_label\":{\"Country\":2,\"Organization\":1,\"Person\":1}");
  EXPECT_CONTAINS(r.out, "\"edges_by_type\":{\"DIPLOMATIC_RELATIONS\":1,\"JOINED\":1,\"VISITED\":1}");
  EXPECT_EQ(r.out.find("\"disk_bytes\":0"), std::string::npos);
}

TEST_F(ImportExportTest, DefaultDatabaseIsKgDbEnvThenCwd) {
  // $KG_DB wins over ./kg.db; --db wins over both.
  CliResult r = RunKg({"import", "--nodes", dir_ / "nodes.csv"}, dir_.path(),
                      {{"KG_DB", dir_ / "env.db"}});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_CONTAINS(RunKg({"stats", "--db", dir_ / "env.db"}).out, "nodes      4");
  r = RunKg({"import", "--nodes", dir_ / "nodes.csv"}, dir_.path(), {{"KG_DB", ""}});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_CONTAINS(RunKg({"stats"}, dir_.path(), {{"KG_DB", ""}}).out, "database   ./kg.db");
}

// Each malformed input: exit 1, a message naming file:line, database unchanged.
TEST_F(ImportExportTest, MalformedCsvNamesFileAndLineAndChangesNothing) {
  ASSERT_EQ(Import(Db(), dir_ / "nodes.csv", dir_ / "edges.csv").code, 0);
  const std::string before = Jsonl(Db());
  const std::string stats_before = RunKg({"stats", "--db", Db(), "--json"}).out;
  struct Case {
    const char* nodes;
    const char* edges;
    const char* where;  // expected "file:line"
    const char* what;
  } cases[] = {
      {"id,label,name\n1,Person,A\n2,Person,\"B\n", "src,dst,type\n", "bad_nodes.csv:3:", "not closed"},
      {"id,label,name\n1,Person,A\"x\n", "src,dst,type\n", "bad_nodes.csv:2:", "quote"},
      {"id,label,name\n1,Person,A\n2,Person\n", "src,dst,type\n", "bad_nodes.csv:3:", "2 fields"},
      {"id,label,name\n1,Person,A\n1,Person,B\n", "src,dst,type\n", "bad_nodes.csv:3:", "twice"},
      {"id,label,name,n:int\n1,Person,A,5\n2,Person,B,five\n", "src,dst,type\n", "bad_nodes.csv:3:",
       "not an integer"},
      {"label,name\nPerson,A\n", "src,dst,type\n", "bad_nodes.csv:1:", "id column"},
      {"id,label,name,x:date\n", "src,dst,type\n", "bad_nodes.csv:1:", "unsupported type"},
      {"id,label,name\n1,Person,A\n2,Person,B\n", "src,dst,type\n1,2,MET\n2,7,MET\n",
       "bad_edges.csv:3:", "'7' is not a node id"},
      {"id,label,name\n1,Person,A\n", "src,dst\n1,1\n", "bad_edges.csv:1:", "src,dst,type"},
      {"id,label,name\n1,Person,A\n", "src,dst,type,year:int\n1,1,MET,x\n", "bad_edges.csv:2:",
       "not an integer"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.where);
    WriteFileOrDie(dir_ / "bad_nodes.csv", c.nodes);
    WriteFileOrDie(dir_ / "bad_edges.csv", c.edges);
    CliResult r = Import(Db(), dir_ / "bad_nodes.csv", dir_ / "bad_edges.csv");
    EXPECT_EQ(r.code, 1) << r.err;
    EXPECT_CONTAINS(r.err, c.where);
    EXPECT_CONTAINS(r.err, c.what);
    EXPECT_EQ(Jsonl(Db()), before);
    EXPECT_EQ(RunKg({"stats", "--db", Db(), "--json"}).out, stats_before);
    // A failed import into a database that does not exist does not create it.
    r = Import(Db("never.db"), dir_ / "bad_nodes.csv", dir_ / "bad_edges.csv");
    EXPECT_EQ(r.code, 1);
    EXPECT_FALSE(std::filesystem::exists(Db("never.db")));
  }
}

// A graph large enough to be split into parts: `quoted` quotes every field
// (and uses CRLF), which sends the import through the general CSV parser in
// one part; the plain files take the per-line fast path in parallel parts.
struct GeneratedCsv {
  std::string nodes, edges;
};
GeneratedCsv Generate(bool quoted, int num_nodes, int num_edges) {
  auto q = [quoted](const std::string& f) { return quoted ? "\"" + f + "\"" : f; };
  const char* eol = quoted ? "\r\n" : "\n";
  const char* labels[] = {"Person", "Country", "Organization"};
  const char* types[] = {"MET", "VISITED", "MEMBER_OF", "ATTENDED"};
  GeneratedCsv g;
  g.nodes = std::string("id,label,name,score") + eol;
  for (int i = 0; i < num_nodes; ++i) {
    g.nodes += q(std::to_string(i * 7 % num_nodes)) + "," + q(labels[i % 3]) + "," +
               q("Name " + std::to_string(i)) + "," + q(i % 5 ? std::to_string(i % 13) : "") + eol;
  }
  g.edges = std::string("src,dst,type,year,note") + eol;
  for (int i = 0; i < num_edges; ++i) {
    g.edges += q(std::to_string(i % num_nodes)) + "," + q(std::to_string(i * 31 % num_nodes)) +
               "," + q(types[i % 4]) + "," + q(std::to_string(1945 + i % 80)) + "," +
               q(i % 3 ? "n" + std::to_string(i % 17) : "") + eol;
  }
  return g;
}

TEST_F(ImportExportTest, ParallelFastPathEqualsQuotedCsvImport) {
  GeneratedCsv plain = Generate(false, 2000, 30000);
  GeneratedCsv quoted = Generate(true, 2000, 30000);
  WriteFileOrDie(dir_ / "pn.csv", plain.nodes);
  WriteFileOrDie(dir_ / "pe.csv", plain.edges);
  WriteFileOrDie(dir_ / "qn.csv", quoted.nodes);
  WriteFileOrDie(dir_ / "qe.csv", quoted.edges);
  auto import = [&](const std::string& db, const std::string& n, const std::string& e,
                    const std::string& threads) {
    return RunKg({"import", "--db", Db(db), "--nodes", dir_ / n, "--edges", dir_ / e}, "",
                 {{"KG_IMPORT_THREADS", threads}});
  };
  CliResult r = import("p3.db", "pn.csv", "pe.csv", "3");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_CONTAINS(r.out, "imported 2000 nodes and 30000 edges");
  EXPECT_CONTAINS(r.out, "node ids kept");
  r = import("p1.db", "pn.csv", "pe.csv", "1");
  ASSERT_EQ(r.code, 0) << r.err;
  r = import("q.db", "qn.csv", "qe.csv", "3");
  ASSERT_EQ(r.code, 0) << r.err;
  const std::string want = Jsonl(Db("p1.db"));
  EXPECT_EQ(std::count(want.begin(), want.end(), '\n'), 30000);
  EXPECT_EQ(Jsonl(Db("p3.db")), want);
  EXPECT_EQ(Jsonl(Db("q.db")), want);
  // Same ids too: the CSV export of both databases is identical.
  ASSERT_EQ(RunKg({"export", "--db", Db("p3.db"), "--format", "csv", "--out", dir_ / "o3"}).code, 0);
  ASSERT_EQ(RunKg({"export", "--db", Db("q.db"), "--format", "csv", "--out", dir_ / "oq"}).code, 0);
  EXPECT_EQ(ReadFileOrDie(dir_ / "o3/edges.csv"), ReadFileOrDie(dir_ / "oq/edges.csv"));
  EXPECT_EQ(ReadFileOrDie(dir_ / "o3/nodes.csv"), ReadFileOrDie(dir_ / "oq/nodes.csv"));
  EXPECT_CONTAINS(ReadFileOrDie(dir_ / "o3/nodes.csv"), "score:int");
  EXPECT_CONTAINS(ReadFileOrDie(dir_ / "o3/edges.csv"), "note:string,year:int");
}

// Errors found by later parts name the right line; the first one in file
// order wins; nothing is written and no database is created.
TEST_F(ImportExportTest, ParallelPartsReportTheFirstErrorWithItsLine) {
  GeneratedCsv g = Generate(false, 100, 3000);
  WriteFileOrDie(dir_ / "n.csv", g.nodes);
  std::vector<std::string> lines = absl::StrSplit(g.edges, '\n');
  lines[2500] = "5,999,MET,2000,x";  // file line 2501: unknown target
  lines[2800] = "5,6,MET";           // file line 2801: too few fields
  std::string edges = absl::StrJoin(lines, "\n");
  WriteFileOrDie(dir_ / "e.csv", edges);
  for (const char* threads : {"1", "2", "4"}) {
    SCOPED_TRACE(threads);
    CliResult r = RunKg({"import", "--db", Db("bad.db"), "--nodes", dir_ / "n.csv", "--edges",
                         dir_ / "e.csv"},
                        "", {{"KG_IMPORT_THREADS", threads}});
    EXPECT_EQ(r.code, 1) << r.err;
    EXPECT_CONTAINS(r.err, "e.csv:2501: ");
    EXPECT_CONTAINS(r.err, "'999' is not a node id");
    EXPECT_FALSE(std::filesystem::exists(Db("bad.db")));
  }
  lines[2500] = "5,6,MET,2000,x";
  WriteFileOrDie(dir_ / "e.csv", absl::StrJoin(lines, "\n"));
  CliResult r = RunKg({"import", "--db", Db("bad.db"), "--nodes", dir_ / "n.csv", "--edges",
                       dir_ / "e.csv"},
                      "", {{"KG_IMPORT_THREADS", "4"}});
  EXPECT_EQ(r.code, 1);
  EXPECT_CONTAINS(r.err, "e.csv:2801: 3 fields, but the header has 5");
  EXPECT_FALSE(std::filesystem::exists(Db("bad.db")));
}

// An untyped column's type is guessed from its first value; a later value
// that does not fit (even in another part) makes the import infer the type
// from the whole file, as if every value had been read first.
TEST_F(ImportExportTest, UntypedColumnsGetTheTypeEveryValueFits) {
  GeneratedCsv g = Generate(false, 50, 2000);
  WriteFileOrDie(dir_ / "n.csv", g.nodes + "50,Person,Late,2.5\n");  // score: int -> float
  std::string edges = "src,dst,type,year,code,flag\n";
  for (int i = 0; i < 2000; ++i) {
    edges += std::to_string(i % 50) + ",1,MET," + std::to_string(1950 + i % 70) + "," +
             std::to_string(i) + "," + (i % 2 ? "true" : "false") + "\n";
  }
  edges += "2,3,MET,2001,X7,true\n";  // code: int -> string, in the last part
  WriteFileOrDie(dir_ / "e.csv", edges);
  CliResult r = RunKg({"import", "--db", Db(), "--nodes", dir_ / "n.csv", "--edges", dir_ / "e.csv"},
                      "", {{"KG_IMPORT_THREADS", "3"}});
  ASSERT_EQ(r.code, 0) << r.err;
  ASSERT_EQ(RunKg({"export", "--db", Db(), "--format", "csv", "--out", dir_ / "out"}).code, 0);
  std::string nodes = ReadFileOrDie(dir_ / "out/nodes.csv");
  std::string out_edges = ReadFileOrDie(dir_ / "out/edges.csv");
  EXPECT_CONTAINS(nodes, "score:double");
  EXPECT_CONTAINS(out_edges, "code:string,flag:boolean,year:int");
  EXPECT_CONTAINS(Jsonl(Db()), "\"code\": \"X7\"");
  EXPECT_CONTAINS(Jsonl(Db()), "\"code\": \"1999\"");
}

TEST_F(ImportExportTest, ImportIntoNonEmptyDatabaseAppendsWithFreshIds) {
  ASSERT_EQ(Import(Db(), dir_ / "nodes.csv", dir_ / "edges.csv").code, 0);
  CliResult r = Import(Db(), dir_ / "nodes.csv", dir_ / "edges.csv");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_CONTAINS(r.out, "fresh node ids");
  EXPECT_CONTAINS(RunKg({"stats", "--db", Db()}).out, "nodes      8\n");
}

// A snapshot with every kind of value, qualifiers and sources.
kg::GraphSnapshot SampleSnapshot() {
  kg::GraphSnapshot s;
  s.mutable_header()->set_schema_version(1);
  s.mutable_header()->set_producer("test");
  auto add_node = [&](uint64_t id, std::vector<std::string> labels, std::string name) {
    kg::Node* n = s.add_nodes();
    n->set_id(id);
    for (auto& l : labels) n->add_labels(l);
    (*n->mutable_properties())["name"].set_string_value(name);
    return n;
  };
  kg::Node* lam = add_node(5, {"Person"}, "To Lam");
  auto* aliases = (*lam->mutable_properties())["aliases"].mutable_list_value();
  aliases->add_values()->set_string_value("Tô Lâm");
  aliases->add_values()->set_string_value("Mr. To Lam");
  (*lam->mutable_properties())["born"].set_int_value(1957);
  (*lam->mutable_properties())["weight"].set_float_value(0.25);
  (*lam->mutable_properties())["active"].set_bool_value(true);
  add_node(9, {"Person"}, "Joe Biden");
  add_node(1000000007, {"Country", "Place"}, "Cuba");
  kg::Edge* met = s.add_edges();
  met->set_id(1);
  met->set_src(5);
  met->set_dst(9);
  met->set_type("MET");
  (*met->mutable_properties())["date"].set_string_value("2024-09-25");
  for (int i = 0; i < 2; ++i) {
    kg::Source* src = met->add_sources();
    src->set_doc(i == 0 ? "000_7ba51045dea41bd3" : "003_aa");
    src->set_start(1834 + i);
    src->set_end(1990 + i);
    src->set_sentence(i == 0 ? "To Lam met \"Joe\" Biden\non Wednesday." : "They met.");
  }
  kg::Edge* visit = s.add_edges();
  visit->set_id(2);
  visit->set_src(5);
  visit->set_dst(1000000007);
  visit->set_type("VISITED");
  (*visit->mutable_properties())["kind"].set_string_value("state visit");
  s.mutable_header()->set_node_count(s.nodes_size());
  s.mutable_header()->set_edge_count(s.edges_size());
  return s;
}

kg::GraphSnapshot ParseSnapshot(const std::string& path) {
  kg::GraphSnapshot s;
  EXPECT_TRUE(s.ParseFromString(ReadFileOrDie(path))) << path;
  return s;
}

// The snapshot's text form with node ids replaced by names and elements
// sorted, so snapshots that differ only in ids compare equal.
std::string Canonical(const kg::GraphSnapshot& s) {
  std::map<uint64_t, std::string> names;
  std::vector<std::string> parts;
  for (kg::Node n : s.nodes()) {
    names[n.id()] = n.properties().at("name").string_value();
    n.clear_id();
    std::vector<std::string> labels(n.labels().begin(), n.labels().end());
    std::sort(labels.begin(), labels.end());
    n.clear_labels();
    for (const auto& l : labels) n.add_labels(l);
    std::string text;
    google::protobuf::TextFormat::Printer printer;
    printer.PrintToString(n, &text);
    parts.push_back("node " + text);
  }
  for (kg::Edge e : s.edges()) {
    std::string src = names[e.src()], dst = names[e.dst()];
    e.clear_id();
    e.clear_src();
    e.clear_dst();
    std::string text;
    google::protobuf::TextFormat::PrintToString(e, &text);
    parts.push_back("edge " + src + " -> " + dst + " " + text);
  }
  std::sort(parts.begin(), parts.end());
  std::string out;
  for (const auto& p : parts) out += p + "\n";
  return out;
}

TEST_F(ImportExportTest, PbRoundTripIsLossless) {
  kg::GraphSnapshot original = SampleSnapshot();
  WriteFileOrDie(dir_ / "in.pb", original.SerializeAsString());
  CliResult r = RunKg({"import", "--db", Db(), dir_ / "in.pb"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_CONTAINS(r.out, "imported 3 nodes and 2 edges");

  r = RunKg({"export", "--db", Db(), "--format", "pb", "--out", dir_ / "out.pb"});
  ASSERT_EQ(r.code, 0) << r.err;
  kg::GraphSnapshot exported = ParseSnapshot(dir_ / "out.pb");
  // Same nodes, edges, qualifiers and sources. A snapshot with sources is
  // written through a transaction, so entity nodes get the ids kg derives
  // from label and name: compare with ids replaced by names.
  EXPECT_EQ(exported.header().node_count(), 3u);
  EXPECT_EQ(exported.header().edge_count(), 2u);
  EXPECT_EQ(Canonical(exported), Canonical(original));
  // export pb -> import into a fresh database -> identical jsonl and pb.
  r = RunKg({"import", "--db", Db("copy.db"), dir_ / "out.pb"});
  ASSERT_EQ(r.code, 0) << r.err;
  const std::string jsonl = Jsonl(Db());
  EXPECT_EQ(Jsonl(Db("copy.db")), jsonl);
  EXPECT_CONTAINS(jsonl, "\"sources\": [{\"doc\": \"000_7ba51045dea41bd3\", \"start\": "
                               "1834, \"end\": 1990, \"sentence\": \"To Lam met \\\"Joe\\\" "
                               "Biden\\non Wednesday.\"}, {\"doc\": \"003_aa\"");
  r = RunKg({"export", "--db", Db("copy.db"), "--format", "pb", "--out", dir_ / "copy.pb"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equivalent(
      ParseSnapshot(dir_ / "copy.pb"), exported));
}

TEST_F(ImportExportTest, PbWithoutSourcesIsBulkLoadedWithIdsKept) {
  ASSERT_EQ(Import(Db(), dir_ / "nodes.csv", dir_ / "edges.csv").code, 0);
  CliResult r = RunKg({"export", "--db", Db(), "--format", "pb", "--out", dir_ / "g.pb"});
  ASSERT_EQ(r.code, 0) << r.err;
  r = RunKg({"import", "--db", Db("copy.db"), dir_ / "g.pb"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_CONTAINS(r.out, "node ids kept");
  EXPECT_EQ(Jsonl(Db("copy.db")), Jsonl(Db()));
  r = RunKg({"export", "--db", Db("copy.db"), "--format", "pb", "--out", dir_ / "copy.pb"});
  ASSERT_EQ(r.code, 0) << r.err;
  kg::GraphSnapshot a = ParseSnapshot(dir_ / "g.pb"), b = ParseSnapshot(dir_ / "copy.pb");
  ASSERT_EQ(a.nodes_size(), 4);
  EXPECT_EQ(b.nodes(0).id(), 10u);
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equivalent(a, b));
}

TEST_F(ImportExportTest, MalformedPbNamesOffsetAndChangesNothing) {
  ASSERT_EQ(Import(Db(), dir_ / "nodes.csv", dir_ / "edges.csv").code, 0);
  const std::string before = Jsonl(Db());
  std::string good = SampleSnapshot().SerializeAsString();
  kg::GraphSnapshot dangling = SampleSnapshot();
  dangling.mutable_edges(1)->set_dst(77);
  kg::GraphSnapshot short_count = SampleSnapshot();
  short_count.mutable_header()->set_edge_count(3);
  struct Case {
    std::string bytes;
    const char* what;
  } cases[] = {
      {good.substr(0, good.size() - 7), "truncated"},
      {"this is not a snapshot at all", "byte offset"},
      {dangling.SerializeAsString(), "node 77 is not in the snapshot"},
      {short_count.SerializeAsString(), "announces 3 nodes and 3 edges"},
      {"", "no header"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    WriteFileOrDie(dir_ / "bad.pb", c.bytes);
    CliResult r = RunKg({"import", "--db", Db(), dir_ / "bad.pb"});
    EXPECT_EQ(r.code, 1) << r.err;
    EXPECT_CONTAINS(r.err, "bad.pb: byte offset ");
    EXPECT_CONTAINS(r.err, c.what);
    EXPECT_EQ(Jsonl(Db()), before);
  }
}

TEST(CliTest, HelpForEachCommand) {
  for (const char* cmd : {"import", "export", "stats", "bench"}) {
    SCOPED_TRACE(cmd);
    CliResult r = RunKg({cmd, "--help"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_CONTAINS(r.out, std::string("usage: kg ") + cmd);
    EXPECT_CONTAINS(r.out, "--db");
  }
}

TEST(CliTest, UserErrorsExitOneWithAMessage) {
  TempDir dir;
  CliResult r = RunKg({"stats", "--db", dir / "missing.db"});
  EXPECT_EQ(r.code, 1);
  EXPECT_CONTAINS(r.err, "kg stats: no kg database at");
  r = RunKg({"export", "--db", dir / "missing.db"});
  EXPECT_EQ(r.code, 1);
  r = RunKg({"import", "--bogus"});
  EXPECT_EQ(r.code, 1);
  EXPECT_CONTAINS(r.err, "unknown option '--bogus'");
  r = RunKg({"import", "--db", dir / "x.db", "--nodes", dir / "absent.csv"});
  EXPECT_EQ(r.code, 1);
  EXPECT_CONTAINS(r.err, "absent.csv");
  r = RunKg({"import", "--db", dir / "x.db"});
  EXPECT_EQ(r.code, 1);
  EXPECT_CONTAINS(r.err, "nothing to import");
  WriteFileOrDie(dir / "n.csv", "id,label,name\n1,Person,A\n");
  ASSERT_EQ(RunKg({"import", "--db", dir / "x.db", "--nodes", dir / "n.csv"}).code, 0);
  r = RunKg({"export", "--db", dir / "x.db", "--format", "xml"});
  EXPECT_EQ(r.code, 1);
  EXPECT_CONTAINS(r.err, "unknown --format 'xml'");
  r = RunKg({"export", "--db", dir / "x.db", "--format", "csv"});
  EXPECT_EQ(r.code, 1);
  EXPECT_CONTAINS(r.err, "--out DIR");
  r = RunKg({"stats", "--db", dir / "x.db", "extra"});
  EXPECT_EQ(r.code, 1);
}

TEST(CliTest, StatusCodesMapToExitCodes) {
  EXPECT_EQ(tools::ExitCodeFor(absl::OkStatus()), 0);
  EXPECT_EQ(tools::ExitCodeFor(absl::InvalidArgumentError("x")), 1);
  EXPECT_EQ(tools::ExitCodeFor(absl::NotFoundError("x")), 1);
  EXPECT_EQ(tools::ExitCodeFor(absl::FailedPreconditionError("x")), 1);
  EXPECT_EQ(tools::ExitCodeFor(absl::UnimplementedError("x")), 1);
  EXPECT_EQ(tools::ExitCodeFor(absl::InternalError("x")), 2);
  EXPECT_EQ(tools::ExitCodeFor(absl::DataLossError("x")), 2);
  EXPECT_EQ(tools::ExitCodeFor(absl::UnknownError("x")), 2);
}

}  // namespace
}  // namespace kg::testing
