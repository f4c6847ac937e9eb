#include "tools/shell_session.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "graph/status.h"
#include "tools/dot_export.h"
#include "tools/request_file.h"
#include "tools/shell_resolve.h"
#include "tools/shell_table.h"

namespace kg::tools {
namespace {

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

std::string StripSemicolon(std::string s) {
  s = Trim(s);
  while (!s.empty() && s.back() == ';') s = Trim(s.substr(0, s.size() - 1));
  return s;
}

std::string Plural(uint64_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string FormatMs(double ms) {
  char buf[32];
  std::snprintf(buf, sizeof buf, ms < 10 ? "%.2f ms" : "%.0f ms", ms);
  return buf;
}

// "Label {name: 'X'}" for a generated pattern.
std::string NodePattern(const std::string& var, const NamedNode& n) {
  std::string out = "(" + var;
  if (!n.label.empty()) out += ":" + n.label;
  return out + " {name: " + CypherQuote(n.name) + "})";
}

bool IsIdentifier(std::string_view s) {
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  });
}

void CollectEdges(const query::Value& v, std::vector<query::EdgeRef>* out) {
  if (const auto* e = v.as_edge()) {
    out->push_back(*e);
  } else if (const auto* p = v.as_path()) {
    out->insert(out->end(), p->edges.begin(), p->edges.end());
  } else if (const auto* l = v.as_list()) {
    for (const auto& x : *l) CollectEdges(x, out);
  } else if (const auto* m = v.as_map()) {
    for (const auto& [k, x] : *m) CollectEdges(x, out);
  }
}

std::string Effects(const query::SideEffects& fx) {
  std::string out;
  auto add = [&](int64_t n, const char* one, const char* many, const char* verb) {
    if (n == 0) return;
    out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + (n == 1 ? one : many) + " " + verb;
  };
  add(fx.nodes_created, "node", "nodes", "created");
  add(fx.nodes_deleted, "node", "nodes", "deleted");
  add(fx.relationships_created, "relationship", "relationships", "created");
  add(fx.relationships_deleted, "relationship", "relationships", "deleted");
  add(fx.properties_set, "property", "properties", "set");
  add(fx.properties_removed, "property", "properties", "removed");
  add(fx.labels_added, "label", "labels", "added");
  add(fx.labels_removed, "label", "labels", "removed");
  return out;
}

// Takes the first (possibly quoted) word off `s`; returns it.
std::string TakeWord(std::string* s) {
  std::string t = Trim(*s);
  std::string word;
  size_t i = 0;
  if (!t.empty() && (t[0] == '"' || t[0] == '\'')) {
    char q = t[0];
    for (i = 1; i < t.size() && t[i] != q; ++i) word += t[i];
    ++i;
  } else {
    while (i < t.size() && t[i] != ' ' && t[i] != '\t') word += t[i++];
  }
  *s = i < t.size() ? Trim(t.substr(i)) : "";
  return word;
}

}  // namespace

ShellSession::ShellSession(graph::GraphStore* store, FILE* out, FILE* err)
    : store_(store), engine_(std::make_unique<query::Engine>(store)), out_(out), err_(err) {}

ShellSession::~ShellSession() = default;

absl::Status ShellSession::Run(const StatementSplitter::Item& item) {
  absl::Status s = item.is_command ? RunCommand(item.text) : RunStatement(item.text);
  std::fflush(out_);
  return s;
}

absl::Status ShellSession::RunScript(std::string_view text, std::string_view origin,
                                     bool keep_going) {
  StatementSplitter splitter;
  absl::Status first;
  auto run = [&](const std::vector<StatementSplitter::Item>& items) {
    for (const auto& item : items) {
      if (quit_) return false;
      absl::Status s = Run(item);
      if (!s.ok()) {
        std::fprintf(err_, "  (%.*s, statement at line %d)\n", static_cast<int>(origin.size()),
                     origin.data(), item.first_line);
        if (first.ok()) first = s;
        if (!keep_going) return false;
      }
    }
    return true;
  };
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    if (!run(splitter.AddLine(text.substr(pos, nl - pos)))) return first;
    pos = nl + 1;
  }
  run(splitter.Finish());
  return first;
}

