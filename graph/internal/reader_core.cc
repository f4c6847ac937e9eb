// GraphReader queries over a KvSource: shared by the store (committed state)
// and its transactions (committed state + the transaction's batch).
#include <algorithm>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "graph/fold.h"
#include "graph/internal/store_impl.h"
#include "graph/status.h"

namespace kg::graph::internal {
namespace {

bool StartsWith(const rocksdb::Slice& s, std::string_view prefix) {
  return s.size() >= prefix.size() && std::memcmp(s.data(), prefix.data(), prefix.size()) == 0;
}

absl::Status Corrupt(std::string_view what) {
  return absl::DataLossError(absl::StrCat("corrupt ", std::string(what), " record in the database"));
}

}  // namespace

absl::Status CheckRequiredQualifiers(std::string_view type, const Properties& q) {
  const char* required = type == "HOLDS_OFFICE"    ? "title"
                         : type == "HELD_POSITION" ? "role"
                         : type == "PARTNERSHIP"   ? "level"
                                                   : nullptr;
  if (required == nullptr) return absl::OkStatus();
  auto it = q.find(required);
  if (it == q.end() || it->second.is_null()) {
    return absl::InvalidArgumentError(
        absl::StrCat(std::string(type), " facts need the qualifier '", required, "'"));
  }
  return absl::OkStatus();
}

EdgeId FactBaseId(NodeId src, std::string_view type, NodeId dst, const Properties& q) {
  if (IsSymmetricType(type) && dst < src) std::swap(src, dst);
  // Hashed: "fact" 0x1f src(8) dst(8) type, then 0x1f key '=' value per
  // defining qualifier (std::map: key order is stable). Built on the stack
  // unless it does not fit.
  std::string qualifiers;
  for (const auto& [k, v] : q) {
    if (!IsDefiningQualifier(type, k) || v.is_null()) continue;
    qualifiers.push_back('\x1f');
    qualifiers.append(k);
    qualifiers.push_back('=');
    EncodeValue(&qualifiers, v);
  }
  constexpr std::string_view kTag = "fact\x1f";
  keys::HashInput in(kTag, kTag.size() + 16 + type.size() + qualifiers.size());
  char*& p = in.next();
  for (NodeId id : {src, dst}) {
    for (int i = 0; i < 8; ++i) *p++ = static_cast<char>(id >> (56 - 8 * i));
  }
  p += type.copy(p, type.size());
  qualifiers.copy(p, qualifiers.size());
  return (in.Hash() & (keys::kHashedIdBit - 1)) | keys::kHashedIdBit;
}

std::vector<std::string> FoldedNames(const Properties& props) {
  std::vector<std::string> out;
  auto add = [&out](const PropertyValue& v) {
    if (const std::string* s = v.string_or_null()) {
      std::string f = FoldName(*s);
      if (!f.empty()) out.push_back(std::move(f));
    }
  };
  if (auto it = props.find("name"); it != props.end()) add(it->second);
  if (auto it = props.find("aliases"); it != props.end()) {
    if (const auto* l = std::get_if<PropertyValue::List>(&it->second.v)) {
      for (const auto& e : *l) add(e);
    } else {
      add(it->second);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

absl::StatusOr<std::optional<Node>> ReaderCore::GetNode(NodeId id) const {
  std::string value;
  rocksdb::Status s = kv_.Get(keys::kNodes, keys::NodeKey(id), &value);
  if (s.IsNotFound()) return std::nullopt;
  if (!s.ok()) return ToAbsl(s, "reading a node");
  Node n;
  if (!DecodeNode(id, value, dict_, &n)) return Corrupt("node");
  return n;
}

absl::StatusOr<std::optional<Edge>> ReaderCore::GetEdge(EdgeId id) const {
  std::string value;
  rocksdb::Status s = kv_.Get(keys::kEdges, keys::EdgeKey(id), &value);
  if (s.IsNotFound()) return std::nullopt;
  if (!s.ok()) return ToAbsl(s, "reading an edge");
  Edge e;
  if (!DecodeEdge(id, value, dict_, &e)) return Corrupt("edge");
  return e;
}

absl::StatusOr<std::vector<Source>> ReaderCore::GetEdgeSources(EdgeId id) const {
  std::vector<Source> out;
  std::string prefix = keys::ProvPrefix(id);
  auto it = kv_.NewIterator(keys::kProv);
  for (it->Seek(prefix); it->Valid() && StartsWith(it->key(), prefix); it->Next()) {
    Source s;
    if (!keys::ParseProvKey(std::string_view(it->key().data(), it->key().size()), &s)) {
      return Corrupt("provenance");
    }
    s.sentence = it->value().ToString();
    out.push_back(std::move(s));
  }
  if (!it->status().ok()) return ToAbsl(it->status(), "reading provenance");
  return out;
}

absl::Status ReaderCore::ScanNodes(std::string_view label,
                                   const std::function<bool(const Node&)>& fn) const {
  if (label.empty()) {
    auto it = kv_.NewIterator(keys::kNodes);
    Node n;
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      if (it->key().size() != 8) return Corrupt("node key");
      NodeId id = keys::GetU64(it->key().data());
      if (!DecodeNode(id, std::string_view(it->value().data(), it->value().size()), dict_, &n)) {
        return Corrupt("node");
      }
      if (!fn(n)) return absl::OkStatus();
    }
    return ToAbsl(it->status(), "scanning nodes");
  }
  std::optional<uint32_t> lid = dict_.Find(keys::kLabelDict, label);
  if (!lid) return absl::OkStatus();
  std::string prefix = keys::LabelPrefix(*lid);
  auto it = kv_.NewIterator(keys::kLabels);
  for (it->Seek(prefix); it->Valid() && StartsWith(it->key(), prefix); it->Next()) {
    NodeId id = keys::GetU64(it->key().data() + 4);
    KG_ASSIGN_OR_RETURN(std::optional<Node> n, GetNode(id));
    if (!n) return Corrupt("label index");
    if (!fn(*n)) return absl::OkStatus();
  }
  return ToAbsl(it->status(), "scanning a label");
}

absl::Status ReaderCore::ScanEdges(std::string_view type,
                                   const std::function<bool(const Edge&)>& fn) const {
  std::optional<uint32_t> tid;
  if (!type.empty()) {
    tid = dict_.Find(keys::kTypeDict, type);
    if (!tid) return absl::OkStatus();
  }
  auto it = kv_.NewIterator(keys::kEdges);
  Edge e;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    std::string_view v(it->value().data(), it->value().size());
    if (tid) {
      NodeId s, d;
      uint32_t t;
      if (!DecodeEdgeHead(v, &s, &d, &t)) return Corrupt("edge");
      if (t != *tid) continue;
    }
    if (!DecodeEdge(keys::GetU64(it->key().data()), v, dict_, &e)) return Corrupt("edge");
    if (!fn(e)) return absl::OkStatus();
  }
  return ToAbsl(it->status(), "scanning edges");
}

absl::Status ReaderCore::ForEachAdjacent(NodeId node, Direction dir, std::string_view type,
                                         const std::function<bool(const Adjacent&)>& fn) const {
  std::string prefix;
  if (type.empty()) {
    prefix = keys::AdjPrefix(node);
  } else {
    std::optional<uint32_t> tid = dict_.Find(keys::kTypeDict, type);
    if (!tid) return absl::OkStatus();
    prefix = keys::AdjPrefix(node, *tid);
  }
  for (Direction d : {Direction::kOut, Direction::kIn}) {
    if (dir != Direction::kBoth && dir != d) continue;
    auto it = kv_.NewIterator(d == Direction::kOut ? keys::kOut : keys::kIn);
    for (it->Seek(prefix); it->Valid() && StartsWith(it->key(), prefix); it->Next()) {
      if (it->key().size() != keys::kAdjKeySize) return Corrupt("adjacency");
      keys::AdjParts p = keys::ParseAdjKey(std::string_view(it->key().data(), it->key().size()));
      const std::string* tname = dict_.Name(keys::kTypeDict, p.type);
      if (tname == nullptr) return Corrupt("adjacency type");
      Adjacent a;
      a.edge = p.edge;
      a.neighbor = p.other;
      a.type = *tname;
      a.dir = d;
      if (!fn(a)) return absl::OkStatus();
    }
    KG_RETURN_IF_ERROR(ToAbsl(it->status(), "reading adjacency"));
  }
  return absl::OkStatus();
}

absl::StatusOr<bool> ReaderCore::HasLabel(NodeId id, std::string_view label) const {
  std::optional<uint32_t> lid = dict_.Find(keys::kLabelDict, label);
  if (!lid) return false;
  std::string value;
  rocksdb::Status s = kv_.Get(keys::kLabels, keys::LabelKey(*lid, id), &value);
  if (s.IsNotFound()) return false;
  if (!s.ok()) return ToAbsl(s, "reading the label index");
  return true;
}

absl::StatusOr<std::vector<NodeId>> ReaderCore::FindByName(std::string_view name,
                                                           std::string_view label) const {
  std::vector<NodeId> out;
  std::string folded = FoldName(name);
  if (folded.empty()) return out;
  std::string prefix = keys::NamePrefix(folded);
  auto it = kv_.NewIterator(keys::kNames);
  for (it->Seek(prefix); it->Valid() && StartsWith(it->key(), prefix); it->Next()) {
    if (it->key().size() != prefix.size() + 8) continue;
    NodeId id = keys::GetU64(it->key().data() + prefix.size());
    if (!label.empty()) {
      KG_ASSIGN_OR_RETURN(bool has, HasLabel(id, label));
      if (!has) continue;
    }
    out.push_back(id);
  }
  KG_RETURN_IF_ERROR(ToAbsl(it->status(), "reading the name index"));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

absl::StatusOr<std::vector<std::pair<std::string, NodeId>>> ReaderCore::NamesWithPrefix(
    std::string_view folded_prefix, size_t limit) const {
  std::vector<std::pair<std::string, NodeId>> out;
  auto it = kv_.NewIterator(keys::kNames);
  for (it->Seek(std::string(folded_prefix));
       it->Valid() && StartsWith(it->key(), folded_prefix) && out.size() < limit; it->Next()) {
    std::string_view folded;
    NodeId id;
    if (!keys::ParseNameKey(std::string_view(it->key().data(), it->key().size()), &folded,
                            &id)) {
      return Corrupt("name index");
    }
    out.emplace_back(std::string(folded), id);
  }
  KG_RETURN_IF_ERROR(ToAbsl(it->status(), "reading the name index"));
  return out;
}

absl::StatusOr<ReaderCore::FactSlot> ReaderCore::ProbeFact(NodeId src, std::string_view type,
                                                           NodeId dst,
                                                           const Properties& q) const {
  EdgeId id = FactBaseId(src, type, dst, q);
  bool symmetric = IsSymmetricType(type);
  // Whether two property maps agree on the defining qualifiers (absent ==
  // null): both walked in key order, other entries skipped.
  auto same_defining = [&type](const Properties& a, const Properties& b) {
    auto skip = [&type](Properties::const_iterator it, Properties::const_iterator end) {
      while (it != end && (it->second.is_null() || !IsDefiningQualifier(type, it->first))) ++it;
      return it;
    };
    auto ia = skip(a.begin(), a.end()), ib = skip(b.begin(), b.end());
    while (ia != a.end() && ib != b.end()) {
      if (ia->first != ib->first || ia->second != ib->second) return false;
      ia = skip(std::next(ia), a.end());
      ib = skip(std::next(ib), b.end());
    }
    return ia == a.end() && ib == b.end();
  };
  for (int probe = 0; probe < 64; ++probe, id = keys::NextHashedId(id)) {
    KG_ASSIGN_OR_RETURN(std::optional<Edge> e, GetEdge(id));
    if (!e) return FactSlot{id, false, std::nullopt};
    bool same_ends = (e->src == src && e->dst == dst) ||
                     (symmetric && e->src == dst && e->dst == src);
    if (e->type == type && same_ends && same_defining(e->props, q)) {
      return FactSlot{id, true, std::move(e)};
    }
  }
  return absl::InternalError("fact id space exhausted after 64 probes");
}

absl::StatusOr<std::optional<EdgeId>> ReaderCore::FindFact(NodeId src, std::string_view type,
                                                           NodeId dst,
                                                           const Properties& q) const {
  KG_ASSIGN_OR_RETURN(FactSlot slot, ProbeFact(src, type, dst, q));
  if (!slot.found) return std::nullopt;
  return slot.id;
}

absl::StatusOr<std::optional<DocumentRecord>> ReaderCore::FindDocument(
    std::string_view fp) const {
  std::string value;
  rocksdb::Status s = kv_.Get(keys::kDocs, std::string(fp), &value);
  if (s.IsNotFound()) return std::nullopt;
  if (!s.ok()) return ToAbsl(s, "reading documents");
  DocumentRecord d;
  if (!DecodeDoc(fp, value, &d)) return Corrupt("document");
  return d;
}

absl::StatusOr<uint64_t> ReaderCore::ReadU64(const std::string& meta_key, uint64_t dflt) const {
  std::string value;
  rocksdb::Status s = kv_.Get(keys::kMeta, meta_key, &value);
  if (s.IsNotFound()) return dflt;
  if (!s.ok()) return ToAbsl(s, "reading metadata");
  if (value.size() != 8) return Corrupt("metadata");
  return keys::GetU64(value.data());
}

absl::StatusOr<uint64_t> ReaderCore::ReadCounter(const std::string& key) const {
  return ReadU64(key, 0);
}

}  // namespace kg::graph::internal
