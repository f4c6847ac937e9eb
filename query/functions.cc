// The scalar function library. Every function returns null for a null
// argument (except coalesce), and a "TypeError: ..." InvalidArgument status
// for arguments of the wrong type.
#include "query/functions.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>
#include <unordered_map>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "utf8proc.h"

namespace kg::query {
namespace {

using Args = std::vector<Value>;
using Fn = absl::StatusOr<Value> (*)(const Args&);

struct FunctionDef {
  int min_args;
  int max_args;  // -1: unbounded
  Fn fn;
};

const char* TypeName(const Value& v) {
  switch (v.v.index()) {
    case 0: return "Null";
    case 1: return "Boolean";
    case 2: return "Integer";
    case 3: return "Float";
    case 4: return "String";
    case 5: return "List";
    case 6: return "Map";
    case 7: return "Node";
    case 8: return "Relationship";
    default: return "Path";
  }
}

// Wrong kind of argument ("size(true)").
absl::Status ArgType(const char* fn, const Value& got, const char* expected) {
  return absl::InvalidArgumentError(absl::StrCat("TypeError: InvalidArgumentType: ", fn,
                                                 "() expects ", expected, ", got ",
                                                 TypeName(got)));
}
// Graph functions on a non-graph value ("labels(1)"): the TCK calls this
// InvalidArgumentValue.
absl::Status ArgValue(const char* fn, const Value& got, const char* expected) {
  return absl::InvalidArgumentError(absl::StrCat("TypeError: InvalidArgumentValue: ", fn,
                                                 "() expects ", expected, ", got ",
                                                 TypeName(got)));
}

// ---- UTF-8 helpers ----------------------------------------------------------

std::vector<utf8proc_int32_t> Decode(const std::string& s) {
  std::vector<utf8proc_int32_t> out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t len = static_cast<utf8proc_ssize_t>(s.size());
  while (len > 0) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, len, &cp);
    if (n <= 0) {  // invalid byte: keep it as is (Latin-1 reading)
      cp = *p;
      n = 1;
    }
    out.push_back(cp);
    p += n;
    len -= n;
  }
  return out;
}

