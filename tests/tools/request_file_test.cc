#include "tools/request_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

#include "google/protobuf/io/coded_stream.h"
#include "gtest/gtest.h"

namespace kg::tools {
namespace {

std::string Stream(const std::vector<std::string>& bodies) {
  std::string out;
  for (const auto& b : bodies) {
    uint8_t prefix[10];
    uint8_t* end = google::protobuf::io::CodedOutputStream::WriteVarint32ToArray(b.size(), prefix);
    out.append(reinterpret_cast<char*>(prefix), end - prefix);
    out += b;
  }
  return out;
}

kg::QueryRequest Request(const std::string& id, const std::string& q) {
  kg::QueryRequest r;
  r.set_id(id);
  r.set_query(q);
  return r;
}

TEST(RequestFileTest, EncodingByExtension) {
  EXPECT_EQ(EncodingForPath("a/q1.pb"), Encoding::kBinary);
  EXPECT_EQ(EncodingForPath("q1.txtpb"), Encoding::kText);
  EXPECT_EQ(EncodingForPath("q1.textproto"), Encoding::kText);
  EXPECT_EQ(EncodingForPath("batch.pbs"), Encoding::kStream);
  EXPECT_EQ(EncodingForPath("q1.json"), Encoding::kUnknown);
}

TEST(RequestFileTest, ParsesBinaryTextAndStream) {
  kg::QueryRequest a = Request("a", "RETURN 1");
  (*a.mutable_parameters())["name"].set_string_value("Tô Lâm");
  auto bin = ParseRequests(a.SerializeAsString(), Encoding::kBinary, "a.pb");
  ASSERT_TRUE(bin.error.ok()) << bin.error;
  ASSERT_EQ(bin.requests.size(), 1u);
  EXPECT_EQ(bin.requests[0].parameters().at("name").string_value(), "Tô Lâm");

  auto text = ParseRequests(
      "id: \"t\"\nquery: \"MATCH (n) RETURN n\"\nformat: OUTPUT_CSV\n"
      "parameters { key: \"k\" value { int_value: 3 } }\nlimits { max_rows: 5 }\n",
      Encoding::kText, "t.txtpb");
  ASSERT_TRUE(text.error.ok()) << text.error;
  EXPECT_EQ(text.requests[0].format(), kg::OUTPUT_CSV);
  EXPECT_EQ(text.requests[0].limits().max_rows(), 5u);

  auto stream = ParseRequests(Stream({a.SerializeAsString(), Request("b", "RETURN 2").SerializeAsString()}),
                              Encoding::kStream, "s.pbs");
  ASSERT_TRUE(stream.error.ok()) << stream.error;
  ASSERT_EQ(stream.requests.size(), 2u);
  EXPECT_EQ(stream.requests[1].id(), "b");
}

TEST(RequestFileTest, TextErrorsNameFileLineAndColumn) {
  auto p = ParseRequests("id: \"x\"\nquery: RETURN 1\n", Encoding::kText, "bad.txtpb");
  ASSERT_FALSE(p.error.ok());
  EXPECT_NE(p.error.message().find("bad.txtpb:2:8:"), std::string::npos) << p.error;
  auto unknown = ParseRequests("id: \"x\" quux: 1", Encoding::kText, "u.txtpb");
  EXPECT_NE(unknown.error.message().find("quux"), std::string::npos) << unknown.error;
}

TEST(RequestFileTest, RejectsOtherMessageTypesGarbageAndEmptyQueries) {
  // A QueryResponse is valid protobuf but not a request.
  kg::QueryResponse resp;
  resp.set_id("r");
  resp.add_columns("x");
  resp.add_rows()->add_values()->set_int_value(1);
  resp.mutable_stats()->set_parse_ms(1.5);
  auto p = ParseRequests(resp.SerializeAsString(), Encoding::kBinary, "resp.pb");
  EXPECT_FALSE(p.error.ok());
  EXPECT_NE(p.error.message().find("not a kg.QueryRequest"), std::string::npos) << p.error;

  auto garbage = ParseRequests(std::string("\xff\xff\xff\xff\x0f garbage", 14), Encoding::kBinary, "g.pb");
  EXPECT_FALSE(garbage.error.ok());
  EXPECT_NE(garbage.error.message().find("g.pb"), std::string::npos);

  std::string bad_utf8 = Request("x", "RETURN '\xC3'").SerializeAsString();
  auto utf = ParseRequests(bad_utf8, Encoding::kBinary, "utf.pb");
  EXPECT_FALSE(utf.error.ok());

  auto empty = ParseRequests(Request("e", "  ").SerializeAsString(), Encoding::kBinary, "e.pb");
  EXPECT_NE(empty.error.message().find("no query"), std::string::npos) << empty.error;
  auto nothing = ParseRequests("", Encoding::kBinary, "n.pb");
  EXPECT_FALSE(nothing.error.ok());

  auto unk = ParseRequests("x", Encoding::kUnknown, "q.json");
  EXPECT_NE(unk.error.message().find("unknown request file type"), std::string::npos);
}

TEST(RequestFileTest, TruncatedStreamKeepsTheRequestsBeforeIt) {
  std::string s = Stream({Request("a", "RETURN 1").SerializeAsString(),
                          Request("b", "RETURN 2").SerializeAsString()});
  auto p = ParseRequests(s.substr(0, s.size() - 3), Encoding::kStream, "s.pbs");
  EXPECT_FALSE(p.error.ok());
  EXPECT_NE(p.error.message().find("request #2: truncated"), std::string::npos) << p.error;
  ASSERT_EQ(p.requests.size(), 1u);
  EXPECT_EQ(p.requests[0].id(), "a");
  EXPECT_FALSE(ParseRequests("", Encoding::kStream, "e.pbs").error.ok());
}

TEST(RequestFileTest, ResponsesRoundTripInEveryEncoding) {
  kg::QueryResponse a = ErrorResponse("a", "SyntaxError", "bad \"thing\"");
  kg::QueryResponse b;
  b.set_id("b");
  b.add_columns("name");
  b.add_rows()->add_values()->set_string_value("Lương Cường");
  for (Encoding e : {Encoding::kBinary, Encoding::kText}) {
    auto bytes = EncodeResponses({b}, e);
    ASSERT_TRUE(bytes.ok());
    auto back = DecodeResponses(*bytes, e);
    ASSERT_TRUE(back.ok()) << back.status();
    EXPECT_EQ(back->at(0).rows(0).values(0).string_value(), "Lương Cường");
    EXPECT_FALSE(EncodeResponses({a, b}, e).ok());
  }
  auto text = EncodeResponses({b}, Encoding::kText);
  EXPECT_NE(text->find("Lương Cường"), std::string::npos) << *text;  // readable UTF-8
  auto stream = EncodeResponses({a, b}, Encoding::kStream);
  auto back = DecodeResponses(*stream, Encoding::kStream);
  ASSERT_TRUE(back.ok());
  ASSERT_EQ(back->size(), 2u);
  EXPECT_EQ(back->at(0).error().message(), "bad \"thing\"");
}

class FilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/kg-reqfile-XXXXXX";
    dir_ = mkdtemp(tmpl);
  }
  void TearDown() override { std::system(("rm -rf " + dir_).c_str()); }
  std::string dir_;
};

