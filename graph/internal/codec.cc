#include "graph/internal/codec.h"

#include <algorithm>
#include <cstring>

namespace kg::graph::internal {

using keys::GetVarint;
using keys::PutVarint;

std::optional<uint32_t> Dict::Find(keys::DictKind kind, std::string_view name) const {
  absl::MutexLock l(&mu_);
  const Table& t = tables_[keys::DictIndex(kind)];
  auto it = t.ids.find(absl::string_view(name.data(), name.size()));
  if (it == t.ids.end()) return std::nullopt;
  return it->second;
}

const std::string* Dict::Name(keys::DictKind kind, uint32_t id) const {
  absl::MutexLock l(&mu_);
  const Table& t = tables_[keys::DictIndex(kind)];
  if (id >= t.names.size()) return nullptr;
  return t.names[id].get();
}

void Dict::Add(keys::DictKind kind, uint32_t id, std::string_view name) {
  absl::MutexLock l(&mu_);
  Table& t = tables_[keys::DictIndex(kind)];
  if (t.names.size() <= id) t.names.resize(id + 1);
  if (!t.names[id]) t.names[id] = std::make_unique<std::string>(name);
  t.ids.emplace(std::string(name), id);
}

uint32_t Dict::NextId(keys::DictKind kind) const {
  absl::MutexLock l(&mu_);
  const Table& t = tables_[keys::DictIndex(kind)];
  return std::max<uint32_t>(1, static_cast<uint32_t>(t.names.size()));
}

std::vector<std::string> Dict::Names(keys::DictKind kind) const {
  absl::MutexLock l(&mu_);
  std::vector<std::string> out;
  for (const auto& n : tables_[keys::DictIndex(kind)].names) {
    if (n) out.push_back(*n);
  }
  std::sort(out.begin(), out.end());
  return out;
}

void EncodeValue(std::string* dst, const PropertyValue& v) {
  switch (v.v.index()) {
    case 0:
      dst->push_back(keys::kNull);
      break;
    case 1:
      dst->push_back(std::get<bool>(v.v) ? keys::kTrue : keys::kFalse);
      break;
    case 2: {
      dst->push_back(keys::kInt);
      int64_t i = std::get<int64_t>(v.v);
      PutVarint(dst, (static_cast<uint64_t>(i) << 1) ^ static_cast<uint64_t>(i >> 63));
      break;
    }
    case 3: {
      dst->push_back(keys::kDouble);
      double d = std::get<double>(v.v);
      char b[8];
      std::memcpy(b, &d, 8);
      dst->append(b, 8);
      break;
    }
    case 4: {
      const auto& s = std::get<std::string>(v.v);
      dst->push_back(keys::kString);
      PutVarint(dst, s.size());
      dst->append(s);
      break;
    }
    case 5: {
      const auto& l = std::get<PropertyValue::List>(v.v);
      dst->push_back(keys::kList);
      PutVarint(dst, l.size());
      for (const auto& e : l) EncodeValue(dst, e);
      break;
    }
  }
}

bool DecodeValue(const char** p, const char* end, PropertyValue* v) {
  if (*p >= end) return false;
  auto tag = static_cast<uint8_t>(**p);
  ++*p;
  uint64_t n;
  switch (tag) {
    case keys::kNull:
      *v = PropertyValue();
      return true;
    case keys::kFalse:
    case keys::kTrue:
      *v = PropertyValue(tag == keys::kTrue);
      return true;
    case keys::kInt:
      if (!GetVarint(p, end, &n)) return false;
      *v = PropertyValue(static_cast<int64_t>((n >> 1) ^ (~(n & 1) + 1)));
      return true;
    case keys::kDouble: {
      if (end - *p < 8) return false;
      double d;
      std::memcpy(&d, *p, 8);
      *p += 8;
      *v = PropertyValue(d);
      return true;
    }
    case keys::kString:
      if (!GetVarint(p, end, &n) || static_cast<uint64_t>(end - *p) < n) return false;
      *v = PropertyValue(std::string(*p, n));
      *p += n;
      return true;
    case keys::kList: {
      if (!GetVarint(p, end, &n)) return false;
      PropertyValue::List l;
      for (uint64_t i = 0; i < n; ++i) {
        PropertyValue e;
        if (!DecodeValue(p, end, &e)) return false;
        l.push_back(std::move(e));
      }
      *v = PropertyValue(std::move(l));
      return true;
    }
  }
  return false;
}

void EncodeProps(std::string* dst, const Properties& props, DictWriter& dict) {
  size_t n = 0;
  for (const auto& [k, v] : props) n += v.is_null() ? 0 : 1;
  PutVarint(dst, n);
  for (const auto& [k, v] : props) {
    if (v.is_null()) continue;
    PutVarint(dst, dict.Intern(keys::kPropKeyDict, k));
    EncodeValue(dst, v);
  }
}

bool DecodeProps(const char** p, const char* end, const DictView& dict, Properties* props) {
  uint64_t n;
  if (!GetVarint(p, end, &n)) return false;
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t key;
    if (!GetVarint(p, end, &key)) return false;
    const std::string* name = dict.Name(keys::kPropKeyDict, static_cast<uint32_t>(key));
    if (name == nullptr) return false;
    PropertyValue v;
    if (!DecodeValue(p, end, &v)) return false;
    (*props)[*name] = std::move(v);
  }
  return true;
}