std::string Encode(const std::vector<utf8proc_int32_t>& cps, size_t from = 0,
                   size_t to = std::string::npos) {
  std::string out;
  to = std::min(to, cps.size());
  for (size_t i = from; i < to; ++i) {
    utf8proc_uint8_t buf[4];
    utf8proc_ssize_t n = utf8proc_encode_char(cps[i], buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
  }
  return out;
}

bool IsSpace(utf8proc_int32_t cp) {
  if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f') {
    return true;
  }
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

// ---- Number parsing -----------------------------------------------------------

std::optional<double> ParseDouble(const std::string& s) {
  std::string t(absl::StripAsciiWhitespace(s));
  if (t.empty()) return std::nullopt;
  char* end = nullptr;
  errno = 0;
  double d = std::strtod(t.c_str(), &end);
  if (end != t.c_str() + t.size()) return std::nullopt;
  // strtod accepts "inf"/"nan"/hex floats; Cypher's toFloat accepts the
  // literal forms only, plus NaN/Infinity.
  for (char c : t) {
    if (c == 'x' || c == 'X') return std::nullopt;
  }
  return d;
}

// Truncates toward zero; nullopt outside the int64 range.
std::optional<int64_t> DoubleToInt(double d) {
  if (std::isnan(d)) return std::nullopt;
  double t = std::trunc(d);
  if (t >= 9223372036854775808.0 || t < -9223372036854775808.0) return std::nullopt;
  return static_cast<int64_t>(t);
}

std::optional<int64_t> ParseInt(const std::string& s) {
  std::string t(absl::StripAsciiWhitespace(s));
  if (t.empty()) return std::nullopt;
  char* end = nullptr;
  errno = 0;
  long long v = std::strtoll(t.c_str(), &end, 10);
  if (end == t.c_str() + t.size() && errno == 0) return static_cast<int64_t>(v);
  std::optional<double> d = ParseDouble(t);
  if (!d.has_value()) return std::nullopt;
  return DoubleToInt(*d);
}

std::string FloatToString(double d) { return ToCypherLiteral(Value::Float(d)); }

bool AsNumber(const Value& v, double* out) {
  if (const int64_t* i = v.as_int()) {
    *out = static_cast<double>(*i);
    return true;
  }
  if (const double* d = v.as_float()) {
    *out = *d;
    return true;
  }
  return false;
}

// ---- Graph functions ------------------------------------------------------

absl::StatusOr<Value> FnId(const Args& a) {
  if (a[0].is_null()) return Value::Null();
  if (const NodeRef* n = a[0].as_node()) return Value::Int(static_cast<int64_t>(n->id));
  if (const EdgeRef* e = a[0].as_edge()) return Value::Int(static_cast<int64_t>(e->id));
  return ArgValue("id", a[0], "a node or relationship");
}

absl::StatusOr<Value> FnLabels(const Args& a) {
  if (a[0].is_null()) return Value::Null();
  const NodeRef* n = a[0].as_node();
  if (!n) return ArgValue("labels", a[0], "a node");
  ValueList out;
  for (const auto& l : n->labels) out.push_back(Value::String(l));
  return Value::List(std::move(out));
}

absl::StatusOr<Value> FnType(const Args& a) {
  if (a[0].is_null()) return Value::Null();
  const EdgeRef* e = a[0].as_edge();
  if (!e) return ArgValue("type", a[0], "a relationship");
  return Value::String(e->type);
}

ValueMap PropsToMap(const graph::Properties& props) {
  ValueMap m;
  for (const auto& [k, pv] : props) {
    if (!pv.is_null()) m.emplace(k, Value::FromProperty(pv));
  }
  return m;
}

absl::StatusOr<Value> FnProperties(const Args& a) {
  const Value& v = a[0];
  if (v.is_null()) return Value::Null();
  if (const NodeRef* n = v.as_node()) return Value::Map(PropsToMap(n->props));
  if (const EdgeRef* e = v.as_edge()) return Value::Map(PropsToMap(e->props));
  if (v.as_map()) return v;
  return ArgType("properties", v, "a node, relationship or map");
}

absl::StatusOr<Value> FnKeys(const Args& a) {
  const Value& v = a[0];
  if (v.is_null()) return Value::Null();
  ValueList out;
  auto add_props = [&out](const graph::Properties& props) {
    for (const auto& [k, pv] : props) {
      if (!pv.is_null()) out.push_back(Value::String(k));
    }
  };
  if (const NodeRef* n = v.as_node()) add_props(n->props);
  else if (const EdgeRef* e = v.as_edge()) add_props(e->props);
  else if (const ValueMap* m = v.as_map()) {
    for (const auto& [k, e] : *m) out.push_back(Value::String(k));
  } else {
    return ArgType("keys", v, "a node, relationship or map");
  }
  return Value::List(std::move(out));
}

absl::StatusOr<Value> FnStartNode(const Args& a) {
  if (a[0].is_null()) return Value::Null();
  const EdgeRef* e = a[0].as_edge();
  if (!e) return ArgValue("startNode", a[0], "a relationship");
  NodeRef n;  // only the id is known from the relationship snapshot
  n.id = e->src;
  return Value::Node(std::move(n));
}

absl::StatusOr<Value> FnEndNode(const Args& a) {
  if (a[0].is_null()) return Value::Null();
  const EdgeRef* e = a[0].as_edge();
  if (!e) return ArgValue("endNode", a[0], "a relationship");
  NodeRef n;
  n.id = e->dst;
  return Value::Node(std::move(n));
}

absl::StatusOr<Value> FnLength(const Args& a) {
  const Value& v = a[0];
  if (v.is_null()) return Value::Null();
  if (const PathValue* p = v.as_path()) return Value::Int(static_cast<int64_t>(p->edges.size()));
  return ArgType("length", v, "a path");
}

absl::StatusOr<Value> FnNodes(const Args& a) {
  if (a[0].is_null()) return Value::Null();
  const PathValue* p = a[0].as_path();
  if (!p) return ArgType("nodes", a[0], "a path");
  ValueList out;
  for (const auto& n : p->nodes) out.push_back(Value::Node(n));
  return Value::List(std::move(out));
}

absl::StatusOr<Value> FnRelationships(const Args& a) {
  if (a[0].is_null()) return Value::Null();
  const PathValue* p = a[0].as_path();
  if (!p) return ArgType("relationships", a[0], "a path");
  ValueList out;
  for (const auto& e : p->edges) out.push_back(Value::Edge(e));
  return Value::List(std::move(out));
}

// ---- Lists and general --------------------------------------------------------

absl::StatusOr<Value> FnSize(const Args& a) {
  const Value& v = a[0];
  if (v.is_null()) return Value::Null();
  if (const ValueList* l = v.as_list()) return Value::Int(static_cast<int64_t>(l->size()));
  if (const std::string* s = v.as_string()) {
    return Value::Int(static_cast<int64_t>(Decode(*s).size()));
  }
  return ArgType("size", v, "a list or string");
}

absl::StatusOr<Value> FnCoalesce(const Args& a) {
  for (const Value& v : a) {
    if (!v.is_null()) return v;
  }
  return Value::Null();
}

absl::StatusOr<Value> FnHead(const Args& a) {
  if (a[0].is_null()) return Value::Null();
  const ValueList* l = a[0].as_list();
  if (!l) return ArgType("head", a[0], "a list");
  return l->empty() ? Value::Null() : l->front();
}

absl::StatusOr<Value> FnLast(const Args& a) {
  if (a[0].is_null()) return Value::Null();
  const ValueList* l = a[0].as_list();
  if (!l) return ArgType("last", a[0], "a list");
  return l->empty() ? Value::Null() : l->back();
}

absl::StatusOr<Value> FnTail(const Args& a) {
  if (a[0].is_null()) return Value::Null();
  const ValueList* l = a[0].as_list();
  if (!l) return ArgType("tail", a[0], "a list");
  if (l->empty()) return Value::List({});
  return Value::List(ValueList(l->begin() + 1, l->end()));
}

absl::StatusOr<Value> FnReverse(const Args& a) {
  const Value& v = a[0];
  if (v.is_null()) return Value::Null();
  if (const std::string* s = v.as_string()) {
    std::vector<utf8proc_int32_t> cps = Decode(*s);
    std::reverse(cps.begin(), cps.end());
    return Value::String(Encode(cps));
  }
  if (const ValueList* l = v.as_list()) return Value::List(ValueList(l->rbegin(), l->rend()));
  return ArgType("reverse", v, "a string or list");
}

absl::StatusOr<int64_t> IntArg(const char* fn, const Value& v) {
  if (const int64_t* i = v.as_int()) return *i;
  return ArgType(fn, v, "an integer");
}

absl::StatusOr<Value> FnRange(const Args& a) {
  for (const Value& v : a) {
    if (v.is_null()) return Value::Null();
  }
  auto start = IntArg("range", a[0]);
  if (!start.ok()) return start.status();
  auto end = IntArg("range", a[1]);
  if (!end.ok()) return end.status();
  int64_t step = 1;
  if (a.size() > 2) {
    auto s = IntArg("range", a[2]);
    if (!s.ok()) return s.status();
    step = *s;
  }
  if (step == 0) {
    return absl::InvalidArgumentError("ArgumentError: NumberOutOfRange: range() step must not be 0");
  }
  // Count first (in 128 bits: the span may overflow int64), so an oversized
  // range fails at once instead of after materialising 10 million values.
  constexpr __int128 kMaxRange = 10'000'000;
  __int128 span = static_cast<__int128>(*end) - *start;
  __int128 count = span == 0 || (span > 0) == (step > 0) ? span / step + 1 : 0;
  if (count > kMaxRange) {
    return absl::ResourceExhaustedError(absl::StrCat(
        "MemoryLimit: range(", *start, ", ", *end, ", ", step, ") would produce ",
        static_cast<int64_t>(std::min<__int128>(count, std::numeric_limits<int64_t>::max())),
        " elements; at most 10,000,000 are allowed"));
  }
  ValueList out;
  out.reserve(static_cast<size_t>(count));
  for (int64_t i = *start; step > 0 ? i <= *end : i >= *end; i += step) {
    out.push_back(Value::Int(i));
    if ((step > 0 && i > std::numeric_limits<int64_t>::max() - step) ||
        (step < 0 && i < std::numeric_limits<int64_t>::min() - step)) {
      break;
    }
  }
  return Value::List(std::move(out));
}

// ---- Strings ------------------------------------------------------------------

absl::StatusOr<const std::string*> StringArg(const char* fn, const Value& v) {
  if (const std::string* s = v.as_string()) return s;
  return ArgType(fn, v, "a string");
}

template <bool kUpper>
absl::StatusOr<Value> FnCase(const Args& a) {
  if (a[0].is_null()) return Value::Null();
  auto s = StringArg(kUpper ? "toUpper" : "toLower", a[0]);
  if (!s.ok()) return s.status();
  std::vector<utf8proc_int32_t> cps = Decode(**s);
  for (auto& cp : cps) cp = kUpper ? utf8proc_toupper(cp) : utf8proc_tolower(cp);
  return Value::String(Encode(cps));
}

template <bool kLeft, bool kRight>
absl::StatusOr<Value> FnTrim(const Args& a) {
  if (a[0].is_null()) return Value::Null();
  auto s = StringArg(kLeft && kRight ? "trim" : (kLeft ? "ltrim" : "rtrim"), a[0]);
  if (!s.ok()) return s.status();
  std::vector<utf8proc_int32_t> cps = Decode(**s);
  size_t b = 0, e = cps.size();
  if (kLeft) {
    while (b < e && IsSpace(cps[b])) ++b;
  }
  if (kRight) {
    while (e > b && IsSpace(cps[e - 1])) --e;
  }
  return Value::String(Encode(cps, b, e));
}

absl::StatusOr<Value> FnSubstring(const Args& a) {
  if (a[0].is_null()) return Value::Null();
  auto s = StringArg("substring", a[0]);
  if (!s.ok()) return s.status();
  if (a[1].is_null() || (a.size() > 2 && a[2].is_null())) return Value::Null();
  auto start = IntArg("substring", a[1]);
  if (!start.ok()) return start.status();
  if (*start < 0) {
    return absl::InvalidArgumentError(
        "ArgumentError: NegativeIntegerArgument: substring() start must not be negative");
  }
  std::vector<utf8proc_int32_t> cps = Decode(**s);
  size_t from = std::min(static_cast<size_t>(*start), cps.size());
  size_t to = cps.size();
  if (a.size() > 2) {
    auto len = IntArg("substring", a[2]);
    if (!len.ok()) return len.status();
    if (*len < 0) {
      return absl::InvalidArgumentError(
          "ArgumentError: NegativeIntegerArgument: substring() length must not be negative");
    }
    to = from + std::min(static_cast<size_t>(*len), cps.size() - from);
  }
  return Value::String(Encode(cps, from, to));
}

template <bool kLeft>
absl::StatusOr<Value> FnLeftRight(const Args& a) {
  const char* fn = kLeft ? "left" : "right";
  if (a[0].is_null()) return Value::Null();
  auto s = StringArg(fn, a[0]);
  if (!s.ok()) return s.status();
  if (a[1].is_null()) {
    return absl::InvalidArgumentError(absl::StrCat("ArgumentError: NullArgument: ", fn,
                                                   "() length must not be null"));
  }
  auto len = IntArg(fn, a[1]);
  if (!len.ok()) return len.status();
  if (*len < 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        "ArgumentError: NegativeIntegerArgument: ", fn, "() length must not be negative"));
  }
  std::vector<utf8proc_int32_t> cps = Decode(**s);
  size_t n = std::min(static_cast<size_t>(*len), cps.size());
  return Value::String(kLeft ? Encode(cps, 0, n) : Encode(cps, cps.size() - n));
}

