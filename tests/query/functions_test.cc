#include "query/functions.h"

#include <limits>
#include <string>

#include "gtest/gtest.h"

namespace kg::query {
namespace {

Value I(int64_t i) { return Value::Int(i); }
Value F(double d) { return Value::Float(d); }
Value S(const char* s) { return Value::String(s); }
Value L(ValueList l) { return Value::List(std::move(l)); }

// Calls `name` and renders the result as a Cypher literal, or the error.
std::string Call(std::string_view name, std::vector<Value> args) {
  absl::StatusOr<Value> r = CallFunction(name, args);
  if (!r.ok()) return "ERR " + std::string(r.status().message());
  return ToCypherLiteral(*r);
}

bool IsError(std::string_view name, std::vector<Value> args, std::string_view prefix) {
  absl::StatusOr<Value> r = CallFunction(name, args);
  return !r.ok() && std::string(r.status().message()).rfind(prefix, 0) == 0;
}

TEST(Functions, Registry) {
  EXPECT_TRUE(IsScalarFunction("toLower"));
  EXPECT_TRUE(IsScalarFunction("TOLOWER"));
  EXPECT_FALSE(IsScalarFunction("count"));
  EXPECT_TRUE(IsAggregateFunction("cOuNt"));
  EXPECT_TRUE(IsAggregateFunction("collect"));
  EXPECT_FALSE(IsAggregateFunction("size"));
  absl::StatusOr<Value> r = CallFunction("foo", {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kNotFound);
  EXPECT_TRUE(IsError("size", {}, "SyntaxError: InvalidNumberOfArguments"));
  EXPECT_TRUE(IsError("substring", {S("a"), I(1), I(1), I(1)}, "SyntaxError"));
}

TEST(Functions, NullInNullOut) {
  for (const char* fn : {"labels", "type", "size", "toLower", "toUpper", "trim", "toString",
                         "toInteger", "toFloat", "toBoolean", "head", "last", "reverse",
                         "length", "nodes", "relationships", "keys", "properties", "abs"}) {
    EXPECT_EQ(Call(fn, {Value::Null()}), "null") << fn;
  }
  EXPECT_EQ(Call("coalesce", {Value::Null(), Value::Null(), I(2), I(3)}), "2");
  EXPECT_EQ(Call("coalesce", {Value::Null()}), "null");
  EXPECT_EQ(Call("substring", {S("abc"), Value::Null()}), "null");
}

TEST(Functions, GraphFunctions) {
  NodeRef n;
  n.id = 42;
  n.labels = {"A", "B"};
  n.props = {{"name", "x"}, {"num", 1}};
  EdgeRef e;
  e.id = 7;
  e.src = 42;
  e.dst = 43;
  e.type = "KNOWS";
  e.props = {{"since", 2000}};
  EXPECT_EQ(Call("labels", {Value::Node(n)}), "['A', 'B']");
  EXPECT_EQ(Call("id", {Value::Node(n)}), "42");
  EXPECT_EQ(Call("keys", {Value::Node(n)}), "['name', 'num']");
  EXPECT_EQ(Call("properties", {Value::Node(n)}), "{name: 'x', num: 1}");
  EXPECT_EQ(Call("type", {Value::Edge(e)}), "'KNOWS'");
  EXPECT_EQ(Call("properties", {Value::Edge(e)}), "{since: 2000}");
  EXPECT_EQ(Call("id", {CallFunction("startNode", {Value::Edge(e)}).value()}), "42");
  EXPECT_EQ(Call("id", {CallFunction("endNode", {Value::Edge(e)}).value()}), "43");
  EXPECT_EQ(Call("keys", {Value::Map({{"b", I(1)}, {"a", Value::Null()}})}), "['a', 'b']");
  // Graph functions on other values: the TCK's InvalidArgumentValue.
  EXPECT_TRUE(IsError("labels", {I(1)}, "TypeError: InvalidArgumentValue"));
  EXPECT_TRUE(IsError("type", {Value::Node(n)}, "TypeError: InvalidArgumentValue"));
  EXPECT_TRUE(IsError("type", {L({})}, "TypeError"));
}

TEST(Functions, PathFunctions) {
  NodeRef a, b;
  a.id = 1;
  b.id = 2;
  EdgeRef e;
  e.id = 9;
  e.src = 2;
  e.dst = 1;
  e.type = "T";
  PathValue p;
  p.nodes = {a, b};
  p.edges = {e};
  Value path = Value::Path(p);
  EXPECT_EQ(Call("length", {path}), "1");
  EXPECT_EQ(Call("nodes", {path}), "[(), ()]");
  EXPECT_EQ(Call("relationships", {path}), "[[:T]]");
  EXPECT_TRUE(IsError("length", {Value::Node(a)}, "TypeError: InvalidArgumentType"));
  EXPECT_TRUE(IsError("size", {path}, "TypeError: InvalidArgumentType"));
}

TEST(Functions, ListFunctions) {
  EXPECT_EQ(Call("size", {L({I(1), I(2), I(3)})}), "3");
  EXPECT_EQ(Call("size", {S("h\xC3\xA9llo")}), "5");  // code points, not bytes
  EXPECT_EQ(Call("head", {L({I(1), I(2)})}), "1");
  EXPECT_EQ(Call("head", {L({})}), "null");
  EXPECT_EQ(Call("last", {L({I(1), I(2)})}), "2");
  EXPECT_EQ(Call("tail", {L({I(1), I(2)})}), "[2]");
  EXPECT_EQ(Call("reverse", {L({I(1), S("a")})}), "['a', 1]");
  EXPECT_EQ(Call("range", {I(0), I(3)}), "[0, 1, 2, 3]");
  EXPECT_EQ(Call("range", {I(5), I(0), I(-2)}), "[5, 3, 1]");
  EXPECT_EQ(Call("range", {I(3), I(0)}), "[]");
  EXPECT_TRUE(IsError("range", {I(0), I(3), I(0)}, "ArgumentError"));
  EXPECT_EQ(Call("range", {I(5), I(5), I(-1)}), "[5]");
  EXPECT_EQ(Call("range", {I(5), I(5)}), "[5]");
  // Oversized ranges fail at once with the count (int64 extremes included).
  EXPECT_EQ(Call("range", {I(1), I(1'000'000'000)}),
            "ERR MemoryLimit: range(1, 1000000000, 1) would produce 1000000000 elements; "
            "at most 10,000,000 are allowed");
  EXPECT_TRUE(IsError("range", {I(std::numeric_limits<int64_t>::max()),
                                I(std::numeric_limits<int64_t>::min()), I(-1)},
                      "MemoryLimit"));
  EXPECT_EQ(Call("range", {I(std::numeric_limits<int64_t>::max() - 1),
                           I(std::numeric_limits<int64_t>::max())}),
            "[9223372036854775806, 9223372036854775807]");
  EXPECT_TRUE(IsError("head", {I(1)}, "TypeError: InvalidArgumentType"));
}

TEST(Functions, StringFunctions) {
  EXPECT_EQ(Call("toLower", {S("ÄbC")}), "'äbc'");
  EXPECT_EQ(Call("toUpper", {S("äbc")}), "'ÄBC'");
  EXPECT_EQ(Call("trim", {S("  a b \t")}), "'a b'");
  EXPECT_EQ(Call("ltrim", {S("  a ")}), "'a '");
  EXPECT_EQ(Call("rtrim", {S("  a ")}), "'  a'");
  EXPECT_EQ(Call("reverse", {S("raksO")}), "'Oskar'");
  EXPECT_EQ(Call("reverse", {S("\xC3\xA9t\xC3\xA9")}), "'\xC3\xA9t\xC3\xA9'");
  EXPECT_EQ(Call("substring", {S("0123456789"), I(1)}), "'123456789'");
  EXPECT_EQ(Call("substring", {S("0123456789"), I(1), I(3)}), "'123'");
  EXPECT_EQ(Call("substring", {S("abc"), I(5)}), "''");
  EXPECT_EQ(Call("substring", {S("abc"), I(1), I(100)}), "'bc'");
  EXPECT_TRUE(IsError("substring", {S("abc"), I(-1)}, "ArgumentError"));
  EXPECT_EQ(Call("split", {S("one1two"), S("1")}), "['one', 'two']");
  EXPECT_EQ(Call("split", {S("a,,b"), S(",")}), "['a', '', 'b']");
  EXPECT_EQ(Call("split", {S("ab"), S("")}), "['a', 'b']");
  EXPECT_EQ(Call("replace", {S("hello"), S("l"), S("L")}), "'heLLo'");
  EXPECT_EQ(Call("left", {S("hello"), I(2)}), "'he'");
  EXPECT_EQ(Call("right", {S("hello"), I(2)}), "'lo'");
  EXPECT_TRUE(IsError("toLower", {I(1)}, "TypeError: InvalidArgumentType"));
}

TEST(Functions, Conversions) {
  EXPECT_EQ(Call("toString", {I(12)}), "'12'");
  EXPECT_EQ(Call("toString", {F(1.0)}), "'1.0'");
  EXPECT_EQ(Call("toString", {Value::Bool(true)}), "'true'");
  EXPECT_TRUE(IsError("toString", {L({})}, "TypeError"));
  EXPECT_EQ(Call("toInteger", {S("42")}), "42");
  EXPECT_EQ(Call("toInteger", {S(" 42 ")}), "42");
  EXPECT_EQ(Call("toInteger", {S("4.7")}), "4");
  EXPECT_EQ(Call("toInteger", {F(-4.7)}), "-4");
  EXPECT_EQ(Call("toInteger", {S("forty")}), "null");
  EXPECT_EQ(Call("toInteger", {Value::Bool(true)}), "1");
  EXPECT_TRUE(IsError("toInteger", {L({})}, "TypeError"));
  EXPECT_EQ(Call("toFloat", {I(3)}), "3.0");
  EXPECT_EQ(Call("toFloat", {S("1.5e3")}), "1500.0");
  EXPECT_EQ(Call("toFloat", {S("x")}), "null");
  EXPECT_EQ(Call("toBoolean", {S("TRUE")}), "true");
  EXPECT_EQ(Call("toBoolean", {S("no")}), "null");
  EXPECT_EQ(Call("toBoolean", {I(0)}), "false");
  EXPECT_EQ(Call("toIntegerOrNull", {L({})}), "null");
}

TEST(Functions, Math) {
  EXPECT_EQ(Call("abs", {I(-3)}), "3");
  EXPECT_EQ(Call("abs", {F(-2.5)}), "2.5");
  EXPECT_EQ(Call("sign", {F(-2.5)}), "-1");
  EXPECT_EQ(Call("sign", {I(0)}), "0");
  EXPECT_EQ(Call("ceil", {F(1.2)}), "2.0");
  EXPECT_EQ(Call("floor", {I(3)}), "3.0");
  EXPECT_EQ(Call("round", {F(2.5)}), "3.0");
  EXPECT_EQ(Call("round", {F(-2.5)}), "-2.0");
  EXPECT_EQ(Call("round", {F(3.14159), I(2)}), "3.14");
  EXPECT_EQ(Call("sqrt", {I(16)}), "4.0");
  EXPECT_TRUE(IsError("sqrt", {S("x")}, "TypeError"));
  absl::StatusOr<Value> r = CallFunction("rand", {});
  ASSERT_TRUE(r.ok());
  ASSERT_NE(r->as_float(), nullptr);
  EXPECT_GE(*r->as_float(), 0.0);
  EXPECT_LT(*r->as_float(), 1.0);
}

}  // namespace
}  // namespace kg::query
