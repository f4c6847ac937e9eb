#include "tools/proto_value.h"

#include "gtest/gtest.h"

namespace kg::tools {
namespace {

graph::PropertyValue RoundTrip(const graph::PropertyValue& v) {
  kg::Value p;
  PropertyToProto(v, &p);
  // Through the wire format, as a request/response file would carry it.
  kg::Value back;
  EXPECT_TRUE(back.ParseFromString(p.SerializeAsString()));
  auto r = PropertyFromProto(back);
  EXPECT_TRUE(r.ok()) << r.status();
  return r.ok() ? *r : graph::PropertyValue();
}

TEST(ProtoValueTest, PropertyValuesRoundTrip) {
  const std::vector<graph::PropertyValue> values = {
      graph::PropertyValue(),
      graph::PropertyValue(true),
      graph::PropertyValue(false),
      graph::PropertyValue(int64_t{-9007199254740993}),
      graph::PropertyValue(2.5),
      graph::PropertyValue("Tô Lâm"),
      graph::PropertyValue(""),
      graph::PropertyValue(graph::PropertyValue::List{
          graph::PropertyValue("U.S."), graph::PropertyValue(int64_t{1}),
          graph::PropertyValue(graph::PropertyValue::List{}), graph::PropertyValue()})};
  for (const auto& v : values) EXPECT_EQ(RoundTrip(v), v);
}

TEST(ProtoValueTest, NullIsExplicitAndUnsetReadsAsNull) {
  kg::Value p;
  PropertyToProto(graph::PropertyValue(), &p);
  EXPECT_EQ(p.kind_case(), kg::Value::kNullValue);
  auto r = PropertyFromProto(kg::Value());
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->is_null());
}

TEST(ProtoValueTest, MapsAndElementsAreNotProperties) {
  kg::Value p;
  (*p.mutable_map_value()->mutable_entries())["a"].set_int_value(1);
  EXPECT_EQ(PropertyFromProto(p).status().code(), absl::StatusCode::kInvalidArgument);
  kg::Value n;
  n.mutable_node_value()->set_id(3);
  EXPECT_EQ(PropertyFromProto(n).status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(ProtoValueTest, NodesAndEdgesWithSourcesRoundTrip) {
  graph::Node node{42, {"Country"}, {{"name", "Vietnam"},
                                     {"aliases", graph::PropertyValue::List{"Viet Nam"}}}};
  kg::Node pn;
  NodeToProto(node, &pn);
  auto back = NodeFromProto(pn);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->id, 42u);
  EXPECT_EQ(back->labels, node.labels);
  EXPECT_EQ(back->props, node.props);

  graph::Edge edge{7, 42, 43, "MEMBER_OF", {{"role", "non-permanent member"}, {"start", "2020"}},
                   {{"doc1", 10, 20, "Vietnam was a member."}, {"doc2", 0, 5, "Yes."}}};
  kg::Edge pe;
  EdgeToProto(edge, &pe);
  auto eb = EdgeFromProto(pe);
  ASSERT_TRUE(eb.ok());
  EXPECT_EQ(eb->src, 42u);
  EXPECT_EQ(eb->dst, 43u);
  EXPECT_EQ(eb->type, "MEMBER_OF");
  EXPECT_EQ(eb->props, edge.props);
  ASSERT_EQ(eb->sources.size(), 2u);
  EXPECT_EQ(eb->sources[1].sentence, "Yes.");
  EXPECT_EQ(eb->sources[0].end, 20u);
}

TEST(ProtoValueTest, QueryValuesRoundTripIncludingPaths) {
  query::NodeRef a{1, {"Person"}, {{"name", "To Lam"}}};
  query::NodeRef b{2, {"Person"}, {{"name", "Joe Biden"}}};
  query::EdgeRef e{9, 1, 2, "MET", {{"date", "2024-09-25"}}};
  query::Value v = query::Value::List(
      {query::Value::Null(), query::Value::Int(3), query::Value::Float(0.5),
       query::Value::Map({{"k", query::Value::String("v")}}), query::Value::Node(a),
       query::Value::Edge(e), query::Value::Path(query::PathValue{{a, b}, {e}})});
  kg::Value p;
  ASSERT_TRUE(QueryValueToProto(v, nullptr, &p).ok());
  ASSERT_EQ(p.list_value().values_size(), 7);
  EXPECT_EQ(p.list_value().values(6).path_value().edges(0).type(), "MET");
  EXPECT_EQ(p.list_value().values(5).edge_value().sources_size(), 0);

  auto back = QueryValueFromProto(p);
  ASSERT_TRUE(back.ok()) << back.status();
  const query::ValueList* l = back->as_list();
  ASSERT_NE(l, nullptr);
  ASSERT_EQ(l->size(), 7u);
  EXPECT_TRUE((*l)[0].is_null());
  EXPECT_EQ(*(*l)[1].as_int(), 3);
  EXPECT_EQ(*(*l)[2].as_float(), 0.5);
  EXPECT_EQ(*(*l)[3].as_map()->at("k").as_string(), "v");
  EXPECT_EQ((*l)[4].as_node()->props.at("name"), graph::PropertyValue("To Lam"));
  EXPECT_EQ((*l)[5].as_edge()->dst, 2u);
  const query::PathValue* path = (*l)[6].as_path();
  ASSERT_NE(path, nullptr);
  EXPECT_EQ(path->nodes.size(), 2u);
  EXPECT_EQ(path->nodes[1].id, 2u);
}

TEST(ProtoValueTest, MalformedPathIsRejected) {
  kg::Value p;
  p.mutable_path_value()->add_nodes()->set_id(1);
  p.mutable_path_value()->add_edges()->set_id(1);
  EXPECT_EQ(QueryValueFromProto(p).status().code(), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace kg::tools
