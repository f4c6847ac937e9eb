// Runtime values of the query engine: the stored property values plus maps,
// nodes, relationships and paths, with openCypher's comparison and rendering.
#ifndef KG_QUERY_VALUE_H_
#define KG_QUERY_VALUE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "graph/types.h"

namespace kg::query {

struct Value;
using ValueList = std::vector<Value>;
using ValueMap = std::map<std::string, Value>;

// A node or relationship as returned by a query: a snapshot of the stored
// element (labels/type and properties at the time it was read).
struct NodeRef {
  graph::NodeId id = 0;
  std::vector<std::string> labels;
  graph::Properties props;
};
struct EdgeRef {
  graph::EdgeId id = 0;
  graph::NodeId src = 0, dst = 0;
  std::string type;
  graph::Properties props;
};
struct PathValue {
  std::vector<NodeRef> nodes;  // edges.size() + 1
  std::vector<EdgeRef> edges;
};

struct Value {
  using Storage = std::variant<std::monostate, bool, int64_t, double, std::string,
                               std::shared_ptr<ValueList>, std::shared_ptr<ValueMap>,
                               std::shared_ptr<NodeRef>, std::shared_ptr<EdgeRef>,
                               std::shared_ptr<PathValue>>;
  Storage v;

  Value() = default;
  static Value Null() { return Value(); }
  static Value Bool(bool b) { Value x; x.v = b; return x; }
  static Value Int(int64_t i) { Value x; x.v = i; return x; }
  static Value Float(double d) { Value x; x.v = d; return x; }
  static Value String(std::string s) { Value x; x.v = std::move(s); return x; }
  static Value List(ValueList l) { Value x; x.v = std::make_shared<ValueList>(std::move(l)); return x; }
  static Value Map(ValueMap m) { Value x; x.v = std::make_shared<ValueMap>(std::move(m)); return x; }
  static Value Node(NodeRef n) { Value x; x.v = std::make_shared<NodeRef>(std::move(n)); return x; }
  static Value Edge(EdgeRef e) { Value x; x.v = std::make_shared<EdgeRef>(std::move(e)); return x; }
  static Value Path(PathValue p) { Value x; x.v = std::make_shared<PathValue>(std::move(p)); return x; }
  static Value FromProperty(const graph::PropertyValue& p);

  bool is_null() const { return v.index() == 0; }
  const bool* as_bool() const { return std::get_if<bool>(&v); }
  const int64_t* as_int() const { return std::get_if<int64_t>(&v); }
  const double* as_float() const { return std::get_if<double>(&v); }
  const std::string* as_string() const { return std::get_if<std::string>(&v); }
  const ValueList* as_list() const { auto p = std::get_if<std::shared_ptr<ValueList>>(&v); return p ? p->get() : nullptr; }
  const ValueMap* as_map() const { auto p = std::get_if<std::shared_ptr<ValueMap>>(&v); return p ? p->get() : nullptr; }
  const NodeRef* as_node() const { auto p = std::get_if<std::shared_ptr<NodeRef>>(&v); return p ? p->get() : nullptr; }
  const EdgeRef* as_edge() const { auto p = std::get_if<std::shared_ptr<EdgeRef>>(&v); return p ? p->get() : nullptr; }
  const PathValue* as_path() const { auto p = std::get_if<std::shared_ptr<PathValue>>(&v); return p ? p->get() : nullptr; }
};

// openCypher comparison semantics. Equals: `=` with three-valued logic
// (nullopt = null). Compare: `<`-family for comparable values (numbers with
// numbers, strings with strings, ...), nullopt when null or incomparable.
std::optional<bool> Equals(const Value& a, const Value& b);
std::optional<int> Compare(const Value& a, const Value& b);
// ORDER BY: openCypher's total "orderability" order (null last ascending).
int OrderCompare(const Value& a, const Value& b);
// Equivalence for DISTINCT and grouping (null equivalent to null, 1 to 1.0).
bool Equivalent(const Value& a, const Value& b);
size_t HashValue(const Value& v);  // consistent with Equivalent

// The openCypher/TCK rendering: 1, 1.5, 'text', [1, 2], {a: 1},
// (:Label {name: 'x'}), [:TYPE {k: 1}], <(a)-[:T]->(b)>.
std::string ToCypherLiteral(const Value& v);
// JSON rendering (nodes as {"id","labels","properties"}, edges with
// "type","src","dst", paths as {"nodes","edges"}).
std::string ToJson(const Value& v);
// Plain text for tables and CSV: strings unquoted, the rest as ToCypherLiteral.
std::string ToDisplay(const Value& v);

}  // namespace kg::query

#endif  // KG_QUERY_VALUE_H_
