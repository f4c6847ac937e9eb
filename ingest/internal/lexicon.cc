#include "ingest/internal/lexicon.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "graph/fold.h"
#include "graph/status.h"

namespace kg::ingest::internal {
namespace fs = std::filesystem;

absl::StatusOr<std::unique_ptr<Lexicon>> Lexicon::Load(const std::string& dir) {
  auto lex = std::make_unique<Lexicon>();
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return absl::NotFoundError(absl::StrCat(dir, ": no lexicon directory"));
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".tsv") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) return absl::NotFoundError(absl::StrCat(dir, ": no *.tsv lexicon files"));
  for (const std::string& f : files) {
    std::ifstream in(f);
    std::stringstream ss;
    ss << in.rdbuf();
    KG_RETURN_IF_ERROR(lex->AddTsv(ss.str(), f));
  }
  return lex;
}

absl::Status Lexicon::AddTsv(std::string_view text_in, const std::string& origin) {
  absl::string_view text(text_in.data(), text_in.size());
  int line_no = 0;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    ++line_no;
    line = absl::StripTrailingAsciiWhitespace(line);
    if (absl::StripLeadingAsciiWhitespace(line).empty() || absl::StartsWith(absl::StripLeadingAsciiWhitespace(line), "#")) continue;
    std::vector<std::string> cols = absl::StrSplit(line, '\t');
    if (cols.size() < 2 || cols[0].empty() || cols[1].empty()) {
      return absl::InvalidArgumentError(absl::StrCat(origin, ":", line_no,
                                                     ": expected LABEL<TAB>NAME[<TAB>ALIASES[<TAB>ATTRS]]"));
    }
    auto attrs = std::make_unique<LexAttrs>();
    if (cols.size() > 3) {
      for (absl::string_view kv : absl::StrSplit(cols[3], ';', absl::SkipWhitespace())) {
        size_t eq = kv.find('=');
        if (eq == std::string_view::npos) {
          return absl::InvalidArgumentError(absl::StrCat(origin, ":", line_no, ": attribute '", kv,
                                                         "' is not key=value"));
        }
        (*attrs)[std::string(absl::StripAsciiWhitespace(kv.substr(0, eq)))] =
            std::string(absl::StripAsciiWhitespace(kv.substr(eq + 1)));
      }
    }
    std::string key = absl::StrCat(cols[0], "\t", graph::FoldName(cols[1]));
    int id;
    auto it = by_key_.find(key);
    if (it == by_key_.end()) {
      id = static_cast<int>(entries_.size());
      entries_.push_back({cols[0], cols[1], {}, *attrs});
      by_key_[key] = id;
    } else {
      id = it->second;
      for (auto& [k, v] : *attrs) entries_[id].attrs.emplace(k, v);
    }
    const auto* a = attrs.get();
    attr_store_.push_back(std::move(attrs));
    AddAlias(id, cols[1], a, false);
    if (cols.size() > 2) {
      for (absl::string_view al : absl::StrSplit(cols[2], '|', absl::SkipWhitespace())) {
        std::string alias(absl::StripAsciiWhitespace(al));
        entries_[id].aliases.push_back(alias);
        by_key_.emplace(absl::StrCat(cols[0], "\t", graph::FoldName(alias)), id);
        AddAlias(id, alias, a, false);
      }
    }
    auto dem = a->find("demonym");
    if (dem != a->end()) {
      for (absl::string_view d : absl::StrSplit(dem->second, '|', absl::SkipWhitespace())) {
        AddAlias(id, std::string(d), a, true);
      }
    }
  }
  return absl::OkStatus();
}

void Lexicon::AddAlias(int entry, const std::string& alias,
                       const LexAttrs* attrs, bool demonym) {
  std::vector<Token> toks = Tokenize(alias);
  // "the United Nations": the article is matched as a plain word, so that it
  // never hides a longer name starting after it.
  if (toks.size() > 1 && toks[0].fold == "the") toks.erase(toks.begin());
  if (toks.empty()) return;
  int node = 0;
  for (const Token& t : toks) {
    int child = Child(node, t.fold);
    if (child < 0) {
      child = static_cast<int>(nodes_.size());
      nodes_.emplace_back();
      AddChild(node, t.fold, child);
    }
    node = child;
  }
  const std::string& label = entries_[entry].label;
  if (label != "Surname") {
    for (const Token& t : toks) {
      if (t.kind == TokenKind::kWord) name_words_.insert(t.fold);
    }
  }
  LexHit hit;
  hit.entry = entry;
  hit.attrs = attrs;
  hit.demonym = demonym;
  size_t letters = 0;
  for (char c : alias) letters += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  hit.case_sensitive = toks.size() == 1 && toks[0].upper && letters <= 6;
  hit.capitalised = toks[0].cap && label != "Title" && label != "Level";
  hit.kind = label == "Surname" ? kSurnameKind
             : absl::EndsWith(label, "Head") ? kHeadKind : kEntityKind;
  for (const LexHit& h : nodes_[node].hits) {
    if (h.entry == entry) return;
  }
  nodes_[node].hits.push_back(hit);
}

