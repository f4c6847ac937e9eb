#include "tools/proto_value.h"

#include <string>
#include <utility>

#include "graph/status.h"

namespace kg::tools {
namespace {

// Proto maps are unordered; graph::Properties is a std::map, so copying into
// it restores a stable key order.
absl::StatusOr<graph::Properties> PropsFromProto(
    const google::protobuf::Map<std::string, kg::Value>& m) {
  graph::Properties out;
  for (const auto& [k, v] : m) {
    auto p = PropertyFromProto(v);
    if (!p.ok()) {
      return absl::InvalidArgumentError("property '" + k + "': " +
                                        std::string(p.status().message()));
    }
    out.emplace(k, *std::move(p));
  }
  return out;
}

void PropsToProto(const graph::Properties& props,
                  google::protobuf::Map<std::string, kg::Value>* out) {
  for (const auto& [k, v] : props) PropertyToProto(v, &(*out)[k]);
}

void NodeRefToProto(const query::NodeRef& n, kg::Node* out) {
  out->set_id(n.id);
  for (const auto& l : n.labels) out->add_labels(l);
  PropsToProto(n.props, out->mutable_properties());
}

absl::Status EdgeRefToProto(const query::EdgeRef& e, const graph::GraphReader* sources_from,
                            kg::Edge* out) {
  out->set_id(e.id);
  out->set_src(e.src);
  out->set_dst(e.dst);
  out->set_type(e.type);
  PropsToProto(e.props, out->mutable_properties());
  if (sources_from != nullptr) {
    KG_ASSIGN_OR_RETURN(std::vector<graph::Source> sources, sources_from->GetEdgeSources(e.id));
    for (const auto& s : sources) {
      kg::Source* ps = out->add_sources();
      ps->set_doc(s.doc);
      ps->set_start(s.start);
      ps->set_end(s.end);
      ps->set_sentence(s.sentence);
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<query::NodeRef> NodeRefFromProto(const kg::Node& n) {
  query::NodeRef out;
  out.id = n.id();
  out.labels.assign(n.labels().begin(), n.labels().end());
  KG_ASSIGN_OR_RETURN(out.props, PropsFromProto(n.properties()));
  return out;
}

absl::StatusOr<query::EdgeRef> EdgeRefFromProto(const kg::Edge& e) {
  query::EdgeRef out;
  out.id = e.id();
  out.src = e.src();
  out.dst = e.dst();
  out.type = e.type();
  KG_ASSIGN_OR_RETURN(out.props, PropsFromProto(e.properties()));
  return out;
}

}  // namespace

absl::Status QueryValueToProto(const query::Value& v, const graph::GraphReader* sources_from,
                               kg::Value* out) {
  if (v.is_null()) {
    out->set_null_value(true);
  } else if (const bool* b = v.as_bool()) {
    out->set_bool_value(*b);
  } else if (const int64_t* i = v.as_int()) {
    out->set_int_value(*i);
  } else if (const double* d = v.as_float()) {
    out->set_float_value(*d);
  } else if (const std::string* s = v.as_string()) {
    out->set_string_value(*s);
  } else if (const query::ValueList* l = v.as_list()) {
    kg::ValueList* pl = out->mutable_list_value();
    for (const auto& item : *l) {
      KG_RETURN_IF_ERROR(QueryValueToProto(item, sources_from, pl->add_values()));
    }
  } else if (const query::ValueMap* m = v.as_map()) {
    auto* entries = out->mutable_map_value()->mutable_entries();
    for (const auto& [k, item] : *m) {
      KG_RETURN_IF_ERROR(QueryValueToProto(item, sources_from, &(*entries)[k]));
    }
  } else if (const query::NodeRef* n = v.as_node()) {
    NodeRefToProto(*n, out->mutable_node_value());
  } else if (const query::EdgeRef* e = v.as_edge()) {
    KG_RETURN_IF_ERROR(EdgeRefToProto(*e, sources_from, out->mutable_edge_value()));
  } else if (const query::PathValue* p = v.as_path()) {
    kg::Path* pp = out->mutable_path_value();
    for (const auto& n : p->nodes) NodeRefToProto(n, pp->add_nodes());
    for (const auto& e : p->edges) {
      KG_RETURN_IF_ERROR(EdgeRefToProto(e, sources_from, pp->add_edges()));
    }
  } else {
    return absl::InternalError("query value of unknown kind");
  }
  return absl::OkStatus();
}

absl::StatusOr<query::Value> QueryValueFromProto(const kg::Value& v) {
  switch (v.kind_case()) {
    case kg::Value::KIND_NOT_SET:
    case kg::Value::kNullValue:
      return query::Value::Null();
    case kg::Value::kBoolValue:
      return query::Value::Bool(v.bool_value());
    case kg::Value::kIntValue:
      return query::Value::Int(v.int_value());
    case kg::Value::kFloatValue:
      return query::Value::Float(v.float_value());
    case kg::Value::kStringValue:
      return query::Value::String(v.string_value());
    case kg::Value::kListValue: {
      query::ValueList list;
      for (const auto& item : v.list_value().values()) {
        KG_ASSIGN_OR_RETURN(query::Value x, QueryValueFromProto(item));
        list.push_back(std::move(x));
      }
      return query::Value::List(std::move(list));
    }
    case kg::Value::kMapValue: {
      query::ValueMap map;
      for (const auto& [k, item] : v.map_value().entries()) {
        KG_ASSIGN_OR_RETURN(query::Value x, QueryValueFromProto(item));
        map.emplace(k, std::move(x));
      }
      return query::Value::Map(std::move(map));
    }
    case kg::Value::kNodeValue: {
      KG_ASSIGN_OR_RETURN(query::NodeRef n, NodeRefFromProto(v.node_value()));
      return query::Value::Node(std::move(n));
    }
    case kg::Value::kEdgeValue: {
      KG_ASSIGN_OR_RETURN(query::EdgeRef e, EdgeRefFromProto(v.edge_value()));
      return query::Value::Edge(std::move(e));
    }
    case kg::Value::kPathValue: {
      const kg::Path& pp = v.path_value();
      if (pp.nodes_size() != pp.edges_size() + 1) {
        return absl::InvalidArgumentError("a path needs exactly one more node than edges");
      }
      query::PathValue path;
      for (const auto& n : pp.nodes()) {
        KG_ASSIGN_OR_RETURN(query::NodeRef x, NodeRefFromProto(n));
        path.nodes.push_back(std::move(x));
      }
      for (const auto& e : pp.edges()) {
        KG_ASSIGN_OR_RETURN(query::EdgeRef x, EdgeRefFromProto(e));
        path.edges.push_back(std::move(x));
      }
      return query::Value::Path(std::move(path));
    }
  }
  return absl::InvalidArgumentError("unknown kg.Value kind");
}

}  // namespace kg::tools
