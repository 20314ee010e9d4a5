// domain-rules.md §7.2–7.4 as shipped: the food model's static table, dynamic cap, credit
// adjustment and overrides; the elevator and LPG demerits and vetoes.
#include "risk_test_support.h"

namespace xj::risk::test {
namespace {

EnterpriseFacts food(std::string licence_no) {
  EnterpriseFacts f = enterprise();
  f.keylist.push_back({"food_production", "普通食品", std::move(licence_no)});
  return f;
}

EnterpriseFacts equipment(std::string subcategory, std::string licence_no = "TS3343001-2028") {
  EnterpriseFacts f = enterprise();
  f.keylist.push_back({"special_equipment", std::move(subcategory), std::move(licence_no)});
  return f;
}

TEST(FoodModel, AppliesToTheFoodListOnly) {
  EXPECT_TRUE(applies(model("food_production"), food("SC10143010200012")));
  EXPECT_FALSE(applies(model("food_production"), enterprise()));
  EXPECT_FALSE(applies(model("food_production"), equipment("电梯维保")));
}

TEST(FoodModel, StaticTableByMainLicenceCategory) {
  const std::map<std::string, std::int64_t> expected = {
      {"127", 40}, {"128", 40}, {"129", 40}, {"104", 35}, {"105", 35}, {"130", 30},
      {"106", 25}, {"109", 25}, {"110", 25}, {"111", 25}, {"122", 25}, {"124", 25},
      {"125", 25}, {"203", 25}, {"102", 20}, {"103", 20}, {"107", 20}, {"115", 20},
      {"119", 20}, {"120", 20}, {"126", 20}, {"201", 20}, {"202", 20}, {"101", 15},
      {"108", 15}, {"112", 15}, {"131", 15}};
  for (const auto& [category, points] : expected) {
    Assessment a = score("food_production", food("SC" + category + "43010200012"));
    EXPECT_EQ(a.score, points) << category;
    ASSERT_NE(factor(a, "static_risk"), nullptr) << category;
    EXPECT_EQ(factor(a, "static_risk")->value_json, "\"" + category + "\"");
  }
  // Several food entries: the highest static risk.
  EnterpriseFacts f = food("SC10143010200012");
  f.keylist.push_back({"food_production", "特殊食品", "SC12743010200019"});
  EXPECT_EQ(score("food_production", f).score, 40);
}

TEST(FoodModel, DynamicRiskCappedAt60AfterAddingEverything) {
  EnterpriseFacts f = food("SC10143010200012");  // static 15
  for (int i = 0; i < 4; ++i) f.inspections.push_back(problem_inspection("2026-0" + std::to_string(i + 1) + "-02"));
  EXPECT_EQ(score("food_production", f).score, 15 + 30);  // 4 × 10 capped at 30
  f.inspections.push_back(failed_sampling("2026-05-01"));
  EXPECT_EQ(score("food_production", f).score, 15 + 45);
  f.penalties.push_back(penalty("2026-05-02"));
  Assessment a = score("food_production", f);
  EXPECT_EQ(a.score, 15 + 55);  // 30 + 15 + 10
  f.penalties.push_back(penalty("2026-05-03", 0, /*heavier=*/true));  // +10 +20
  a = score("food_production", f);
  EXPECT_EQ(a.score, 15 + 60);  // 30 + 15 + 20 + 20 = 85 → 60
  ASSERT_NE(factor(a, "dynamic_cap"), nullptr);
  EXPECT_EQ(factor(a, "dynamic_cap")->points, -25);
  EXPECT_EQ(a.cls, 'D');  // 75 > 60
}

TEST(FoodModel, EventsCountTheirCountAndTheWindowIs12Months) {
  EnterpriseFacts f = food("SC10143010200012");
  f.events.push_back({"recall", "2025-06-15", 1});  // today − 12 months: outside
  EXPECT_EQ(score("food_production", f).score, 15);
  f.events.push_back({"recall", "2025-06-16", 2});
  EXPECT_EQ(score("food_production", f).score, 15 + 20);
}

TEST(FoodModel, CreditAdjustmentFromTheGeneralClass) {
  const EnterpriseFacts f = food("SC10143010200012");
  EXPECT_EQ(score("food_production", f, {{"general", 'A'}}).score, 15);
  EXPECT_EQ(score("food_production", f, {{"general", 'B'}}).score, 20);
  EXPECT_EQ(score("food_production", f, {{"general", 'C'}}).score, 25);
  EXPECT_EQ(score("food_production", f, {{"general", 'D'}}).score, 35);
  // evaluate_all computes general first and feeds it in.
  EnterpriseFacts listed = f;
  listed.dishonest_active = 1;  // general D (override) → +20; food itself → D
  auto all = evaluate_all(shipped(), listed, kToday);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].model, "general");
  EXPECT_EQ(all[0].cls, 'D');
  EXPECT_EQ(all[1].score, 35);
  EXPECT_EQ(all[1].cls, 'D');
}

