#include "graph/fold.h"

#include <gtest/gtest.h>

namespace kg::graph {
namespace {

TEST(FoldName, StripsVietnameseDiacritics) {
  EXPECT_EQ(FoldName("Tô Lâm"), "to lam");
  EXPECT_EQ(FoldName("Lương Cường"), "luong cuong");
  EXPECT_EQ(FoldName("Đặng Hoàng Giang"), "dang hoang giang");
}

TEST(FoldName, FoldsPunctuationCaseAndLeadingThe) {
  EXPECT_EQ(FoldName("the U.S."), "us");
  EXPECT_EQ(FoldName("The United  States"), "united states");
  EXPECT_EQ(FoldName("Díaz-Canel"), "diaz canel");
  EXPECT_EQ(FoldName("UNESCO's World Heritage Committee"), "unescos world heritage committee");
  EXPECT_EQ(FoldName("  --  "), "");
}

}  // namespace
}  // namespace kg::graph
