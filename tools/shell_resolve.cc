#include "tools/shell_resolve.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "graph/fold.h"
#include "graph/status.h"
#include "utf8proc.h"

namespace kg::tools {
namespace {

std::vector<int32_t> CodePoints(std::string_view s) {
  std::vector<int32_t> out;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {
      cp = 0xFFFD;
      n = 1;
    }
    out.push_back(cp);
    p += n;
    left -= n;
  }
  return out;
}

NamedNode Describe(const graph::Node& n) {
  NamedNode out;
  out.id = n.id;
  auto it = n.props.find("name");
  if (it != n.props.end() && it->second.string_or_null()) out.name = *it->second.string_or_null();
  if (!n.labels.empty()) out.label = n.labels.front();
  return out;
}

std::string ListNodes(const std::vector<NamedNode>& nodes) {
  std::string out;
  for (const auto& n : nodes) {
    if (!out.empty()) out += ", ";
    out += n.name.empty() ? "#" + std::to_string(n.id) : n.name;
    if (!n.label.empty()) out += " (" + n.label + ")";
  }
  return out;
}

// Rank of a candidate key for a folded query: lower is closer.
std::tuple<int, size_t> Rank(const std::string& key, const std::string& query) {
  if (key.compare(0, query.size(), query) == 0) return {0, key.size() - query.size()};
  // Whole word of the query inside the key ("biden" in "joe biden").
  if (key.find(query) != std::string::npos) return {1, key.size() - query.size()};
  return {2, EditDistance(key, query)};
}

}  // namespace

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<int32_t> x = CodePoints(a), y = CodePoints(b);
  std::vector<size_t> prev(y.size() + 1), cur(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= x.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= y.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] != y[j - 1])});
    }
    std::swap(prev, cur);
  }
  return prev[y.size()];
}

absl::StatusOr<std::vector<NamedNode>> NearestNames(const graph::GraphReader& g,
                                                    std::string_view name, size_t limit) {
  const std::string query = graph::FoldName(name);
  // Best rank per node over its name and aliases. A full scan: fine for the
  // graph sizes a person browses interactively, and only run on a miss.
  std::map<graph::NodeId, std::pair<std::tuple<int, size_t>, NamedNode>> best;
  KG_RETURN_IF_ERROR(g.ScanNodes({}, [&](const graph::Node& n) {
    std::vector<std::string> keys;
    auto it = n.props.find("name");
    if (it != n.props.end() && it->second.string_or_null()) keys.push_back(*it->second.string_or_null());
    auto al = n.props.find("aliases");
    if (al != n.props.end()) {
      if (const auto* list = std::get_if<graph::PropertyValue::List>(&al->second.v)) {
        for (const auto& a : *list) {
          if (a.string_or_null()) keys.push_back(*a.string_or_null());
        }
      }
    }
    for (const auto& k : keys) {
      auto r = Rank(graph::FoldName(k), query);
      auto found = best.find(n.id);
      if (found == best.end() || r < found->second.first) best[n.id] = {r, Describe(n)};
    }
    return true;
  }));
  std::vector<std::pair<std::tuple<int, size_t>, NamedNode>> ranked;
  for (auto& [id, entry] : best) {
    // Far-off names are noise, not candidates.
    if (std::get<0>(entry.first) == 2 && std::get<1>(entry.first) > std::max<size_t>(3, query.size() / 2)) {
      continue;
    }
    ranked.push_back(std::move(entry));
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return std::tie(a.first, a.second.name) < std::tie(b.first, b.second.name);
  });
  std::vector<NamedNode> out;
  for (size_t i = 0; i < ranked.size() && i < limit; ++i) out.push_back(ranked[i].second);
  return out;
}

absl::StatusOr<NamedNode> ResolveName(const graph::GraphReader& g, std::string_view name) {
  std::string_view label;
  std::string_view bare = name;
  size_t colon = name.find(':');
  if (colon != std::string_view::npos && colon > 0 && colon + 1 < name.size() &&
      name.substr(0, colon).find(' ') == std::string_view::npos) {
    label = name.substr(0, colon);
    bare = name.substr(colon + 1);
    while (!bare.empty() && bare.front() == ' ') bare.remove_prefix(1);
  }
  KG_ASSIGN_OR_RETURN(std::vector<graph::NodeId> ids, g.FindByName(bare, label));
  std::vector<NamedNode> nodes;
  for (graph::NodeId id : ids) {
    KG_ASSIGN_OR_RETURN(std::optional<graph::Node> n, g.GetNode(id));
    if (n) nodes.push_back(Describe(*n));
  }
  if (nodes.size() == 1) return nodes.front();
  if (nodes.size() > 1) {
    return absl::InvalidArgumentError("'" + std::string(name) + "' is ambiguous: " +
                                      ListNodes(nodes) + " (write Label:Name)");
  }
  KG_ASSIGN_OR_RETURN(std::vector<NamedNode> near, NearestNames(g, bare, 5));
  // A short form that is a whole word of exactly one name ("Morita" for Kenji
  // Morita) means that node.
  const std::string folded = graph::FoldName(bare);
  std::vector<NamedNode> word_hits;
  for (const auto& n : near) {
    if (!label.empty() && n.label != label) continue;
    const std::string key = " " + graph::FoldName(n.name) + " ";
    if (!folded.empty() && key.find(" " + folded + " ") != std::string::npos) word_hits.push_back(n);
  }
  if (word_hits.size() == 1) return word_hits.front();
  std::string msg = "no node named '" + std::string(name) + "'";
  if (!label.empty()) msg += " with label " + std::string(label);
  if (!near.empty()) msg += "; nearest: " + ListNodes(near);
  return absl::NotFoundError(msg);
}

}  // namespace kg::tools
