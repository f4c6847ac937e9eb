// The result of extracting one article: its entities (label, canonical name,
// aliases) and facts (typed edges with qualifiers and provenance). Plain data,
// produced by Extractor::Extract without touching a database.
#ifndef KG_INGEST_DOCUMENT_H_
#define KG_INGEST_DOCUMENT_H_

#include <map>
#include <string>
#include <vector>

#include "graph/types.h"

namespace kg::ingest {

struct ExtractedEntity {
  std::string label;  // Person, Country, Organization, Event, Document, Place
  std::string name;   // canonical name
  std::vector<std::string> aliases;  // surface forms seen, sorted, unique
  std::string folded;  // graph::FoldName(name) when the extractor has it; else empty
};

struct ExtractedFact {
  int subject = -1;  // index into ExtractedDocument::entities
  std::string type;  // MET, HOLDS_OFFICE, ... (ONTOLOGY.md)
  int object = -1;
  std::map<std::string, std::string> qualifiers;
  graph::Source source;  // doc, sentence span (code points) and text
  std::string rule;      // the rule (or recogniser) that produced it
};

struct ExtractedDocument {
  std::string doc_id;
  std::string fingerprint;  // hex digest of the NFC text
  std::vector<ExtractedEntity> entities;
  std::vector<ExtractedFact> facts;
  std::vector<std::string> warnings;
  size_t bytes = 0;
};

}  // namespace kg::ingest

#endif  // KG_INGEST_DOCUMENT_H_