absl::Status ShellSession::RunStatement(const std::string& text) {
  auto t0 = std::chrono::steady_clock::now();
  absl::StatusOr<query::Result> r = engine_->Execute(text, params_, limits_);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  if (!r.ok()) {
    std::fprintf(err_, "%s\n", query::FormatErrorWithCaret(r.status(), text).c_str());
    return r.status();
  }
  PrintResult(*r, ms);
  last_ = std::move(*r);
  return absl::OkStatus();
}

void ShellSession::PrintTable(const std::vector<std::string>& columns,
                              const std::vector<std::vector<std::string>>& rows) {
  std::fputs(RenderTable(columns, rows,
                         {width_, wrap_ ? Overflow::kWrap : Overflow::kCut, 8})
                 .c_str(),
             out_);
}

void ShellSession::PrintResult(const query::Result& r, double ms) {
  if (!r.plan.empty()) std::fprintf(out_, "%s\n", r.plan.c_str());
  switch (format_) {
    case ShellFormat::kTable: {
      std::vector<std::vector<std::string>> rows;
      for (const auto& row : r.rows) {
        std::vector<std::string> cells;
        for (const auto& v : row) cells.push_back(query::ToDisplay(v));
        rows.push_back(std::move(cells));
      }
      if (!r.columns.empty()) PrintTable(r.columns, rows);
      // A write without RETURN: its effects say more than "0 rows".
      std::string fx = Effects(r.effects);
      std::string footer = r.columns.empty() && !fx.empty() ? "" : Plural(r.rows.size(), "row");
      if (!fx.empty()) footer += (footer.empty() ? "" : "; ") + fx;
      if (footer.empty()) footer = "done";
      if (timing_) footer += " (" + FormatMs(ms) + ")";
      std::fprintf(out_, "%s\n", footer.c_str());
      break;
    }
    case ShellFormat::kJson:
      for (const auto& row : r.rows) {
        std::string line = "{";
        for (size_t i = 0; i < r.columns.size() && i < row.size(); ++i) {
          if (i) line += ", ";
          line += JsonQuote(r.columns[i]) + ": " + query::ToJson(row[i]);
        }
        std::fprintf(out_, "%s}\n", line.c_str());
      }
      if (timing_) std::fprintf(err_, "%s (%s)\n", Plural(r.rows.size(), "row").c_str(), FormatMs(ms).c_str());
      break;
    case ShellFormat::kCsv:
      if (!r.columns.empty()) std::fprintf(out_, "%s\n", CsvRecord(r.columns).c_str());
      for (const auto& row : r.rows) {
        std::vector<std::string> cells;
        for (const auto& v : row) cells.push_back(query::ToDisplay(v));
        std::fprintf(out_, "%s\n", CsvRecord(cells).c_str());
      }
      if (timing_) std::fprintf(err_, "%s (%s)\n", Plural(r.rows.size(), "row").c_str(), FormatMs(ms).c_str());
      break;
  }
}