absl::StatusOr<Value> FnReplace(const Args& a) {
  for (const Value& v : a) {
    if (v.is_null()) return Value::Null();
  }
  std::vector<const std::string*> s;
  for (const Value& v : a) {
    auto p = StringArg("replace", v);
    if (!p.ok()) return p.status();
    s.push_back(*p);
  }
  const std::string& in = *s[0];
  const std::string& from = *s[1];
  const std::string& to = *s[2];
  if (from.empty()) {
    // Like most implementations: insert `to` around every character.
    std::vector<utf8proc_int32_t> cps = Decode(in);
    std::string out = to;
    for (size_t i = 0; i < cps.size(); ++i) out += Encode(cps, i, i + 1) + to;
    return Value::String(out);
  }
  std::string out;
  size_t pos = 0;
  while (true) {
    size_t f = in.find(from, pos);
    if (f == std::string::npos) break;
    out.append(in, pos, f - pos);
    out += to;
    pos = f + from.size();
  }
  out.append(in, pos, std::string::npos);
  return Value::String(out);
}

absl::StatusOr<Value> FnSplit(const Args& a) {
  if (a[0].is_null() || a[1].is_null()) return Value::Null();
  auto s = StringArg("split", a[0]);
  if (!s.ok()) return s.status();
  auto d = StringArg("split", a[1]);
  if (!d.ok()) return d.status();
  ValueList out;
  if ((*d)->empty()) {
    std::vector<utf8proc_int32_t> cps = Decode(**s);
    for (size_t i = 0; i < cps.size(); ++i) out.push_back(Value::String(Encode(cps, i, i + 1)));
    return Value::List(std::move(out));
  }
  for (absl::string_view part : absl::StrSplit(**s, **d)) {
    out.push_back(Value::String(std::string(part)));
  }
  return Value::List(std::move(out));
}

