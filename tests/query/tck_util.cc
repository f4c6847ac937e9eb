#include "tests/query/tck_util.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace kg::query::tck {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

absl::Status Error(const std::string& file, int line, const std::string& what) {
  return absl::InvalidArgumentError(absl::StrCat(file, ":", line, ": ", what));
}

// Splits "| a | b\|c |" into trimmed, Gherkin-unescaped cells.
std::vector<std::string> SplitRow(std::string_view row) {
  std::vector<std::string> cells;
  row = Trim(row);
  if (!row.empty() && row.front() == '|') row.remove_prefix(1);
  std::string cur;
  bool raw_end = false;  // the row ended with an unescaped '|'
  for (size_t i = 0; i < row.size(); ++i) {
    char c = row[i];
    raw_end = false;
    if (c == '\\' && i + 1 < row.size()) {
      char n = row[i + 1];
      if (n == '|') { cur += '|'; ++i; continue; }
      if (n == '\\') { cur += '\\'; ++i; continue; }
      if (n == 'n') { cur += '\n'; ++i; continue; }
      cur += c;
      continue;
    }
    if (c == '|') {
      cells.push_back(std::string(Trim(cur)));
      cur.clear();
      raw_end = true;
      continue;
    }
    cur += c;
  }
  if (!raw_end && !Trim(cur).empty()) cells.push_back(std::string(Trim(cur)));
  return cells;
}

void ReplaceAll(std::string* s, const std::string& from, const std::string& to) {
  if (from.empty()) return;
  size_t pos = 0;
  while ((pos = s->find(from, pos)) != std::string::npos) {
    s->replace(pos, from.size(), to);
    pos += to.size();
  }
}

struct RawScenario {
  int line = 0;
  std::string name;
  bool outline = false;
  std::vector<Step> steps;
  std::vector<Table> examples;
};

// ---- Value syntax parser ------------------------------------------------------

class ValueParser {
 public:
  explicit ValueParser(std::string_view s) : s_(s) {}

  absl::StatusOr<Value> ParseAll() {
    auto v = ParseValue();
    if (!v.ok()) return v;
    SkipWs();
    if (pos_ != s_.size()) return Fail("trailing text");
    return v;
  }

