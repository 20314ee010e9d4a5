#include "auth/principal.h"

#include <gtest/gtest.h>

namespace xj::auth {
namespace {

Principal officer(std::string region) {
  Principal p;
  p.name = "li";
  p.role = Role::credit_officer;
  p.region = std::move(region);
  return p;
}

TEST(Principal, ChangshaOfficerStaysInChangsha) {
  Principal p = officer("4301");
  EXPECT_TRUE(p.may_read("430102"));
  EXPECT_FALSE(p.may_read("430202"));  // 株洲
  EXPECT_TRUE(p.require_write("430181"));
  auto refused = p.require_write("430211");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::forbidden);
  EXPECT_EQ(p.require_enterprise_read("914403001922038216", "430202").error().code,
            ErrorCode::forbidden);
}

TEST(Principal, ProvinceCoversEveryHunanDivisionButNotOtherProvinces) {
  Principal p = officer("43");
  EXPECT_TRUE(p.may_read("433101"));
  EXPECT_FALSE(p.may_read("440300"));
}

TEST(Principal, DistrictScopeIsNarrowerThanItsCity) {
  Principal p = officer("430102");
  EXPECT_TRUE(p.may_read("430102"));
  EXPECT_FALSE(p.may_read("430103"));
}

TEST(Principal, EnterpriseUserIsBoundToItsUscc) {
  Principal p;
  p.role = Role::enterprise;
  p.uscc = "914403001922038216";
  p.region = "43";
  EXPECT_TRUE(p.require_enterprise_read("914403001922038216", "440300"));
  EXPECT_TRUE(p.require_enterprise_write("914403001922038216", "440300"));
  EXPECT_EQ(p.require_enterprise_read("91440300708461136T", "430102").error().code,
            ErrorCode::forbidden);
  EXPECT_FALSE(p.may_read("430102"));  // no region-wide reads at all
}

TEST(Principal, AreaOfficerIsBoundToItsArea) {
  Principal p = officer("4301");
  p.role = Role::area_officer;
  p.area = "food_production";
  EXPECT_TRUE(p.require_area("food_production"));
  EXPECT_EQ(p.require_area("special_equipment").error().code, ErrorCode::forbidden);
  EXPECT_TRUE(officer("4301").require_area("special_equipment"));
}

TEST(Principal, ActorNamesKindRoleAndRegion) {
  Principal p = officer("4301");
  p.kind = Principal::Kind::api_key;
  audit::Actor a = p.actor();
  EXPECT_EQ(a.name, "li");
  EXPECT_EQ(a.kind, "api_key");
  EXPECT_EQ(a.role, "credit_officer");
  EXPECT_EQ(a.region, "4301");
}

}  // namespace
}  // namespace xj::auth
