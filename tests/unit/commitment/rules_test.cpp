// Commitment rules (domain-rules.md §6, §2, §4.3): publicity by kind, the 30-working-day default
// deadline, the 3-year false-commitment window ended by repair, the refusal of the approval route.
#include "commitment/rules.h"

#include <gtest/gtest.h>

#include "commitment/model.h"

namespace xj::commitment {
namespace {

core::Date day(const char* text) { return *core::parse_date(text); }

Commitment finding(const char* verified_on) {
  Commitment c;
  c.id = 5;
  c.kind = "approval";
  c.verification_result = std::string(kInconsistent);
  c.verified_on = verified_on;
  return c;
}

TEST(CommitmentRules, KindsAndActions) {
  for (const char* k : {"approval", "registration", "voluntary", "repair"}) EXPECT_TRUE(is_kind(k));
  EXPECT_FALSE(is_kind("other"));
  for (const char* a : {"terminate", "rectify", "revoke", "penalty"}) EXPECT_TRUE(is_action(a));
  EXPECT_FALSE(is_action("warn"));
}

TEST(CommitmentRules, PublicKinds) {
  EXPECT_TRUE(is_public_kind("approval"));
  EXPECT_TRUE(is_public_kind("registration"));
  EXPECT_TRUE(is_public_kind("voluntary"));
  EXPECT_FALSE(is_public_kind("repair"));
}

TEST(CommitmentRules, ApprovalCommitmentsAreVerifiedWithinThirtyWorkingDays) {
  core::WorkingCalendar weekdays;  // Monday–Friday
  // 2024-03-01 is a Friday: 30 working days later is Friday 2024-04-12.
  EXPECT_EQ(default_verify_by("approval", day("2024-03-01"), weekdays, {})->to_string(),
            "2024-04-12");
  EXPECT_FALSE(default_verify_by("voluntary", day("2024-03-01"), weekdays, {}));
  // With the State Council schedule: 清明 (2024-04-04…06 off, Sunday 04-07 worked).
  auto calendar = core::WorkingCalendar::from_schedules(
      {{2024, {day("2024-04-04"), day("2024-04-05"), day("2024-04-06")}, {day("2024-04-07")}}});
  ASSERT_TRUE(calendar);
  EXPECT_EQ(default_verify_by("approval", day("2024-03-01"), *calendar, {})->to_string(),
            "2024-04-15");
}

TEST(CommitmentRules, FalseCommitmentInForceForThreeYears) {
  auto c = finding("2024-02-29");
  EXPECT_FALSE(false_commitment_in_force(c, day("2024-02-28"), {}));
  EXPECT_TRUE(false_commitment_in_force(c, day("2024-02-29"), {}));
  EXPECT_TRUE(false_commitment_in_force(c, day("2027-02-27"), {}));
  EXPECT_FALSE(false_commitment_in_force(c, day("2027-02-28"), {}));
  c.repaired_on = "2025-01-01";
  EXPECT_TRUE(false_commitment_in_force(c, day("2024-12-31"), {}));
  EXPECT_FALSE(false_commitment_in_force(c, day("2025-01-01"), {}));
  c.verification_result = std::string(kConsistent);
  c.repaired_on.reset();
  EXPECT_FALSE(false_commitment_in_force(c, day("2024-03-01"), {}));
}

TEST(CommitmentRules, ApprovalRouteRefusals) {
  EXPECT_TRUE(approval_route_refusals(false, {}, day("2024-03-01"), {}).empty());
  auto both = approval_route_refusals(true, {finding("2024-01-01")}, day("2024-03-01"), {});
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[0].code, "on_list");
  EXPECT_EQ(both[1].code, "false_commitment");
  EXPECT_NE(both[1].message.find('5'), std::string::npos);  // names the finding
  EXPECT_TRUE(approval_route_refusals(false, {finding("2021-03-01")}, day("2024-03-01"), {}).empty());
}

}  // namespace
}  // namespace xj::commitment