namespace {

inline uint64_t Load64(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  return x;
}
inline uint64_t Load32(const char* p) {
  uint32_t x;
  std::memcpy(&x, p, 4);
  return x;
}
inline uint64_t Mix(uint64_t a, uint64_t b) {
  const unsigned __int128 m = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(m) ^ static_cast<uint64_t>(m >> 64);
}

// The bytes of a word past its first eight and before its last eight,
// folded into `a` (out of line: few words are that long, and the lookups
// of the others need fewer registers).
ABSL_ATTRIBUTE_NOINLINE uint64_t MixMiddle(uint64_t a, const char* p, size_t n) {
  for (size_t k = 8; k + 8 < n; k += 8) a = Mix(a ^ 0x9e3779b97f4a7c15ull, Load64(p + k) ^ 0xbf58476d1ce4e5b9ull);
  return a;
}

}  // namespace

// A hash of the word (read a few bytes at a time: words are short) mixed
// with the parent node.
inline uint64_t Lexicon::EdgeHash(int parent, std::string_view word) {
  const char* p = word.data();
  const size_t n = word.size();
  uint64_t a = 0, b = 0;
  if (n >= 8) {
    a = Load64(p);
    b = Load64(p + n - 8);
    if (n > 16) a = MixMiddle(a, p, n);
  } else if (n >= 4) {
    a = Load32(p);
    b = Load32(p + n - 4);
  } else if (n > 0) {
    a = (static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
        (static_cast<uint64_t>(static_cast<unsigned char>(p[n >> 1])) << 8) |
        static_cast<unsigned char>(p[n - 1]);
  }
  return Mix(a ^ 0xa0761d6478bd642full ^ (static_cast<uint64_t>(static_cast<uint32_t>(parent)) << 32),
             b ^ 0xe7037ed1a0b428dbull ^ n);
}

inline int Lexicon::Child(int parent, std::string_view word) const {
  const uint64_t h = EdgeHash(parent, word);
  const size_t mask = edge_mask_;
  for (size_t s = h & mask;; s = (s + 1) & mask) {
    const Edge& e = edges_[s];
    if (e.parent < 0) return -1;
    if (e.hash == h && e.parent == parent && e.len == word.size() &&
        std::memcmp(words_.data() + e.word, word.data(), word.size()) == 0)
      return e.child;
  }
}

void Lexicon::AddChild(int parent, std::string_view word, int child) {
  if ((edge_count_ + 1) * 4 > edges_.size()) {
    std::vector<Edge> old = std::move(edges_);
    edges_.assign(std::max<size_t>(1024, old.size() * 2), Edge());
    edge_mask_ = edges_.size() - 1;
    for (const Edge& e : old) {
      if (e.parent < 0) continue;
      size_t s = e.hash & edge_mask_;
      while (edges_[s].parent >= 0) s = (s + 1) & edge_mask_;
      edges_[s] = e;
    }
  }
  Edge e;
  e.hash = EdgeHash(parent, word);
  e.parent = parent;
  e.child = child;
  e.word = static_cast<uint32_t>(words_.size());
  e.len = static_cast<uint32_t>(word.size());
  words_.append(word.data(), word.size());
  size_t s = e.hash & edge_mask_;
  while (edges_[s].parent >= 0) s = (s + 1) & edge_mask_;
  edges_[s] = e;
  ++edge_count_;
}

size_t Lexicon::Match(const std::vector<Token>& tokens, size_t i, size_t end, LexHit* hit,
                      int kind, bool any_case) const {
  // Most tokens begin no alias: they are turned down by the hash of their
  // word alone, before the matching proper sets up.
  if (i >= end) return 0;
  const uint64_t h = EdgeHash(0, tokens[i].fold);
  for (size_t s = h & edge_mask_;; s = (s + 1) & edge_mask_) {
    if (edges_[s].parent < 0) return 0;
    if (edges_[s].hash == h) break;
  }
  return MatchFrom(tokens, i, end, hit, kind, any_case);
}

size_t Lexicon::MatchFrom(const std::vector<Token>& tokens, size_t i, size_t end, LexHit* hit,
                          int kind, bool any_case) const {
  int node = 0;
  size_t best = 0;
  for (size_t j = i; j < end; ++j) {
    node = Child(node, tokens[j].fold);
    if (node < 0) break;
    for (const LexHit& h : nodes_[node].hits) {
      if (h.kind != kind) continue;
      // An acronym is written in capitals, or, four letters or more, as a
      // name: "Asean", "Nato", "Unesco" (house styles of some papers); not
      // before another capitalised word ("Irena Novak" is a person).
      if (h.case_sensitive && !tokens[i].upper &&
          !(j == i && tokens[i].cap && tokens[i].e - tokens[i].b >= 4 &&
            (i + 1 >= tokens.size() || !tokens[i + 1].cap)))
        continue;
      if (h.capitalised && !any_case && !tokens[i].cap && tokens[i].kind == TokenKind::kWord) continue;
      best = j - i + 1;
      *hit = h;
      break;
    }
  }
  return best;
}

uint64_t Lexicon::NextId() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1);
}

int Lexicon::Find(std::string_view label, std::string_view name) const {
  auto it = by_key_.find(absl::StrCat(absl::string_view(label.data(), label.size()), "\t",
                                      graph::FoldName(name)));
  return it == by_key_.end() ? -1 : it->second;
}

std::vector<int> Lexicon::OfLabel(std::string_view label) const {
  std::vector<int> out;
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].label == label) out.push_back(static_cast<int>(i));
  }
  return out;
}

}  // namespace kg::ingest::internal