 private:
  absl::Status Fail(const std::string& what) const {
    return absl::InvalidArgumentError(absl::StrCat("bad TCK value at offset ", pos_, " (", what,
                                                   "): ", std::string(s_)));
  }
  void SkipWs() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n')) ++pos_;
  }
  bool Eat(std::string_view tok) {
    SkipWs();
    if (StartsWith(s_.substr(pos_), tok)) {
      pos_ += tok.size();
      return true;
    }
    return false;
  }
  char Peek() {
    SkipWs();
    return pos_ < s_.size() ? s_[pos_] : '\0';
  }
  static bool IdentChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || static_cast<unsigned char>(c) >= 0x80;
  }

  absl::StatusOr<std::string> ParseName() {
    SkipWs();
    if (pos_ < s_.size() && s_[pos_] == '`') {
      size_t end = s_.find('`', pos_ + 1);
      if (end == std::string_view::npos) return Fail("unterminated `name`");
      std::string name(s_.substr(pos_ + 1, end - pos_ - 1));
      pos_ = end + 1;
      return name;
    }
    size_t start = pos_;
    while (pos_ < s_.size() && IdentChar(s_[pos_])) ++pos_;
    if (pos_ == start) return Fail("expected a name");
    return std::string(s_.substr(start, pos_ - start));
  }

  absl::StatusOr<Value> ParseValue() {
    char c = Peek();
    if (c == '\'') return ParseString();
    if (c == '[') {
      size_t save = pos_;
      ++pos_;
      if (Peek() == ':') {
        pos_ = save;
        return ParseRel();
      }
      pos_ = save;
      return ParseList();
    }
    if (c == '{') {
      auto m = ParseMap();
      if (!m.ok()) return m.status();
      return Value::Map(std::move(*m));
    }
    if (c == '(') return ParseNode();
    if (c == '<') return ParsePath();
    if (Eat("null")) return Value::Null();
    if (Eat("true")) return Value::Bool(true);
    if (Eat("false")) return Value::Bool(false);
    if (Eat("NaN")) return Value::Float(std::nan(""));
    if (Eat("Infinity")) return Value::Float(HUGE_VAL);
    if (Eat("-Infinity")) return Value::Float(-HUGE_VAL);
    return ParseNumber();
  }

  absl::StatusOr<Value> ParseNumber() {
    SkipWs();
    size_t start = pos_;
    if (pos_ < s_.size() && (s_[pos_] == '-' || s_[pos_] == '+')) ++pos_;
    bool is_float = false;
    while (pos_ < s_.size()) {
      char c = s_[pos_];
      if (c >= '0' && c <= '9') {
        ++pos_;
      } else if (c == '.' || c == 'e' || c == 'E') {
        is_float = true;
        ++pos_;
        if ((c == 'e' || c == 'E') && pos_ < s_.size() && (s_[pos_] == '-' || s_[pos_] == '+')) {
          ++pos_;
        }
      } else {
        break;
      }
    }
    std::string text(s_.substr(start, pos_ - start));
    if (text.empty() || text == "-" || text == "+") return Fail("expected a value");
    char* end = nullptr;
    if (is_float) {
      double d = std::strtod(text.c_str(), &end);
      if (*end != '\0') return Fail("bad float");
      return Value::Float(d);
    }
    errno = 0;
    long long i = std::strtoll(text.c_str(), &end, 10);
    if (*end != '\0' || errno != 0) return Fail("bad integer");
    return Value::Int(i);
  }

  absl::StatusOr<Value> ParseString() {
    SkipWs();
    ++pos_;  // opening quote
    std::string out;
    while (pos_ < s_.size()) {
      char c = s_[pos_];
      if (c == '\\' && pos_ + 1 < s_.size() && (s_[pos_ + 1] == '\'' || s_[pos_ + 1] == '\\')) {
        out += s_[pos_ + 1];
        pos_ += 2;
        continue;
      }
      if (c == '\'') {
        ++pos_;
        return Value::String(std::move(out));
      }
      out += c;
      ++pos_;
    }
    return Fail("unterminated string");
  }

  absl::StatusOr<Value> ParseList() {
    Eat("[");
    ValueList out;
    if (Eat("]")) return Value::List(std::move(out));
    while (true) {
      auto v = ParseValue();
      if (!v.ok()) return v;
      out.push_back(std::move(*v));
      if (Eat(",")) continue;
      if (Eat("]")) return Value::List(std::move(out));
      return Fail("expected , or ]");
    }
  }

  absl::StatusOr<ValueMap> ParseMap() {
    Eat("{");
    ValueMap out;
    if (Eat("}")) return out;
    while (true) {
      auto key = ParseName();
      if (!key.ok()) return key.status();
      if (!Eat(":")) return Fail("expected :");
      auto v = ParseValue();
      if (!v.ok()) return v.status();
      out[*key] = std::move(*v);
      if (Eat(",")) continue;
      if (Eat("}")) return out;
      return Fail("expected , or }");
    }
  }

  static absl::StatusOr<graph::PropertyValue> ToProperty(const Value& v) {
    if (v.is_null()) return graph::PropertyValue();
    if (const bool* b = v.as_bool()) return graph::PropertyValue(*b);
    if (const int64_t* i = v.as_int()) return graph::PropertyValue(*i);
    if (const double* d = v.as_float()) return graph::PropertyValue(*d);
    if (const std::string* s = v.as_string()) return graph::PropertyValue(*s);
    if (const ValueList* l = v.as_list()) {
      graph::PropertyValue::List out;
      for (const Value& e : *l) {
        auto p = ToProperty(e);
        if (!p.ok()) return p.status();
        out.push_back(std::move(*p));
      }
      return graph::PropertyValue(std::move(out));
    }
    return absl::InvalidArgumentError("property value must be a scalar or a list");
  }

  absl::StatusOr<graph::Properties> ParseProps() {
    graph::Properties props;
    if (Peek() != '{') return props;
    auto m = ParseMap();
    if (!m.ok()) return m.status();
    for (const auto& [k, v] : *m) {
      auto p = ToProperty(v);
      if (!p.ok()) return Fail(std::string(p.status().message()));
      props[k] = std::move(*p);
    }
    return props;
  }

  absl::StatusOr<NodeRef> ParseNodeRef() {
    if (!Eat("(")) return Fail("expected (");
    NodeRef n;
    while (Eat(":")) {
      auto l = ParseName();
      if (!l.ok()) return l.status();
      n.labels.push_back(*l);
    }
    auto props = ParseProps();
    if (!props.ok()) return props.status();
    n.props = std::move(*props);
    if (!Eat(")")) return Fail("expected )");
    return n;
  }

  absl::StatusOr<Value> ParseNode() {
    auto n = ParseNodeRef();
    if (!n.ok()) return n.status();
    return Value::Node(std::move(*n));
  }

  absl::StatusOr<EdgeRef> ParseEdgeRef() {
    if (!Eat("[")) return Fail("expected [");
    if (!Eat(":")) return Fail("expected :TYPE");
    EdgeRef e;
    auto t = ParseName();
    if (!t.ok()) return t.status();
    e.type = *t;
    auto props = ParseProps();
    if (!props.ok()) return props.status();
    e.props = std::move(*props);
    if (!Eat("]")) return Fail("expected ]");
    return e;
  }

  absl::StatusOr<Value> ParseRel() {
    auto e = ParseEdgeRef();
    if (!e.ok()) return e.status();
    return Value::Edge(std::move(*e));
  }

  // Path nodes get ids 1, 2, ... by position so that edge src/dst carry the
  // direction of each hop.
  absl::StatusOr<Value> ParsePath() {
    Eat("<");
    PathValue p;
    auto first = ParseNodeRef();
    if (!first.ok()) return first.status();
    first->id = 1;
    p.nodes.push_back(std::move(*first));
    while (!Eat(">")) {
      bool backward = Eat("<-");
      if (!backward && !Eat("-")) return Fail("expected -[ or <-[ or >");
      auto e = ParseEdgeRef();
      if (!e.ok()) return e.status();
      bool forward = false;
      if (Eat("->")) {
        forward = true;
      } else if (!Eat("-")) {
        return Fail("expected -> or -");
      }
      if (forward == backward) return Fail("a path hop needs exactly one direction");
      auto n = ParseNodeRef();
      if (!n.ok()) return n.status();
      n->id = p.nodes.size() + 1;
      e->src = forward ? p.nodes.back().id : n->id;
      e->dst = forward ? n->id : p.nodes.back().id;
      p.edges.push_back(std::move(*e));
      p.nodes.push_back(std::move(*n));
    }
    return Value::Path(std::move(p));
  }

  std::string_view s_;
  size_t pos_ = 0;
};

