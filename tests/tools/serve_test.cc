// Drives `kg serve` and `kg query --request` with serve_client.py, a client
// that knows only proto/kg.proto (compiled with protoc at test time).
#include <cstdio>
#include <cstdlib>
#include <string>

#include "gtest/gtest.h"

namespace {

// Runs the client for one scenario; returns its exit status and output.
int RunClient(const std::string& scenario, std::string* output) {
  const char* bin = std::getenv("KG_BIN");
  std::string kg = bin ? bin : KG_BINARY_DIR "/kg";
  std::string cmd = "/usr/bin/python3 " KG_SOURCE_DIR "/tests/tools/serve_client.py '" + kg +
                    "' " KG_SOURCE_DIR "/proto " + scenario + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return -1;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) output->append(buf, n);
  int status = pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool ClientAvailable() {
  return std::system("command -v protoc >/dev/null && "
                     "/usr/bin/python3 -c 'import google.protobuf' 2>/dev/null") == 0;
}

TEST(ServeTest, AnswersBinaryTextAndStreamRequestsAndSurvivesOddFiles) {
  if (!ClientAvailable()) GTEST_SKIP() << "needs protoc and python3-protobuf";
  std::string out;
  EXPECT_EQ(RunClient("basic", &out), 0) << out;
}

TEST(ServeTest, EveryRequestAnsweredExactlyOnceAcrossACrash) {
  if (!ClientAvailable()) GTEST_SKIP() << "needs protoc and python3-protobuf";
  std::string out;
  EXPECT_EQ(RunClient("crash", &out), 0) << out;
}

}  // namespace

namespace {

TEST(ServeTest, OneShotRequestAndResponseFiles) {
  if (!ClientAvailable()) GTEST_SKIP() << "needs protoc and python3-protobuf";
  std::string out;
  EXPECT_EQ(RunClient("oneshot", &out), 0) << out;
}

}  // namespace