std::string EncodeNode(const Node& node, DictWriter& dict) {
  std::vector<uint32_t> ids;
  for (const auto& l : node.labels) ids.push_back(dict.Intern(keys::kLabelDict, l));
  std::sort(ids.begin(), ids.end());
  std::string out;
  out.reserve(64);
  PutVarint(&out, ids.size());
  for (uint32_t id : ids) PutVarint(&out, id);
  EncodeProps(&out, node.props, dict);
  return out;
}

bool DecodeNode(NodeId id, std::string_view value, const DictView& dict, Node* node) {
  const char* p = value.data();
  const char* end = p + value.size();
  node->id = id;
  node->labels.clear();
  node->props.clear();
  uint64_t n;
  if (!GetVarint(&p, end, &n)) return false;
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t l;
    if (!GetVarint(&p, end, &l)) return false;
    const std::string* name = dict.Name(keys::kLabelDict, static_cast<uint32_t>(l));
    if (name == nullptr) return false;
    node->labels.push_back(*name);
  }
  std::sort(node->labels.begin(), node->labels.end());
  return DecodeProps(&p, end, dict, &node->props) && p == end;
}

std::string EncodeEdge(const Edge& edge, DictWriter& dict) {
  std::string out;
  out.reserve(32);
  PutVarint(&out, edge.src);
  PutVarint(&out, edge.dst);
  PutVarint(&out, dict.Intern(keys::kTypeDict, edge.type));
  EncodeProps(&out, edge.props, dict);
  return out;
}

bool DecodeEdgeHead(std::string_view value, NodeId* src, NodeId* dst, uint32_t* type) {
  const char* p = value.data();
  const char* end = p + value.size();
  uint64_t t;
  if (!GetVarint(&p, end, src) || !GetVarint(&p, end, dst) || !GetVarint(&p, end, &t)) {
    return false;
  }
  *type = static_cast<uint32_t>(t);
  return true;
}

bool DecodeEdge(EdgeId id, std::string_view value, const DictView& dict, Edge* edge) {
  const char* p = value.data();
  const char* end = p + value.size();
  uint64_t t;
  edge->id = id;
  edge->props.clear();
  edge->sources.clear();
  if (!GetVarint(&p, end, &edge->src) || !GetVarint(&p, end, &edge->dst) ||
      !GetVarint(&p, end, &t)) {
    return false;
  }
  const std::string* type = dict.Name(keys::kTypeDict, static_cast<uint32_t>(t));
  if (type == nullptr) return false;
  edge->type = *type;
  return DecodeProps(&p, end, dict, &edge->props) && p == end;
}

std::string EncodeDoc(const DocumentRecord& doc) {
  std::string out;
  PutVarint(&out, doc.doc_id.size());
  out.append(doc.doc_id);
  int64_t t = doc.ingested_at_unix;
  PutVarint(&out, (static_cast<uint64_t>(t) << 1) ^ static_cast<uint64_t>(t >> 63));
  PutVarint(&out, doc.facts);
  PutVarint(&out, doc.entities);
  return out;
}

bool DecodeDoc(std::string_view fingerprint, std::string_view value, DocumentRecord* doc) {
  const char* p = value.data();
  const char* end = p + value.size();
  uint64_t n, t, facts, entities;
  if (!GetVarint(&p, end, &n) || static_cast<uint64_t>(end - p) < n) return false;
  doc->doc_id.assign(p, n);
  p += n;
  if (!GetVarint(&p, end, &t) || !GetVarint(&p, end, &facts) ||
      !GetVarint(&p, end, &entities)) {
    return false;
  }
  doc->fingerprint.assign(fingerprint);
  doc->ingested_at_unix = static_cast<int64_t>((t >> 1) ^ (~(t & 1) + 1));
  doc->facts = static_cast<uint32_t>(facts);
  doc->entities = static_cast<uint32_t>(entities);
  return true;
}

}  // namespace kg::graph::internal
