#include "core/licence_no.h"

#include <gtest/gtest.h>

#include <string>

namespace xj::core {
namespace {

std::string food_no(std::string_view category, std::string_view province) {
  return "SC" + std::string(category) + std::string(province) + "010200015";
}

TEST(FoodLicenceNo, ParsesAndExposesParts) {
  auto no = FoodLicenceNo::parse(" ｓｃ12743010200015 ");
  ASSERT_TRUE(no) << no.error().message;
  EXPECT_EQ(no->str(), "SC12743010200015");
  EXPECT_EQ(no->category(), 127);
  EXPECT_TRUE(no->is_special_food());
  EXPECT_FALSE(no->is_food_additive());
  EXPECT_EQ(no->province_code(), "43");
  EXPECT_EQ(no->region_code(), "430102");
}

TEST(FoodLicenceNo, AcceptsEveryCategory) {
  for (int c = 101; c <= 131; ++c) {
    EXPECT_TRUE(FoodLicenceNo::parse(food_no(std::to_string(c), "43"))) << c;
  }
  for (int c = 201; c <= 203; ++c) {
    auto no = FoodLicenceNo::parse(food_no(std::to_string(c), "43"));
    ASSERT_TRUE(no) << c;
    EXPECT_TRUE(no->is_food_additive());
  }
}

TEST(FoodLicenceNo, RejectsOtherCategories) {
  for (const char* c : {"100", "132", "200", "204", "301", "001", "199"}) {
    EXPECT_FALSE(FoodLicenceNo::parse(food_no(c, "43"))) << c;
  }
}

TEST(FoodLicenceNo, RequiresAProvinceCode) {
  for (const char* p : {"11", "43", "65", "71", "81", "82"}) {
    EXPECT_TRUE(FoodLicenceNo::parse(food_no("101", p))) << p;
  }
  for (const char* p : {"00", "10", "16", "24", "38", "47", "55", "66", "72", "83", "99"}) {
    EXPECT_FALSE(FoodLicenceNo::parse(food_no("101", p))) << p;
  }
}

TEST(FoodLicenceNo, RejectsWrongShapeWithDetail) {
  for (const char* bad : {"", "SC1274301020001", "SC127430102000155", "QS430106010001",
                          "SC12743010200O15", "XC12743010200015", "SC-12743010200015"}) {
    auto r = FoodLicenceNo::parse(bad);
    ASSERT_FALSE(r) << bad;
    ASSERT_EQ(r.error().details.size(), 1u);
    EXPECT_EQ(r.error().details[0].code, "invalid_licence_no");
    EXPECT_EQ(r.error().details[0].field, "licence_no");
  }
}

TEST(SpecialFood, OnlyCategories127To129) {
  EXPECT_FALSE(is_special_food_category(126));
  EXPECT_TRUE(is_special_food_category(127));
  EXPECT_TRUE(is_special_food_category(128));
  EXPECT_TRUE(is_special_food_category(129));
  EXPECT_FALSE(is_special_food_category(130));  // 特殊膳食食品 is not a special food
  auto dietary = FoodLicenceNo::parse(food_no("130", "43"));
  ASSERT_TRUE(dietary);
  EXPECT_FALSE(dietary->is_special_food());
}

TEST(SpecialEquipmentLicenceNo, UsualFormHasNoWarning) {
  auto no = check_special_equipment_licence_no(" ｔｓ3143035-2027");
  ASSERT_TRUE(no);
  EXPECT_EQ(no->text, "TS3143035-2027");
  EXPECT_TRUE(no->warnings.empty());
}

TEST(SpecialEquipmentLicenceNo, UnusualFormIsKeptWithWarning) {
  for (const char* odd : {"TS314303-2027", "TS3143035-20270", "TS3143035 2027", "湘特检字001"}) {
    auto no = check_special_equipment_licence_no(odd);
    ASSERT_TRUE(no) << odd;
    EXPECT_EQ(no->text, odd);
    ASSERT_EQ(no->warnings.size(), 1u) << odd;
    EXPECT_EQ(no->warnings[0].code, "unusual_licence_no");
  }
}

TEST(SpecialEquipmentLicenceNo, EmptyIsInvalid) {
  auto no = check_special_equipment_licence_no(" \xE3\x80\x80 ");
  ASSERT_FALSE(no);
  EXPECT_EQ(no.error().details[0].code, "invalid_licence_no");
}

}  // namespace
}  // namespace xj::core
