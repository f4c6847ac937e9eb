// openCypher value semantics: equality (three-valued), comparability,
// global orderability, equivalence for grouping, and renderings.
#include "query/value.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>

namespace kg::query {
namespace {

// Kinds in the order of openCypher's global orderability (ascending):
// map < node < relationship < list < path < string < boolean < number < null.
enum class Kind { kMap, kNode, kEdge, kList, kPath, kString, kBool, kNumber, kNull };

Kind KindOf(const Value& v) {
  switch (v.v.index()) {
    case 0: return Kind::kNull;
    case 1: return Kind::kBool;
    case 2:
    case 3: return Kind::kNumber;
    case 4: return Kind::kString;
    case 5: return Kind::kList;
    case 6: return Kind::kMap;
    case 7: return Kind::kNode;
    case 8: return Kind::kEdge;
    default: return Kind::kPath;
  }
}

int Sign(int64_t a, int64_t b) { return a < b ? -1 : (a > b ? 1 : 0); }

// Exact numeric comparison of an integer and a (non-NaN) double, without the
// precision loss of converting large integers to double.
int CompareIntDouble(int64_t i, double d) {
  if (d >= 9223372036854775808.0) return -1;
  if (d < -9223372036854775808.0) return 1;
  double t = std::trunc(d);
  int64_t ti = static_cast<int64_t>(t);
  if (i != ti) return i < ti ? -1 : 1;
  if (d > t) return -1;
  if (d < t) return 1;
  return 0;
}

// Numeric comparison; nullopt when a NaN is involved.
std::optional<int> CompareNumbers(const Value& a, const Value& b) {
  const int64_t* ai = a.as_int();
  const int64_t* bi = b.as_int();
  if (ai && bi) return Sign(*ai, *bi);
  if (ai) {
    double d = *b.as_float();
    if (std::isnan(d)) return std::nullopt;
    return CompareIntDouble(*ai, d);
  }
  double x = *a.as_float();
  if (bi) {
    if (std::isnan(x)) return std::nullopt;
    return -CompareIntDouble(*bi, x);
  }
  double y = *b.as_float();
  if (std::isnan(x) || std::isnan(y)) return std::nullopt;
  return x < y ? -1 : (x > y ? 1 : 0);
}

int CompareStrings(const std::string& a, const std::string& b) {
  // Byte order of UTF-8 equals code point order.
  int c = a.compare(b);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

// Combines three-valued conjunction of element equalities.
struct Tri {
  bool any_null = false;
  bool any_false = false;
  void Add(std::optional<bool> r) {
    if (!r.has_value()) any_null = true;
    else if (!*r) any_false = true;
  }
  std::optional<bool> Result() const {
    if (any_false) return false;
    if (any_null) return std::nullopt;
    return true;
  }
};

bool PathIdsEqual(const PathValue& a, const PathValue& b) {
  if (a.nodes.size() != b.nodes.size() || a.edges.size() != b.edges.size()) return false;
  for (size_t i = 0; i < a.nodes.size(); ++i) {
    if (a.nodes[i].id != b.nodes[i].id) return false;
  }
  for (size_t i = 0; i < a.edges.size(); ++i) {
    if (a.edges[i].id != b.edges[i].id) return false;
  }
  return true;
}

int ComparePathIds(const PathValue& a, const PathValue& b) {
  // Alternating node, edge, node, ... sequence, shorter first on a tie.
  size_t n = std::min(a.nodes.size(), b.nodes.size());
  for (size_t i = 0; i < n; ++i) {
    if (a.nodes[i].id != b.nodes[i].id) return a.nodes[i].id < b.nodes[i].id ? -1 : 1;
    if (i < a.edges.size() && i < b.edges.size() && a.edges[i].id != b.edges[i].id) {
      return a.edges[i].id < b.edges[i].id ? -1 : 1;
    }
  }
  return Sign(static_cast<int64_t>(a.edges.size()), static_cast<int64_t>(b.edges.size()));
}

// ---- Rendering -------------------------------------------------------------

bool IsIdentifier(const std::string& s) {
  if (s.empty()) return false;
  auto alpha = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           (static_cast<unsigned char>(c) >= 0x80);
  };
  if (!alpha(s[0])) return false;
  for (char c : s) {
    if (!alpha(c) && !(c >= '0' && c <= '9')) return false;
  }
  return true;
}

std::string KeyLiteral(const std::string& k) {
  if (IsIdentifier(k)) return k;
  std::string out = "`";
  for (char c : k) {
    if (c == '`') out += "``";
    else out += c;
  }
  return out + "`";
}

std::string QuoteCypherString(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    switch (c) {
      case '\'': out += "\\'"; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  return out + "'";
}

void AppendProps(const graph::Properties& props, std::string* out) {
  if (props.empty()) return;
  *out += " {";
  bool first = true;
  for (const auto& [k, pv] : props) {
    if (!first) *out += ", ";
    first = false;
    *out += KeyLiteral(k);
    *out += ": ";
    *out += ToCypherLiteral(Value::FromProperty(pv));
  }
  *out += "}";
}

std::string NodeLiteral(const NodeRef& n) {
  std::string out = "(";
  for (const auto& l : n.labels) out += ":" + KeyLiteral(l);
  std::string props;
  AppendProps(n.props, &props);
  if (n.labels.empty() && !props.empty()) props.erase(0, 1);
  out += props;
  return out + ")";
}

std::string EdgeLiteral(const EdgeRef& e) {
  std::string out = "[:" + KeyLiteral(e.type);
  AppendProps(e.props, &out);
  return out + "]";
}

void JsonString(const std::string& s, std::string* out) {
  *out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      case '\b': *out += "\\b"; break;
      case '\f': *out += "\\f"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          *out += buf;
        } else {
          *out += static_cast<char>(c);
        }
    }
  }
  *out += '"';
}

