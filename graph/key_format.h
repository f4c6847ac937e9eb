// The on-disk layout of a kg database: every RocksDB key and value format in
// one place. See graph/STORAGE_FORMAT.md for the prose version.
//
// All ids in keys are fixed-width big-endian so that bytewise key order is
// numeric order and prefix scans by node (and by node + edge type) work.
// Labels, edge types and property keys are small integers from dictionaries
// kept in the meta column family, so keys stay short.
//
// Column family  key bytes                                     value
// -------------  --------------------------------------------  -----------------------------
// default(meta)  'V'                                           schema version, u32 BE
//                'F'                                           fingerprint algorithm, u32 BE
//                'N' | 'E'                                     next node / edge counter, u64 BE
//                'D' kind(1) name                              dictionary id, u32 BE
//                'R' kind(1) id(4)                             dictionary name
//                'C' 'n'|'e'|'s'|'d'                           count of nodes/edges/sources/docs, u64 BE
//                'C' 'l'|'t' id(4)                             nodes per label / edges per type
// nodes          node(8)                                       NodeValue (below)
// edges          edge(8)                                       EdgeValue (below)
// out            src(8) type(4) dst(8) edge(8)                 empty
// in             dst(8) type(4) src(8) edge(8)                 empty
// names          folded_name 0x00 node(8)                      empty
// labels         label(4) node(8)                              empty
// docs           fingerprint                                   DocValue (below)
// prov           edge(8) doc 0x00 start(4) end(4)              sentence (UTF-8)
//
// NodeValue: varint #labels, varint label ids (ascending), Props.
// EdgeValue: varint src, varint dst, varint type id, Props.
// Props:     varint #props, then per property: varint key id, Value.
// Value:     tag(1) then: 0 null | 1 false | 2 true | 3 zigzag varint int |
//            4 f64 LE (8) | 5 varint len + bytes | 6 varint n + n Values.
// DocValue:  varint len + doc_id, zigzag varint ingested_at, varint facts,
//            varint entities.
#ifndef KG_GRAPH_KEY_FORMAT_H_
#define KG_GRAPH_KEY_FORMAT_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "graph/types.h"

namespace kg::graph::keys {

// Column families, by index into kCfNames. DO NOT CHANGE: persisted.
enum Cf : int {
  kMeta = 0,
  kNodes = 1,
  kEdges = 2,
  kOut = 3,
  kIn = 4,
  kNames = 5,
  kLabels = 6,
  kDocs = 7,
  kProv = 8,
  kNumCf = 9,
};
// DO NOT CHANGE: persisted (RocksDB column family names).
inline constexpr const char* kCfNames[kNumCf] = {"default", "nodes", "edges", "out", "in",
                                                 "names",   "labels", "docs", "prov"};

// First byte of a meta key. DO NOT CHANGE: persisted.
enum MetaTag : char {
  kSchemaVersionTag = 'V',
  kFingerprintTag = 'F',  // absent: FingerprintAlgorithm::kFnv1a2x64
  kNextNodeTag = 'N',
  kNextEdgeTag = 'E',
  kDictIdTag = 'D',
  kDictNameTag = 'R',
  kCounterTag = 'C',
};

// Dictionary kinds. DO NOT CHANGE: persisted.
enum DictKind : char { kLabelDict = 'L', kTypeDict = 'T', kPropKeyDict = 'K' };
inline constexpr int kNumDictKinds = 3;
int DictIndex(DictKind kind);  // 0..2

// Counter kinds (second byte of a 'C' key). DO NOT CHANGE: persisted.
enum CounterKind : char {
  kNodeCount = 'n',
  kEdgeCount = 'e',
  kSourceCount = 's',
  kDocCount = 'd',
  kLabelCount = 'l',  // followed by label id(4)
  kTypeCount = 't',   // followed by type id(4)
};

// Value tags. DO NOT CHANGE: persisted.
enum ValueTag : uint8_t {
  kNull = 0, kFalse = 1, kTrue = 2, kInt = 3, kDouble = 4, kString = 5, kList = 6,
};

// ---- fixed-width big-endian integers ----
void PutU32(std::string* dst, uint32_t v);
void PutU64(std::string* dst, uint64_t v);
uint32_t GetU32(const char* p);
uint64_t GetU64(const char* p);
void PutVarint(std::string* dst, uint64_t v);
// Advances *p; false on truncated input.
bool GetVarint(const char** p, const char* end, uint64_t* v);

// ---- keys ----
std::string MetaKey(MetaTag tag);
std::string DictIdKey(DictKind kind, std::string_view name);
std::string DictNameKey(DictKind kind, uint32_t id);
std::string CounterKey(CounterKind kind, uint32_t id = 0);  // id only for l/t

std::string NodeKey(NodeId id);
std::string EdgeKey(EdgeId id);
// Adjacency key from the point of view of `node`: out = (src, type, dst, e),
// in = (dst, type, src, e).
std::string AdjKey(NodeId node, uint32_t type, NodeId other, EdgeId edge);
inline constexpr size_t kAdjKeySize = 28;
// The same into a caller's buffer of kAdjKeySize bytes (no allocation).
void EncodeAdjKey(char* buf, NodeId node, uint32_t type, NodeId other, EdgeId edge);
std::string AdjPrefix(NodeId node);
std::string AdjPrefix(NodeId node, uint32_t type);
struct AdjParts {
  NodeId node;
  uint32_t type;
  NodeId other;
  EdgeId edge;
};
AdjParts ParseAdjKey(std::string_view key);  // REQUIRES: size == kAdjKeySize

std::string NameKey(std::string_view folded, NodeId id);
std::string NamePrefix(std::string_view folded);  // folded + 0x00
// Splits a names key into folded name and node id; false if malformed.
bool ParseNameKey(std::string_view key, std::string_view* folded, NodeId* id);

std::string LabelKey(uint32_t label, NodeId id);
std::string LabelPrefix(uint32_t label);

std::string ProvKey(EdgeId edge, const Source& s);
std::string ProvPrefix(EdgeId edge);
bool ParseProvKey(std::string_view key, Source* s);  // fills doc/start/end

// ---- stable ids (never std::hash/absl::Hash: they change between runs) ----
// Hashed ids have bit 62 set and bit 63 clear: they never collide with
// counter or imported ids (< 2^62) and stay positive as int64.
inline constexpr uint64_t kHashedIdBit = uint64_t{1} << 62;
uint64_t StableHash64(std::string_view bytes);

// The input of an id's hash, built in place: `n` bytes on the stack when
// they fit, else on the heap. Starts with `tag`; write the rest at next().
class HashInput {
 public:
  HashInput(std::string_view tag, size_t n)
      : n_(n), buf_(n <= sizeof(stack_) ? stack_ : (heap_.resize(n), heap_.data())) {
    tag.copy(buf_, tag.size());
    next_ = buf_ + tag.size();
  }
  HashInput(const HashInput&) = delete;
  HashInput& operator=(const HashInput&) = delete;
  char*& next() { return next_; }
  uint64_t Hash() const { return StableHash64(std::string_view(buf_, n_)); }

 private:
  char stack_[128];
  std::string heap_;
  size_t n_;
  char* buf_;
  char* next_ = nullptr;
};
NodeId EntityId(std::string_view label, std::string_view folded_name);
// Next slot when a hashed id is taken by a different identity.
uint64_t NextHashedId(uint64_t id);

}  // namespace kg::graph::keys

#endif  // KG_GRAPH_KEY_FORMAT_H_