// ---- Conversions ----------------------------------------------------------------

absl::StatusOr<Value> FnToString(const Args& a) {
  const Value& v = a[0];
  if (v.is_null()) return Value::Null();
  if (v.as_string()) return v;
  if (const int64_t* i = v.as_int()) return Value::String(std::to_string(*i));
  if (const double* d = v.as_float()) return Value::String(FloatToString(*d));
  if (const bool* b = v.as_bool()) return Value::String(*b ? "true" : "false");
  return ArgType("toString", v, "a string, number or boolean");
}

absl::StatusOr<Value> FnToInteger(const Args& a) {
  const Value& v = a[0];
  if (v.is_null() || v.as_int()) return v;
  if (const double* d = v.as_float()) {
    std::optional<int64_t> i = DoubleToInt(*d);
    return i.has_value() ? Value::Int(*i) : Value::Null();
  }
  if (const bool* b = v.as_bool()) return Value::Int(*b ? 1 : 0);
  if (const std::string* s = v.as_string()) {
    std::optional<int64_t> i = ParseInt(*s);
    return i.has_value() ? Value::Int(*i) : Value::Null();
  }
  return ArgType("toInteger", v, "a string, number or boolean");
}

absl::StatusOr<Value> FnToFloat(const Args& a) {
  const Value& v = a[0];
  if (v.is_null() || v.as_float()) return v;
  if (const int64_t* i = v.as_int()) return Value::Float(static_cast<double>(*i));
  if (const std::string* s = v.as_string()) {
    std::optional<double> d = ParseDouble(*s);
    return d.has_value() ? Value::Float(*d) : Value::Null();
  }
  return ArgType("toFloat", v, "a string or number");
}

