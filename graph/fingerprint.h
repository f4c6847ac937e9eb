// Which digest a database's document records are keyed by (kept apart from
// graph_store.h so that the reader, which computes them, stays light).
#ifndef KG_GRAPH_FINGERPRINT_H_
#define KG_GRAPH_FINGERPRINT_H_

#include <cstdint>

namespace kg::graph {

// How DocumentRecord::fingerprint is computed from a document's text. A
// database records its algorithm when it is created (or, still without
// documents, first opened for writing); older ones, which have no record,
// use the legacy digest. DO NOT CHANGE the values: persisted.
enum class FingerprintAlgorithm : uint32_t {
  kFnv1a2x64 = 0,  // legacy: 64-bit FNV-1a, twice
  kXxh3_128 = 1,   // XXH3_128bits (libxxhash)
};

}  // namespace kg::graph

#endif  // KG_GRAPH_FINGERPRINT_H_