std::string JsonFloat(double d) {
  if (!std::isfinite(d)) return "null";  // JSON has no NaN/Infinity
  return ToCypherLiteral(Value::Float(d));
}

void AppendJson(const Value& v, std::string* out);

void AppendJsonProps(const graph::Properties& props, std::string* out) {
  *out += '{';
  bool first = true;
  for (const auto& [k, pv] : props) {
    if (!first) *out += ',';
    first = false;
    JsonString(k, out);
    *out += ':';
    AppendJson(Value::FromProperty(pv), out);
  }
  *out += '}';
}

void AppendJsonNode(const NodeRef& n, std::string* out) {
  *out += "{\"id\":" + std::to_string(n.id) + ",\"labels\":[";
  for (size_t i = 0; i < n.labels.size(); ++i) {
    if (i) *out += ',';
    JsonString(n.labels[i], out);
  }
  *out += "],\"properties\":";
  AppendJsonProps(n.props, out);
  *out += '}';
}

void AppendJsonEdge(const EdgeRef& e, std::string* out) {
  *out += "{\"id\":" + std::to_string(e.id) + ",\"type\":";
  JsonString(e.type, out);
  *out += ",\"src\":" + std::to_string(e.src) + ",\"dst\":" + std::to_string(e.dst) +
          ",\"properties\":";
  AppendJsonProps(e.props, out);
  *out += '}';
}

void AppendJson(const Value& v, std::string* out) {
  switch (KindOf(v)) {
    case Kind::kNull: *out += "null"; return;
    case Kind::kBool: *out += *v.as_bool() ? "true" : "false"; return;
    case Kind::kNumber:
      if (const int64_t* i = v.as_int()) *out += std::to_string(*i);
      else *out += JsonFloat(*v.as_float());
      return;
    case Kind::kString: JsonString(*v.as_string(), out); return;
    case Kind::kList: {
      *out += '[';
      bool first = true;
      for (const Value& e : *v.as_list()) {
        if (!first) *out += ',';
        first = false;
        AppendJson(e, out);
      }
      *out += ']';
      return;
    }
    case Kind::kMap: {
      *out += '{';
      bool first = true;
      for (const auto& [k, e] : *v.as_map()) {
        if (!first) *out += ',';
        first = false;
        JsonString(k, out);
        *out += ':';
        AppendJson(e, out);
      }
      *out += '}';
      return;
    }
    case Kind::kNode: AppendJsonNode(*v.as_node(), out); return;
    case Kind::kEdge: AppendJsonEdge(*v.as_edge(), out); return;
    case Kind::kPath: {
      const PathValue& p = *v.as_path();
      *out += "{\"nodes\":[";
      for (size_t i = 0; i < p.nodes.size(); ++i) {
        if (i) *out += ',';
        AppendJsonNode(p.nodes[i], out);
      }
      *out += "],\"edges\":[";
      for (size_t i = 0; i < p.edges.size(); ++i) {
        if (i) *out += ',';
        AppendJsonEdge(p.edges[i], out);
      }
      *out += "]}";
      return;
    }
  }
}