absl::StatusOr<Value> FnToBoolean(const Args& a) {
  const Value& v = a[0];
  if (v.is_null() || v.as_bool()) return v;
  if (const std::string* s = v.as_string()) {
    std::string t = absl::AsciiStrToLower(absl::StripAsciiWhitespace(*s));
    if (t == "true") return Value::Bool(true);
    if (t == "false") return Value::Bool(false);
    return Value::Null();
  }
  if (const int64_t* i = v.as_int()) return Value::Bool(*i != 0);
  return ArgType("toBoolean", v, "a string, integer or boolean");
}

// The *OrNull variants: null instead of a type error.
template <Fn kFn>
absl::StatusOr<Value> OrNull(const Args& a) {
  absl::StatusOr<Value> r = kFn(a);
  if (!r.ok()) return Value::Null();
  return r;
}

// ---- Math -------------------------------------------------------------------------

absl::StatusOr<Value> FnAbs(const Args& a) {
  const Value& v = a[0];
  if (v.is_null()) return Value::Null();
  if (const int64_t* i = v.as_int()) {
    if (*i == std::numeric_limits<int64_t>::min()) {
      return absl::InvalidArgumentError("ArithmeticError: IntegerOverflow: abs() overflows");
    }
    return Value::Int(*i < 0 ? -*i : *i);
  }
  if (const double* d = v.as_float()) return Value::Float(std::fabs(*d));
  return ArgType("abs", v, "a number");
}

