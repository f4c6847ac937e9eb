// Value types of the property graph: property values, nodes, edges and the
// provenance of an edge. Plain data; no storage concerns.
#ifndef KG_GRAPH_TYPES_H_
#define KG_GRAPH_TYPES_H_

#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kg::graph {

using NodeId = uint64_t;
using EdgeId = uint64_t;
// Ids are opaque 64-bit numbers. Entity ids are derived from (label, folded
// name); imported integer ids are kept when the database was empty; others are
// allocated from a counter. No valid node has id kNoNode.
inline constexpr NodeId kNoNode = std::numeric_limits<NodeId>::max();

// A stored property value: null, bool, int, float, string, or a list of them.
struct PropertyValue {
  using List = std::vector<PropertyValue>;
  std::variant<std::monostate, bool, int64_t, double, std::string, List> v;

  PropertyValue() = default;
  PropertyValue(bool b) : v(b) {}
  PropertyValue(int64_t i) : v(i) {}
  PropertyValue(int i) : v(int64_t{i}) {}
  PropertyValue(double d) : v(d) {}
  PropertyValue(std::string s) : v(std::move(s)) {}
  PropertyValue(const char* s) : v(std::string(s)) {}
  PropertyValue(List l) : v(std::move(l)) {}

  bool is_null() const { return v.index() == 0; }
  const std::string* string_or_null() const { return std::get_if<std::string>(&v); }
  friend bool operator==(const PropertyValue& a, const PropertyValue& b) { return a.v == b.v; }
  friend bool operator!=(const PropertyValue& a, const PropertyValue& b) { return !(a == b); }
};

// Ordered by key so that every rendering of a node or edge is stable.
using Properties = std::map<std::string, PropertyValue>;

// Provenance: which sentence of which document states a fact. `start`/`end`
// are character (code point) offsets of the sentence in the document, end
// exclusive. Facts added by hand (Cypher CREATE/MERGE/SET) carry doc "manual".
struct Source {
  std::string doc;
  uint32_t start = 0;
  uint32_t end = 0;
  std::string sentence;
  friend bool operator==(const Source& a, const Source& b) {
    return a.doc == b.doc && a.start == b.start && a.end == b.end;
  }
};
inline constexpr char kManualDoc[] = "manual";

// A node. Its canonical name is the property "name"; its aliases the string
// list property "aliases". Both feed the name index.
struct Node {
  NodeId id = kNoNode;
  std::vector<std::string> labels;  // sorted, unique
  Properties props;
};

// A directed edge. Symmetric types (MET, DIPLOMATIC_RELATIONS, PARTNERSHIP)
// are stored once, in the direction first written; queries match either way.
struct Edge {
  EdgeId id = 0;
  NodeId src = kNoNode;
  NodeId dst = kNoNode;
  std::string type;
  Properties props;              // qualifiers
  std::vector<Source> sources;   // one per (document, sentence) stating it
};

enum class Direction { kOut, kIn, kBoth };

// One entry of a node's adjacency: the edge, the node at its other end, and
// whether the edge leaves (kOut) or enters (kIn) the node asked about.
struct Adjacent {
  EdgeId edge = 0;
  NodeId neighbor = kNoNode;
  std::string_view type;  // valid for the duration of the callback only
  Direction dir = Direction::kOut;
};

}  // namespace kg::graph

#endif  // KG_GRAPH_TYPES_H_
