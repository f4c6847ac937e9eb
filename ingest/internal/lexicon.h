// Gazetteer: lexicon TSV files (label, canonical name, aliases, attributes)
// compiled into a trie over folded tokens for longest-match lookup.
#ifndef KG_INGEST_INTERNAL_LEXICON_H_
#define KG_INGEST_INTERNAL_LEXICON_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "ingest/internal/segmenter.h"

namespace kg::ingest::internal {

// key=value pairs of a TSV line's 4th column; looked up by string_view.
using LexAttrs = std::map<std::string, std::string, std::less<>>;

struct LexEntry {
  std::string label;      // Country, Organization, Event, Document, Place, Title, Level, ...
  std::string canonical;
  std::string folded;     // FoldName(canonical)
  std::vector<std::string> aliases;
  LexAttrs attrs;  // key=value pairs of the 4th column
};

// One way of writing an entry: which entry, and attributes of that line
// (e.g. a title alias "Party General Secretary" has scope=party).
struct LexHit {
  int entry = -1;
  const LexAttrs* attrs = nullptr;
  bool demonym = false;
  bool case_sensitive = false;  // an acronym: surface must be upper case
  bool capitalised = false;     // surface must start with a capital
  int kind = 0;                 // kEntityKind, kSurnameKind or kHeadKind
};
inline constexpr int kEntityKind = 0;   // entities, titles, levels
inline constexpr int kSurnameKind = 1;  // Surname
inline constexpr int kHeadKind = 2;     // EventHead, DocumentHead, OrgHead

// A token's fold as the absl tables keyed by folds take it.
inline absl::string_view AbslView(std::string_view s) { return absl::string_view(s.data(), s.size()); }

class Lexicon {
 public:
  // Loads every *.tsv under `dir`. Errors name the file and line.
  static absl::StatusOr<std::unique_ptr<Lexicon>> Load(const std::string& dir);
  // Adds one TSV text (for tests); `origin` names it in errors.
  absl::Status AddTsv(std::string_view text, const std::string& origin);

  // Longest alias starting at tokens[i] (bounded by `end`); returns the
  // number of tokens matched (0 if none) and fills `hit`.
  // With `any_case`, aliases written with capitals also match in lower case.
  size_t Match(const std::vector<Token>& tokens, size_t i, size_t end, LexHit* hit,
               int kind = kEntityKind, bool any_case = false) const;
  // Where a name starting with the folded word `fold` goes on: an opaque
  // state for MatchFrom, 0 if no name starts with it.
  int Start(std::string_view fold) const;
  // Calls f(fold, Start(fold)) for every word a name starts with, so that a
  // caller can keep the states in a table of its own.
  template <typename F>
  void ForEachStart(F f) const {
    for (const auto& [fold, start] : nodes_[0].next) f(absl::string_view(fold), start);
  }
  // Match, for a caller that knows Start(tokens[i].fold) already (`start`,
  // not 0): no lookup of that word again.
  size_t MatchFrom(int start, const std::vector<Token>& tokens, size_t i, size_t end, LexHit* hit,
                   int kind = kEntityKind, bool any_case = false) const;
  // Entry whose canonical name or alias folds like `name`, with `label`.
  int Find(std::string_view label, std::string_view name) const;
  const LexEntry& entry(int i) const { return entries_[static_cast<size_t>(i)]; }
  size_t size() const { return entries_.size(); }
  // Entries of a label (e.g. all Surname entries).
  std::vector<int> OfLabel(std::string_view label) const;
  // Whether a folded word occurs in a name of the lexicon other than a
  // family name ("affairs", "chamber"): a word of institutions, not of people.
  bool InNames(std::string_view fold) const { return name_words_.contains(AbslView(fold)); }
  bool InNames(absl::string_view fold) const { return name_words_.contains(fold); }
  // Unique in the process: names this lexicon in caches of what it says.
  uint64_t id() const { return id_; }

 private:
  struct Node {
    absl::flat_hash_map<std::string, int> next;
    std::vector<LexHit> hits;
  };
  void AddAlias(int entry, const std::string& alias, const LexAttrs* attrs,
                bool demonym);
  static uint64_t NextId();
  const uint64_t id_ = NextId();
  std::vector<LexEntry> entries_;
  std::vector<std::unique_ptr<LexAttrs>> attr_store_;
  std::vector<Node> nodes_{1};
  absl::flat_hash_map<std::string, int> by_key_;  // label + "\t" + folded name
  absl::flat_hash_set<std::string> name_words_;
};

}  // namespace kg::ingest::internal

#endif  // KG_INGEST_INTERNAL_LEXICON_H_
