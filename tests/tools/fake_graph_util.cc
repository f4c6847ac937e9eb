#include "tests/tools/fake_graph_util.h"

#include <set>

#include "graph/fold.h"

namespace kg::tools::testing {

graph::NodeId FakeGraph::AddNode(graph::NodeId id, const std::string& label,
                                 const std::string& name, std::vector<std::string> aliases) {
  graph::PropertyValue::List list;
  for (auto& a : aliases) list.emplace_back(a);
  graph::Node n{id, {label}, {{"name", name}}};
  if (!list.empty()) n.props["aliases"] = graph::PropertyValue(list);
  nodes_[id] = std::move(n);
  return id;
}

graph::EdgeId FakeGraph::AddEdge(graph::EdgeId id, graph::NodeId src, const std::string& type,
                                 graph::NodeId dst, graph::Properties props,
                                 std::vector<graph::Source> sources) {
  edges_[id] = graph::Edge{id, src, dst, type, std::move(props), std::move(sources)};
  return id;
}

absl::StatusOr<std::optional<graph::Node>> FakeGraph::GetNode(graph::NodeId id) const {
  auto it = nodes_.find(id);
  if (it == nodes_.end()) return std::nullopt;
  return it->second;
}

absl::StatusOr<std::optional<graph::Edge>> FakeGraph::GetEdge(graph::EdgeId id) const {
  auto it = edges_.find(id);
  if (it == edges_.end()) return std::nullopt;
  graph::Edge e = it->second;
  e.sources.clear();
  return e;
}

absl::StatusOr<std::vector<graph::Source>> FakeGraph::GetEdgeSources(graph::EdgeId id) const {
  auto it = edges_.find(id);
  if (it == edges_.end()) return std::vector<graph::Source>{};
  return it->second.sources;
}

absl::Status FakeGraph::ScanNodes(std::string_view label,
                                  const std::function<bool(const graph::Node&)>& fn) const {
  for (const auto& [id, n] : nodes_) {
    if (!label.empty() && std::find(n.labels.begin(), n.labels.end(), label) == n.labels.end()) {
      continue;
    }
    if (!fn(n)) break;
  }
  return absl::OkStatus();
}

absl::Status FakeGraph::ScanEdges(std::string_view type,
                                  const std::function<bool(const graph::Edge&)>& fn) const {
  for (const auto& [id, e] : edges_) {
    if (!type.empty() && e.type != type) continue;
    graph::Edge copy = e;
    copy.sources.clear();
    if (!fn(copy)) break;
  }
  return absl::OkStatus();
}

absl::Status FakeGraph::ForEachAdjacent(graph::NodeId node, graph::Direction dir,
                                        std::string_view type,
                                        const std::function<bool(const graph::Adjacent&)>& fn) const {
  for (const auto& [id, e] : edges_) {
    if (!type.empty() && e.type != type) continue;
    if (e.src == node && dir != graph::Direction::kIn) {
      if (!fn({id, e.dst, e.type, graph::Direction::kOut})) break;
    }
    if (e.dst == node && dir != graph::Direction::kOut) {
      if (!fn({id, e.src, e.type, graph::Direction::kIn})) break;
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<graph::NodeId>> FakeGraph::FindByName(std::string_view name,
                                                                 std::string_view label) const {
  std::string key = graph::FoldName(name);
  std::vector<graph::NodeId> out;
  for (const auto& [id, n] : nodes_) {
    if (!label.empty() && std::find(n.labels.begin(), n.labels.end(), label) == n.labels.end()) {
      continue;
    }
    bool match = graph::FoldName(*n.props.at("name").string_or_null()) == key;
    auto al = n.props.find("aliases");
    if (!match && al != n.props.end()) {
      for (const auto& a : std::get<graph::PropertyValue::List>(al->second.v)) {
        if (graph::FoldName(*a.string_or_null()) == key) match = true;
      }
    }
    if (match) out.push_back(id);
  }
  return out;
}

absl::StatusOr<std::vector<std::pair<std::string, graph::NodeId>>> FakeGraph::NamesWithPrefix(
    std::string_view folded_prefix, size_t limit) const {
  std::vector<std::pair<std::string, graph::NodeId>> out;
  for (const auto& [id, n] : nodes_) {
    std::string key = graph::FoldName(*n.props.at("name").string_or_null());
    if (key.compare(0, folded_prefix.size(), folded_prefix) == 0) out.push_back({key, id});
  }
  std::sort(out.begin(), out.end());
  if (out.size() > limit) out.resize(limit);
  return out;
}

absl::StatusOr<std::optional<graph::EdgeId>> FakeGraph::FindFact(
    graph::NodeId, std::string_view, graph::NodeId, const graph::Properties&) const {
  return absl::UnimplementedError("FakeGraph::FindFact");
}

absl::StatusOr<std::vector<std::string>> FakeGraph::Labels() const {
  std::set<std::string> s;
  for (const auto& [id, n] : nodes_) s.insert(n.labels.begin(), n.labels.end());
  return std::vector<std::string>(s.begin(), s.end());
}

absl::StatusOr<std::vector<std::string>> FakeGraph::EdgeTypes() const {
  std::set<std::string> s;
  for (const auto& [id, e] : edges_) s.insert(e.type);
  return std::vector<std::string>(s.begin(), s.end());
}

}  // namespace kg::tools::testing
