#include "graph/key_format.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace kg::graph::keys {
namespace {

TEST(KeyFormat, BigEndianIdsSortNumerically) {
  std::mt19937_64 rng(7);
  std::vector<uint64_t> ids = {0, 1, 255, 256, 65535, 65536, uint64_t{1} << 40, ~uint64_t{0} - 1};
  for (int i = 0; i < 200; ++i) ids.push_back(rng());
  std::vector<std::string> ks;
  for (uint64_t id : ids) ks.push_back(NodeKey(id));
  std::sort(ids.begin(), ids.end());
  std::sort(ks.begin(), ks.end());
  for (size_t i = 0; i < ids.size(); ++i) {
    ASSERT_EQ(GetU64(ks[i].data()), ids[i]);
  }
}

TEST(KeyFormat, AdjacencyKeysSortBySourceThenTypeThenTarget) {
  std::vector<std::string> ks = {AdjKey(2, 1, 5, 9), AdjKey(1, 3, 0, 1), AdjKey(1, 2, 700, 3),
                                 AdjKey(1, 2, 7, 4), AdjKey(256, 0, 0, 0)};
  std::sort(ks.begin(), ks.end());
  std::vector<AdjParts> got;
  for (const auto& k : ks) got.push_back(ParseAdjKey(k));
  EXPECT_EQ(got[0].node, 1u);
  EXPECT_EQ(got[0].type, 2u);
  EXPECT_EQ(got[0].other, 7u);
  EXPECT_EQ(got[1].other, 700u);
  EXPECT_EQ(got[2].type, 3u);
  EXPECT_EQ(got[3].node, 2u);
  EXPECT_EQ(got[4].node, 256u);
  EXPECT_EQ(ks[0].size(), kAdjKeySize);
}

TEST(KeyFormat, AdjacencyPrefixesSelectNodeAndType) {
  std::string k = AdjKey(42, 7, 3, 11);
  EXPECT_EQ(k.compare(0, 8, AdjPrefix(42)), 0);
  EXPECT_EQ(k.compare(0, 12, AdjPrefix(42, 7)), 0);
  EXPECT_NE(k.compare(0, 12, AdjPrefix(42, 8)), 0);
  AdjParts p = ParseAdjKey(k);
  EXPECT_EQ(p.node, 42u);
  EXPECT_EQ(p.type, 7u);
  EXPECT_EQ(p.other, 3u);
  EXPECT_EQ(p.edge, 11u);
}

TEST(KeyFormat, NameKeysDoNotMixNamesThatArePrefixes) {
  // "to" must not match keys of "to lam": the 0x00 terminator sorts first.
  std::string a = NameKey("to", 5), b = NameKey("to lam", 1);
  EXPECT_LT(a, b);
  EXPECT_NE(b.compare(0, NamePrefix("to").size(), NamePrefix("to")), 0);
  std::string_view folded;
  NodeId id;
  ASSERT_TRUE(ParseNameKey(b, &folded, &id));
  EXPECT_EQ(folded, "to lam");
  EXPECT_EQ(id, 1u);
}

TEST(KeyFormat, ProvenanceKeysRoundTrip) {
  Source s{"000_abc", 17, 123456, "ignored"};
  std::string k = ProvKey(99, s);
  Source back;
  ASSERT_TRUE(ParseProvKey(k, &back));
  EXPECT_EQ(back, s);
  EXPECT_EQ(k.compare(0, 8, ProvPrefix(99)), 0);
}

TEST(KeyFormat, VarintsRoundTrip) {
  for (uint64_t v : {uint64_t{0}, uint64_t{127}, uint64_t{128}, uint64_t{300}, ~uint64_t{0}}) {
    std::string s;
    PutVarint(&s, v);
    const char* p = s.data();
    uint64_t back = 0;
    ASSERT_TRUE(GetVarint(&p, s.data() + s.size(), &back));
    EXPECT_EQ(back, v);
    EXPECT_EQ(p, s.data() + s.size());
  }
  std::string truncated = "\x80";
  const char* p = truncated.data();
  uint64_t v;
  EXPECT_FALSE(GetVarint(&p, truncated.data() + 1, &v));
}

TEST(KeyFormat, EntityIdsAreStableAndInTheHashedRange) {
  // Pinned: ids must never change between builds (they are persisted).
  EXPECT_EQ(EntityId("Person", "to lam"), EntityId("Person", "to lam"));
  EXPECT_NE(EntityId("Person", "to lam"), EntityId("Country", "to lam"));
  EXPECT_EQ(StableHash64("kg"), StableHash64(std::string("k") + "g"));
  NodeId id = EntityId("Country", "vietnam");
  EXPECT_NE(id & kHashedIdBit, 0u);
  EXPECT_EQ(id >> 63, 0u);
  EXPECT_NE(NextHashedId(id), id);
  EXPECT_NE(NextHashedId(id) & kHashedIdBit, 0u);
  EXPECT_EQ(NextHashedId(kHashedIdBit | (kHashedIdBit - 1)), kHashedIdBit);
}

}  // namespace
}  // namespace kg::graph::keys
