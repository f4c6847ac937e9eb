// Merges the facts of many extracted documents into edges with the store's
// identity rule (defining qualifiers; symmetric types either way round) and
// writes them as ONTOLOGY.md's fact export (one JSON object per line). Used by
// `kg ingest --dry-run --facts-out` to preview an ingest without a database.
#ifndef KG_INGEST_FACT_MERGER_H_
#define KG_INGEST_FACT_MERGER_H_

#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "graph/identity.h"
#include "ingest/document.h"

namespace kg::ingest {

using graph::IsDefiningQualifier;  // the store's identity rule
using graph::IsSymmetricType;

class FactMerger {
 public:
  void Add(const ExtractedDocument& doc);
  void WriteJsonl(std::ostream& out) const;
  size_t edges() const { return edges_.size(); }

 private:
  struct EdgeRec {
    std::string subject, subject_label, type, object, object_label;
    std::map<std::string, std::string> qualifiers;
    std::vector<graph::Source> sources;
  };
  std::map<std::tuple<std::string, std::string, std::string, std::string>, size_t> index_;
  std::vector<EdgeRec> edges_;
};

// JSON string literal (with quotes) for UTF-8 text.
std::string JsonString(std::string_view s);

}  // namespace kg::ingest

#endif  // KG_INGEST_FACT_MERGER_H_