// ---- Canonical forms ------------------------------------------------------------

std::string CanonicalProps(const graph::Properties& props, bool sort_lists) {
  std::string out = "{";
  bool first = true;
  for (const auto& [k, pv] : props) {
    if (pv.is_null()) continue;
    if (!first) out += ", ";
    first = false;
    out += k + ": " + CanonicalValue(Value::FromProperty(pv), sort_lists);
  }
  return out + "}";
}

std::string CanonicalNode(const NodeRef& n, bool sort_lists) {
  std::vector<std::string> labels = n.labels;
  std::sort(labels.begin(), labels.end());
  labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
  std::string out = "(";
  for (const auto& l : labels) out += ":" + l;
  return out + " " + CanonicalProps(n.props, sort_lists) + ")";
}

std::string CanonicalEdge(const EdgeRef& e, bool sort_lists) {
  return "[:" + e.type + " " + CanonicalProps(e.props, sort_lists) + "]";
}

std::string RowText(const std::vector<Value>& row) {
  std::vector<std::string> cells;
  for (const Value& v : row) cells.push_back(ToCypherLiteral(v));
  return "| " + absl::StrJoin(cells, " | ") + " |";
}

}  // namespace

absl::StatusOr<std::vector<Scenario>> ParseFeature(std::string_view text,
                                                   const std::string& file) {
  std::vector<std::string> lines;
  {
    size_t start = 0;
    while (start <= text.size()) {
      size_t nl = text.find('\n', start);
      std::string_view l =
          text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
      if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
      lines.emplace_back(l);
      if (nl == std::string_view::npos) break;
      start = nl + 1;
    }
  }

  std::vector<Step> background;
  std::vector<RawScenario> raw;
  enum class Block { kNone, kBackground, kScenario, kExamples } block = Block::kNone;
  Step* current_step = nullptr;
  bool saw_feature = false;

  for (size_t i = 0; i < lines.size(); ++i) {
    int lineno = static_cast<int>(i) + 1;
    std::string_view t = Trim(lines[i]);
    if (t.empty() || t.front() == '#' || t.front() == '@') continue;

    if (StartsWith(t, "\"\"\"")) {
      if (current_step == nullptr) return Error(file, lineno, "docstring without a step");
      size_t indent = lines[i].find('"');
      std::vector<std::string> doc_lines;
      bool closed = false;
      for (++i; i < lines.size(); ++i) {
        if (Trim(lines[i]) == "\"\"\"") {
          closed = true;
          break;
        }
        std::string_view l = lines[i];
        size_t strip = 0;
        while (strip < indent && strip < l.size() && (l[strip] == ' ' || l[strip] == '\t')) {
          ++strip;
        }
        doc_lines.emplace_back(l.substr(strip));
      }
      if (!closed) return Error(file, lineno, "unterminated docstring");
      std::string doc = absl::StrJoin(doc_lines, "\n");
      current_step->docstring = doc;
      continue;
    }
    if (t.front() == '|') {
      std::vector<std::string> cells = SplitRow(t);
      if (block == Block::kExamples) {
        raw.back().examples.back().push_back(std::move(cells));
      } else if (current_step != nullptr) {
        current_step->table.push_back(std::move(cells));
      } else {
        return Error(file, lineno, "table row outside a step or Examples");
      }
      continue;
    }
    if (StartsWith(t, "Feature:")) {
      saw_feature = true;
      continue;
    }
    if (StartsWith(t, "Background:")) {
      block = Block::kBackground;
      current_step = nullptr;
      continue;
    }
    bool outline = StartsWith(t, "Scenario Outline:") || StartsWith(t, "Scenario Template:");
    if (outline || StartsWith(t, "Scenario:") || StartsWith(t, "Example:")) {
      RawScenario s;
      s.line = lineno;
      s.outline = outline;
      s.name = std::string(Trim(t.substr(t.find(':') + 1)));
      raw.push_back(std::move(s));
      block = Block::kScenario;
      current_step = nullptr;
      continue;
    }
    if (StartsWith(t, "Examples:") || StartsWith(t, "Scenarios:")) {
      if (raw.empty() || !raw.back().outline) {
        return Error(file, lineno, "Examples outside a Scenario Outline");
      }
      raw.back().examples.emplace_back();
      block = Block::kExamples;
      current_step = nullptr;
      continue;
    }
    bool is_step = false;
    for (std::string_view kw : {"Given ", "When ", "Then ", "And ", "But ", "* "}) {
      if (StartsWith(t, kw)) {
        Step step;
        step.line = lineno;
        step.text = std::string(Trim(t.substr(kw.size())));
        std::vector<Step>* target = nullptr;
        if (block == Block::kBackground) target = &background;
        else if (block == Block::kScenario) target = &raw.back().steps;
        if (target == nullptr) return Error(file, lineno, "step outside a scenario");
        target->push_back(std::move(step));
        current_step = &target->back();
        is_step = true;
        break;
      }
    }
    if (!is_step) return Error(file, lineno, "unrecognised line: " + std::string(t));
  }
  if (!saw_feature) return Error(file, 1, "no Feature: line");

  std::vector<Scenario> out;
  for (const RawScenario& r : raw) {
    if (!r.outline) {
      Scenario s;
      s.file = file;
      s.line = r.line;
      s.name = r.name;
      s.steps = background;
      s.steps.insert(s.steps.end(), r.steps.begin(), r.steps.end());
      out.push_back(std::move(s));
      continue;
    }
    int example = 0;
    for (const Table& ex : r.examples) {
      if (ex.empty()) continue;
      const std::vector<std::string>& header = ex[0];
      for (size_t row = 1; row < ex.size(); ++row) {
        if (ex[row].size() != header.size()) {
          return Error(file, r.line, "Examples row width differs from its header");
        }
        auto subst = [&](std::string s) {
          for (size_t c = 0; c < header.size(); ++c) {
            ReplaceAll(&s, "<" + header[c] + ">", ex[row][c]);
          }
          return s;
        };
        Scenario s;
        s.file = file;
        s.line = r.line;
        s.example = example++;
        s.name = subst(r.name);
        s.steps = background;
        for (Step step : r.steps) {
          step.text = subst(step.text);
          if (step.docstring) step.docstring = subst(*step.docstring);
          for (auto& trow : step.table) {
            for (auto& cell : trow) cell = subst(cell);
          }
          s.steps.push_back(std::move(step));
        }
        out.push_back(std::move(s));
      }
    }
  }
  return out;
}

