// The extraction pipeline: lexicons and relation rules loaded once from a data
// directory, then a pure function from an article to its entities and facts.
// An Extractor is immutable after Load and safe to use from many threads.
#ifndef KG_INGEST_EXTRACTOR_H_
#define KG_INGEST_EXTRACTOR_H_

#include <memory>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "ingest/document.h"
#include "ingest/reader.h"

namespace kg::ingest {

namespace internal {
class Lexicon;
class RuleSet;
struct Annotation;
}  // namespace internal

// The data directory: --data, else $KG_DATA, else the compiled-in default.
std::string DefaultDataDir();

class Extractor {
 public:
  ~Extractor();
  // Loads DIR/lexicon/*.tsv and DIR/rules/*.rules. Errors name file and line.
  static absl::StatusOr<std::unique_ptr<Extractor>> Load(const std::string& data_dir);

  ExtractedDocument Extract(const RawDocument& doc) const;
  // Convenience for tests: extract `text` as document `doc_id`.
  ExtractedDocument ExtractText(std::string_view doc_id, std::string_view text) const;

  // A human-readable trace: each sentence with its tagged mentions, then the
  // facts with the rule that produced each, then (after "exported:") the
  // facts the export writes. For `kg ingest --explain`.
  std::string Explain(const RawDocument& doc) const;

  size_t rule_count() const;

 private:
  Extractor();
  // The document-level steps after the rules: session years, merging,
  // consequences and clean-up (PostProcess).
  void Finish(internal::Annotation* a) const;
  std::unique_ptr<internal::Lexicon> lexicon_;
  std::unique_ptr<internal::RuleSet> rules_;
};

}  // namespace kg::ingest

#endif  // KG_INGEST_EXTRACTOR_H_
