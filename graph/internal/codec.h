// Value encodings of graph/key_format.h: properties, node, edge and document
// values, plus the label/type/property-key dictionaries they refer to.
#ifndef KG_GRAPH_INTERNAL_CODEC_H_
#define KG_GRAPH_INTERNAL_CODEC_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/synchronization/mutex.h"
#include "graph/graph_store.h"
#include "graph/key_format.h"
#include "graph/types.h"

namespace kg::graph::internal {

// Read access to the dictionaries. Name() pointers stay valid as long as the
// owner lives.
class DictView {
 public:
  virtual ~DictView() = default;
  virtual std::optional<uint32_t> Find(keys::DictKind kind, std::string_view name) const = 0;
  virtual const std::string* Name(keys::DictKind kind, uint32_t id) const = 0;
};

// Finds or allocates ids (allocation persists the entry in the caller's batch).
class DictWriter : public DictView {
 public:
  virtual uint32_t Intern(keys::DictKind kind, std::string_view name) = 0;
};

// An in-memory dictionary: ids are dense from 1. Thread-safe.
class Dict : public DictView {
 public:
  std::optional<uint32_t> Find(keys::DictKind kind, std::string_view name) const override;
  const std::string* Name(keys::DictKind kind, uint32_t id) const override;
  void Add(keys::DictKind kind, uint32_t id, std::string_view name);
  uint32_t NextId(keys::DictKind kind) const;  // max id + 1
  std::vector<std::string> Names(keys::DictKind kind) const;

 private:
  struct Table {
    absl::flat_hash_map<std::string, uint32_t> ids;
    std::vector<std::unique_ptr<std::string>> names;  // by id; [0] unused
  };
  mutable absl::Mutex mu_;
  Table tables_[keys::kNumDictKinds] ABSL_GUARDED_BY(mu_);
};

void EncodeValue(std::string* dst, const PropertyValue& v);
bool DecodeValue(const char** p, const char* end, PropertyValue* v);
void EncodeProps(std::string* dst, const Properties& props, DictWriter& dict);
bool DecodeProps(const char** p, const char* end, const DictView& dict, Properties* props);

std::string EncodeNode(const Node& node, DictWriter& dict);
bool DecodeNode(NodeId id, std::string_view value, const DictView& dict, Node* node);
std::string EncodeEdge(const Edge& edge, DictWriter& dict);
bool DecodeEdge(EdgeId id, std::string_view value, const DictView& dict, Edge* edge);
// Only the endpoints and type id (cheap, for scans that filter by type).
bool DecodeEdgeHead(std::string_view value, NodeId* src, NodeId* dst, uint32_t* type);

std::string EncodeDoc(const DocumentRecord& doc);
bool DecodeDoc(std::string_view fingerprint, std::string_view value, DocumentRecord* doc);

}  // namespace kg::graph::internal

#endif  // KG_GRAPH_INTERNAL_CODEC_H_