absl::StatusOr<Value> ParseTckValue(std::string_view text) {
  return ValueParser(text).ParseAll();
}

std::string CanonicalValue(const Value& v, bool sort_lists) {
  if (v.is_null()) return "null";
  if (const bool* b = v.as_bool()) return *b ? "true" : "false";
  if (const int64_t* i = v.as_int()) return std::to_string(*i);
  if (const double* d = v.as_float()) {
    if (std::isnan(*d)) return "float:NaN";
    char buf[40];
    std::snprintf(buf, sizeof buf, "float:%.17g", *d == 0 ? 0.0 : *d);  // -0.0 == 0.0
    return buf;
  }
  if (const std::string* s = v.as_string()) return ToCypherLiteral(v);
  if (const ValueList* l = v.as_list()) {
    std::vector<std::string> parts;
    for (const Value& e : *l) parts.push_back(CanonicalValue(e, sort_lists));
    if (sort_lists) std::sort(parts.begin(), parts.end());
    return "[" + absl::StrJoin(parts, ", ") + "]";
  }
  if (const ValueMap* m = v.as_map()) {
    std::string out = "{";
    bool first = true;
    for (const auto& [k, e] : *m) {
      if (!first) out += ", ";
      first = false;
      out += k + ": " + CanonicalValue(e, sort_lists);
    }
    return out + "}";
  }
  if (const NodeRef* n = v.as_node()) return CanonicalNode(*n, sort_lists);
  if (const EdgeRef* e = v.as_edge()) return CanonicalEdge(*e, sort_lists);
  const PathValue& p = *v.as_path();
  std::string out = "<";
  if (!p.nodes.empty()) out += CanonicalNode(p.nodes[0], sort_lists);
  for (size_t i = 0; i < p.edges.size(); ++i) {
    const EdgeRef& e = p.edges[i];
    bool forward = i < p.nodes.size() && e.src == p.nodes[i].id;
    // A self-loop reads the same both ways.
    if (i + 1 < p.nodes.size() && e.src == e.dst) forward = true;
    out += forward ? "-" : "<-";
    out += CanonicalEdge(e, sort_lists);
    out += forward ? "->" : "-";
    if (i + 1 < p.nodes.size()) out += CanonicalNode(p.nodes[i + 1], sort_lists);
  }
  return out + ">";
}

