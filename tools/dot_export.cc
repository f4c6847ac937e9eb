#include "tools/dot_export.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <deque>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

#include "graph/status.h"
#include "utf8proc.h"

extern char** environ;

namespace kg::tools {
namespace {

struct Style {
  const char* shape;
  const char* fill;
  const char* extra;  // extra style words
};

Style StyleFor(const std::vector<std::string>& labels) {
  static const std::map<std::string, Style> kStyles = {
      {"Person", {"ellipse", "#cfe2ff", ""}},
      {"Country", {"box", "#d1e7dd", ""}},
      {"Organization", {"box", "#e2d9f3", ",rounded"}},
      {"Event", {"hexagon", "#ffe5d0", ""}},
      {"Document", {"note", "#fff3cd", ""}},
      {"Place", {"house", "#f8d7da", ""}},
  };
  for (const auto& l : labels) {
    auto it = kStyles.find(l);
    if (it != kStyles.end()) return it->second;
  }
  return {"ellipse", "#e9ecef", ""};
}

bool IsSymmetric(std::string_view type) {
  return type == "MET" || type == "DIPLOMATIC_RELATIONS" || type == "PARTNERSHIP";
}

std::string PropString(const graph::Properties& props, const std::string& key) {
  auto it = props.find(key);
  if (it == props.end() || it->second.is_null()) return "";
  if (const std::string* s = it->second.string_or_null()) return *s;
  if (const auto* i = std::get_if<int64_t>(&it->second.v)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&it->second.v)) {
    std::ostringstream os;
    os << *d;
    return os.str();
  }
  if (const auto* b = std::get_if<bool>(&it->second.v)) return *b ? "true" : "false";
  return "";
}

std::string NodeCaption(const graph::Node& n) {
  std::string name = PropString(n.props, "name");
  if (!name.empty()) return name;
  return (n.labels.empty() ? std::string("node") : n.labels.front()) + " #" + std::to_string(n.id);
}

// "HOLDS_OFFICE\nGeneral Secretary\n2020–2021": the type, then the qualifiers
// that tell one fact of that type from another.
std::string EdgeCaption(const graph::Edge& e) {
  std::string out = e.type;
  for (const char* key : {"title", "role", "level", "kind"}) {
    std::string v = PropString(e.props, key);
    if (!v.empty()) out += "\n" + v;
  }
  std::string start = PropString(e.props, "start"), end = PropString(e.props, "end");
  if (!start.empty() && !end.empty()) {
    out += "\n" + (start == end ? start : start + "\xE2\x80\x93" + end);
  } else if (!start.empty()) {
    out += "\nfrom " + start;
  } else if (!end.empty()) {
    out += "\nuntil " + end;
  }
  std::string date = PropString(e.props, "date");
  if (!date.empty()) out += "\n" + date;
  return out;
}

void CollectFromValue(const query::Value& v, Selection* sel) {
  if (const query::NodeRef* n = v.as_node()) {
    sel->nodes.insert(n->id);
  } else if (const query::EdgeRef* e = v.as_edge()) {
    sel->edges.insert(e->id);
  } else if (const query::PathValue* p = v.as_path()) {
    for (const auto& n : p->nodes) sel->nodes.insert(n.id);
    for (const auto& e : p->edges) sel->edges.insert(e.id);
  } else if (const query::ValueList* l = v.as_list()) {
    for (const auto& item : *l) CollectFromValue(item, sel);
  } else if (const query::ValueMap* m = v.as_map()) {
    for (const auto& [k, item] : *m) CollectFromValue(item, sel);
  }
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

absl::StatusOr<Selection> SelectAll(const graph::GraphReader& g) {
  Selection sel;
  KG_RETURN_IF_ERROR(g.ScanNodes({}, [&](const graph::Node& n) {
    sel.nodes.insert(n.id);
    return true;
  }));
  KG_RETURN_IF_ERROR(g.ScanEdges({}, [&](const graph::Edge& e) {
    sel.edges.insert(e.id);
    return true;
  }));
  return sel;
}

absl::StatusOr<Selection> SelectAround(const graph::GraphReader& g, graph::NodeId center,
                                       int hops) {
  Selection sel;
  sel.nodes.insert(center);
  std::deque<std::pair<graph::NodeId, int>> queue = {{center, 0}};
  while (!queue.empty()) {
    auto [node, depth] = queue.front();
    queue.pop_front();
    if (depth >= hops) continue;
    KG_RETURN_IF_ERROR(g.ForEachAdjacent(node, graph::Direction::kBoth, {},
                                         [&](const graph::Adjacent& a) {
                                           sel.edges.insert(a.edge);
                                           if (sel.nodes.insert(a.neighbor).second) {
                                             queue.push_back({a.neighbor, depth + 1});
                                           }
                                           return true;
                                         }));
  }
  return sel;
}

Selection SelectFromResult(const query::Result& result) {
  Selection sel;
  for (const auto& row : result.rows) {
    for (const auto& v : row) CollectFromValue(v, &sel);
  }
  return sel;
}

std::string DotEscape(std::string_view text) {
  std::string out;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {
      out += "\xEF\xBF\xBD";
      ++p;
      --left;
      continue;
    }
    if (cp == '"') {
      out += "\\\"";
    } else if (cp == '\\') {
      out += "\\\\";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp < 0x20 || cp == 0x7f) {
      out += ' ';
    } else {
      out.append(reinterpret_cast<const char*>(p), n);
    }
    p += n;
    left -= n;
  }
  return out;
}

absl::StatusOr<std::string> WriteDot(const graph::GraphReader& g, const Selection& sel) {
  std::map<graph::NodeId, graph::Node> nodes;
  std::vector<graph::Edge> edges;
  for (graph::EdgeId id : sel.edges) {
    KG_ASSIGN_OR_RETURN(std::optional<graph::Edge> e, g.GetEdge(id));
    if (e) edges.push_back(std::move(*e));
  }
  std::set<graph::NodeId> wanted = sel.nodes;
  for (const auto& e : edges) {
    wanted.insert(e.src);
    wanted.insert(e.dst);
  }
  for (graph::NodeId id : wanted) {
    KG_ASSIGN_OR_RETURN(std::optional<graph::Node> n, g.GetNode(id));
    if (n) nodes.emplace(id, std::move(*n));
  }

  // Stable order: by first label, then caption, then id.
  std::vector<const graph::Node*> order;
  for (const auto& [id, n] : nodes) order.push_back(&n);
  auto node_key = [](const graph::Node* n) {
    return std::make_tuple(n->labels.empty() ? std::string() : n->labels.front(),
                           NodeCaption(*n), n->id);
  };
  std::sort(order.begin(), order.end(),
            [&](const graph::Node* a, const graph::Node* b) { return node_key(a) < node_key(b); });
  std::map<graph::NodeId, size_t> rank;
  for (size_t i = 0; i < order.size(); ++i) rank[order[i]->id] = i;

  std::vector<std::pair<std::tuple<size_t, std::string, size_t, std::string, graph::EdgeId>,
                        const graph::Edge*>>
      edge_order;
  for (const auto& e : edges) {
    if (!rank.count(e.src) || !rank.count(e.dst)) continue;  // dangling: nothing to draw
    edge_order.push_back({{rank[e.src], e.type, rank[e.dst], EdgeCaption(e), e.id}, &e});
  }
  std::sort(edge_order.begin(), edge_order.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });

