#include "tools/snapshot.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <algorithm>
#include <memory>

#include "absl/strings/str_cat.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl.h"
#include "google/protobuf/wire_format_lite.h"
#include "graph/status.h"
#include "tools/output_file.h"

namespace kg::tools {
namespace {

using google::protobuf::internal::WireFormatLite;

constexpr uint32_t kHeaderField = 1;
constexpr uint32_t kNodeField = 2;
constexpr uint32_t kEdgeField = 3;
constexpr size_t kFlushBytes = 1 << 20;

void AppendVarint(uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

// Appends `msg` as the length-delimited field `field` of a GraphSnapshot.
void AppendField(uint32_t field, const google::protobuf::MessageLite& msg, std::string* out) {
  AppendVarint((field << 3) | WireFormatLite::WIRETYPE_LENGTH_DELIMITED, out);
  AppendVarint(msg.ByteSizeLong(), out);
  msg.AppendToString(out);
}

void PropertiesToProto(const graph::Properties& props,
                       google::protobuf::Map<std::string, kg::Value>* out) {
  for (const auto& [key, value] : props) PropertyToProto(value, &(*out)[key]);
}

absl::StatusOr<graph::Properties> PropertiesFromProto(
    const google::protobuf::Map<std::string, kg::Value>& props) {
  graph::Properties out;
  for (const auto& [key, value] : props) {
    auto v = PropertyFromProto(value);
    if (!v.ok()) {
      return absl::InvalidArgumentError(absl::StrCat("property '", key, "': ", v.status().message()));
    }
    out.emplace(key, *std::move(v));
  }
  return out;
}

}  // namespace

void PropertyToProto(const graph::PropertyValue& value, kg::Value* out) {
  struct Visitor {
    kg::Value* out;
    void operator()(std::monostate) const { out->set_null_value(true); }
    void operator()(bool b) const { out->set_bool_value(b); }
    void operator()(int64_t i) const { out->set_int_value(i); }
    void operator()(double d) const { out->set_float_value(d); }
    void operator()(const std::string& s) const { out->set_string_value(s); }
    void operator()(const graph::PropertyValue::List& l) const {
      kg::ValueList* list = out->mutable_list_value();
      for (const graph::PropertyValue& item : l) PropertyToProto(item, list->add_values());
    }
  };
  std::visit(Visitor{out}, value.v);
}

absl::StatusOr<graph::PropertyValue> PropertyFromProto(const kg::Value& value) {
  switch (value.kind_case()) {
    case kg::Value::KIND_NOT_SET:
    case kg::Value::kNullValue:
      return graph::PropertyValue();
    case kg::Value::kBoolValue:
      return graph::PropertyValue(value.bool_value());
    case kg::Value::kIntValue:
      return graph::PropertyValue(static_cast<int64_t>(value.int_value()));
    case kg::Value::kFloatValue:
      return graph::PropertyValue(value.float_value());
    case kg::Value::kStringValue:
      return graph::PropertyValue(value.string_value());
    case kg::Value::kListValue: {
      graph::PropertyValue::List list;
      for (const kg::Value& item : value.list_value().values()) {
        KG_ASSIGN_OR_RETURN(graph::PropertyValue v, PropertyFromProto(item));
        list.push_back(std::move(v));
      }
      return graph::PropertyValue(std::move(list));
    }
    default:
      return absl::InvalidArgumentError(
          "a map, node, relationship or path value cannot be stored as a property");
  }
}

void NodeToProto(const graph::Node& node, kg::Node* out) {
  out->set_id(node.id);
  for (const std::string& label : node.labels) out->add_labels(label);
  PropertiesToProto(node.props, out->mutable_properties());
}

absl::StatusOr<graph::Node> NodeFromProto(const kg::Node& node) {
  graph::Node out;
  out.id = node.id();
  if (out.id == graph::kNoNode) return absl::InvalidArgumentError("node id 2^64-1 is reserved");
  out.labels.assign(node.labels().begin(), node.labels().end());
  std::sort(out.labels.begin(), out.labels.end());
  out.labels.erase(std::unique(out.labels.begin(), out.labels.end()), out.labels.end());
  KG_ASSIGN_OR_RETURN(out.props, PropertiesFromProto(node.properties()));
  return out;
}

void EdgeToProto(const graph::Edge& edge, kg::Edge* out) {
  out->set_id(edge.id);
  out->set_src(edge.src);
  out->set_dst(edge.dst);
  out->set_type(edge.type);
  PropertiesToProto(edge.props, out->mutable_properties());
  for (const graph::Source& s : edge.sources) {
    kg::Source* p = out->add_sources();
    p->set_doc(s.doc);
    p->set_start(s.start);
    p->set_end(s.end);
    p->set_sentence(s.sentence);
  }
}

absl::StatusOr<graph::Edge> EdgeFromProto(const kg::Edge& edge) {
  graph::Edge out;
  out.id = edge.id();
  out.src = edge.src();
  out.dst = edge.dst();
  out.type = edge.type();
  if (out.type.empty()) return absl::InvalidArgumentError("edge without a type");
  KG_ASSIGN_OR_RETURN(out.props, PropertiesFromProto(edge.properties()));
  for (const kg::Source& s : edge.sources()) {
    out.sources.push_back(graph::Source{s.doc(), s.start(), s.end(), s.sentence()});
  }
  return out;
}

absl::Status WriteSnapshotFile(const graph::GraphStore& store, const std::string& path) {
  KG_ASSIGN_OR_RETURN(graph::GraphStats stats, store.Stats());
  KG_ASSIGN_OR_RETURN(std::unique_ptr<OutputFile> out, OutputFile::Open(path));
  std::string buf;
  kg::SnapshotHeader header;
  header.set_schema_version(graph::kSchemaVersion);
  header.set_producer("kg 0.1.0");
  header.set_node_count(stats.nodes);
  header.set_edge_count(stats.edges);
  AppendField(kHeaderField, header, &buf);

  absl::Status status;
  uint64_t nodes = 0, edges = 0;
  kg::Node pnode;
  KG_RETURN_IF_ERROR(store.ScanNodes("", [&](const graph::Node& node) {
    pnode.Clear();
    NodeToProto(node, &pnode);
    AppendField(kNodeField, pnode, &buf);
    ++nodes;
    if (buf.size() >= kFlushBytes) {
      status = out->Write(buf);
      buf.clear();
    }
    return status.ok();
  }));
  KG_RETURN_IF_ERROR(status);
  kg::Edge pedge;
  KG_RETURN_IF_ERROR(store.ScanEdges("", [&](const graph::Edge& edge) {
    auto sources = store.GetEdgeSources(edge.id);
    if (!sources.ok()) {
      status = sources.status();
      return false;
    }
    graph::Edge full = edge;
    full.sources = *std::move(sources);
    pedge.Clear();
    EdgeToProto(full, &pedge);
    AppendField(kEdgeField, pedge, &buf);
    ++edges;
    if (buf.size() >= kFlushBytes) {
      status = out->Write(buf);
      buf.clear();
    }
    return status.ok();
  }));
  KG_RETURN_IF_ERROR(status);
  if (nodes != stats.nodes || edges != stats.edges) {
    return absl::InternalError(absl::StrCat("the store counts ", stats.nodes, " nodes and ",
                                            stats.edges, " edges but a scan gave ", nodes,
                                            " and ", edges));
  }
  KG_RETURN_IF_ERROR(out->Write(buf));
  return out->Close();
}

absl::Status ReadSnapshotFile(const std::string& path, const SnapshotCallbacks& callbacks) {
  int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) {
    std::string msg = absl::StrCat("cannot open '", path, "': ", std::strerror(errno));
    return errno == ENOENT ? absl::NotFoundError(msg) : absl::InvalidArgumentError(msg);
  }
  google::protobuf::io::FileInputStream file(fd);
  file.SetCloseOnDelete(true);
  auto error = [&](uint64_t offset, std::string_view what) {
    return absl::InvalidArgumentError(absl::StrCat(path, ": byte offset ", offset, ": ", std::string(what)));
  };

