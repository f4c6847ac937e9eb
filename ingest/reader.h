// Reading articles: input expansion (files, directories recursively, "-" for
// stdin), UTF-8 validation and repair, NFC normalisation and removal of layout
// debris (image file names, photo credits, stray layout tokens).
#ifndef KG_INGEST_READER_H_
#define KG_INGEST_READER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/fingerprint.h"

namespace kg::ingest {

struct RawDocument {
  std::string doc_id;  // file stem ("stdin" for -)
  std::string path;
  std::string text;    // NFC; debris replaced by spaces (code point offsets kept)
  std::string fingerprint;  // Fingerprint(text before debris removal)
};

// Expands arguments into input paths in a stable order; directories are
// searched recursively for *.txt, *.text and extension-less files. Missing
// arguments are NotFound naming the path.
absl::StatusOr<std::vector<std::string>> ListInputs(const std::vector<std::string>& args);

// Turns raw bytes into a document. Invalid UTF-8 is repaired (U+FFFD) with a
// warning; binary or empty input returns nullopt with a warning naming `doc_id`.
// `fingerprint`: the algorithm of the database the document goes to.
std::optional<RawDocument> PrepareDocument(
    std::string doc_id, std::string_view bytes, std::vector<std::string>* warnings,
    graph::FingerprintAlgorithm fingerprint = graph::FingerprintAlgorithm::kXxh3_128);

// Reads a file (or stdin for "-") and prepares it; nullopt when skipped.
std::optional<RawDocument> ReadDocument(
    const std::string& path, std::vector<std::string>* warnings,
    graph::FingerprintAlgorithm fingerprint = graph::FingerprintAlgorithm::kXxh3_128);

// Blanks layout debris in NFC text, keeping every code point position.
void RemoveDebris(std::string* text);

// Decodes the HTML character references that scraped articles keep ("&nbsp;",
// "&#39;", "&ndash;", "&#8217;", "&eacute;"): the common named ones and every
// numeric one of a valid code point; others stay as written. Returns whether
// anything changed; *non_ascii is set when a decoded character is not ASCII.
bool DecodeHtmlEntities(std::string* text, bool* non_ascii);

// Hex digest (32 hex digits) of the text: XXH3_128bits, or for databases from
// before that the legacy two-lane FNV-1a (graph::FingerprintAlgorithm).
std::string Fingerprint(std::string_view text, graph::FingerprintAlgorithm algorithm =
                                                   graph::FingerprintAlgorithm::kXxh3_128);

}  // namespace kg::ingest

#endif  // KG_INGEST_READER_H_
