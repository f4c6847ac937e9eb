// `kg ingest` as users run it: the binary ($KG_BIN) on files in a temp dir.
#include <filesystem>
#include <fstream>

#include "gtest/gtest.h"
#include "ingest_test_util.h"

namespace kg::ingest {
namespace {

using testing::RunKg;
using testing::TempDir;
using testing::WriteFile;

TEST(IngestCli, HelpAndUsageErrors) {
  auto help = RunKg({"ingest", "--help"});
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("--jobs"), std::string::npos);
  auto none = RunKg({"ingest", "--dry-run"});
  EXPECT_EQ(none.code, 1);
  EXPECT_NE(none.err.find("no input"), std::string::npos);
  auto missing = RunKg({"ingest", "--dry-run", "/nonexistent/article.txt"});
  EXPECT_EQ(missing.code, 1);
  EXPECT_NE(missing.err.find("/nonexistent/article.txt"), std::string::npos);
  TempDir dir;
  WriteFile(dir / "a.txt", "Vietnam joined the UN.");
  auto bad_data = RunKg({"ingest", "--dry-run", "--data", dir / "nodata", dir / "a.txt"});
  EXPECT_EQ(bad_data.code, 1);
  EXPECT_NE(bad_data.err.find("nodata"), std::string::npos);
}

TEST(IngestCli, BadFilesWarnAndTheRestIsIngested) {
  TempDir dir;
  WriteFile(dir / "in/good.txt", "Vietnam formally joined the United Nations on September 20, 1977.\n");
  WriteFile(dir / "in/empty.txt", "");
  WriteFile(dir / "in/binary.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  WriteFile(dir / "in/latin1.txt", "Vietnam joined ASEAN in 1995. Caf\xe9 talk.\n");
  auto r = RunKg({"ingest", "--db", dir / "kg.db", dir / "in"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("empty.txt: empty"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("binary.txt: binary"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("latin1.txt: 1 invalid UTF-8"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 documents"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 skipped"), std::string::npos) << r.err;
  auto exp = RunKg({"export", "--db", dir / "kg.db", "--format", "jsonl"});
  ASSERT_EQ(exp.code, 0) << exp.err;
  EXPECT_NE(exp.out.find("\"predicate\": \"JOINED\""), std::string::npos) << exp.out;
  EXPECT_NE(exp.out.find("1977-09-20"), std::string::npos) << exp.out;
  EXPECT_NE(exp.out.find("\"doc\": \"good\""), std::string::npos) << exp.out;
}

TEST(IngestCli, SameTextTwiceIsOneDocumentAndFactsMergeAcrossDocuments) {
  TempDir dir;
  std::string text = "President Nguyen Van Binh met with Chancellor Greta Vogel in Berlin.\n";
  WriteFile(dir / "a.txt", text);
  WriteFile(dir / "b.txt", "Chancellor Greta Vogel met President Nguyễn Văn Bình again.\n");
  auto r1 = RunKg({"ingest", "--db", dir / "kg.db", dir / "a.txt", dir / "b.txt"});
  ASSERT_EQ(r1.code, 0) << r1.err;
  EXPECT_NE(r1.err.find("merged edges"), std::string::npos);
  auto r2 = RunKg({"ingest", "--db", dir / "kg.db", dir / "a.txt"});
  EXPECT_NE(r2.err.find("1 already ingested"), std::string::npos) << r2.err;
  auto exp = RunKg({"export", "--db", dir / "kg.db", "--format", "jsonl"});
  size_t met = 0, pos = 0;
  while ((pos = exp.out.find("\"predicate\": \"MET\"", pos)) != std::string::npos) ++met, ++pos;
  EXPECT_EQ(met, 1u) << exp.out;  // one edge, two sources
  EXPECT_NE(exp.out.find("\"doc\": \"b\""), std::string::npos);
}

TEST(IngestCli, StdinDryRunAndFactsOut) {
  TempDir dir;
  auto r = RunKg({"ingest", "--dry-run", "--facts-out", dir / "f.jsonl", "-"},
                 "Vietnam and Japan established diplomatic relations on September 21, 1973.\n");
  ASSERT_EQ(r.code, 0) << r.err;
  std::ifstream f(dir / "f.jsonl");
  std::string line;
  std::getline(f, line);
  EXPECT_NE(line.find("DIPLOMATIC_RELATIONS"), std::string::npos) << line;
  EXPECT_NE(line.find("\"doc\": \"stdin\""), std::string::npos) << line;
  EXPECT_FALSE(std::filesystem::exists(dir / "kg.db"));
}

TEST(IngestCli, BundledSampleCoversEveryEdgeType) {
  TempDir dir;
  auto r = RunKg({"ingest", "--dry-run", "--facts-out", dir / "f.jsonl", std::string(KG_SOURCE_DIR) + "/tools/sample"});
  ASSERT_EQ(r.code, 0) << r.err;
  std::ifstream f(dir / "f.jsonl");
  std::string all((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  for (const char* type : {"MET", "HOLDS_OFFICE", "MEMBER_OF", "HELD_POSITION", "ATTENDED", "ADDRESSED", "VISITED",
                           "DIPLOMATIC_RELATIONS", "PARTNERSHIP", "JOINED", "PROPOSED", "HOSTS", "CHAIRS",
                           "DEPLOYED_TO", "PART_OF", "INVITED_BY"}) {
    EXPECT_NE(all.find(std::string("\"predicate\": \"") + type + "\""), std::string::npos) << type;
  }
}

TEST(IngestCli, ExplainShowsMentionsAndRules) {
  auto r = RunKg({"ingest", "--explain", "-"}, "Laos formally joined the UN on December 14, 1955.\n");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("[COUNTRY Laos]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("(joined, sentence 0)"), std::string::npos) << r.out;
  // Then the facts as exported, after the document's clean-up: an office
  // inferred for a visitor of its country is dropped there.
  auto v = RunKg({"ingest", "--explain", "-"},
                 "Prime Minister Arjun Mehta arrives in Oman\n\nPrime Minister Arjun Mehta on Saturday arrived in Oman "
                 "on a two-day visit. Oman and Oman's ministers welcomed him. Oman is a Gulf nation.\n");
  ASSERT_EQ(v.code, 0) << v.err;
  const size_t exported = v.out.find("exported:\n");
  ASSERT_NE(exported, std::string::npos) << v.out;
  EXPECT_LT(v.out.find("Arjun Mehta -HOLDS_OFFICE-> Oman"), exported) << v.out;
  EXPECT_EQ(v.out.find("Arjun Mehta -HOLDS_OFFICE-> Oman", exported), std::string::npos) << v.out;
  EXPECT_NE(v.out.find("Arjun Mehta -VISITED-> Oman", exported), std::string::npos) << v.out;
}

}  // namespace
}  // namespace kg::ingest