std::string CompareResult(const Table& expected, const std::vector<std::string>& columns,
                          const std::vector<std::vector<Value>>& rows, RowOrder order,
                          bool ignore_list_order) {
  if (expected.empty()) return "expected table has no header";
  if (expected[0] != columns) {
    return absl::StrCat("columns differ: expected [", absl::StrJoin(expected[0], ", "),
                        "], got [", absl::StrJoin(columns, ", "), "]");
  }
  std::vector<std::string> want, got;
  for (size_t r = 1; r < expected.size(); ++r) {
    std::string key;
    for (const std::string& cell : expected[r]) {
      absl::StatusOr<Value> v = ParseTckValue(cell);
      if (!v.ok()) return absl::StrCat("unparsable expected cell: ", v.status().message());
      key += CanonicalValue(*v, ignore_list_order) + " | ";
    }
    want.push_back(std::move(key));
  }
  for (const auto& row : rows) {
    if (row.size() != columns.size()) return "a result row has the wrong width";
    std::string key;
    for (const Value& v : row) key += CanonicalValue(v, ignore_list_order) + " | ";
    got.push_back(std::move(key));
  }
  if (order == RowOrder::kAnyOrder) {
    std::vector<std::string> ws = want, gs = got;
    std::sort(ws.begin(), ws.end());
    std::sort(gs.begin(), gs.end());
    if (ws == gs) return "";
  } else if (want == got) {
    return "";
  }
  // Describe the difference: counts, then the first mismatching rows.
  std::string out = absl::StrCat("rows differ: expected ", want.size(), " row(s), got ",
                                 got.size());
  if (order == RowOrder::kInOrder) {
    std::vector<std::string> ws = want, gs = got;
    std::sort(ws.begin(), ws.end());
    std::sort(gs.begin(), gs.end());
    if (ws == gs) return out + " (same rows, wrong order)";
  }
  std::multiset<std::string> missing(want.begin(), want.end());
  std::vector<size_t> extra;
  for (size_t i = 0; i < got.size(); ++i) {
    auto it = missing.find(got[i]);
    if (it != missing.end()) missing.erase(it);
    else extra.push_back(i);
  }
  int shown = 0;
  for (size_t r = 1; r < expected.size() && shown < 3; ++r) {
    if (missing.count(want[r - 1]) == 0) continue;
    out += "; missing | " + absl::StrJoin(expected[r], " | ") + " |";
    ++shown;
  }
  for (size_t i = 0; i < extra.size() && i < 3; ++i) {
    out += "; unexpected " + RowText(rows[extra[i]]);
  }
  return out;
}

