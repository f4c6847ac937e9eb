// Helpers for the ingest tests: the bundled data directory, a shared
// extractor, facts rendered as strings, and running the `kg` binary.
#ifndef KG_TESTS_INGEST_INGEST_TEST_UTIL_H_
#define KG_TESTS_INGEST_INGEST_TEST_UTIL_H_

#include <set>
#include <string>
#include <vector>

#include "ingest/document.h"
#include "ingest/extractor.h"

// A fact rendered by Facts() is (not) in a set, with the set on failure.
#define EXPECT_FACT(facts, fact) \
  EXPECT_TRUE((facts).count(fact)) << "missing: " << (fact) << "\nhave: " << ::testing::PrintToString(facts)
#define EXPECT_NO_FACT(facts, fact) \
  EXPECT_FALSE((facts).count(fact)) << "unexpected: " << (fact) << "\nhave: " << ::testing::PrintToString(facts)

namespace kg::ingest::testing {

std::string DataDir();                 // KG_SOURCE_DIR/ingest/data
const Extractor& SharedExtractor();    // loaded once from DataDir()

// "Subject -TYPE-> Object" plus " k=v" (sorted by k) for the qualifiers named in `keys`.
std::set<std::string> Facts(const ExtractedDocument& doc, const std::vector<std::string>& keys = {});
std::set<std::string> FactsOf(const std::string& text, const std::vector<std::string>& keys = {});

struct Run {
  int code = -1;
  std::string out, err;
};
// Runs $KG_BIN (else KG_BINARY_DIR/kg) with `args`; `input` is its stdin.
Run RunKg(const std::vector<std::string>& args, const std::string& input = "");

class TempDir {
 public:
  TempDir();
  ~TempDir();
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

void WriteFile(const std::string& path, const std::string& content);

}  // namespace kg::ingest::testing

#endif  // KG_TESTS_INGEST_INGEST_TEST_UTIL_H_
