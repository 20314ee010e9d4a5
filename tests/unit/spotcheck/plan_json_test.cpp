// Plan validation (issue 7 item 2): defaults from §7.5, refusals with their fields.
#include "spotcheck/plan_json.h"

#include <gtest/gtest.h>

namespace xj::spotcheck {
namespace {

using nlohmann::json;

json valid_plan() {
  return {{"name", "2026 年食品生产双随机抽查"},
          {"matter_codes", {"SC-001"}},
          {"population", {{"areas", {"food_production"}}, {"region_prefix", "4301"}}},
          {"inspector_filter", {{"region_prefix", "4301"}, {"domain", "食品"}}},
          {"due_on", "2026-09-30"},
          {"seed_commitment", std::string(64, 'e')}};
}

bool any_model(std::string_view) { return true; }

std::string first_field(const Result<Plan>& r) {
  return r || r.error().details.empty() ? "" : r.error().details.front().field;
}

TEST(PlanJson, DefaultsFromRule75) {
  auto plan = plan_from_json(valid_plan(), "43", any_model);
  ASSERT_TRUE(plan) << plan.error().message;
  EXPECT_EQ(plan->ratio_bp, (std::array<int, 4>{200, 500, 2000, 6000}));
  EXPECT_EQ(plan->model, "general");
  EXPECT_EQ(plan->inspectors_per_task, 2);
  EXPECT_EQ(plan->exclude_days, 0);
  EXPECT_EQ(plan->region_prefix, "4301");
  auto j = valid_plan();
  j["ratios"] = {{"A", 0.03}, {"C", 0.1234}};
  j.erase("population");
  plan = plan_from_json(j, "4302", any_model);
  ASSERT_TRUE(plan);
  EXPECT_EQ(plan->ratio_bp, (std::array<int, 4>{300, 500, 1234, 6000}));
  EXPECT_EQ(plan->region_prefix, "4302");
  EXPECT_EQ(plan->areas.size(), 2u);
  EXPECT_EQ(plan_json(*plan)["ratios"]["C"].get<double>(), 0.1234);
}

TEST(PlanJson, Refusals) {
  auto with = [](const char* key, json value) {
    auto j = valid_plan();
    j[key] = std::move(value);
    return plan_from_json(j, "43", any_model);
  };
  EXPECT_EQ(first_field(with("inspectors_per_task", 1)), "inspectors_per_task");
  EXPECT_EQ(first_field(with("ratios", {{"B", 1.5}})), "ratios.B");
  EXPECT_EQ(first_field(with("ratios", {{"B", 0.12345}})), "ratios.B");
  EXPECT_EQ(first_field(with("ratios", {{"D", -0.1}})), "ratios.D");
  EXPECT_EQ(first_field(with("seed_commitment", "")), "seed_commitment");
  EXPECT_EQ(first_field(with("seed_commitment", std::string(64, 'E'))), "seed_commitment");
  EXPECT_EQ(first_field(with("matter_codes", json::array())), "matter_codes");
  EXPECT_EQ(first_field(with("due_on", "2026-02-30")), "due_on");
  auto j = valid_plan();
  j.erase("seed_commitment");
  auto r = plan_from_json(j, "43", any_model);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::validation_failed);
  EXPECT_EQ(r.error().details.front().code, "missing_field");
  EXPECT_FALSE(plan_from_json(valid_plan(), "43", [](std::string_view) { return false; }));
}

}  // namespace
}  // namespace xj::spotcheck
