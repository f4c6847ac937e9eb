#include "query/value.h"

#include <cmath>
#include <limits>

#include "gtest/gtest.h"

namespace kg::query {
namespace {

Value L(ValueList l) { return Value::List(std::move(l)); }
Value I(int64_t i) { return Value::Int(i); }
Value F(double d) { return Value::Float(d); }
Value S(const char* s) { return Value::String(s); }
const double kNaN = std::numeric_limits<double>::quiet_NaN();

Value MakeNode(graph::NodeId id, std::vector<std::string> labels, graph::Properties props) {
  NodeRef n;
  n.id = id;
  n.labels = std::move(labels);
  n.props = std::move(props);
  return Value::Node(std::move(n));
}

EdgeRef MakeEdge(graph::EdgeId id, graph::NodeId src, graph::NodeId dst, std::string type,
                 graph::Properties props = {}) {
  EdgeRef e;
  e.id = id;
  e.src = src;
  e.dst = dst;
  e.type = std::move(type);
  e.props = std::move(props);
  return e;
}

TEST(ValueEquals, NullIsUnknown) {
  EXPECT_EQ(Equals(Value::Null(), Value::Null()), std::nullopt);
  EXPECT_EQ(Equals(I(1), Value::Null()), std::nullopt);
}

TEST(ValueEquals, NumbersCrossCompareExactly) {
  EXPECT_EQ(Equals(I(1), F(1.0)), true);
  EXPECT_EQ(Equals(I(1), F(1.5)), false);
  // 2^53 + 1 is not representable as a double: must not equal 2^53.
  EXPECT_EQ(Equals(I((int64_t{1} << 53) + 1), F(9007199254740992.0)), false);
  EXPECT_EQ(Equals(F(kNaN), F(kNaN)), false);
  EXPECT_EQ(Equals(I(1), S("1")), false);
}

TEST(ValueEquals, ListsAreThreeValued) {
  EXPECT_EQ(Equals(L({I(1), I(2)}), L({I(1), I(2)})), true);
  EXPECT_EQ(Equals(L({I(1), Value::Null()}), L({I(1), I(2)})), std::nullopt);
  EXPECT_EQ(Equals(L({I(3), Value::Null()}), L({I(1), I(2)})), false);
  EXPECT_EQ(Equals(L({I(1)}), L({I(1), I(2)})), false);
  EXPECT_EQ(Equals(L({L({I(1)})}), L({L({F(1.0)})})), true);
}

TEST(ValueEquals, MapsCompareKeysThenValues) {
  EXPECT_EQ(Equals(Value::Map({{"a", I(1)}}), Value::Map({{"a", I(1)}})), true);
  EXPECT_EQ(Equals(Value::Map({{"a", I(1)}}), Value::Map({{"b", I(1)}})), false);
  EXPECT_EQ(Equals(Value::Map({{"a", Value::Null()}}), Value::Map({{"a", I(1)}})), std::nullopt);
}

TEST(ValueEquals, NodesByIdentity) {
  EXPECT_EQ(Equals(MakeNode(1, {"A"}, {}), MakeNode(1, {"A"}, {})), true);
  EXPECT_EQ(Equals(MakeNode(1, {"A"}, {}), MakeNode(2, {"A"}, {})), false);
}

TEST(ValueCompare, ComparableKinds) {
  EXPECT_EQ(Compare(I(1), F(1.5)), -1);
  EXPECT_EQ(Compare(S("b"), S("a")), 1);
  EXPECT_EQ(Compare(Value::Bool(false), Value::Bool(true)), -1);
  EXPECT_EQ(Compare(I(1), S("a")), std::nullopt);
  EXPECT_EQ(Compare(I(1), Value::Null()), std::nullopt);
  EXPECT_EQ(Compare(F(kNaN), I(1)), std::nullopt);
  EXPECT_EQ(Compare(L({I(1), I(2)}), L({I(1), I(3)})), -1);
  EXPECT_EQ(Compare(L({I(1)}), L({I(1), I(3)})), -1);
  EXPECT_EQ(Compare(L({I(1), S("a")}), L({I(1), I(3)})), std::nullopt);
  EXPECT_EQ(Compare(Value::Map({}), Value::Map({})), std::nullopt);
}

TEST(ValueOrder, GlobalOrderAcrossKinds) {
  PathValue p;
  NodeRef n;
  n.id = 1;
  p.nodes.push_back(n);
  // The ascending order of ReturnOrderBy1 [11].
  std::vector<Value> ascending = {Value::Map({{"a", S("map")}}),
                                  MakeNode(1, {"N"}, {}),
                                  Value::Edge(MakeEdge(1, 1, 2, "REL")),
                                  L({S("list")}),
                                  Value::Path(p),
                                  S("text"),
                                  Value::Bool(false),
                                  F(1.5),
                                  F(kNaN),
                                  Value::Null()};
  for (size_t i = 0; i < ascending.size(); ++i) {
    for (size_t j = 0; j < ascending.size(); ++j) {
      int expected = i < j ? -1 : (i > j ? 1 : 0);
      EXPECT_EQ(OrderCompare(ascending[i], ascending[j]), expected) << i << " vs " << j;
    }
  }
}

TEST(ValueOrder, ListsLexicographicWithNullLast) {
  std::vector<Value> ascending = {L({}),           L({S("a")}),     L({S("a"), I(1)}),
                                  L({I(1)}),       L({I(1), S("a")}), L({I(1), Value::Null()}),
                                  L({Value::Null(), I(1)}), L({Value::Null(), I(2)})};
  for (size_t i = 0; i + 1 < ascending.size(); ++i) {
    EXPECT_LT(OrderCompare(ascending[i], ascending[i + 1]), 0) << i;
    EXPECT_GT(OrderCompare(ascending[i + 1], ascending[i]), 0) << i;
  }
}

TEST(ValueOrder, NumbersMixIntAndFloat) {
  EXPECT_LT(OrderCompare(I(1), F(1.5)), 0);
  EXPECT_LT(OrderCompare(F(-0.5), I(0)), 0);
  EXPECT_LT(OrderCompare(F(1e300), F(kNaN)), 0);
  EXPECT_EQ(OrderCompare(F(kNaN), F(kNaN)), 0);
}

TEST(ValueEquivalent, GroupingSemantics) {
  EXPECT_TRUE(Equivalent(Value::Null(), Value::Null()));
  EXPECT_TRUE(Equivalent(I(1), F(1.0)));
  EXPECT_TRUE(Equivalent(F(kNaN), F(kNaN)));
  EXPECT_TRUE(Equivalent(L({Value::Null(), I(1)}), L({Value::Null(), F(1.0)})));
  EXPECT_FALSE(Equivalent(I(1), S("1")));
  EXPECT_FALSE(Equivalent(L({I(1)}), L({I(1), I(1)})));
  EXPECT_EQ(HashValue(I(1)), HashValue(F(1.0)));
  EXPECT_EQ(HashValue(F(kNaN)), HashValue(F(-kNaN)));
  EXPECT_EQ(HashValue(L({I(2), Value::Null()})), HashValue(L({F(2.0), Value::Null()})));
  EXPECT_EQ(HashValue(Value::Map({{"k", I(3)}})), HashValue(Value::Map({{"k", F(3.0)}})));
}

TEST(ValueLiteral, Scalars) {
  EXPECT_EQ(ToCypherLiteral(Value::Null()), "null");
  EXPECT_EQ(ToCypherLiteral(Value::Bool(true)), "true");
  EXPECT_EQ(ToCypherLiteral(I(-7)), "-7");
  EXPECT_EQ(ToCypherLiteral(F(1.0)), "1.0");
  EXPECT_EQ(ToCypherLiteral(F(1.5)), "1.5");
  EXPECT_EQ(ToCypherLiteral(F(0.1)), "0.1");
  EXPECT_EQ(ToCypherLiteral(F(-0.5)), "-0.5");
  EXPECT_EQ(ToCypherLiteral(F(1.5e-10)), "1.5e-10");
  EXPECT_EQ(ToCypherLiteral(F(1e20)), "1.0e20");
  EXPECT_EQ(ToCypherLiteral(F(1.2635418652381264e305)), "1.2635418652381264e305");
  EXPECT_EQ(ToCypherLiteral(F(1500.0)), "1500.0");
  EXPECT_EQ(ToCypherLiteral(F(0.001)), "0.001");
  EXPECT_EQ(ToCypherLiteral(F(0.0001)), "1.0e-4");
  EXPECT_EQ(ToCypherLiteral(F(12345678.0)), "1.2345678e7");
  EXPECT_EQ(ToCypherLiteral(F(-0.0)), "-0.0");
  EXPECT_EQ(ToCypherLiteral(F(999.99)), "999.99");
  EXPECT_EQ(ToCypherLiteral(F(kNaN)), "NaN");
  EXPECT_EQ(ToCypherLiteral(F(-std::numeric_limits<double>::infinity())), "-Infinity");
  EXPECT_EQ(ToCypherLiteral(S("it's a\\b")), "'it\\'s a\\\\b'");
}

TEST(ValueLiteral, Composites) {
  EXPECT_EQ(ToCypherLiteral(L({I(1), S("a"), L({}), Value::Null()})), "[1, 'a', [], null]");
  EXPECT_EQ(ToCypherLiteral(Value::Map({{"num", I(1)}, {"name", S("A")}})),
            "{name: 'A', num: 1}");
  EXPECT_EQ(ToCypherLiteral(Value::Map({})), "{}");
  EXPECT_EQ(ToCypherLiteral(MakeNode(5, {}, {})), "()");
  EXPECT_EQ(ToCypherLiteral(MakeNode(5, {"A", "B"}, {{"name", "x"}, {"num", 1}})),
            "(:A:B {name: 'x', num: 1})");
  EXPECT_EQ(ToCypherLiteral(MakeNode(5, {}, {{"k", 1.5}})), "({k: 1.5})");
  EXPECT_EQ(ToCypherLiteral(Value::Edge(MakeEdge(1, 1, 2, "KNOWS", {{"since", 2000}}))),
            "[:KNOWS {since: 2000}]");
}

TEST(ValueLiteral, PathDirections) {
  PathValue p;
  NodeRef a, b, c;
  a.id = 1;
  a.labels = {"A"};
  b.id = 2;
  b.labels = {"B"};
  c.id = 3;
  c.labels = {"C"};
  p.nodes = {a, b, c};
  p.edges = {MakeEdge(10, 1, 2, "T"), MakeEdge(11, 3, 2, "U")};
  EXPECT_EQ(ToCypherLiteral(Value::Path(p)), "<(:A)-[:T]->(:B)<-[:U]-(:C)>");
  PathValue single;
  single.nodes = {NodeRef{}};
  EXPECT_EQ(ToCypherLiteral(Value::Path(single)), "<()>");
}

TEST(ValueJson, AllKinds) {
  EXPECT_EQ(ToJson(L({I(1), F(2.5), S("a\"b\n"), Value::Null(), Value::Bool(false)})),
            "[1,2.5,\"a\\\"b\\n\",null,false]");
  EXPECT_EQ(ToJson(Value::Map({{"k", L({})}})), "{\"k\":[]}");
  EXPECT_EQ(ToJson(MakeNode(7, {"P"}, {{"name", "x"}})),
            "{\"id\":7,\"labels\":[\"P\"],\"properties\":{\"name\":\"x\"}}");
  EXPECT_EQ(ToJson(Value::Edge(MakeEdge(3, 1, 2, "T"))),
            "{\"id\":3,\"type\":\"T\",\"src\":1,\"dst\":2,\"properties\":{}}");
  EXPECT_EQ(ToJson(F(kNaN)), "null");
}

TEST(ValueDisplay, StringsUnquotedAtTopLevel) {
  EXPECT_EQ(ToDisplay(S("plain")), "plain");
  EXPECT_EQ(ToDisplay(L({S("a")})), "['a']");
  EXPECT_EQ(ToDisplay(I(3)), "3");
}

TEST(ValueFromProperty, ConvertsNestedLists) {
  graph::PropertyValue pv(graph::PropertyValue::List{1, "a", 2.5, true, {}});
  Value v = Value::FromProperty(pv);
  EXPECT_EQ(ToCypherLiteral(v), "[1, 'a', 2.5, true, null]");
}

}  // namespace
}  // namespace kg::query
