#include "ingest/internal/lexicon.h"

#include <algorithm>
#include <atomic>
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
    std::string folded = graph::FoldName(cols[1]);
    std::string key = absl::StrCat(cols[0], "\t", folded);
    int id;
    auto it = by_key_.find(key);
    if (it == by_key_.end()) {
      id = static_cast<int>(entries_.size());
      entries_.push_back({cols[0], cols[1], std::move(folded), {}, *attrs});
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
  std::vector<char> fold_store;
  std::vector<Token> toks = Tokenize(alias, &fold_store);
  // "the United Nations": the article is matched as a plain word, so that it
  // never hides a longer name starting after it.
  if (toks.size() > 1 && toks[0].fold == "the") toks.erase(toks.begin());
  if (toks.empty()) return;
  int node = 0;
  for (const Token& t : toks) {
    auto it = nodes_[node].next.find(AbslView(t.fold));
    if (it == nodes_[node].next.end()) {
      int n = static_cast<int>(nodes_.size());
      nodes_[node].next[AbslView(t.fold)] = n;
      nodes_.emplace_back();
      node = n;
    } else {
      node = it->second;
    }
  }
  const std::string& label = entries_[entry].label;
  if (label != "Surname") {
    for (const Token& t : toks) {
      if (t.kind == TokenKind::kWord) name_words_.insert(std::string(t.fold));
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

size_t Lexicon::Match(const std::vector<Token>& tokens, size_t i, size_t end, LexHit* hit,
                      int kind, bool any_case) const {
  if (i >= end) return 0;
  const int start = Start(tokens[i].fold);
  return start == 0 ? 0 : MatchFrom(start, tokens, i, end, hit, kind, any_case);
}

int Lexicon::Start(std::string_view fold) const {
  auto it = nodes_[0].next.find(AbslView(fold));
  return it == nodes_[0].next.end() ? 0 : it->second;
}

size_t Lexicon::MatchFrom(int start, const std::vector<Token>& tokens, size_t i, size_t end,
                          LexHit* hit, int kind, bool any_case) const {
  int node = start;
  size_t best = 0;
  for (size_t j = i;;) {  // node: where tokens [i, j] lead
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
    // (A name's last word has no next: no hashing of the token after it.)
    if (++j >= end || nodes_[node].next.empty()) break;
    auto it = nodes_[node].next.find(AbslView(tokens[j].fold));
    if (it == nodes_[node].next.end()) break;
    node = it->second;
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