absl::StatusOr<Value> FnSign(const Args& a) {
  const Value& v = a[0];
  if (v.is_null()) return Value::Null();
  if (const int64_t* i = v.as_int()) return Value::Int(*i > 0 ? 1 : (*i < 0 ? -1 : 0));
  if (const double* d = v.as_float()) {
    if (std::isnan(*d)) return Value::Int(0);
    return Value::Int(*d > 0 ? 1 : (*d < 0 ? -1 : 0));
  }
  return ArgType("sign", v, "a number");
}

// Float-valued functions of one number.
template <double (*kOp)(double)>
absl::StatusOr<Value> Math1(const Args& a) {
  const Value& v = a[0];
  if (v.is_null()) return Value::Null();
  double d;
  if (!AsNumber(v, &d)) return ArgType("math function", v, "a number");
  return Value::Float(kOp(d));
}

double RoundHalfUp(double d) { return std::floor(d + 0.5); }

absl::StatusOr<Value> FnRound(const Args& a) {
  if (a[0].is_null()) return Value::Null();
  double d;
  if (!AsNumber(a[0], &d)) return ArgType("round", a[0], "a number");
  if (a.size() == 1) return Value::Float(RoundHalfUp(d));
  if (a[1].is_null()) return Value::Null();
  auto prec = IntArg("round", a[1]);
  if (!prec.ok()) return prec.status();
  double scale = std::pow(10.0, static_cast<double>(*prec));
  return Value::Float(RoundHalfUp(d * scale) / scale);
}

absl::StatusOr<Value> FnAtan2(const Args& a) {
  if (a[0].is_null() || a[1].is_null()) return Value::Null();
  double y, x;
  if (!AsNumber(a[0], &y)) return ArgType("atan2", a[0], "a number");
  if (!AsNumber(a[1], &x)) return ArgType("atan2", a[1], "a number");
  return Value::Float(std::atan2(y, x));
}

absl::StatusOr<Value> FnRand(const Args&) {
  static thread_local std::mt19937_64 gen{std::random_device{}()};
  return Value::Float(std::uniform_real_distribution<double>(0.0, 1.0)(gen));
}
absl::StatusOr<Value> FnPi(const Args&) { return Value::Float(M_PI); }
absl::StatusOr<Value> FnE(const Args&) { return Value::Float(M_E); }

double Log(double d) { return std::log(d); }
double Log10(double d) { return std::log10(d); }
double Exp(double d) { return std::exp(d); }
double Sqrt(double d) { return std::sqrt(d); }
double Ceil(double d) { return std::ceil(d); }
double Floor(double d) { return std::floor(d); }
double Sin(double d) { return std::sin(d); }
double Cos(double d) { return std::cos(d); }
double Tan(double d) { return std::tan(d); }
double Asin(double d) { return std::asin(d); }
double Acos(double d) { return std::acos(d); }
double Atan(double d) { return std::atan(d); }
double Cot(double d) { return 1.0 / std::tan(d); }
double Degrees(double d) { return d * 180.0 / M_PI; }
double Radians(double d) { return d * M_PI / 180.0; }

// Abseil here is built without std::string_view aliasing: convert by hand.
std::string LowerName(std::string_view name) {
  return absl::AsciiStrToLower(absl::string_view(name.data(), name.size()));
}

