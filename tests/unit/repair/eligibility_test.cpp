// Repair eligibility (domain-rules.md §5, §4.2) at every edge: the waiting periods (6 months,
// 1 year, ×2), the 3-year repeat-offender window, not repairable types and 3-month penalties,
// the dishonest-list window (1 ≤ t < 3 years, 2 years for an enterprise listed before), and
// every failed condition listed.
#include "repair/eligibility.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace xj::repair {
namespace {

constexpr const char* kUscc = "914403001922038216";

core::Date day(const char* text) { return *core::parse_date(text); }

collection::Penalty penalty(std::string no, std::string decided_on, std::string type = "无证生产") {
  collection::Penalty p;
  p.decision_no = std::move(no);
  p.uscc = kUscc;
  p.violation_type = std::move(type);
  p.penalty_types = {"罚款"};
  p.fine_fen = 200'000'00;  // 200 000 yuan: 3-year publicity
  p.decided_on = std::move(decided_on);
  p.area = "other";
  return p;
}

std::set<std::string> codes(const Verdict& v) {
  std::set<std::string> out;
  for (const auto& d : v.failures) out.insert(d.code);
  return out;
}

Verdict check(const EnterpriseFacts& f, TargetType type, std::string id, const char* applied,
              bool fulfilled = true, bool rectified = true) {
  return assess({type, std::move(id), day(applied), fulfilled, rectified}, f, RepairRules{});
}

EnterpriseFacts with(std::vector<collection::Penalty> penalties) {
  EnterpriseFacts f;
  f.uscc = kUscc;
  f.penalties = std::move(penalties);
  return f;
}

TEST(PenaltyRepair, SixMonthsAfterTheDecision) {
  auto f = with({penalty("P1", "2024-03-15")});
  EXPECT_EQ(codes(check(f, TargetType::penalty, "P1", "2024-09-14")), std::set<std::string>{"too_early"});
  auto v = check(f, TargetType::penalty, "P1", "2024-09-15");
  EXPECT_TRUE(v.eligible());
  EXPECT_FALSE(v.repeat_offender);
}

TEST(PenaltyRepair, SixMonthsFromAMonthEnd) {
  auto f = with({penalty("P1", "2024-08-31")});
  EXPECT_FALSE(check(f, TargetType::penalty, "P1", "2025-02-27").eligible());
  EXPECT_TRUE(check(f, TargetType::penalty, "P1", "2025-02-28").eligible());
}

TEST(PenaltyRepair, FoodAndSpecialEquipmentWaitOneYear) {
  for (const char* area : {"food", "special_equipment"}) {
    auto p = penalty("P1", "2024-03-15");
    p.area = area;
    auto f = with({p});
    EXPECT_EQ(codes(check(f, TargetType::penalty, "P1", "2025-03-14")), std::set<std::string>{"too_early"}) << area;
    EXPECT_TRUE(check(f, TargetType::penalty, "P1", "2025-03-15").eligible()) << area;
  }
}

TEST(PenaltyRepair, WithoutAreaTheEnterpriseDecides) {
  auto p = penalty("P1", "2024-03-15");
  p.area.reset();
  auto f = with({p});
  EXPECT_TRUE(check(f, TargetType::penalty, "P1", "2024-09-15").eligible());
  f.key_area_enterprise = true;
  EXPECT_FALSE(check(f, TargetType::penalty, "P1", "2024-09-15").eligible());
  EXPECT_TRUE(check(f, TargetType::penalty, "P1", "2025-03-15").eligible());
  // An explicit "other" area is not a key-area penalty even for a key-area enterprise.
  p.area = "other";
  f.penalties = {p};
  EXPECT_TRUE(check(f, TargetType::penalty, "P1", "2024-09-15").eligible());
}

TEST(PenaltyRepair, RepeatOffendersWaitTwiceAsLong) {
  auto f = with({penalty("P0", "2023-06-10", "其他违法"), penalty("P1", "2024-03-15")});
  auto v = check(f, TargetType::penalty, "P1", "2024-09-15");
  EXPECT_TRUE(v.repeat_offender);
  EXPECT_EQ(codes(v), std::set<std::string>{"too_early"});
  EXPECT_FALSE(check(f, TargetType::penalty, "P1", "2025-03-14").eligible());
  EXPECT_TRUE(check(f, TargetType::penalty, "P1", "2025-03-15").eligible());
  // Food: 1 year × 2.
  f.penalties[1].area = "food";
  EXPECT_FALSE(check(f, TargetType::penalty, "P1", "2026-03-14").eligible());
  EXPECT_TRUE(check(f, TargetType::penalty, "P1", "2026-03-15").eligible());
}

TEST(PenaltyRepair, RepeatWindowIsTheThreeYearsBeforeTheApplication) {
  // applied_on − 3 years < decided_on ≤ applied_on.
  auto f = with({penalty("P0", "2022-03-15", "其他违法"), penalty("P1", "2024-03-15")});
  EXPECT_FALSE(check(f, TargetType::penalty, "P1", "2025-03-15").repeat_offender);
  EXPECT_TRUE(check(f, TargetType::penalty, "P1", "2025-03-14").repeat_offender);
  EXPECT_TRUE(is_repeat_offender(f.penalties, day("2025-03-14"), {}));
  EXPECT_FALSE(is_repeat_offender(f.penalties, day("2025-03-15"), {}));
}

TEST(PenaltyRepair, OnlyPublishedPenaltiesMakeARepeatOffender) {
  auto summary = penalty("S", "2024-01-01", "其他违法");
  summary.procedure = "简易";
  auto warning = penalty("W", "2024-01-02", "其他违法");
  warning.penalty_types = {"警告"};
  auto hidden = penalty("H", "2024-01-03", "其他违法");
  hidden.is_public = false;
  auto revoked = penalty("R", "2024-01-04", "其他违法");
  revoked.revoked_on = "2024-02-01";
  auto f = with({summary, warning, hidden, revoked, penalty("P1", "2024-03-15")});
  EXPECT_FALSE(check(f, TargetType::penalty, "P1", "2024-09-15").repeat_offender);
  // A repaired penalty was still published: it counts.
  auto repaired = penalty("X", "2024-01-05", "其他违法");
  repaired.repaired_on = "2024-08-01";
  f.penalties.push_back(repaired);
  EXPECT_TRUE(check(f, TargetType::penalty, "P1", "2024-09-15").repeat_offender);
}

TEST(PenaltyRepair, ThreeMonthPenaltiesAreNotRepairableAndNothingElseIsChecked) {
  auto light = penalty("P1", "2024-03-15");
  light.fine_fen = 99'999'99;  // a lower-amount fine: 3-month publicity
  auto f = with({light});
  f.abnormal_entries.push_back({1, day("2024-01-01"), std::nullopt});
  auto v = check(f, TargetType::penalty, "P1", "2024-03-20", false, false);
  ASSERT_EQ(v.failures.size(), 1u);
  EXPECT_EQ(v.failures[0].code, "not_repairable_type");
  // 通报批评 beside a warning is also 3 months.
  light.penalty_types = {"警告", "通报批评"};
  light.fine_fen.reset();
  f.penalties = {light};
  EXPECT_EQ(codes(check(f, TargetType::penalty, "P1", "2025-03-20")),
            std::set<std::string>{"not_repairable_type"});
}

TEST(PenaltyRepair, TheLowerFineThresholdOfIndividualBusinesses) {
  auto p = penalty("P1", "2024-03-15");
  p.fine_fen = 50'000'00;  // 50 000 yuan: lower for an organisation, not for a 92… business
  EXPECT_TRUE(is_unrepairable(p, false));
  EXPECT_FALSE(is_unrepairable(p, true));
}

TEST(PenaltyRepair, ExcludedTypesAreNotRepairable) {
  for (const char* type : {"责令停产停业", "限制开展生产经营活动", "限制从业", "降低资质等级",
                           "吊销许可证件", "吊销营业执照"}) {
    auto p = penalty("P1", "2024-03-15");
    p.penalty_types = {"罚款", type};
    auto v = check(with({p}), TargetType::penalty, "P1", "2024-04-01", false, true);
    ASSERT_EQ(v.failures.size(), 1u) << type;
    EXPECT_EQ(v.failures[0].code, "not_repairable_type") << type;
  }
  auto p = penalty("P1", "2024-03-15");
  p.penalty_types = {"罚款", "没收违法所得"};
  EXPECT_FALSE(is_unrepairable(p, false));
}

TEST(PenaltyRepair, ALaterPenaltyOfTheSameViolationType) {
  auto f = with({penalty("P0", "2023-01-01"), penalty("P1", "2024-03-15"),
                 penalty("P2", "2024-05-01", "其他违法")});
  // P0 is earlier, P2 another type; but two published penalties in 3 years → 12 months.
  EXPECT_TRUE(check(f, TargetType::penalty, "P1", "2025-03-15").eligible());
  f.penalties.push_back(penalty("P3", "2024-06-01"));
  EXPECT_EQ(codes(check(f, TargetType::penalty, "P1", "2025-03-15")),
            std::set<std::string>{"repeat_violation"});
  // Decided after the application date: not yet a later penalty on that day.
  f.penalties.back().decided_on = "2025-04-01";
  EXPECT_TRUE(check(f, TargetType::penalty, "P1", "2025-03-15").eligible());
}

TEST(PenaltyRepair, NotOnTheAbnormalOrDishonestList) {
  auto f = with({penalty("P1", "2024-03-15")});
  f.abnormal_entries.push_back({1, day("2024-05-01"), day("2024-09-15")});
  EXPECT_EQ(codes(check(f, TargetType::penalty, "P1", "2024-09-14")),
            (std::set<std::string>{"too_early", "on_list"}));
  EXPECT_TRUE(check(f, TargetType::penalty, "P1", "2024-09-15").eligible());
  f.dishonest_entries.push_back({2, "pending_approval", day("2024-05-01"), day("2027-05-01"),
                                 std::nullopt, "penalty", "P1"});
  EXPECT_TRUE(check(f, TargetType::penalty, "P1", "2024-09-15").eligible());
  f.dishonest_entries.back().status = "active";
  EXPECT_EQ(codes(check(f, TargetType::penalty, "P1", "2024-09-15")), std::set<std::string>{"on_list"});
}

TEST(PenaltyRepair, EveryFailedConditionIsListed) {
  auto f = with({penalty("P1", "2024-03-15"), penalty("P2", "2024-04-01")});
  f.abnormal_entries.push_back({1, day("2024-05-01"), std::nullopt});
  auto v = check(f, TargetType::penalty, "P1", "2024-06-01", false, false);
  EXPECT_EQ(codes(v), (std::set<std::string>{"too_early", "repeat_violation", "on_list",
                                             "obligations_not_fulfilled"}));
  EXPECT_EQ(v.failures.size(), 4u);
  for (const auto& d : v.failures) EXPECT_FALSE(d.message.empty());
}

TEST(PenaltyRepair, ObligationsAndRectification) {
  auto f = with({penalty("P1", "2024-03-15")});
  auto v = check(f, TargetType::penalty, "P1", "2024-09-15", true, false);
  ASSERT_EQ(v.failures.size(), 1u);
  EXPECT_EQ(v.failures[0].code, "obligations_not_fulfilled");
  EXPECT_EQ(v.failures[0].field, "rectified");
  v = check(f, TargetType::penalty, "P1", "2024-09-15", false, true);
  EXPECT_EQ(v.failures[0].field, "obligations_fulfilled");
}

TEST(PenaltyRepair, NoSuchPenaltyForThisEnterprise) {
  auto warning = penalty("W", "2024-01-02");
  warning.penalty_types = {"警告"};
  auto repaired = penalty("X", "2023-01-02");
  repaired.repaired_on = "2024-01-01";
  auto future = penalty("F", "2024-12-01");
  auto f = with({warning, repaired, future});
  for (const char* id : {"NONE", "W", "X", "F"}) {
    auto v = check(f, TargetType::penalty, id, "2024-09-15", false, false);
    ASSERT_EQ(v.failures.size(), 1u) << id;
    EXPECT_EQ(v.failures[0].code, "not_found") << id;
  }
}

TEST(AbnormalRepair, AnyTimeOnceTheGroundIsCured) {
  EnterpriseFacts f = with({});
  f.abnormal_entries.push_back({7, day("2024-05-01"), std::nullopt});
  EXPECT_TRUE(check(f, TargetType::abnormal_list, "7", "2024-05-01").eligible());
  EXPECT_EQ(codes(check(f, TargetType::abnormal_list, "7", "2024-05-01", false, true)),
            std::set<std::string>{"obligations_not_fulfilled"});
  EXPECT_EQ(codes(check(f, TargetType::abnormal_list, "8", "2024-05-01")),
            std::set<std::string>{"not_found"});
  f.abnormal_entries[0].removed_on = day("2024-06-01");
  EXPECT_EQ(codes(check(f, TargetType::abnormal_list, "7", "2024-06-01")),
            std::set<std::string>{"not_found"});
}

EnterpriseFacts listed(const char* listed_on) {
  EnterpriseFacts f = with({penalty("BASIS", "2023-12-01")});
  f.penalties[0].penalty_types = {"罚款", "吊销许可证件"};
  const core::Date on = day(listed_on);
  f.dishonest_entries.push_back(
      {9, "active", on, core::add_years(on, 3), std::nullopt, "penalty", "BASIS"});
  return f;
}

TEST(DishonestRepair, BetweenOneAndThreeYearsAfterListing) {
  auto f = listed("2024-01-10");
  EXPECT_EQ(codes(check(f, TargetType::dishonest_list, "9", "2025-01-09")),
            std::set<std::string>{"too_early"});
  EXPECT_TRUE(check(f, TargetType::dishonest_list, "9", "2025-01-10").eligible());
  EXPECT_TRUE(check(f, TargetType::dishonest_list, "9", "2027-01-09").eligible());
  // Three years: expired, nothing left to remove.
  EXPECT_EQ(codes(check(f, TargetType::dishonest_list, "9", "2027-01-10")),
            std::set<std::string>{"not_found"});
}

TEST(DishonestRepair, ListedBeforeWithinFiveYearsWaitsTwoYears) {
  auto f = listed("2024-01-10");
  f.dishonest_entries.push_back({3, "removed", day("2019-01-11"), day("2022-01-11"),
                                 day("2021-01-11"), "penalty", "OLD"});
  auto v = check(f, TargetType::dishonest_list, "9", "2026-01-09");
  EXPECT_TRUE(v.repeat_offender);
  EXPECT_EQ(codes(v), std::set<std::string>{"too_early"});
  EXPECT_TRUE(check(f, TargetType::dishonest_list, "9", "2026-01-10").eligible());
  // Exactly five years before: no longer within them.
  f.dishonest_entries.back().listed_on = day("2019-01-10");
  v = check(f, TargetType::dishonest_list, "9", "2025-01-10");
  EXPECT_TRUE(v.eligible());
  EXPECT_FALSE(v.repeat_offender);
  // A proposal never approved is no listing.
  f.dishonest_entries.back() = {3, "rejected", day("2022-01-11"), day("2025-01-11"), std::nullopt,
                                "penalty", "OLD"};
  EXPECT_TRUE(check(f, TargetType::dishonest_list, "9", "2025-01-10").eligible());
}

TEST(DishonestRepair, NoNewHeavierPenaltySinceListing) {
  auto f = listed("2024-01-10");
  auto same_day = penalty("H0", "2024-01-10");
  same_day.heavier = true;
  f.penalties.push_back(same_day);
  EXPECT_TRUE(check(f, TargetType::dishonest_list, "9", "2025-01-10").eligible());
  auto later = penalty("H1", "2024-06-01", "其他违法");
  later.penalty_types = {"责令停产停业"};
  f.penalties.push_back(later);
  auto v = check(f, TargetType::dishonest_list, "9", "2025-01-10", false, true);
  EXPECT_EQ(codes(v), (std::set<std::string>{"new_heavier_penalty", "obligations_not_fulfilled"}));
  // Not heavier: no failure.
  f.penalties.back().penalty_types = {"罚款"};
  EXPECT_TRUE(check(f, TargetType::dishonest_list, "9", "2025-01-10").eligible());
}

TEST(DishonestRepair, OnlyAnEntryInForce) {
  auto f = listed("2024-01-10");
  f.dishonest_entries[0].status = "pending_approval";
  EXPECT_EQ(codes(check(f, TargetType::dishonest_list, "9", "2025-02-01")),
            std::set<std::string>{"not_found"});
  f.dishonest_entries[0].status = "active";
  EXPECT_EQ(codes(check(f, TargetType::dishonest_list, "10", "2025-02-01")),
            std::set<std::string>{"not_found"});
}

}  // namespace
}  // namespace xj::repair