// ---- Hashing ---------------------------------------------------------------

size_t Mix(size_t seed, size_t h) {
  return seed ^ (h + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

}  // namespace

Value Value::FromProperty(const graph::PropertyValue& p) {
  switch (p.v.index()) {
    case 0: return Value::Null();
    case 1: return Value::Bool(std::get<bool>(p.v));
    case 2: return Value::Int(std::get<int64_t>(p.v));
    case 3: return Value::Float(std::get<double>(p.v));
    case 4: return Value::String(std::get<std::string>(p.v));
    default: {
      ValueList out;
      for (const auto& e : std::get<graph::PropertyValue::List>(p.v)) {
        out.push_back(FromProperty(e));
      }
      return Value::List(std::move(out));
    }
  }
}

std::optional<bool> Equals(const Value& a, const Value& b) {
  Kind ka = KindOf(a), kb = KindOf(b);
  if (ka == Kind::kNull || kb == Kind::kNull) return std::nullopt;
  if (ka != kb) return false;
  switch (ka) {
    case Kind::kBool: return *a.as_bool() == *b.as_bool();
    case Kind::kNumber: {
      std::optional<int> c = CompareNumbers(a, b);
      return c.has_value() && *c == 0;  // NaN equals nothing
    }
    case Kind::kString: return *a.as_string() == *b.as_string();
    case Kind::kList: {
      const ValueList& x = *a.as_list();
      const ValueList& y = *b.as_list();
      if (x.size() != y.size()) return false;
      Tri t;
      for (size_t i = 0; i < x.size(); ++i) t.Add(Equals(x[i], y[i]));
      return t.Result();
    }
    case Kind::kMap: {
      const ValueMap& x = *a.as_map();
      const ValueMap& y = *b.as_map();
      if (x.size() != y.size()) return false;
      Tri t;
      for (auto xi = x.begin(), yi = y.begin(); xi != x.end(); ++xi, ++yi) {
        if (xi->first != yi->first) return false;
      }
      for (auto xi = x.begin(), yi = y.begin(); xi != x.end(); ++xi, ++yi) {
        t.Add(Equals(xi->second, yi->second));
      }
      return t.Result();
    }
    case Kind::kNode: return a.as_node()->id == b.as_node()->id;
    case Kind::kEdge: return a.as_edge()->id == b.as_edge()->id;
    case Kind::kPath: return PathIdsEqual(*a.as_path(), *b.as_path());
    case Kind::kNull: break;
  }
  return std::nullopt;
}

std::optional<int> Compare(const Value& a, const Value& b) {
  Kind ka = KindOf(a), kb = KindOf(b);
  if (ka == Kind::kNull || kb == Kind::kNull || ka != kb) return std::nullopt;
  switch (ka) {
    case Kind::kNumber: return CompareNumbers(a, b);
    case Kind::kString: return CompareStrings(*a.as_string(), *b.as_string());
    case Kind::kBool: return Sign(*a.as_bool(), *b.as_bool());
    case Kind::kList: {
      // Lexicographic; the first element pair that decides must be
      // comparable, else the whole comparison is undefined.
      const ValueList& x = *a.as_list();
      const ValueList& y = *b.as_list();
      size_t n = std::min(x.size(), y.size());
      for (size_t i = 0; i < n; ++i) {
        std::optional<bool> eq = Equals(x[i], y[i]);
        if (eq.has_value() && *eq) continue;
        std::optional<int> c = Compare(x[i], y[i]);
        if (!c.has_value()) return std::nullopt;
        if (*c != 0) return c;
      }
      return Sign(static_cast<int64_t>(x.size()), static_cast<int64_t>(y.size()));
    }
    default: return std::nullopt;  // maps, nodes, relationships, paths
  }
}

int OrderCompare(const Value& a, const Value& b) {
  Kind ka = KindOf(a), kb = KindOf(b);
  if (ka != kb) return static_cast<int>(ka) < static_cast<int>(kb) ? -1 : 1;
  switch (ka) {
    case Kind::kNull: return 0;
    case Kind::kBool: return Sign(*a.as_bool(), *b.as_bool());
    case Kind::kString: return CompareStrings(*a.as_string(), *b.as_string());
    case Kind::kNumber: {
      // NaN sorts after every other number.
      bool an = a.as_float() && std::isnan(*a.as_float());
      bool bn = b.as_float() && std::isnan(*b.as_float());
      if (an || bn) return an == bn ? 0 : (an ? 1 : -1);
      int c = *CompareNumbers(a, b);
      if (c != 0) return c;
      // 1 and 1.0: integers first, so the order is total and stable.
      return Sign(a.as_int() ? 0 : 1, b.as_int() ? 0 : 1);
    }
    case Kind::kList: {
      const ValueList& x = *a.as_list();
      const ValueList& y = *b.as_list();
      size_t n = std::min(x.size(), y.size());
      for (size_t i = 0; i < n; ++i) {
        int c = OrderCompare(x[i], y[i]);
        if (c != 0) return c;
      }
      return Sign(static_cast<int64_t>(x.size()), static_cast<int64_t>(y.size()));
    }
    case Kind::kMap: {
      // By sorted keys first, then by values in key order.
      const ValueMap& x = *a.as_map();
      const ValueMap& y = *b.as_map();
      auto xi = x.begin();
      auto yi = y.begin();
      for (; xi != x.end() && yi != y.end(); ++xi, ++yi) {
        int c = CompareStrings(xi->first, yi->first);
        if (c != 0) return c;
      }
      if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
      for (xi = x.begin(), yi = y.begin(); xi != x.end(); ++xi, ++yi) {
        int c = OrderCompare(xi->second, yi->second);
        if (c != 0) return c;
      }
      return 0;
    }
    case Kind::kNode: {
      graph::NodeId x = a.as_node()->id, y = b.as_node()->id;
      return x < y ? -1 : (x > y ? 1 : 0);
    }
    case Kind::kEdge: {
      graph::EdgeId x = a.as_edge()->id, y = b.as_edge()->id;
      return x < y ? -1 : (x > y ? 1 : 0);
    }
    case Kind::kPath: return ComparePathIds(*a.as_path(), *b.as_path());
  }
  return 0;
}

bool Equivalent(const Value& a, const Value& b) {
  Kind ka = KindOf(a), kb = KindOf(b);
  if (ka != kb) return false;
  switch (ka) {
    case Kind::kNull: return true;
    case Kind::kNumber: {
      bool an = a.as_float() && std::isnan(*a.as_float());
      bool bn = b.as_float() && std::isnan(*b.as_float());
      if (an || bn) return an && bn;
      return *CompareNumbers(a, b) == 0;
    }
    case Kind::kList: {
      const ValueList& x = *a.as_list();
      const ValueList& y = *b.as_list();
      if (x.size() != y.size()) return false;
      for (size_t i = 0; i < x.size(); ++i) {
        if (!Equivalent(x[i], y[i])) return false;
      }
      return true;
    }
    case Kind::kMap: {
      const ValueMap& x = *a.as_map();
      const ValueMap& y = *b.as_map();
      if (x.size() != y.size()) return false;
      for (auto xi = x.begin(), yi = y.begin(); xi != x.end(); ++xi, ++yi) {
        if (xi->first != yi->first || !Equivalent(xi->second, yi->second)) return false;
      }
      return true;
    }
    default: {
      std::optional<bool> eq = Equals(a, b);
      return eq.has_value() && *eq;
    }
  }
}

size_t HashValue(const Value& v) {
  size_t seed = static_cast<size_t>(KindOf(v)) * 0x100000001b3ULL;
  switch (KindOf(v)) {
    case Kind::kNull: return seed;
    case Kind::kBool: return Mix(seed, *v.as_bool());
    case Kind::kString: return Mix(seed, std::hash<std::string>()(*v.as_string()));
    case Kind::kNumber: {
      if (const int64_t* i = v.as_int()) return Mix(seed, std::hash<int64_t>()(*i));
      double d = *v.as_float();
      if (std::isnan(d)) return Mix(seed, 0x7ff8);
      // Integral doubles hash like the equal integer (1.0 ~ 1).
      if (d == std::trunc(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
        return Mix(seed, std::hash<int64_t>()(static_cast<int64_t>(d)));
      }
      return Mix(seed, std::hash<double>()(d));
    }
    case Kind::kList: {
      for (const Value& e : *v.as_list()) seed = Mix(seed, HashValue(e));
      return seed;
    }
    case Kind::kMap: {
      for (const auto& [k, e] : *v.as_map()) {
        seed = Mix(seed, std::hash<std::string>()(k));
        seed = Mix(seed, HashValue(e));
      }
      return seed;
    }
    case Kind::kNode: return Mix(seed, std::hash<uint64_t>()(v.as_node()->id));
    case Kind::kEdge: return Mix(seed, std::hash<uint64_t>()(v.as_edge()->id));
    case Kind::kPath: {
      const PathValue& p = *v.as_path();
      for (const auto& n : p.nodes) seed = Mix(seed, std::hash<uint64_t>()(n.id));
      for (const auto& e : p.edges) seed = Mix(seed, std::hash<uint64_t>()(e.id));
      return seed;
    }
  }
  return seed;
}

std::string ToCypherLiteral(const Value& v) {
  switch (KindOf(v)) {
    case Kind::kNull: return "null";
    case Kind::kBool: return *v.as_bool() ? "true" : "false";
    case Kind::kNumber: {
      if (const int64_t* i = v.as_int()) return std::to_string(*i);
      double d = *v.as_float();
      if (std::isnan(d)) return "NaN";
      if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
      // Shortest digits that read back as the same double, laid out like
      // Java's Double.toString: plain for 1e-3 <= |d| < 1e7, else
      // scientific ("1.5e-10", "1.0e20").
      char buf[40];
      int prec = 1;
      for (; prec <= 17; ++prec) {
        std::snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
        if (std::strtod(buf, nullptr) == d) break;
      }
      std::string sci = buf;  // [-]D[.DDD]e[+-]XX
      size_t epos = sci.find('e');
      int exp10 = std::atoi(sci.c_str() + epos + 1);
      std::string sign = sci[0] == '-' ? "-" : "";
      std::string digits;
      for (size_t i = sign.size(); i < epos; ++i) {
        if (sci[i] != '.') digits += sci[i];
      }
      while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
      double mag = std::fabs(d);
      if (mag == 0 || (mag >= 1e-3 && mag < 1e7)) {
        std::string intpart, frac;
        if (exp10 >= 0) {
          size_t n = static_cast<size_t>(exp10) + 1;
          if (digits.size() < n) digits.append(n - digits.size(), '0');
          intpart = digits.substr(0, n);
          frac = digits.substr(n);
        } else {
          intpart = "0";
          frac = std::string(static_cast<size_t>(-exp10 - 1), '0') + digits;
        }
        if (frac.empty()) frac = "0";
        return sign + intpart + "." + frac;
      }
      std::string frac = digits.size() > 1 ? digits.substr(1) : "0";
      return sign + digits.substr(0, 1) + "." + frac + "e" + std::to_string(exp10);
    }
    case Kind::kString: return QuoteCypherString(*v.as_string());
    case Kind::kList: {
      std::string out = "[";
      bool first = true;
      for (const Value& e : *v.as_list()) {
        if (!first) out += ", ";
        first = false;
        out += ToCypherLiteral(e);
      }
      return out + "]";
    }
    case Kind::kMap: {
      std::string out = "{";
      bool first = true;
      for (const auto& [k, e] : *v.as_map()) {
        if (!first) out += ", ";
        first = false;
        out += KeyLiteral(k) + ": " + ToCypherLiteral(e);
      }
      return out + "}";
    }
    case Kind::kNode: return NodeLiteral(*v.as_node());
    case Kind::kEdge: return EdgeLiteral(*v.as_edge());
    case Kind::kPath: {
      const PathValue& p = *v.as_path();
      std::string out = "<";
      if (!p.nodes.empty()) out += NodeLiteral(p.nodes[0]);
      for (size_t i = 0; i < p.edges.size() && i + 1 < p.nodes.size(); ++i) {
        const EdgeRef& e = p.edges[i];
        // Forward when the edge leaves the previous node of the path.
        bool forward = e.src == p.nodes[i].id;
        out += forward ? "-" : "<-";
        out += EdgeLiteral(e);
        out += forward ? "->" : "-";
        out += NodeLiteral(p.nodes[i + 1]);
      }
      return out + ">";
    }
  }
  return "null";
}

std::string ToJson(const Value& v) {
  std::string out;
  AppendJson(v, &out);
  return out;
}

std::string ToDisplay(const Value& v) {
  if (const std::string* s = v.as_string()) return *s;
  return ToCypherLiteral(v);
}

}  // namespace kg::query
