// domain-rules.md §7.1, the `general` model as shipped: each indicator, its window edges and
// caps, the bands' edges, the floor and the dishonest-list override.
#include "risk_test_support.h"

namespace xj::risk::test {
namespace {

TEST(GeneralModel, CleanEnterpriseIsAWithNoFactors) {
  Assessment a = score("general", enterprise());
  EXPECT_EQ(a.score, 0);
  EXPECT_EQ(a.cls, 'A');
  EXPECT_TRUE(a.factors.empty());
  EXPECT_EQ(a.model_version, "2026.1");
}

TEST(GeneralModel, EstablishedTiersToTheDay) {
  EnterpriseFacts f = enterprise();
  // established_on > today − 1 year → 8; today − 1 year itself is not within 1 year → 4.
  f.established_on = "2025-06-16";
  EXPECT_EQ(score("general", f).score, 8);
  f.established_on = "2025-06-15";
  EXPECT_EQ(score("general", f).score, 4);
  f.established_on = "2023-06-16";
  EXPECT_EQ(score("general", f).score, 4);
  f.established_on = "2023-06-15";
  EXPECT_EQ(score("general", f).score, 0);
  f.established_on.reset();  // no 成立日期: no age points
  EXPECT_EQ(score("general", f).score, 0);
  f.established_on = "2026-01-01";
  const Assessment young = score("general", f);
  const Factor* age = factor(young, "established");
  ASSERT_NE(age, nullptr);
  EXPECT_EQ(age->value_json, "\"2026-01-01\"");
  EXPECT_NE(age->reason.find("2026-01-01"), std::string::npos);
}

TEST(GeneralModel, PenaltiesSixEachCappedAt24InThreeYears) {
  EnterpriseFacts f = enterprise();
  f.penalties.push_back(penalty("2023-06-15"));  // today − 3 years: outside the window
  EXPECT_EQ(score("general", f).score, 0);
  f.penalties.push_back(penalty("2023-06-16"));  // inside
  EXPECT_EQ(score("general", f).score, 6);
  for (int i = 0; i < 3; ++i) f.penalties.push_back(penalty("2026-01-0" + std::to_string(i + 1)));
  EXPECT_EQ(score("general", f).score, 24);  // 4 × 6
  f.penalties.push_back(penalty("2026-06-15"));
  Assessment a = score("general", f);
  EXPECT_EQ(a.score, 24);  // 5 × 6 capped
  EXPECT_EQ(factor(a, "penalties_3y")->value_json, "5");
  f.penalties.push_back(penalty("2026-06-16"));  // after today: not yet
  EXPECT_EQ(score("general", f).score, 24);
}

TEST(GeneralModel, HeavierPenaltyAndFines) {
  EnterpriseFacts f = enterprise();
  f.penalties.push_back(penalty("2025-01-10", 0, /*heavier=*/true));
  EXPECT_EQ(score("general", f).score, 6 + 15);
  f = enterprise();
  f.penalties.push_back(penalty("2025-01-10", 99'999));
  EXPECT_EQ(score("general", f).score, 6);
  f.penalties.back().fine_fen = 100'000'00;  // ≥ 100 000 yuan → 5
  EXPECT_EQ(score("general", f).score, 11);
  f.penalties.push_back(penalty("2025-02-10", 899'999));
  f.penalties.back().fine_fen += 99;  // 999 999.99 in total
  EXPECT_EQ(score("general", f).score, 12 + 5);
  f.penalties.back().fine_fen += 1;  // 1 000 000 → 10
  Assessment a = score("general", f);
  EXPECT_EQ(a.score, 12 + 10);
  EXPECT_EQ(factor(a, "fines_3y")->value_json, "1000000");
}

TEST(GeneralModel, InspectionsSamplingsAndTheCleanBonus) {
  EnterpriseFacts f = enterprise();
  for (int i = 0; i < 4; ++i) f.inspections.push_back(problem_inspection("2025-0" + std::to_string(i + 1) + "-01"));
  EXPECT_EQ(score("general", f).score, 12);  // 4 × 4 capped at 12
  f = enterprise();
  f.inspections.push_back(problem_inspection("2024-06-15"));  // today − 2 years: outside
  f.inspections.push_back(problem_inspection("2024-06-16"));
  EXPECT_EQ(score("general", f).score, 4);
  f = enterprise();
  f.inspections.push_back(failed_sampling("2025-06-15"));  // today − 1 year: outside
  EXPECT_EQ(score("general", f).score, 0);
  for (int i = 0; i < 4; ++i) f.inspections.push_back(failed_sampling("2025-1" + std::to_string(i) + "-01"));
  EXPECT_EQ(score("general", f).score, 18);  // 4 × 6 capped at 18
  // ≥ 2 inspections (sampling excluded) in 2 years, none a problem → −5, floored at 0.
  f = enterprise();
  f.inspections = {clean_inspection("2025-01-01"), failed_sampling("2025-09-01")};
  EXPECT_EQ(score("general", f).score, 6);  // one clean inspection is not enough
  f.inspections.push_back(clean_inspection("2026-01-01"));
  Assessment a = score("general", f);
  EXPECT_EQ(a.score, 1);
  EXPECT_EQ(factor(a, "clean_inspections_2y")->points, -5);
  f.inspections.push_back(problem_inspection("2026-02-01"));  // a problem cancels the bonus
  EXPECT_EQ(score("general", f).score, 10);
  f = enterprise();
  f.inspections = {clean_inspection("2025-01-01"), clean_inspection("2026-01-01")};
  a = score("general", f);
  EXPECT_EQ(a.score, 0);  // −5 lifted to the floor, and the lift is a factor
  ASSERT_NE(factor(a, "score_floor"), nullptr);
  EXPECT_EQ(factor(a, "score_floor")->points, 5);
}

TEST(GeneralModel, ListsAndFalseCommitments) {
  EnterpriseFacts f = enterprise();
  f.abnormal_active = 1;
  EXPECT_EQ(score("general", f).score, 15);
  f = enterprise();
  f.false_commitments = {"2023-06-15"};
  EXPECT_EQ(score("general", f).score, 0);
  f.false_commitments.push_back("2023-06-16");
  EXPECT_EQ(score("general", f).score, 10);
}

TEST(GeneralModel, BandEdges) {
  const auto& bands = model("general").bands;
  EXPECT_EQ(band_of(bands, 10), 'A');
  EXPECT_EQ(band_of(bands, 11), 'B');
  EXPECT_EQ(band_of(bands, 25), 'B');
  EXPECT_EQ(band_of(bands, 26), 'C');
  EXPECT_EQ(band_of(bands, 45), 'C');
  EXPECT_EQ(band_of(bands, 46), 'D');
  // Through real factors: 8 (new) = A; + abnormal 15 = 23 B; + 6 = 29 C.
  EnterpriseFacts f = enterprise();
  f.established_on = "2026-01-01";
  EXPECT_EQ(score("general", f).cls, 'A');
  f.abnormal_active = 1;
  EXPECT_EQ(score("general", f).cls, 'B');
  f.penalties.push_back(penalty("2026-01-01"));
  EXPECT_EQ(score("general", f).cls, 'C');
}

TEST(GeneralModel, DishonestListOverridesToD) {
  EnterpriseFacts f = enterprise();
  f.dishonest_active = 1;
  Assessment a = score("general", f);
  EXPECT_EQ(a.score, 0);
  EXPECT_EQ(a.cls, 'D');
  ASSERT_NE(factor(a, "dishonest_list"), nullptr);
  EXPECT_EQ(factor(a, "dishonest_list")->points, 0);
}

TEST(GeneralModel, DeregisteredIsNotClassified) {
  EXPECT_FALSE(applies(model("general"), enterprise("注销")));
  EXPECT_FALSE(applies(model("general"), enterprise("迁出")));
  EXPECT_TRUE(applies(model("general"), enterprise("吊销")));
  EXPECT_TRUE(evaluate_all(shipped(), enterprise("注销"), kToday).empty());
}

}  // namespace
}  // namespace xj::risk::test
