#include "core/region_code.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <initializer_list>
#include <set>
#include <string>
#include <utility>

namespace xj::core {
namespace {

TEST(RegionCode, ParsesSixDigitCodesOfAnyProvince) {
  auto hunan = RegionCode::parse(" ４３０１０２ ");
  ASSERT_TRUE(hunan);
  EXPECT_EQ(hunan->str(), "430102");
  EXPECT_TRUE(RegionCode::parse("440300"));  // Shenzhen: valid, just not named here
  EXPECT_TRUE(RegionCode::parse("110108"));
  EXPECT_TRUE(RegionCode::parse("820000"));
}

TEST(RegionCode, RejectsMalformedCodes) {
  for (const char* bad :
       {"", "4301", "4301020", "43010A", "000000", "160000", "990101", "长沙市"}) {
    auto r = RegionCode::parse(bad);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::validation_failed);
    ASSERT_EQ(r.error().details.size(), 1u);
    EXPECT_EQ(r.error().details[0].code, "invalid_region");
    EXPECT_EQ(r.error().details[0].field, "region_code");
  }
}

TEST(ProvinceCode, MatchesGbT2260) {
  std::set<int> expected;
  const std::initializer_list<std::pair<int, int>> ranges = {{11, 15}, {21, 23}, {31, 37},
                                                             {41, 46}, {50, 54}, {61, 65}};
  for (auto [lo, hi] : ranges) {
    for (int n = lo; n <= hi; ++n) expected.insert(n);
  }
  expected.insert({71, 81, 82});
  for (int n = 0; n <= 99; ++n) {
    char two[3];
    std::snprintf(two, sizeof two, "%02d", n);
    EXPECT_EQ(is_province_code(two), expected.contains(n)) << two;
  }
  EXPECT_FALSE(is_province_code("4"));
  EXPECT_FALSE(is_province_code("4a"));
}

TEST(RegionName, NamesHunanAtEveryLevel) {
  EXPECT_EQ(region_name("430000"), "湖南省");
  EXPECT_EQ(region_name("430100"), "长沙市");
  EXPECT_EQ(region_name("433100"), "湘西土家族苗族自治州");
  EXPECT_EQ(region_name("430112"), "望城区");
  EXPECT_EQ(region_name("430182"), "宁乡市");
  EXPECT_EQ(region_name("430181"), "浏阳市");
  EXPECT_EQ(region_name("430212"), "渌口区");
  EXPECT_EQ(region_name("430582"), "邵东市");
  EXPECT_EQ(region_name("431003"), "苏仙区");
  EXPECT_EQ(region_name("431181"), "祁阳市");
  EXPECT_EQ(region_name("433101"), "吉首市");
  EXPECT_EQ(region_name("433130"), "龙山县");
  EXPECT_EQ(region_name("440300"), std::nullopt);
  EXPECT_EQ(region_name("430124"), std::nullopt);  // 宁乡县: superseded by 430182
}

TEST(Prefectures, FourteenInCodeOrder) {
  const auto prefectures = hunan_prefectures();
  ASSERT_EQ(prefectures.size(), 14u);
  EXPECT_EQ(prefectures.front().code, "430100");
  EXPECT_EQ(prefectures[12].name, "娄底市");
  EXPECT_EQ(prefectures.back().code, "433100");
}

TEST(Counties, EveryPrefectureHasItsCounties) {
  std::size_t total = 0;
  for (const RegionEntry& p : hunan_prefectures()) {
    const auto counties = hunan_counties_of(p.code);
    EXPECT_FALSE(counties.empty()) << p.name;
    for (const RegionEntry& c : counties) {
      EXPECT_EQ(prefecture_of(c.code), std::string(p.code)) << c.name;
    }
    total += counties.size();
  }
  EXPECT_EQ(total, 122u);
}

TEST(Counties, ByFourOrSixDigitPrefectureCode) {
  const auto changsha = hunan_counties_of("4301");
  ASSERT_EQ(changsha.size(), 9u);
  EXPECT_EQ(changsha.front().name, "芙蓉区");
  EXPECT_EQ(changsha.back().name, "宁乡市");
  EXPECT_EQ(hunan_counties_of("433100").size(), 8u);
  EXPECT_EQ(hunan_counties_of("430800").size(), 4u);
  EXPECT_TRUE(hunan_counties_of("4399").empty());
  EXPECT_TRUE(hunan_counties_of("430000").empty());
  EXPECT_TRUE(hunan_counties_of("440300").empty());
  EXPECT_TRUE(hunan_counties_of("43").empty());
}

TEST(PrefectureOf, MapsCountiesAndPrefectures) {
  EXPECT_EQ(prefecture_of("430102"), "430100");
  EXPECT_EQ(prefecture_of("430100"), "430100");
  EXPECT_EQ(prefecture_of("433101"), "433100");
  EXPECT_EQ(prefecture_of("440305"), "440300");
  EXPECT_EQ(prefecture_of("430000"), std::nullopt);  // provincial registration: no prefecture
  EXPECT_EQ(prefecture_of("4301"), std::nullopt);
}

TEST(RegionScope, PrefixesAndMatching) {
  EXPECT_TRUE(is_region_prefix("43"));
  EXPECT_TRUE(is_region_prefix("4301"));
  EXPECT_TRUE(is_region_prefix("430102"));
  EXPECT_FALSE(is_region_prefix("430"));
  EXPECT_FALSE(is_region_prefix(""));
  EXPECT_FALSE(is_region_prefix("43a1"));
  EXPECT_TRUE(matches_prefix("430181", "43"));
  EXPECT_TRUE(matches_prefix("430181", "4301"));
  EXPECT_TRUE(matches_prefix("430181", "430181"));
  EXPECT_FALSE(matches_prefix("430181", "430102"));
  EXPECT_FALSE(matches_prefix("440300", "43"));
  EXPECT_FALSE(matches_prefix("430000", "4301"));
  EXPECT_TRUE(is_hunan("433101"));
  EXPECT_FALSE(is_hunan("440300"));
}

}  // namespace
}  // namespace xj::core