absl::Status ShellSession::RunCommand(const std::string& line) {
  std::string rest = Trim(line);
  std::string cmd = TakeWord(&rest);
  rest = StripSemicolon(rest);
  std::vector<std::string> args = SplitArgs(rest);
  absl::Status s;
  auto on_off = [&](bool* flag) -> absl::Status {
    if (args.size() == 1 && (args[0] == "on" || args[0] == "off")) {
      *flag = args[0] == "on";
      return absl::OkStatus();
    }
    return absl::InvalidArgumentError(cmd + " takes on or off");
  };
  if (cmd == ":help" || cmd == ":h" || cmd == ":?") {
    std::fprintf(out_, "Cypher statements end with ';' and may span lines. Tab completes keywords,\n"
                       "labels, relationship types and properties; Ctrl-R searches the history.\n\n");
    for (const auto& c : ShellCommands()) {
      std::string head = std::string(c.name) + (c.args[0] ? " " : "") + c.args;
      std::fprintf(out_, "  %-24s %s\n", head.c_str(), c.help);
    }
    std::fprintf(out_, "\nNames go through the alias index (\"to lam\", \"U.S.\"); write Label:Name when\n"
                       "one is ambiguous. Example: MATCH (p:Person)-[:MET]-(q) RETURN p.name, q.name;\n");
  } else if (cmd == ":quit" || cmd == ":q" || cmd == ":exit") {
    quit_ = true;
  } else if (cmd == ":format") {
    if (args.size() == 1 && args[0] == "table") {
      format_ = ShellFormat::kTable;
    } else if (args.size() == 1 && args[0] == "json") {
      format_ = ShellFormat::kJson;
    } else if (args.size() == 1 && args[0] == "csv") {
      format_ = ShellFormat::kCsv;
    } else {
      s = absl::InvalidArgumentError(":format takes table, json or csv");
    }
  } else if (cmd == ":timing") {
    s = on_off(&timing_);
  } else if (cmd == ":wrap") {
    s = on_off(&wrap_);
  } else if (cmd == ":schema") {
    s = CmdSchema();
  } else if (cmd == ":stats") {
    s = CmdStats();
  } else if (cmd == ":param") {
    s = CmdParam(args, rest);
  } else if (cmd == ":params") {
    std::vector<std::vector<std::string>> rows;
    for (const auto& [k, v] : params_) rows.push_back({"$" + k, query::ToCypherLiteral(v)});
    PrintTable({"parameter", "value"}, rows);
  } else if (cmd == ":sources") {
    s = CmdSources();
  } else if (cmd == ":export") {
    s = CmdExport(args, rest);
  } else if (cmd == ":source") {
    if (args.size() != 1) {
      s = absl::InvalidArgumentError(":source takes one FILE");
    } else {
      std::ifstream in(args[0], std::ios::binary);
      if (!in) {
        s = absl::NotFoundError("cannot read " + args[0]);
      } else {
        std::stringstream ss;
        ss << in.rdbuf();
        return RunScript(ss.str(), args[0], /*keep_going=*/false);  // errors already printed
      }
    }
  } else if (cmd == ":met") {
    s = rest.empty() ? absl::InvalidArgumentError(":met takes a NAME") : CmdMet(Trim(args.size() == 1 ? args[0] : rest));
  } else if (cmd == ":terms") {
    s = rest.empty() ? absl::InvalidArgumentError(":terms takes a NAME") : CmdTerms(Trim(args.size() == 1 ? args[0] : rest));
  } else if (cmd == ":path") {
    s = CmdPath(rest);
  } else if (cmd == ":around") {
    s = CmdAround(args, rest);
  } else {
    std::string near;
    for (const auto& c : ShellCommands()) {
      if (EditDistance(c.name, cmd) <= 2) near += std::string(near.empty() ? "" : ", ") + c.name;
    }
    s = absl::InvalidArgumentError("unknown command '" + cmd + "'" +
                                   (near.empty() ? "" : "; did you mean " + near + "?") +
                                   " (:help lists them)");
  }
  if (!s.ok() && !s.message().empty()) std::fprintf(err_, "error: %s\n", std::string(s.message()).c_str());
  return s;
}

absl::Status ShellSession::Shortcut(const std::string& cypher) {
  std::fprintf(out_, "// %s;\n", cypher.c_str());
  absl::Status s = RunStatement(cypher);
  // RunStatement printed the error with its caret already.
  return s.ok() ? s : absl::Status(s.code(), "");
}