  std::string out;
  out += "// kg graph: " + std::to_string(order.size()) + " nodes, " +
         std::to_string(edge_order.size()) + " edges\n";
  out += "digraph kg {\n";
  out += "  graph [rankdir=LR, charset=\"UTF-8\"];\n";
  out += "  node [style=filled, fontsize=11];\n";
  out += "  edge [fontsize=9, color=\"#555555\"];\n";
  for (const graph::Node* n : order) {
    Style s = StyleFor(n->labels);
    std::string labels;
    for (const auto& l : n->labels) labels += (labels.empty() ? "" : ":") + l;
    out += "  n" + std::to_string(n->id) + " [label=\"" + DotEscape(NodeCaption(*n)) +
           "\", shape=" + s.shape + ", style=\"filled" + s.extra + "\", fillcolor=\"" + s.fill +
           "\", tooltip=\"" + DotEscape(labels) + "\"];\n";
  }
  for (const auto& [key, e] : edge_order) {
    out += "  n" + std::to_string(e->src) + " -> n" + std::to_string(e->dst) + " [label=\"" +
           DotEscape(std::get<3>(key)) + "\"";
    if (IsSymmetric(e->type)) out += ", dir=none";
    out += "];\n";
  }
  out += "}\n";
  return out;
}

absl::Status RenderDot(const std::string& dot_text, const std::string& format,
                       const std::string& output_path, std::string* warnings) {
  if (format != "svg" && format != "png" && format != "pdf") {
    return absl::InvalidArgumentError("--render takes svg, png or pdf, not '" + format + "'");
  }
  char in_path[] = "/tmp/kg-dot-in-XXXXXX";
  int in_fd = mkstemp(in_path);
  if (in_fd < 0) return absl::InternalError(std::string("mkstemp: ") + std::strerror(errno));
  char err_path[] = "/tmp/kg-dot-err-XXXXXX";
  int err_fd = mkstemp(err_path);
  if (err_fd < 0) {
    close(in_fd);
    unlink(in_path);
    return absl::InternalError(std::string("mkstemp: ") + std::strerror(errno));
  }
  bool wrote = write(in_fd, dot_text.data(), dot_text.size()) ==
               static_cast<ssize_t>(dot_text.size());
  close(in_fd);
  auto cleanup = [&] {
    close(err_fd);
    unlink(in_path);
    unlink(err_path);
  };
  if (!wrote) {
    cleanup();
    return absl::InternalError("cannot write a temporary file for dot");
  }
  std::string tflag = "-T" + format;
  std::vector<char*> argv = {const_cast<char*>("dot"), tflag.data(), const_cast<char*>("-o"),
                             const_cast<char*>(output_path.c_str()), in_path, nullptr};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, err_fd, 2);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, "dot", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    cleanup();
    if (rc == ENOENT) {
      return absl::FailedPreconditionError(
          "Graphviz 'dot' is not installed (apt-get install graphviz); write DOT without "
          "--render and render it elsewhere");
    }
    return absl::InternalError(std::string("cannot run dot: ") + std::strerror(rc));
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  std::string messages = ReadAll(err_path);
  cleanup();
  if (warnings) *warnings = messages;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return absl::InternalError("dot failed: " + messages);
  }
  return absl::OkStatus();
}

}  // namespace kg::tools