const std::unordered_map<std::string, FunctionDef>& Registry() {
  static const auto* kRegistry = new std::unordered_map<std::string, FunctionDef>{
      {"id", {1, 1, FnId}},
      {"labels", {1, 1, FnLabels}},
      {"type", {1, 1, FnType}},
      {"properties", {1, 1, FnProperties}},
      {"keys", {1, 1, FnKeys}},
      {"startnode", {1, 1, FnStartNode}},
      {"endnode", {1, 1, FnEndNode}},
      {"length", {1, 1, FnLength}},
      {"nodes", {1, 1, FnNodes}},
      {"relationships", {1, 1, FnRelationships}},
      {"size", {1, 1, FnSize}},
      {"coalesce", {1, -1, FnCoalesce}},
      {"head", {1, 1, FnHead}},
      {"last", {1, 1, FnLast}},
      {"tail", {1, 1, FnTail}},
      {"reverse", {1, 1, FnReverse}},
      {"range", {2, 3, FnRange}},
      {"tolower", {1, 1, FnCase<false>}},
      {"toupper", {1, 1, FnCase<true>}},
      {"trim", {1, 1, FnTrim<true, true>}},
      {"ltrim", {1, 1, FnTrim<true, false>}},
      {"rtrim", {1, 1, FnTrim<false, true>}},
      {"substring", {2, 3, FnSubstring}},
      {"left", {2, 2, FnLeftRight<true>}},
      {"right", {2, 2, FnLeftRight<false>}},
      {"replace", {3, 3, FnReplace}},
      {"split", {2, 2, FnSplit}},
      {"tostring", {1, 1, FnToString}},
      {"tointeger", {1, 1, FnToInteger}},
      {"tofloat", {1, 1, FnToFloat}},
      {"toboolean", {1, 1, FnToBoolean}},
      {"tostringornull", {1, 1, OrNull<FnToString>}},
      {"tointegerornull", {1, 1, OrNull<FnToInteger>}},
      {"tofloatornull", {1, 1, OrNull<FnToFloat>}},
      {"tobooleanornull", {1, 1, OrNull<FnToBoolean>}},
      {"abs", {1, 1, FnAbs}},
      {"sign", {1, 1, FnSign}},
      {"ceil", {1, 1, Math1<Ceil>}},
      {"floor", {1, 1, Math1<Floor>}},
      {"round", {1, 2, FnRound}},
      {"sqrt", {1, 1, Math1<Sqrt>}},
      {"exp", {1, 1, Math1<Exp>}},
      {"log", {1, 1, Math1<Log>}},
      {"log10", {1, 1, Math1<Log10>}},
      {"sin", {1, 1, Math1<Sin>}},
      {"cos", {1, 1, Math1<Cos>}},
      {"tan", {1, 1, Math1<Tan>}},
      {"cot", {1, 1, Math1<Cot>}},
      {"asin", {1, 1, Math1<Asin>}},
      {"acos", {1, 1, Math1<Acos>}},
      {"atan", {1, 1, Math1<Atan>}},
      {"atan2", {2, 2, FnAtan2}},
      {"degrees", {1, 1, Math1<Degrees>}},
      {"radians", {1, 1, Math1<Radians>}},
      {"rand", {0, 0, FnRand}},
      {"pi", {0, 0, FnPi}},
      {"e", {0, 0, FnE}},
  };
  return *kRegistry;
}

}  // namespace

absl::StatusOr<Value> CallFunction(std::string_view name, const std::vector<Value>& args) {
  std::string key = LowerName(name);
  const std::string shown(name);
  const auto& reg = Registry();
  auto it = reg.find(key);
  if (it == reg.end()) {
    if (IsAggregateFunction(key)) {
      return absl::InvalidArgumentError(absl::StrCat(
          "SyntaxError: InvalidAggregation: aggregate function ", shown,
          "() is not allowed here"));
    }
    return absl::NotFoundError(absl::StrCat("SyntaxError: UnknownFunction: ", shown));
  }
  const FunctionDef& def = it->second;
  int n = static_cast<int>(args.size());
  if (n < def.min_args || (def.max_args >= 0 && n > def.max_args)) {
    std::string expected =
        def.max_args < 0 ? absl::StrCat("at least ", def.min_args)
        : def.min_args == def.max_args ? absl::StrCat(def.min_args)
                                       : absl::StrCat(def.min_args, " to ", def.max_args);
    return absl::InvalidArgumentError(absl::StrCat("SyntaxError: InvalidNumberOfArguments: ",
                                                   shown, "() takes ", expected,
                                                   " argument(s), got ", n));
  }
  return def.fn(args);
}

bool IsScalarFunction(std::string_view name) {
  return Registry().count(LowerName(name)) > 0;
}

bool IsAggregateFunction(std::string_view name) {
  std::string key = LowerName(name);
  return key == "count" || key == "collect" || key == "sum" || key == "avg" || key == "min" ||
         key == "max" || key == "stdev" || key == "stdevp" || key == "percentilecont" ||
         key == "percentiledisc";
}

}  // namespace kg::query