absl::StatusOr<GraphSnapshot> TakeSnapshot(const graph::GraphReader& reader) {
  GraphSnapshot snap;
  auto prop_key = [](char kind, uint64_t id, const std::string& k, const graph::PropertyValue& v) {
    return absl::StrCat(std::string(1, kind), id, ".", k, "=",
                        CanonicalValue(Value::FromProperty(v), false));
  };
  absl::Status s = reader.ScanNodes("", [&](const graph::Node& n) {
    snap.nodes.insert(n.id);
    for (const auto& l : n.labels) snap.labels.insert(l);
    for (const auto& [k, v] : n.props) snap.properties.insert(prop_key('n', n.id, k, v));
    return true;
  });
  if (!s.ok()) return s;
  s = reader.ScanEdges("", [&](const graph::Edge& e) {
    snap.edges.insert(e.id);
    for (const auto& [k, v] : e.props) snap.properties.insert(prop_key('e', e.id, k, v));
    return true;
  });
  if (!s.ok()) return s;
  return snap;
}

std::map<std::string, int64_t> SideEffectCounters(const GraphSnapshot& before,
                                                  const GraphSnapshot& after) {
  auto added = [](const auto& a, const auto& b) {
    int64_t n = 0;
    for (const auto& x : b) n += a.count(x) == 0;
    return n;
  };
  return {{"+nodes", added(before.nodes, after.nodes)},
          {"-nodes", added(after.nodes, before.nodes)},
          {"+relationships", added(before.edges, after.edges)},
          {"-relationships", added(after.edges, before.edges)},
          {"+labels", added(before.labels, after.labels)},
          {"-labels", added(after.labels, before.labels)},
          {"+properties", added(before.properties, after.properties)},
          {"-properties", added(after.properties, before.properties)}};
}

}  // namespace kg::query::tck
