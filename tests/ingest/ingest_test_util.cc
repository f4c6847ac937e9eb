#include "ingest_test_util.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "gtest/gtest.h"

namespace kg::ingest::testing {

std::string DataDir() { return std::string(KG_SOURCE_DIR) + "/ingest/data"; }

const Extractor& SharedExtractor() {
  static const Extractor* x = [] {
    auto loaded = Extractor::Load(DataDir());
    if (!loaded.ok()) {
      std::fprintf(stderr, "cannot load %s: %s\n", DataDir().c_str(), std::string(loaded.status().message()).c_str());
      std::abort();
    }
    return loaded->release();
  }();
  return *x;
}

std::set<std::string> Facts(const ExtractedDocument& doc, const std::vector<std::string>& keys) {
  std::set<std::string> out;
  for (const auto& f : doc.facts) {
    std::string s = doc.entities[f.subject].name + " -" + f.type + "-> " + doc.entities[f.object].name;
    for (const auto& [k, v] : f.qualifiers) {  // sorted by key
      if (std::find(keys.begin(), keys.end(), k) != keys.end()) s += " " + k + "=" + v;
    }
    out.insert(s);
  }
  return out;
}

std::set<std::string> FactsOf(const std::string& text, const std::vector<std::string>& keys) {
  return Facts(SharedExtractor().ExtractText("test", text), keys);
}

Run RunKg(const std::vector<std::string>& args, const std::string& input) {
  const char* bin = std::getenv("KG_BIN");
  std::string kg = bin && *bin ? bin : std::string(KG_BINARY_DIR) + "/kg";
  TempDir tmp;
  std::string in = tmp / "stdin", out = tmp / "stdout", err = tmp / "stderr";
  WriteFile(in, input);
  std::string cmd = "'" + kg + "'";
  for (const auto& a : args) {
    std::string q;
    for (char c : a) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    cmd += " '" + q + "'";
  }
  cmd += " <'" + in + "' >'" + out + "' 2>'" + err + "'";
  int status = std::system(cmd.c_str());
  Run r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::ifstream o(out), e(err);
  std::stringstream so, se;
  so << o.rdbuf();
  se << e.rdbuf();
  r.out = so.str();
  r.err = se.str();
  return r;
}

TempDir::TempDir() {
  const char* t = std::getenv("TMPDIR");
  std::string tmpl = std::string(t && *t ? t : "/tmp") + "/kg_ingest_test_XXXXXX";
  char* made = mkdtemp(tmpl.data());
  if (!made) std::abort();
  path_ = made;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

void WriteFile(const std::string& path, const std::string& content) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream f(path, std::ios::binary);
  f << content;
}

}  // namespace kg::ingest::testing
