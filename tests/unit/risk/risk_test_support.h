// Helpers of the risk unit tests: the shipped models (config/models) and facts built by hand.
#pragma once

#include <gtest/gtest.h>

#include <numeric>
#include <string>

#include "core/config_dir.h"
#include "risk/model_loader.h"
#include "risk/scoring.h"

namespace xj::risk::test {

inline core::Date day(int y, int m, int d) { return *core::Date::from_ymd(y, m, d); }
inline const core::Date kToday = day(2026, 6, 15);

// The shipped models, loaded once; fails the test when any file is refused.
inline const ModelSet& shipped() {
  static const LoadedModels loaded = load_models(core::config_dir() / "models");
  EXPECT_TRUE(loaded.errors.empty()) << (loaded.errors.empty() ? "" : loaded.errors[0].text());
  return loaded.set;
}

inline const Model& model(std::string_view id) {
  const Model* m = shipped().find(id);
  EXPECT_NE(m, nullptr) << id;
  return *m;
}

inline EnterpriseFacts enterprise(std::string status = "存续") {
  EnterpriseFacts f;
  f.uscc = "91430104MA4EMRA639";
  f.registered = true;
  f.region_code = "430104";
  f.status = std::move(status);
  return f;
}

inline PenaltyFact penalty(std::string decided_on, std::int64_t fine_yuan = 0,
                           bool heavier = false, bool revokes = false) {
  return {std::move(decided_on), fine_yuan * 100, heavier, revokes};
}

inline InspectionFact problem_inspection(std::string on) {
  return inspection_fact(std::move(on), "双随机抽查", {"发现问题已责令改正"});
}
inline InspectionFact clean_inspection(std::string on) {
  return inspection_fact(std::move(on), "监督检查", {"未发现问题"});
}
inline InspectionFact failed_sampling(std::string on) {
  return inspection_fact(std::move(on), "监督抽检", {"不合格"});
}

inline std::int64_t factor_sum(const Assessment& a) {
  return std::accumulate(a.factors.begin(), a.factors.end(), std::int64_t{0},
                         [](std::int64_t s, const Factor& f) { return s + f.points; });
}

inline const Factor* factor(const Assessment& a, std::string_view indicator) {
  for (const auto& f : a.factors) {
    if (f.indicator == indicator) return &f;
  }
  return nullptr;
}

inline Assessment score(std::string_view model_id, const EnterpriseFacts& f,
                        std::map<std::string, char> classes = {}) {
  Assessment a = evaluate(model(model_id), f, kToday, classes);
  EXPECT_EQ(factor_sum(a), a.score) << "factors must sum to the score";
  return a;
}

}  // namespace xj::risk::test
