// Pure rules of sanctions/: the 3-year term (§4.2), states on a day, basis checks, constraint
// measures and until dates (§4.3), proposal grounds (§4.1).
#include <gtest/gtest.h>

#include "sanctions/basis.h"
#include "sanctions/constraints.h"
#include "sanctions/entries.h"
#include "sanctions/proposals.h"

namespace xj::sanctions {
namespace {

core::Date day(int y, int m, int d) { return *core::Date::from_ymd(y, m, d); }

DishonestEntry dishonest(std::string listed_on, std::string status = "active") {
  DishonestEntry e;
  e.id = 7;
  e.uscc = "U";
  e.basis_type = "penalty";
  e.basis_id = "罚-1";
  e.listed_on = listed_on;
  e.expires_on = dishonest_expires_on(*core::parse_date(listed_on)).to_string();
  e.status = std::move(status);
  return e;
}

TEST(Term, ThreeYearsWithLeapDayClamped) {
  EXPECT_EQ(dishonest_expires_on(day(2026, 1, 10)).to_string(), "2029-01-10");
  EXPECT_EQ(dishonest_expires_on(day(2028, 2, 29)).to_string(), "2031-02-28");
  EXPECT_EQ(dishonest_expires_on(day(2027, 2, 28)).to_string(), "2030-02-28");
}

TEST(State, InForceFromListingToTheDayBeforeExpiry) {
  auto e = dishonest("2026-01-10");
  EXPECT_FALSE(in_force(e, day(2026, 1, 9)));
  EXPECT_TRUE(in_force(e, day(2026, 1, 10)));
  EXPECT_TRUE(in_force(e, day(2029, 1, 9)));
  EXPECT_FALSE(in_force(e, day(2029, 1, 10)));
  EXPECT_EQ(state_on(e, day(2029, 1, 10)), "expired");
  EXPECT_FALSE(in_force(dishonest("2026-01-10", "pending_approval"), day(2026, 6, 1)));
  e.removed_on = "2027-01-01";
  EXPECT_TRUE(in_force(e, day(2026, 12, 31)));
  EXPECT_FALSE(in_force(e, day(2027, 1, 1)));
  AbnormalEntry a;
  a.listed_on = "2026-01-10";
  EXPECT_TRUE(is_active(a, day(2026, 1, 10)));
  a.removed_on = "2026-02-01";
  EXPECT_TRUE(is_active(a, day(2026, 1, 31)));
  EXPECT_FALSE(is_active(a, day(2026, 2, 1)));
  EXPECT_EQ(state_on(a, day(2026, 2, 1)), "removed");
}

TEST(Basis, AbnormalEntryNeedsThreeFullYears) {
  DishonestProposal p;
  p.uscc = "U";
  p.basis_type = "abnormal_list";
  p.basis_id = "3";
  BasisFacts f;
  f.abnormal = AbnormalEntry{};
  f.abnormal->uscc = "U";
  f.abnormal->listed_on = "2023-08-01";
  p.listed_on = day(2026, 7, 31);
  ASSERT_EQ(basis_failures(p, f).size(), 1u);
  EXPECT_EQ(basis_failures(p, f)[0].code, "abnormal_under_3_years");
  p.listed_on = day(2026, 8, 1);
  EXPECT_TRUE(basis_failures(p, f).empty());
  f.abnormal->removed_on = "2026-08-01";
  EXPECT_EQ(basis_failures(p, f)[0].code, "abnormal_not_active");
}

TEST(Basis, PenaltyFailuresAreAllNamed) {
  DishonestProposal p;
  p.uscc = "U";
  p.basis_type = "penalty";
  p.basis_id = "罚-1";
  p.listed_on = day(2026, 1, 1);
  BasisFacts f;
  f.penalty = BasisPenalty{"V", false, "2025-12-01"};
  f.already_listed = true;
  std::vector<std::string> codes;
  for (const auto& d : basis_failures(p, f)) codes.push_back(d.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"other_enterprise", "not_heavier", "penalty_revoked",
                                             "already_listed"}));
  f = {};
  f.penalty = BasisPenalty{"U", true, std::nullopt};
  EXPECT_TRUE(basis_failures(p, f).empty());
}

TEST(Constraints, EachBasisWithItsUntil) {
  ConstraintFacts f;
  f.dishonest.push_back(dishonest("2026-01-10"));
  AbnormalEntry a;
  a.id = 3;
  a.listed_on = "2026-02-01";
  f.abnormal.push_back(a);
  f.food_bans.push_back({"罚-吊", "2024-02-29", std::nullopt});
  f.false_commitments.push_back({9, "2026-03-01", std::nullopt});
  Constraints c = constraints_on(f, day(2026, 6, 1));
  EXPECT_TRUE(c.restricted);
  ASSERT_EQ(c.measures.size(), 6u + 4u + 1u + 2u);
  EXPECT_EQ(c.measures[0].until, "2029-01-09");
  EXPECT_EQ(c.measures[6].until, std::nullopt);
  EXPECT_EQ(c.measures[10].basis_id, "罚-吊");
  EXPECT_EQ(c.measures[10].until, "2029-02-27");
  EXPECT_EQ(c.measures[11].until, "2029-02-28");
  // A revoked basis ends the dishonest measures at once.
  f.revoked_basis.push_back({"罚-1", "2026-05-01"});
  EXPECT_EQ(constraints_on(f, day(2026, 6, 1)).measures.size(), 4u + 1u + 2u);
  EXPECT_EQ(constraints_on(f, day(2026, 4, 30)).measures.size(), 6u + 4u + 1u + 2u);
}

TEST(Constraints, NothingAppliesWithoutBasisAndRepairEndsAFalseCommitment) {
  ConstraintFacts f;
  Constraints c = constraints_on(f, day(2026, 6, 1));
  EXPECT_FALSE(c.restricted);
  EXPECT_TRUE(c.measures.empty());
  f.false_commitments.push_back({9, "2026-03-01", "2026-05-01"});  // repaired
  EXPECT_TRUE(constraints_on(f, day(2026, 6, 1)).measures.empty());
  EXPECT_EQ(constraints_on(f, day(2026, 4, 30)).measures.size(), 2u);
}

TEST(Proposals, GroundsOfResults) {
  EXPECT_EQ(grounds_of_results("通过登记的住所（经营场所）无法联系；未按规定公示应当公示的信息"),
            (std::vector<std::string>{"instant_info", "unreachable"}));
  EXPECT_EQ(grounds_of_results("公示信息隐瞒真实情况弄虚作假"), std::vector<std::string>{"false_info"});
  EXPECT_TRUE(grounds_of_results("未发现问题").empty());
}

}  // namespace
}  // namespace xj::sanctions
