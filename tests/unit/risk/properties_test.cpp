// Properties over many generated enterprises, for every shipped model: the factors always sum
// to the score, and adding a penalty never lowers a score (monotonicity).
#include <random>

#include "risk_test_support.h"

namespace xj::risk::test {
namespace {

std::string random_day(std::mt19937& rng) {
  std::uniform_int_distribution<int> back(0, 5 * 365);
  return core::add_days(kToday, -back(rng)).to_string();
}

EnterpriseFacts random_enterprise(std::mt19937& rng) {
  std::uniform_int_distribution<int> few(0, 4), coin(0, 1), category(101, 131);
  EnterpriseFacts f = enterprise();
  if (coin(rng)) f.established_on = random_day(rng);
  f.keylist.push_back({"food_production", "普通食品", "SC" + std::to_string(category(rng)) + "43010200012"});
  const char* subs[] = {"电梯维保", "气瓶充装"};
  f.keylist.push_back({"special_equipment", subs[coin(rng)], "TS1"});
  if (coin(rng)) f.licences.push_back({"TS1", coin(rng) ? "有效" : "吊销", random_day(rng)});
  for (int i = few(rng); i > 0; --i) {
    f.penalties.push_back(penalty(random_day(rng), few(rng) * 300'000, coin(rng) && coin(rng),
                                  coin(rng) && coin(rng) && coin(rng)));
  }
  for (int i = few(rng); i > 0; --i) {
    const int kind = few(rng);
    f.inspections.push_back(kind == 0   ? problem_inspection(random_day(rng))
                            : kind == 1 ? failed_sampling(random_day(rng))
                                        : clean_inspection(random_day(rng)));
  }
  const char* events[] = {"recall", "food_safety_incident", "rescue_late", "accident",
                          "non_own_cylinder_fill", "complaint_substantiated"};
  for (int i = few(rng); i > 0; --i) {
    f.events.push_back({events[few(rng)], random_day(rng), few(rng) + 1});
  }
  f.abnormal_active = coin(rng) && coin(rng);
  f.dishonest_active = coin(rng) && coin(rng) && coin(rng);
  if (coin(rng)) f.false_commitments.push_back(random_day(rng));
  return f;
}

TEST(RiskProperties, FactorsSumToTheScore) {
  std::mt19937 rng(7);
  for (int i = 0; i < 2000; ++i) {
    const EnterpriseFacts f = random_enterprise(rng);
    for (const auto& a : evaluate_all(shipped(), f, kToday)) {
      ASSERT_EQ(factor_sum(a), a.score) << a.model << " #" << i;
      for (const auto& x : a.factors) EXPECT_FALSE(x.reason.empty()) << x.indicator;
    }
  }
}

TEST(RiskProperties, AddingAPenaltyNeverLowersAScoreOrAClass) {
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> coin(0, 1);
  for (int i = 0; i < 2000; ++i) {
    const EnterpriseFacts before = random_enterprise(rng);
    EnterpriseFacts after = before;
    after.penalties.push_back(penalty(random_day(rng), coin(rng) * 2'000'000, coin(rng), coin(rng)));
    const auto a = evaluate_all(shipped(), before, kToday);
    const auto b = evaluate_all(shipped(), after, kToday);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t m = 0; m < a.size(); ++m) {
      EXPECT_GE(b[m].score, a[m].score) << a[m].model << " #" << i;
      EXPECT_GE(b[m].cls, a[m].cls) << a[m].model << " #" << i;
    }
  }
}

}  // namespace
}  // namespace xj::risk::test