absl::Status ShellSession::CmdMet(const std::string& name) {
  KG_ASSIGN_OR_RETURN(NamedNode a, ResolveName(*store_, name));
  return Shortcut("MATCH " + NodePattern("a", a) +
                  "-[m:MET]-(b) RETURN b.name AS met, m.date AS date, m.place AS place, "
                  "m.event AS event, m AS fact ORDER BY date, met");
}

absl::Status ShellSession::CmdTerms(const std::string& name) {
  KG_ASSIGN_OR_RETURN(NamedNode a, ResolveName(*store_, name));
  return Shortcut("MATCH " + NodePattern("a", a) +
                  "-[r:HOLDS_OFFICE|MEMBER_OF|HELD_POSITION|CHAIRS]->(b) RETURN type(r) AS "
                  "relation, b.name AS body, coalesce(r.title, r.role) AS role, r.start AS start, "
                  "r.end AS end, r AS fact ORDER BY start, body");
}

absl::Status ShellSession::CmdPath(const std::string& rest) {
  std::vector<std::string> args = SplitArgs(rest);
  std::optional<NamedNode> a, b;
  if (args.size() == 2) {
    KG_ASSIGN_OR_RETURN(a, ResolveName(*store_, args[0]));
    KG_ASSIGN_OR_RETURN(b, ResolveName(*store_, args[1]));
  } else if (args.size() > 2) {
    // Unquoted multi-word names: the one split where both sides are names.
    for (size_t cut = 1; cut < args.size() && !a; ++cut) {
      std::string left, right;
      for (size_t i = 0; i < args.size(); ++i) {
        std::string& side = i < cut ? left : right;
        side += (side.empty() ? "" : " ") + args[i];
      }
      auto l = ResolveName(*store_, left);
      auto r = ResolveName(*store_, right);
      if (l.ok() && r.ok()) {
        a = *l;
        b = *r;
      }
    }
    if (!a) {
      return absl::InvalidArgumentError(
          ":path could not split '" + rest + "' into two known names; quote them: "
          ":path \"To Lam\" \"Joe Biden\"");
    }
  } else {
    return absl::InvalidArgumentError(":path takes two names: :path \"A\" \"B\"");
  }
  return Shortcut("MATCH p = shortestPath(" + NodePattern("a", *a) + "-[*..6]-" +
                  NodePattern("b", *b) +
                  ") RETURN [n IN nodes(p) | n.name] AS path, length(p) AS hops, "
                  "relationships(p) AS facts");
}

