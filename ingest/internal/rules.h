// The relation rule language. A rule file (*.rules) holds lines
//
//   NAME: PATTERN => TYPE($subj, $obj) key=value ... [; TYPE(...) ...]
//   map "working visit" = "working trip"
//
// PATTERN is a sequence over sentence items (a whole entity mention is one
// item): words (case- and diacritic-insensitive), "quoted phrases", (a|b c)
// alternatives, /regex/ on one token, TAG or TAG|TAG (PERSON COUNTRY ORG EVENT
// DOC PLACE TITLE DATE TERM LEVEL NAME), $x:TAG captures, $x:TAG+ coordinated
// lists ("X, Y and Z"), $x:(...) captured words, `?` after any element for
// optional, and `...` or `...{N}` gaps of at most N items (default 8) that
// never skip an entity of the kind captured just before; `~` or `~{N}` is a
// gap that also crosses no punctuation. Values are "text",
// $x (capture text, DATE as ISO), term=$t (start/end of a TERM, one edge per
// term), anniv($n, $y) (year $y, or the article's, minus ordinal $n) and
// termend($n, $d) (the last year of an $n-year term starting at date $d), key=""
// (no such qualifier: the sentence's dates are not looked for). An edge
// argument may be country($x): a captured person stands for his country.
// Continuation lines start with whitespace; # starts a comment.
#ifndef KG_INGEST_INTERNAL_RULES_H_
#define KG_INGEST_INTERNAL_RULES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "ingest/internal/annotate.h"

namespace kg::ingest::internal {

struct RuleImpl;

class RuleSet {
 public:
  RuleSet();
  ~RuleSet();
  // Compiles every *.rules file under `dir`; errors name file and line.
  static absl::StatusOr<std::unique_ptr<RuleSet>> Load(const std::string& dir);
  absl::Status AddText(std::string_view text, const std::string& origin);

  // Appends the facts the rules find in every sentence of `a` to a->facts.
  void Apply(Annotation* a) const;
  size_t size() const;

 private:
  void AssignIds(void* seq);  // gives every pattern word its vocabulary id
  void Index();               // fills the per-word tables below
  std::vector<std::unique_ptr<RuleImpl>> rules_;
  absl::flat_hash_map<std::string, int> vocab_;  // pattern words and the matcher's own
  absl::flat_hash_map<uint64_t, int> short_ids_;  // the same ids of short words, by ShortKey (rules.cc)
  std::vector<uint32_t> word_class_;             // by word id: the matcher's classes
  std::vector<uint8_t> opens_clause_;            // by word id: 1 "when", "while" ..., 2 "as" (see the gap)
  int scheduled_id_ = -1, slated_id_ = -1;       // "was scheduled to meet": a plan (see Apply)
  // Required groups: a rule matches only where each of its groups has an
  // item (one of its words, or an item of one of its tags) where the match
  // reads (see RuleImpl::required). Rules needing the same group share it;
  // a set of groups is kept as (64-bit chunk, bits) pairs, sorted by chunk.
  using GroupBits = std::vector<std::pair<uint32_t, uint64_t>>;
  std::vector<GroupBits> word_groups_;  // by word id: the groups it is in
  std::vector<GroupBits> tag_groups_;   // by tag: the groups it is in
  std::vector<GroupBits> rule_groups_;  // by rule: the groups it needs
  std::vector<std::vector<uint32_t>> rule_group_ids_;  // by rule: the same groups, as numbers
  size_t group_chunks_ = 0;             // 64-bit chunks for all groups
  // Each rule with a word group is keyed by one of them: only the rules
  // keyed by a group a sentence meets, and the unkeyed ones, can match in it.
  std::vector<std::vector<int>> rules_by_key_;  // by group
  std::vector<uint64_t> key_groups_;            // the groups some rule is keyed by
  std::vector<int> unkeyed_rules_;
  std::vector<std::vector<int>> start_by_word_;  // by word id: the rules that can start with it
  std::vector<std::pair<std::string, std::string>> value_map_;
};

// The subject/object labels every edge type allows (ONTOLOGY.md).
bool SignatureAllows(std::string_view type, std::string_view subject_label,
                     std::string_view object_label);
bool IsKnownEdgeType(std::string_view type);

}  // namespace kg::ingest::internal

#endif  // KG_INGEST_INTERNAL_RULES_H_
