// Gazetteer: lexicon TSV files (label, canonical name, aliases, attributes)
// compiled into a trie over folded tokens for longest-match lookup.
#ifndef KG_INGEST_INTERNAL_LEXICON_H_
#define KG_INGEST_INTERNAL_LEXICON_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/base/attributes.h"
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
  // Entry whose canonical name or alias folds like `name`, with `label`.
  int Find(std::string_view label, std::string_view name) const;
  const LexEntry& entry(int i) const { return entries_[static_cast<size_t>(i)]; }
  size_t size() const { return entries_.size(); }
  // Entries of a label (e.g. all Surname entries).
  std::vector<int> OfLabel(std::string_view label) const;
  // Whether a folded word occurs in a name of the lexicon other than a
  // family name ("affairs", "chamber"): a word of institutions, not of people.
  bool InNames(absl::string_view fold) const { return name_words_.contains(fold); }
  // Unique in the process: names this lexicon in caches of what it says.
  uint64_t id() const { return id_; }

 private:
  struct Node {
    std::vector<LexHit> hits;
  };
  // The trie's edges, (parent node, folded word) -> child node, in one
  // open-addressing table: a lookup hashes the word once, without
  // allocating, and mostly fails on the first slot it reads.
  struct Edge {
    uint64_t hash = 0;  // EdgeHash(parent, word)
    int parent = -1;    // -1: an empty slot
    int child = -1;
    uint32_t word = 0, len = 0;  // the word, in words_
  };
  static uint64_t EdgeHash(int parent, std::string_view word);
  int Child(int parent, std::string_view word) const;
  // Match once tokens[i] may begin an alias.
  ABSL_ATTRIBUTE_NOINLINE size_t MatchFrom(const std::vector<Token>& tokens, size_t i, size_t end, LexHit* hit,
                                           int kind, bool any_case) const;
  void AddChild(int parent, std::string_view word, int child);
  void AddAlias(int entry, const std::string& alias, const LexAttrs* attrs,
                bool demonym);
  static uint64_t NextId();
  const uint64_t id_ = NextId();
  std::vector<LexEntry> entries_;
  std::vector<std::unique_ptr<LexAttrs>> attr_store_;
  std::vector<Node> nodes_{1};
  std::vector<Edge> edges_{1};  // size a power of two, at most a quarter full
  size_t edge_mask_ = 0;        // edges_.size() - 1
  size_t edge_count_ = 0;
  std::string words_;  // the words of edges, end to end
  absl::flat_hash_map<std::string, int> by_key_;  // label + "\t" + folded name
  absl::flat_hash_set<std::string> name_words_;
};

}  // namespace kg::ingest::internal

#endif  // KG_INGEST_INTERNAL_LEXICON_H_
