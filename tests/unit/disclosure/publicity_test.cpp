#include "disclosure/publicity.h"

#include <gtest/gtest.h>

namespace xj::disclosure {
namespace {

using collection::Licence;
using collection::Penalty;
using core::Date;

Date day(int y, int m, int d) { return *Date::from_ymd(y, m, d); }

Penalty penalty(std::vector<std::string> types, std::optional<std::int64_t> fine_fen = {},
                std::string decided_on = "2024-03-15") {
  Penalty p;
  p.decision_no = "湘市监罚〔2024〕1号";
  p.penalty_types = std::move(types);
  p.fine_fen = fine_fen;
  p.decided_on = std::move(decided_on);
  return p;
}

PenaltyPublicity on(const Penalty& p, Date today, bool individual = false) {
  return penalty_publicity(p, today, individual, PublicityConfig{});
}

constexpr std::int64_t kYuan = 100;

TEST(PublicityPeriod, CriticismAloneIsThreeMonths) {
  EXPECT_EQ(publicity_period(penalty({"通报批评"}), false, {}), PublicityPeriod::three_months);
}

TEST(PublicityPeriod, WarningBesideLowerFineAddsNoWeight) {
  EXPECT_EQ(publicity_period(penalty({"警告", "罚款"}, 5000 * kYuan), false, {}),
            PublicityPeriod::three_months);
  EXPECT_EQ(publicity_period(penalty({"警告", "通报批评"}), false, {}),
            PublicityPeriod::three_months);
}

TEST(PublicityPeriod, OrganisationThresholdIsStrictlyBelow100000Yuan) {
  EXPECT_EQ(publicity_period(penalty({"罚款"}, 100000 * kYuan - 1), false, {}),
            PublicityPeriod::three_months);
  EXPECT_EQ(publicity_period(penalty({"罚款"}, 100000 * kYuan), false, {}),
            PublicityPeriod::three_years);
}

TEST(PublicityPeriod, IndividualBusinessThresholdIs10000Yuan) {
  EXPECT_EQ(publicity_period(penalty({"罚款"}, 999999), true, {}), PublicityPeriod::three_months);
  EXPECT_EQ(publicity_period(penalty({"罚款"}, 10000 * kYuan), true, {}),
            PublicityPeriod::three_years);
  // The same 10 000 yuan is a lower fine for an organisation.
  EXPECT_EQ(publicity_period(penalty({"罚款"}, 10000 * kYuan), false, {}),
            PublicityPeriod::three_months);
}

TEST(PublicityPeriod, ThresholdsComeFromConfig) {
  PublicityConfig config;
  config.lower_fine_below_fen = 50000 * kYuan;
  EXPECT_EQ(publicity_period(penalty({"罚款"}, 50000 * kYuan), false, config),
            PublicityPeriod::three_years);
}

TEST(PublicityPeriod, FineWithoutAmountIsThreeYears) {
  EXPECT_EQ(publicity_period(penalty({"罚款"}), false, {}), PublicityPeriod::three_years);
  EXPECT_EQ(publicity_period(penalty({"通报批评", "罚款"}), false, {}),
            PublicityPeriod::three_years);
}

TEST(PublicityPeriod, AnyOtherTypeIsThreeYears) {
  EXPECT_EQ(publicity_period(penalty({"罚款", "没收违法所得"}, 1000 * kYuan), false, {}),
            PublicityPeriod::three_years);
  EXPECT_EQ(publicity_period(penalty({"责令停产停业"}), false, {}), PublicityPeriod::three_years);
}

TEST(PublicityPeriod, UnpublishedPenaltyHasNone) {
  EXPECT_EQ(publicity_period(penalty({"警告"}), false, {}), PublicityPeriod::none);
}

TEST(PenaltyPublicity, ThreeMonthsInclusiveBoundary) {
  const Penalty p = penalty({"通报批评"});  // decided 2024-03-15
  auto first = on(p, day(2024, 3, 15));
  EXPECT_TRUE(first.is_public_today);
  EXPECT_EQ(first.reason, PublicityReason::in_period);
  EXPECT_EQ(first.period, PublicityPeriod::three_months);
  EXPECT_EQ(first.public_until, day(2024, 6, 14));
  EXPECT_TRUE(on(p, day(2024, 6, 14)).is_public_today);
  auto after = on(p, day(2024, 6, 15));
  EXPECT_FALSE(after.is_public_today);
  EXPECT_EQ(after.reason, PublicityReason::period_ended);
  EXPECT_EQ(after.public_until, day(2024, 6, 14));
}

TEST(PenaltyPublicity, MonthEndClampsBeforeTheLastDay) {
  // 2024-11-30 + 3 months = 2025-02-28, so the last public day is 2025-02-27.
  const Penalty p = penalty({"通报批评"}, {}, "2024-11-30");
  EXPECT_EQ(on(p, day(2024, 12, 1)).public_until, day(2025, 2, 27));
  EXPECT_TRUE(on(p, day(2025, 2, 27)).is_public_today);
  EXPECT_FALSE(on(p, day(2025, 2, 28)).is_public_today);
}

TEST(PenaltyPublicity, ThreeYearsInclusiveBoundary) {
  const Penalty p = penalty({"罚款"}, 200000 * kYuan, "2024-02-29");
  auto r = on(p, day(2024, 3, 1));
  EXPECT_EQ(r.period, PublicityPeriod::three_years);
  EXPECT_EQ(r.public_until, day(2027, 2, 27));  // 2024-02-29 + 3 years = 2027-02-28
  EXPECT_TRUE(on(p, day(2027, 2, 27)).is_public_today);
  EXPECT_FALSE(on(p, day(2027, 2, 28)).is_public_today);
}

TEST(PenaltyPublicity, NotBeforeTheDecision) {
  auto r = on(penalty({"通报批评"}), day(2024, 3, 14));
  EXPECT_FALSE(r.is_public_today);
  EXPECT_EQ(r.reason, PublicityReason::not_yet_decided);
}

TEST(PenaltyPublicity, WarningOnlyIsNeverPublic) {
  auto r = on(penalty({"警告"}), day(2024, 3, 15));
  EXPECT_FALSE(r.is_public_today);
  EXPECT_EQ(r.reason, PublicityReason::warning_only);
  EXPECT_EQ(r.period, PublicityPeriod::none);
  EXPECT_FALSE(r.public_until);
}

TEST(PenaltyPublicity, SummaryProcedureIsNeverPublic) {
  Penalty p = penalty({"罚款"}, 200 * kYuan);
  p.procedure = "简易";
  auto r = on(p, day(2024, 3, 15));
  EXPECT_FALSE(r.is_public_today);
  EXPECT_EQ(r.reason, PublicityReason::summary_procedure);
  EXPECT_FALSE(is_published_penalty(p));
}

TEST(PenaltyPublicity, NonPublicFlagIsNeverPublic) {
  Penalty p = penalty({"罚款"}, 200000 * kYuan);
  p.is_public = false;
  auto r = on(p, day(2024, 3, 15));
  EXPECT_FALSE(r.is_public_today);
  EXPECT_EQ(r.reason, PublicityReason::marked_non_public);
}

TEST(PenaltyPublicity, RepairEndsPublicityOnTheRepairDecisionDay) {
  Penalty p = penalty({"罚款"}, 200000 * kYuan);
  p.repaired_on = "2024-09-01";
  EXPECT_TRUE(on(p, day(2024, 8, 31)).is_public_today);
  auto r = on(p, day(2024, 9, 1));
  EXPECT_FALSE(r.is_public_today);
  EXPECT_EQ(r.reason, PublicityReason::repaired);
  EXPECT_EQ(r.public_until, day(2024, 8, 31));
}

TEST(PenaltyPublicity, RepairAfterThePeriodChangesNothing) {
  Penalty p = penalty({"通报批评"});
  p.repaired_on = "2024-12-01";
  auto r = on(p, day(2024, 7, 1));
  EXPECT_EQ(r.reason, PublicityReason::period_ended);
  EXPECT_EQ(r.public_until, day(2024, 6, 14));
}

TEST(PenaltyPublicity, RevocationEndsPublicity) {
  Penalty p = penalty({"罚款"}, 200000 * kYuan);
  p.revoked_on = "2024-04-01";
  auto r = on(p, day(2024, 4, 1));
  EXPECT_FALSE(r.is_public_today);
  EXPECT_EQ(r.reason, PublicityReason::revoked);
}

TEST(PenaltyPublicity, UnreadableDecisionDateShowsNothing) {
  auto r = on(penalty({"通报批评"}, {}, "not a date"), day(2024, 3, 15));
  EXPECT_FALSE(r.is_public_today);
  EXPECT_EQ(r.reason, PublicityReason::invalid_date);
}

TEST(Heavier, ImportFlagOrHeavierType) {
  Penalty p = penalty({"罚款"}, 1000 * kYuan);
  EXPECT_FALSE(is_heavier(p));
  p.heavier = true;
  EXPECT_TRUE(is_heavier(p));
  p.heavier = false;
  p.penalty_types = {"罚款", "吊销许可证件"};
  EXPECT_TRUE(is_heavier(p));
  for (const char* type :
       {"降低资质等级", "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业"}) {
    EXPECT_TRUE(is_heavier(penalty({type}))) << type;
  }
  EXPECT_FALSE(is_heavier(penalty({"暂扣许可证件", "没收违法所得"})));
}

TEST(LicenceStatus, PastValidUntilReadsExpired) {
  Licence l;
  l.valid_until = "2024-06-30";
  EXPECT_EQ(licence_status(l, day(2024, 6, 30)), "有效");
  EXPECT_EQ(licence_status(l, day(2024, 7, 1)), "过期");
  l.status = "吊销";
  EXPECT_EQ(licence_status(l, day(2024, 7, 1)), "吊销");
  l.status = "注销";
  EXPECT_EQ(licence_status(l, day(2024, 1, 1)), "注销");
}

TEST(PublicityReasonNames, AreCodes) {
  EXPECT_EQ(to_string(PublicityReason::warning_only), "warning_only");
  EXPECT_EQ(to_string(PublicityReason::in_period), "in_period");
}

}  // namespace
}  // namespace xj::disclosure
