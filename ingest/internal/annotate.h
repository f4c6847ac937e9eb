// Entity recognition over one document: gazetteer matches, dates and terms,
// numbered sessions and debates, capitalised and descriptive event/document
// names, people (titles, appositions, name shapes, short mentions, "the
// President"), and the HOLDS_OFFICE / PART_OF facts these recognisers imply.
#ifndef KG_INGEST_INTERNAL_ANNOTATE_H_
#define KG_INGEST_INTERNAL_ANNOTATE_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/internal/lexicon.h"
#include "ingest/internal/segmenter.h"

namespace kg::ingest::internal {

enum class Tag : uint8_t {
  kWord, kPerson, kCountry, kOrg, kEvent, kDoc, kPlace, kTitle, kDate, kTerm, kLevel, kName
};
inline constexpr int kTagCount = 12;
const char* TagName(Tag t);           // "PERSON", ...
const char* LabelOfTag(Tag t);        // "Person", ... ("" for non-entities)
bool TagFromName(std::string_view name, Tag* t);

struct Mention {
  Tag tag = Tag::kWord;
  uint32_t tb = 0, te = 0;  // token range
  int entity = -1;          // DocEntity index for entity tags
  int entity2 = -1;         // "the two countries": the second of the pair
  std::string text;         // TITLE/LEVEL: canonical; DATE: ISO; TERM: start year
  std::string end;          // TERM: end year
  std::string scope;        // TITLE: default scope (country, party, org)
  std::string of;           // TITLE: organisation named in the title ("UN Secretary-General")
  bool lexical = false;     // straight from the gazetteer
  bool demonym = false;
  bool pronoun = false;     // "we" standing for the home country
  bool given_name = false;  // TITLE: its word is also a given name ("Amir")
};

struct DocEntity {
  std::string label;  // ONTOLOGY label
  std::string name;
  std::string folded;       // FoldName(name), once (names never change)
  std::set<std::string> aliases;
  int lex = -1;             // lexicon entry, if any
  int session_org = -1;     // Event: a numbered session of this entity
  int session_no = 0;
  int parent = -1;          // Event: PART_OF this entity
  int redirect = -1;        // merged into another entity
  int country = -1;         // Person: the one country the person's offices are of
};

// A fact before export: entity indices and the sentence that states it.
// `type` and `rule` view strings that outlive the annotation: literals, or
// the rule set's own.
struct FactDraft {
  int subject = -1;
  std::string_view type;
  int object = -1;
  std::map<std::string, std::string> qualifiers;
  int sentence = -1;
  std::string_view rule;
};

// One element of a sentence as the rules see it: an entity mention (one item
// however many tokens it spans) or a single token.
struct Item {
  Tag tag = Tag::kWord;
  uint32_t tb = 0, te = 0;
  int mention = -1;  // index into the sentence's mentions
};

struct Annotation {
  // Movable, not copyable: the tokens' folds point into `fold_store`.
  Annotation() = default;
  Annotation(Annotation&&) = default;
  Annotation& operator=(Annotation&&) = default;
  Annotation(const Annotation&) = delete;
  Annotation& operator=(const Annotation&) = delete;

  std::string_view text;
  std::vector<Token> tokens;
  std::vector<char> fold_store;  // the tokens' folds that are not bytes of `text`
  std::vector<Sentence> sentences;
  std::vector<std::vector<Mention>> mentions;  // per sentence, sorted, disjoint
  std::vector<std::vector<Item>> items;        // per sentence
  std::vector<DocEntity> entities;
  std::vector<FactDraft> facts;
  int home_country = -1;
  int year = 0;  // the article's year, 0 if unknown
  // The first month-precise date of the opening sentences that is not one of
  // history ("took effect in August 2020"): the date of the trip an article
  // reports. Empty if none.
  std::string lead_date;

  int Resolve(int entity) const;  // follows redirects
};

// Annotates `text` (NFC). Pure; `lex` is only read.
Annotation Annotate(std::string_view text, const Lexicon& lex);

}  // namespace kg::ingest::internal

#endif  // KG_INGEST_INTERNAL_ANNOTATE_H_
