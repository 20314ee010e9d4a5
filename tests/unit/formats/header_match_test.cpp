#include "formats/header_match.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace xj::formats {
namespace {

constexpr ColumnSpec kSpecs[] = {
    {"name", "企业名称", true},
    {"uscc", "统一社会信用代码", true},
    {"remark", "备注", false},
    {"listed_on", "列入日期", false},
};

std::vector<Cell> header(std::initializer_list<const char*> names) {
  std::vector<Cell> cells;
  for (const char* n : names) cells.push_back(Cell{n});
  return cells;
}

TEST(HeaderMatch, ChineseNamesWithFullWidthSpacesAndEnglishKeysInAnyCase) {
  const auto map = match_header(
      header({"序号", "\xE3\x80\x80统一社会信用代码 ", " NAME", "", "Remark"}), kSpecs);
  ASSERT_TRUE(map) << map.error().message;
  EXPECT_EQ(map->index[0], 2u);
  EXPECT_EQ(map->index[1], 1u);
  EXPECT_EQ(map->index[2], 4u);
  EXPECT_EQ(map->index[3], std::nullopt);
  EXPECT_EQ(map->names[0], "NAME");
  EXPECT_EQ(map->names[1], "统一社会信用代码");
  EXPECT_EQ(map->names[3], "列入日期");
  EXPECT_THAT(map->unknown, ::testing::ElementsAre("序号"));
}

TEST(HeaderMatch, MissingRequiredColumnIsNamed) {
  const auto map = match_header(header({"企业名称", "备注"}), kSpecs);
  ASSERT_FALSE(map);
  EXPECT_EQ(map.error().code, ErrorCode::missing_column);
  EXPECT_THAT(map.error().message, ::testing::HasSubstr("统一社会信用代码"));
  ASSERT_EQ(map.error().details.size(), 1u);
  EXPECT_EQ(map.error().details[0].field, "统一社会信用代码");
}

TEST(HeaderMatch, DuplicateColumnIsBadRequest) {
  const auto map = match_header(header({"企业名称", "统一社会信用代码", "uscc"}), kSpecs);
  ASSERT_FALSE(map);
  EXPECT_EQ(map.error().code, ErrorCode::bad_request);
}

}  // namespace
}  // namespace xj::formats