absl::Status ShellSession::CmdAround(const std::vector<std::string>& args, const std::string& rest) {
  if (args.empty()) return absl::InvalidArgumentError(":around takes NAME [HOPS]");
  int hops = 1;
  std::string name = args.size() == 1 ? args[0] : rest;
  const std::string& last = args.back();
  if (args.size() > 1 && !last.empty() &&
      std::all_of(last.begin(), last.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    hops = std::atoi(last.c_str());
    name.clear();
    for (size_t i = 0; i + 1 < args.size(); ++i) name += (name.empty() ? "" : " ") + args[i];
  }
  if (hops < 1 || hops > 5) return absl::InvalidArgumentError(":around takes 1 to 5 HOPS");
  KG_ASSIGN_OR_RETURN(NamedNode a, ResolveName(*store_, name));
  if (hops == 1) {
    return Shortcut("MATCH " + NodePattern("a", a) +
                    "-[r]-(b) RETURN type(r) AS relation, b.name AS neighbour, "
                    "head(labels(b)) AS label, r AS fact ORDER BY relation, neighbour");
  }
  return Shortcut("MATCH p = " + NodePattern("a", a) + "-[*1.." + std::to_string(hops) +
                  "]-(b) WHERE b <> a RETURN b.name AS name, head(labels(b)) AS label, "
                  "min(length(p)) AS hops ORDER BY hops, name");
}

absl::Status ShellSession::CmdSources() {
  if (!last_) return absl::FailedPreconditionError("no result yet");
  std::vector<query::EdgeRef> edges;
  for (const auto& row : last_->rows) {
    for (const auto& v : row) CollectEdges(v, &edges);
  }
  if (edges.empty()) {
    return absl::FailedPreconditionError(
        "the last result holds no relationships; return them (RETURN r) to see their sources");
  }
  auto name_of = [&](graph::NodeId id) -> std::string {
    auto n = store_->GetNode(id);
    if (n.ok() && *n) {
      auto it = (**n).props.find("name");
      if (it != (**n).props.end() && it->second.string_or_null()) return *it->second.string_or_null();
    }
    return "#" + std::to_string(id);
  };
  std::set<graph::EdgeId> seen;
  std::vector<std::vector<std::string>> rows;
  size_t total = 0;
  for (const auto& e : edges) {
    if (!seen.insert(e.id).second) continue;
    KG_ASSIGN_OR_RETURN(std::vector<graph::Source> sources, store_->GetEdgeSources(e.id));
    bool symmetric = e.type == "MET" || e.type == "DIPLOMATIC_RELATIONS" || e.type == "PARTNERSHIP";
    std::string fact = name_of(e.src) + " -" + e.type + (symmetric ? "- " : "-> ") + name_of(e.dst);
    total += sources.size();
    if (sources.empty()) rows.push_back({fact, "(none recorded)", "", ""});
    for (const auto& s : sources) {
      rows.push_back({fact, s.doc, std::to_string(s.start) + "-" + std::to_string(s.end), s.sentence});
    }
  }
  PrintTable({"fact", "document", "span", "sentence"}, rows);
  std::fprintf(out_, "%s of %s\n", Plural(total, "source").c_str(),
               Plural(seen.size(), "relationship").c_str());
  return absl::OkStatus();
}

absl::Status ShellSession::CmdExport(const std::vector<std::string>& args, const std::string& rest) {
  if (args.size() < 2 || args[0] != "dot") {
    return absl::InvalidArgumentError(":export dot FILE [QUERY]");
  }
  std::string tail = rest;
  TakeWord(&tail);                      // "dot"
  std::string file = TakeWord(&tail);   // FILE; the rest is the query
  Selection sel;
  if (!tail.empty()) {
    auto r = engine_->Execute(tail, params_, limits_);
    if (!r.ok()) {
      std::fprintf(err_, "%s\n", query::FormatErrorWithCaret(r.status(), tail).c_str());
      return absl::Status(r.status().code(), "");
    }
    sel = SelectFromResult(*r);
  } else {
    KG_ASSIGN_OR_RETURN(sel, SelectAll(*store_));
  }
  KG_ASSIGN_OR_RETURN(std::string dot, WriteDot(*store_, sel));
  std::string ext = file.size() > 4 ? file.substr(file.size() - 4) : "";
  if (ext == ".svg" || ext == ".png" || ext == ".pdf") {
    std::string warnings;
    KG_RETURN_IF_ERROR(RenderDot(dot, ext.substr(1), file, &warnings));
    if (!warnings.empty()) std::fputs(warnings.c_str(), err_);
  } else {
    KG_RETURN_IF_ERROR(WriteFileDurably(file, dot));
  }
  std::fprintf(out_, "wrote %s\n", file.c_str());
  return absl::OkStatus();
}

absl::Status ShellSession::CmdParam(const std::vector<std::string>& args, const std::string& rest) {
  if (args.empty()) return absl::InvalidArgumentError(":param NAME VALUE (a Cypher expression)");
  std::string name = args[0];
  if (!name.empty() && name[0] == '$') name = name.substr(1);
  if (!IsIdentifier(name)) return absl::InvalidArgumentError("'" + name + "' is not a parameter name");
  std::string expr = rest;
  TakeWord(&expr);
  if (expr.empty()) {
    params_.erase(name);
    std::fprintf(out_, "$%s unset\n", name.c_str());
    return absl::OkStatus();
  }
  absl::StatusOr<query::Result> r = engine_->Execute("RETURN " + expr + " AS value", params_);
  if (!r.ok()) {
    return absl::InvalidArgumentError("cannot evaluate " + expr + ": " + std::string(r.status().message()));
  }
  if (r->rows.size() != 1 || r->rows[0].size() != 1) return absl::InternalError("no value");
  params_[name] = r->rows[0][0];
  std::fprintf(out_, "$%s = %s\n", name.c_str(), query::ToCypherLiteral(params_[name]).c_str());
  return absl::OkStatus();
}

absl::Status ShellSession::CmdSchema() {
  KG_ASSIGN_OR_RETURN(graph::GraphStats stats, store_->Stats());
  constexpr uint64_t kScanLimit = 200'000;
  std::map<std::string, std::set<std::string>> node_keys, edge_keys;
  uint64_t seen = 0;
  KG_RETURN_IF_ERROR(store_->ScanNodes({}, [&](const graph::Node& n) {
    for (const auto& l : n.labels) {
      for (const auto& [k, v] : n.props) node_keys[l].insert(k);
    }
    return ++seen < kScanLimit;
  }));
  seen = 0;
  KG_RETURN_IF_ERROR(store_->ScanEdges({}, [&](const graph::Edge& e) {
    auto& keys = edge_keys[e.type];
    for (const auto& [k, v] : e.props) keys.insert(k);
    return ++seen < kScanLimit;
  }));
  auto join = [](const std::set<std::string>& s) {
    std::string out;
    for (const auto& k : s) out += (out.empty() ? "" : ", ") + k;
    return out;
  };
  std::vector<std::vector<std::string>> rows;
  for (const auto& [label, n] : stats.nodes_by_label) {
    rows.push_back({label, std::to_string(n), join(node_keys[label])});
  }
  PrintTable({"label", "nodes", "properties"}, rows);
  rows.clear();
  for (const auto& [type, n] : stats.edges_by_type) {
    rows.push_back({type, std::to_string(n), join(edge_keys[type])});
  }
  PrintTable({"relationship", "edges", "qualifiers"}, rows);
  return absl::OkStatus();
}

absl::Status ShellSession::CmdStats() {
  KG_ASSIGN_OR_RETURN(graph::GraphStats stats, store_->Stats());
  char disk[32];
  std::snprintf(disk, sizeof disk, "%.1f MB", stats.disk_bytes / 1e6);
  PrintTable({"what", "count"}, {{"nodes", std::to_string(stats.nodes)},
                                 {"relationships", std::to_string(stats.edges)},
                                 {"sources", std::to_string(stats.sources)},
                                 {"documents", std::to_string(stats.documents)},
                                 {"labels", std::to_string(stats.nodes_by_label.size())},
                                 {"relationship types", std::to_string(stats.edges_by_type.size())},
                                 {"on disk", disk}});
  return absl::OkStatus();
}

CompletionWords ShellSession::Words() {
  CompletionWords w;
  if (auto l = store_->Labels(); l.ok()) w.labels = *l;
  if (auto t = store_->EdgeTypes(); t.ok()) w.types = *t;
  std::set<std::string> keys;
  int n = 0;
  (void)store_->ScanNodes({}, [&](const graph::Node& node) {
    for (const auto& [k, v] : node.props) keys.insert(k);
    return ++n < 2000;
  });
  n = 0;
  (void)store_->ScanEdges({}, [&](const graph::Edge& e) {
    for (const auto& [k, v] : e.props) keys.insert(k);
    return ++n < 2000;
  });
  w.properties.assign(keys.begin(), keys.end());
  for (const auto& [k, v] : params_) w.params.push_back(k);
  return w;
}

}  // namespace kg::tools