TEST(FoodModel, BandEdgesAndOverrides) {
  const auto& bands = model("food_production").bands;
  EXPECT_EQ(band_of(bands, 30), 'A');
  EXPECT_EQ(band_of(bands, 31), 'B');
  EXPECT_EQ(band_of(bands, 45), 'B');
  EXPECT_EQ(band_of(bands, 46), 'C');
  EXPECT_EQ(band_of(bands, 60), 'C');
  EXPECT_EQ(band_of(bands, 61), 'D');
  EnterpriseFacts f = food("SC10143010200012");
  f.penalties.push_back(penalty("2025-06-16", 0, false, /*revokes=*/true));
  Assessment a = score("food_production", f);
  EXPECT_EQ(a.cls, 'D');
  EXPECT_NE(factor(a, "licence_revoked_1y"), nullptr);
  f.penalties.back().decided_on = "2025-06-15";  // outside 12 months: no override
  EXPECT_EQ(score("food_production", f).cls, 'A');
  f = food("SC10143010200012");
  f.events.push_back({"food_safety_incident", "2026-01-01", 1});
  a = score("food_production", f);
  EXPECT_EQ(a.score, 45);
  EXPECT_EQ(a.cls, 'D');
}

TEST(ElevatorModel, DemeritsAndBands) {
  EnterpriseFacts f = equipment("电梯维保");
  f.licences.push_back({"TS3343001-2028", "有效", "2028-12-31"});
  EXPECT_FALSE(applies(model("elevator_maintenance"), equipment("气瓶充装")));
  f.penalties.push_back(penalty("2026-01-01"));
  EXPECT_EQ(score("elevator_maintenance", f).cls, 'A');  // 10
  f.inspections.push_back(problem_inspection("2026-02-01"));
  EXPECT_EQ(score("elevator_maintenance", f).cls, 'B');  // 15
  f.events.push_back({"rescue_late", "2026-03-01", 1});
  f.events.push_back({"complaint_substantiated", "2026-03-02", 1});
  EXPECT_EQ(score("elevator_maintenance", f).score, 30);
  EXPECT_EQ(score("elevator_maintenance", f).cls, 'C');
  f.events.push_back({"fault_recurrence", "2026-04-01", 1});
  EXPECT_EQ(score("elevator_maintenance", f).cls, 'C');  // 40
  f.events.push_back({"complaint_substantiated", "2026-04-02", 1});
  EXPECT_EQ(score("elevator_maintenance", f).cls, 'D');  // 45
}

TEST(ElevatorModel, Vetoes) {
  EnterpriseFacts f = equipment("电梯维保");
  // No licence record on file: no veto, and a 0-point factor says so.
  Assessment a = score("elevator_maintenance", f);
  EXPECT_EQ(a.cls, 'A');
  ASSERT_NE(factor(a, "licence_invalid_not_on_file"), nullptr);
  EXPECT_EQ(factor(a, "licence_invalid_not_on_file")->points, 0);
  f.licences.push_back({"TS3343001-2028", "有效", "2026-06-15"});  // last day in force: today
  EXPECT_EQ(score("elevator_maintenance", f).cls, 'A');
  f.licences.back().valid_until = "2026-06-14";  // expired
  EXPECT_EQ(score("elevator_maintenance", f).cls, 'D');
  for (const char* status : {"吊销", "撤销", "注销"}) {
    f.licences.back() = {"TS3343001-2028", status, "2028-12-31"};
    EXPECT_EQ(score("elevator_maintenance", f).cls, 'D') << status;
  }
  f.licences.back().status = "有效";
  f.events.push_back({"accident", "2024-06-15", 1});  // today − 24 months: outside
  EXPECT_EQ(score("elevator_maintenance", f).cls, 'A');
  f.events.push_back({"accident", "2024-06-16", 1});
  EXPECT_EQ(score("elevator_maintenance", f).cls, 'D');
  f.events.clear();
  f.abnormal_active = 1;
  EXPECT_EQ(score("elevator_maintenance", f).cls, 'D');
  f.abnormal_active = 0;
  f.dishonest_active = 1;
  EXPECT_EQ(score("elevator_maintenance", f).cls, 'D');
}

TEST(LpgModel, DemeritsAndVetoes) {
  EnterpriseFacts f = equipment("气瓶充装", "TS4243001-2027");
  f.licences.push_back({"TS4243001-2027", "有效", "2027-12-31"});
  f.events.push_back({"overdue_cylinder_fill", "2026-01-01", 1});
  EXPECT_EQ(score("lpg_filling", f).score, 10);
  f.events.push_back({"non_own_cylinder_fill", "2026-01-02", 1});
  Assessment a = score("lpg_filling", f);
  EXPECT_EQ(a.score, 25);
  EXPECT_EQ(a.cls, 'B');
  f.events.back().count = 2;  // 2+ non-own fills in 12 months → D
  a = score("lpg_filling", f);
  EXPECT_EQ(a.score, 40);
  EXPECT_EQ(a.cls, 'D');
  f = equipment("气瓶充装", "TS4243001-2027");
  f.licences.push_back({"TS4243001-2027", "有效", "2026-06-14"});
  EXPECT_EQ(score("lpg_filling", f).cls, 'D');
  f.licences.back().valid_until = "2027-01-01";
  f.abnormal_active = 1;  // not a veto for LPG
  EXPECT_EQ(score("lpg_filling", f).cls, 'A');
}

}  // namespace
}  // namespace xj::risk::test