  bool have_header = false;
  kg::SnapshotHeader header;
  kg::Node pnode;
  kg::Edge pedge;
  uint64_t nodes = 0, edges = 0;
  bool done = false;
  while (!done) {
    // A fresh CodedInputStream per batch keeps each under protobuf's 2 GiB
    // stream limit; its destructor hands unread bytes back to `file`.
    uint64_t base = file.ByteCount();
    google::protobuf::io::CodedInputStream in(&file);
    for (int n = 0; n < 4096; ++n) {
      uint64_t offset = base + in.CurrentPosition();
      uint32_t tag = in.ReadTag();
      if (tag == 0) {
        if (!in.ConsumedEntireMessage()) return error(offset, "not a kg snapshot (invalid tag)");
        done = true;
        break;
      }
      uint32_t field = WireFormatLite::GetTagFieldNumber(tag);
      bool known = field == kHeaderField || field == kNodeField || field == kEdgeField;
      if (!known || WireFormatLite::GetTagWireType(tag) !=
                        WireFormatLite::WIRETYPE_LENGTH_DELIMITED) {
        if (!WireFormatLite::SkipField(&in, tag)) {
          return error(offset, "not a kg snapshot (unreadable field)");
        }
        continue;
      }
      uint32_t length = 0;
      if (!in.ReadVarint32(&length)) return error(offset, "truncated (length of an element)");
      if (length > (1u << 30)) return error(offset, "not a kg snapshot (element over 1 GiB)");
      auto limit = in.PushLimit(static_cast<int>(length));
      google::protobuf::MessageLite* msg = field == kHeaderField ? static_cast<google::protobuf::MessageLite*>(&header)
                                         : field == kNodeField  ? static_cast<google::protobuf::MessageLite*>(&pnode)
                                                                : static_cast<google::protobuf::MessageLite*>(&pedge);
      const char* what = field == kHeaderField ? "header" : field == kNodeField ? "node" : "edge";
      if (!msg->ParseFromCodedStream(&in) || in.BytesUntilLimit() != 0) {
        return error(offset, absl::StrCat("truncated or malformed ", what, " (", length,
                                          " bytes announced)"));
      }
      in.PopLimit(limit);
      if (field == kHeaderField) {
        if (have_header) return error(offset, "a second header");
        have_header = true;
        if (header.schema_version() != graph::kSchemaVersion) {
          return error(offset, absl::StrCat("schema version ", header.schema_version(),
                                            ", this kg reads version ", graph::kSchemaVersion));
        }
        if (callbacks.on_header) KG_RETURN_IF_ERROR(callbacks.on_header(header));
        continue;
      }
      if (!have_header) return error(offset, "an element before the snapshot header");
      if (field == kNodeField) {
        if (edges > 0) return error(offset, "a node after the edges");
        auto node = NodeFromProto(pnode);
        if (!node.ok()) return error(offset, absl::StrCat("node ", pnode.id(), ": ", node.status().message()));
        ++nodes;
        if (callbacks.on_node) {
          absl::Status s = callbacks.on_node(*std::move(node));
          if (!s.ok()) return error(offset, std::string(s.message()));
        }
      } else {
        auto edge = EdgeFromProto(pedge);
        if (!edge.ok()) return error(offset, absl::StrCat("edge ", pedge.id(), ": ", edge.status().message()));
        ++edges;
        if (callbacks.on_edge) {
          absl::Status s = callbacks.on_edge(*std::move(edge));
          if (!s.ok()) return error(offset, std::string(s.message()));
        }
      }
    }
  }
  uint64_t end = file.ByteCount();
  if (file.GetErrno() != 0) {
    return absl::InvalidArgumentError(absl::StrCat("cannot read '", path, "': ", std::strerror(file.GetErrno())));
  }
  if (!have_header) return error(end, "empty or not a kg snapshot (no header)");
  if (nodes != header.node_count() || edges != header.edge_count()) {
    return error(end, absl::StrCat("truncated: the header announces ", header.node_count(),
                                   " nodes and ", header.edge_count(), " edges, the file holds ",
                                   nodes, " and ", edges));
  }
  return absl::OkStatus();
}

}  // namespace kg::tools
