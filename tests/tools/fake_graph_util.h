// An in-memory graph::GraphReader for unit tests of code that only reads a
// graph (DOT writer, name resolution), independent of the RocksDB store.
#ifndef KG_TESTS_TOOLS_FAKE_GRAPH_UTIL_H_
#define KG_TESTS_TOOLS_FAKE_GRAPH_UTIL_H_

#include <map>

#include "graph/graph_store.h"

namespace kg::tools::testing {

class FakeGraph : public graph::GraphReader {
 public:
  graph::NodeId AddNode(graph::NodeId id, const std::string& label, const std::string& name,
                        std::vector<std::string> aliases = {});
  graph::EdgeId AddEdge(graph::EdgeId id, graph::NodeId src, const std::string& type,
                        graph::NodeId dst, graph::Properties props = {},
                        std::vector<graph::Source> sources = {});

  absl::StatusOr<std::optional<graph::Node>> GetNode(graph::NodeId id) const override;
  absl::StatusOr<std::optional<graph::Edge>> GetEdge(graph::EdgeId id) const override;
  absl::StatusOr<std::vector<graph::Source>> GetEdgeSources(graph::EdgeId id) const override;
  absl::Status ScanNodes(std::string_view label,
                         const std::function<bool(const graph::Node&)>& fn) const override;
  absl::Status ScanEdges(std::string_view type,
                         const std::function<bool(const graph::Edge&)>& fn) const override;
  absl::Status ForEachAdjacent(graph::NodeId node, graph::Direction dir, std::string_view type,
                               const std::function<bool(const graph::Adjacent&)>& fn) const override;
  absl::StatusOr<std::vector<graph::NodeId>> FindByName(std::string_view name,
                                                        std::string_view label) const override;
  absl::StatusOr<std::vector<std::pair<std::string, graph::NodeId>>> NamesWithPrefix(
      std::string_view folded_prefix, size_t limit) const override;
  absl::StatusOr<std::optional<graph::EdgeId>> FindFact(
      graph::NodeId src, std::string_view type, graph::NodeId dst,
      const graph::Properties& qualifiers) const override;
  absl::StatusOr<std::vector<std::string>> Labels() const override;
  absl::StatusOr<std::vector<std::string>> EdgeTypes() const override;

 private:
  std::map<graph::NodeId, graph::Node> nodes_;
  std::map<graph::EdgeId, graph::Edge> edges_;
};

}  // namespace kg::tools::testing

#endif  // KG_TESTS_TOOLS_FAKE_GRAPH_UTIL_H_
