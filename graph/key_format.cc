#include "graph/key_format.h"

#include <cstring>

namespace kg::graph::keys {

int DictIndex(DictKind kind) {
  switch (kind) {
    case kLabelDict: return 0;
    case kTypeDict: return 1;
    case kPropKeyDict: return 2;
  }
  return 0;
}

namespace {

// A big-endian store of a 4- or 8-byte id: one byte swap and copy where the
// compiler knows it.
template <class T>
void EncodeBigEndian(char* p, T v) {
  static_assert(sizeof(T) == 4 || sizeof(T) == 8);
#if defined(__GNUC__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if constexpr (sizeof(T) == 4) v = __builtin_bswap32(v);
  else v = __builtin_bswap64(v);
  std::memcpy(p, &v, sizeof(T));
#else
  for (size_t i = 0; i < sizeof(T); ++i) p[i] = static_cast<char>(v >> (8 * (sizeof(T) - 1 - i)));
#endif
}
void EncodeU32(char* p, uint32_t v) { EncodeBigEndian(p, v); }
void EncodeU64(char* p, uint64_t v) { EncodeBigEndian(p, v); }

}  // namespace

void PutU32(std::string* dst, uint32_t v) {
  char b[4];
  EncodeU32(b, v);
  dst->append(b, 4);
}

void PutU64(std::string* dst, uint64_t v) {
  char b[8];
  EncodeU64(b, v);
  dst->append(b, 8);
}

uint32_t GetU32(const char* p) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  return (uint32_t{u[0]} << 24) | (uint32_t{u[1]} << 16) | (uint32_t{u[2]} << 8) | u[3];
}

uint64_t GetU64(const char* p) {
#if defined(__GNUC__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint64_t v;
  std::memcpy(&v, p, 8);
  return __builtin_bswap64(v);
#else
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | u[i];
  return v;
#endif
}

void PutVarint(std::string* dst, uint64_t v) {
  char b[10];
  size_t n = 0;
  while (v >= 0x80) {
    b[n++] = static_cast<char>((v & 0x7f) | 0x80);
    v >>= 7;
  }
  b[n++] = static_cast<char>(v);
  dst->append(b, n);
}

bool GetVarint(const char** p, const char* end, uint64_t* v) {
  uint64_t result = 0;
  for (int shift = 0; shift <= 63 && *p < end; shift += 7) {
    auto byte = static_cast<unsigned char>(**p);
    ++*p;
    result |= uint64_t{byte & 0x7fu} << shift;
    if ((byte & 0x80) == 0) {
      *v = result;
      return true;
    }
  }
  return false;
}

std::string MetaKey(MetaTag tag) { return std::string(1, tag); }

std::string DictIdKey(DictKind kind, std::string_view name) {
  std::string k = {kDictIdTag, kind};
  k.append(name);
  return k;
}

std::string DictNameKey(DictKind kind, uint32_t id) {
  std::string k = {kDictNameTag, kind};
  PutU32(&k, id);
  return k;
}

std::string CounterKey(CounterKind kind, uint32_t id) {
  std::string k = {kCounterTag, kind};
  if (kind == kLabelCount || kind == kTypeCount) PutU32(&k, id);
  return k;
}

namespace {

// An id's 8-byte key, encoded on the stack and copied once: a string filled
// with zeros first costs a call into the library per key.
std::string IdKey(uint64_t id) {
  char b[8];
  EncodeU64(b, id);
  return std::string(b, sizeof b);
}

}  // namespace

// Keys are built at their final size and filled in place: no appends.
std::string NodeKey(NodeId id) { return IdKey(id); }

std::string EdgeKey(EdgeId id) { return IdKey(id); }

std::string AdjKey(NodeId node, uint32_t type, NodeId other, EdgeId edge) {
  std::string k(kAdjKeySize, '\0');
  EncodeAdjKey(k.data(), node, type, other, edge);
  return k;
}

void EncodeAdjKey(char* buf, NodeId node, uint32_t type, NodeId other, EdgeId edge) {
  EncodeU64(buf, node);
  EncodeU32(buf + 8, type);
  EncodeU64(buf + 12, other);
  EncodeU64(buf + 20, edge);
}

std::string AdjPrefix(NodeId node) { return NodeKey(node); }

std::string AdjPrefix(NodeId node, uint32_t type) {
  std::string k = NodeKey(node);
  PutU32(&k, type);
  return k;
}

AdjParts ParseAdjKey(std::string_view key) {
  const char* p = key.data();
  return AdjParts{GetU64(p), GetU32(p + 8), GetU64(p + 12), GetU64(p + 20)};
}

std::string NameKey(std::string_view folded, NodeId id) {
  std::string k(folded.size() + 9, '\0');
  if (!folded.empty()) std::memcpy(k.data(), folded.data(), folded.size());
  EncodeU64(k.data() + folded.size() + 1, id);
  return k;
}

std::string NamePrefix(std::string_view folded) {
  std::string k(folded);
  k.push_back('\0');
  return k;
}

bool ParseNameKey(std::string_view key, std::string_view* folded, NodeId* id) {
  if (key.size() < 9 || key[key.size() - 9] != '\0') return false;
  *folded = key.substr(0, key.size() - 9);
  *id = GetU64(key.data() + key.size() - 8);
  return true;
}

std::string LabelKey(uint32_t label, NodeId id) {
  std::string k(12, '\0');
  EncodeU32(k.data(), label);
  EncodeU64(k.data() + 4, id);
  return k;
}

std::string LabelPrefix(uint32_t label) {
  std::string k;
  PutU32(&k, label);
  return k;
}

std::string ProvKey(EdgeId edge, const Source& s) {
  std::string k(8 + s.doc.size() + 9, '\0');
  char* p = k.data();
  EncodeU64(p, edge);
  if (!s.doc.empty()) std::memcpy(p + 8, s.doc.data(), s.doc.size());
  p += 8 + s.doc.size() + 1;  // past the 0x00 separator
  EncodeU32(p, s.start);
  EncodeU32(p + 4, s.end);
  return k;
}

std::string ProvPrefix(EdgeId edge) { return EdgeKey(edge); }

bool ParseProvKey(std::string_view key, Source* s) {
  if (key.size() < 8 + 1 + 8 || key[key.size() - 9] != '\0') return false;
  s->doc.assign(key.substr(8, key.size() - 17));
  s->start = GetU32(key.data() + key.size() - 8);
  s->end = GetU32(key.data() + key.size() - 4);
  return true;
}

// FNV-1a over the bytes, then the SplitMix64 finaliser to spread the bits.
uint64_t StableHash64(std::string_view bytes) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  h ^= h >> 31;
  return h;
}

NodeId EntityId(std::string_view label, std::string_view folded_name) {
  // Hashed: "entity" 0x1f label 0x1f folded_name, on the stack if it fits.
  constexpr std::string_view kTag = "entity\x1f";
  HashInput in(kTag, kTag.size() + label.size() + 1 + folded_name.size());
  char*& p = in.next();
  p += label.copy(p, label.size());
  *p++ = '\x1f';
  folded_name.copy(p, folded_name.size());
  return (in.Hash() & (kHashedIdBit - 1)) | kHashedIdBit;
}

uint64_t NextHashedId(uint64_t id) {
  return (((id & (kHashedIdBit - 1)) + 1) & (kHashedIdBit - 1)) | kHashedIdBit;
}

}  // namespace kg::graph::keys
