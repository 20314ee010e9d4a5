#include "demo/codes.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "core/licence_no.h"
#include "core/uscc.h"

namespace xj::demo {
namespace {

bool valid_uscc(const std::string& code) {
  const auto check = core::check_uscc(code, core::LegacyCodes::none());
  return check.verdict == core::UsccVerdict::valid && check.warnings.empty();
}

TEST(ComposeUscc, ComputesBothCheckCharacters) {
  // domain-rules.md §1.1 example: 91440300708461136T = 91 440300 70846113 6 T.
  EXPECT_EQ(compose_uscc("91", "440300", "70846113"), "91440300708461136T");
  EXPECT_EQ(compose_uscc("91", "350200", "26015919"), "9135020026015919XW");
}

TEST(UsccIssuer, IssuesValidDistinctCodesInBothEras) {
  const UsccIssuer issuer(7);
  std::set<std::string> codes;
  for (std::uint64_t i = 0; i < 20'000; ++i) {
    const auto old_style = issuer.issue(i, "91", "430104", true);
    const auto new_style = issuer.issue(i, "92", "430104", false);
    ASSERT_TRUE(valid_uscc(old_style)) << old_style;
    ASSERT_TRUE(valid_uscc(new_style)) << new_style;
    EXPECT_EQ(old_style.substr(2, 6), "430104");
    EXPECT_TRUE(new_style.substr(8).starts_with("MA4")) << new_style;
    // Bodies must not repeat even across types: compare positions 9–16 only.
    ASSERT_TRUE(codes.insert(old_style.substr(8, 8)).second) << old_style;
    ASSERT_TRUE(codes.insert(new_style.substr(8, 8)).second) << new_style;
  }
  for (std::uint64_t slot = 0; slot < 64; ++slot) {
    const auto showcase = UsccIssuer::showcase(slot, "91", "430104");
    EXPECT_TRUE(valid_uscc(showcase)) << showcase;
    EXPECT_FALSE(codes.contains(showcase.substr(8, 8))) << showcase;
  }
}

TEST(UsccIssuer, DependsOnTheSeed) {
  EXPECT_EQ(UsccIssuer(1).issue(5, "91", "430100", false),
            UsccIssuer(1).issue(5, "91", "430100", false));
  EXPECT_NE(UsccIssuer(1).issue(5, "91", "430100", false),
            UsccIssuer(2).issue(5, "91", "430100", false));
}

TEST(FoodLicenceNo, PassesCoresCheckAndCarriesTheRegion) {
  for (int category = 101; category <= 131; ++category) {
    const auto no = food_licence_no(std::to_string(category), "430104", 9999);
    const auto parsed = core::FoodLicenceNo::parse(no);
    ASSERT_TRUE(parsed.has_value()) << no;
    EXPECT_EQ(parsed->category(), category);
    EXPECT_EQ(parsed->region_code(), "430104");
  }
  EXPECT_EQ(food_licence_no("103", "430104", 1).substr(0, 15), "SC1034301040001");
}

TEST(EquipmentLicenceNo, HasTheUsualForm) {
  EXPECT_EQ(equipment_licence_no('3', '3', 1, 2027), "TS3343001-2027");
  const auto checked =
      core::check_special_equipment_licence_no(equipment_licence_no('4', '2', 57, 2026));
  ASSERT_TRUE(checked.has_value());
  EXPECT_TRUE(checked->warnings.empty());
}

TEST(DecisionNo, IsWrittenTheChineseWay) {
  EXPECT_EQ(decision_no("湘长市监罚", 2025, 123), "湘长市监罚〔2025〕123号");
}

TEST(MobileNumber, ElevenDigitsStartingWithOne) {
  Prng rng(3, 3);
  const std::regex mobile("^1[3-9][0-9]{9}$");
  for (int i = 0; i < 200; ++i) {
    const auto no = mobile_number(rng);
    EXPECT_TRUE(std::regex_match(no, mobile)) << no;
  }
}

TEST(Sequences, CountPerKey) {
  Sequences s;
  EXPECT_EQ(s.next("a"), 1);
  EXPECT_EQ(s.next("a", 3), 4);
  EXPECT_EQ(s.next("b"), 1);
}

}  // namespace
}  // namespace xj::demo
