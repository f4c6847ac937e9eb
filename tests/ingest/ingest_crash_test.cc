// Kills `kg ingest` with SIGKILL mid-run, then checks that the database opens
// and holds only whole documents: every recorded document has all its facts'
// sources, and no source belongs to a document that was not recorded.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <string>
#include <thread>

#include "graph/graph_store.h"
#include "gtest/gtest.h"
#include "ingest_test_util.h"

namespace kg::ingest {
namespace {

std::string Article(int i) {
  const char* first[] = {"Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu"};
  const char* mid[] = {"Van", "Thi", "Minh", "Quoc", "Thanh"};
  const char* last[] = {"An", "Binh", "Cuong", "Dung", "Hai", "Khoa", "Long", "Nam"};
  const char* countries[] = {"Japan", "Cuba", "Laos", "Brazil", "India", "Germany", "Kenya", "Chile"};
  std::string a = std::string(first[i % 6]) + " " + mid[(i / 6) % 5] + " " + last[(i / 30) % 8] + std::to_string(i % 7);
  std::string b = std::string("Kwame") + std::to_string(i) + " Mensah";
  std::string c = countries[i % 8];
  std::string text;
  for (int k = 0; k < 6; ++k) {
    text += "Prime Minister " + a + " met with " + c + "'s Foreign Minister " + b + " in Hanoi on March " +
            std::to_string(1 + (i + k) % 28) + ", 2025.\n";
    text += "Vietnam and " + c + " established diplomatic relations in " + std::to_string(1950 + i % 70) + ".\n";
    text += "Prime Minister " + a + " will pay an official visit to " + c + " at the invitation of " + b + ".\n";
  }
  text += "Article " + std::to_string(i) + ".\n";
  return text;
}

TEST(IngestCrash, SigkillLeavesOnlyWholeDocuments) {
  testing::TempDir dir;
  const int kDocs = 3000;
  for (int i = 0; i < kDocs; ++i) testing::WriteFile(dir / ("in/" + std::to_string(100000 + i) + ".txt"), Article(i));
  const char* bin = std::getenv("KG_BIN");
  std::string kg = bin && *bin ? bin : std::string(KG_BINARY_DIR) + "/kg";
  std::string db = dir / "kg.db", in = dir / "in";
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    freopen("/dev/null", "w", stderr);
    execl(kg.c_str(), "kg", "ingest", "--quiet", "--jobs", "1", "--db", db.c_str(), in.c_str(), nullptr);
    _exit(127);
  }
  // Let it write some documents, then kill it without warning.
  bool exited = false;
  for (int ms = 0; ms < 1500; ms += 10) {
    int st;
    if (waitpid(pid, &st, WNOHANG) == pid) {
      exited = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (!exited) {
    kill(pid, SIGKILL);
    int st;
    waitpid(pid, &st, 0);
    EXPECT_TRUE(WIFSIGNALED(st));
  }
  auto store = graph::GraphStore::Open(db);
  ASSERT_TRUE(store.ok()) << store.status();
  auto docs = (*store)->Documents();
  ASSERT_TRUE(docs.ok()) << docs.status();
  std::printf("killed %s after %zu of %d documents\n", exited ? "(too late: finished)" : "", docs->size(), kDocs);
  std::map<std::string, uint32_t> expected;
  for (const auto& d : *docs) expected[d.doc_id] = d.facts;
  std::map<std::string, uint32_t> seen;
  ASSERT_TRUE((*store)
                  ->ScanEdges("", [&](const graph::Edge& e) {
                    auto src = (*store)->GetEdgeSources(e.id);
                    EXPECT_TRUE(src.ok());
                    for (const auto& s : *src) ++seen[s.doc];
                    return true;
                  })
                  .ok());
  for (const auto& [doc, n] : seen) {
    ASSERT_TRUE(expected.count(doc)) << "sources of unrecorded document " << doc;
  }
  for (const auto& [doc, n] : expected) {
    EXPECT_EQ(seen[doc], n) << "document " << doc << " is not whole";
  }
  store->reset();  // release the write lock
  // The database still accepts the rest of the batch.
  auto rerun = testing::RunKg({"ingest", "--quiet", "--db", db, in});
  EXPECT_EQ(rerun.code, 0) << rerun.err;
  auto again = graph::GraphStore::Open(db);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ((*again)->Documents()->size(), static_cast<size_t>(kDocs));
}

}  // namespace
}  // namespace kg::ingest