TEST_F(FilesTest, ReadRefusesSymlinksDirectoriesFifosAndHugeFiles) {
  std::string f = dir_ + "/q.pb";
  { std::ofstream(f) << "0123456789"; }
  EXPECT_EQ(*ReadRequestFile(f, 100), "0123456789");
  auto huge = ReadRequestFile(f, 5);
  EXPECT_NE(huge.status().message().find("over the limit"), std::string::npos);
  ASSERT_EQ(symlink(f.c_str(), (dir_ + "/link.pb").c_str()), 0);
  EXPECT_NE(ReadRequestFile(dir_ + "/link.pb", 100).status().message().find("symbolic link"),
            std::string::npos);
  ASSERT_EQ(mkfifo((dir_ + "/fifo.pb").c_str(), 0600), 0);
  EXPECT_NE(ReadRequestFile(dir_ + "/fifo.pb", 100).status().message().find("not a regular file"),
            std::string::npos);
  mkdir((dir_ + "/d.pb").c_str(), 0700);
  EXPECT_FALSE(ReadRequestFile(dir_ + "/d.pb", 100).ok());
}

TEST_F(FilesTest, DurableWriteReplacesAtomicallyAndLeavesNoTemporary) {
  std::string f = dir_ + "/out.pb";
  ASSERT_TRUE(WriteFileDurably(f, "first").ok());
  ASSERT_TRUE(WriteFileDurably(f, "second").ok());
  std::ifstream in(f);
  std::string s;
  in >> s;
  EXPECT_EQ(s, "second");
  EXPECT_EQ(std::system(("test $(ls -A " + dir_ + " | wc -l) -eq 1").c_str()), 0);
  ASSERT_TRUE(MoveDurably(f, dir_ + "/moved.pb").ok());
  EXPECT_NE(access(f.c_str(), F_OK), 0);
  EXPECT_EQ(access((dir_ + "/moved.pb").c_str(), F_OK), 0);
  EXPECT_FALSE(WriteFileDurably(dir_ + "/missing/x.pb", "x").ok());
}

}  // namespace
}  // namespace kg::tools
