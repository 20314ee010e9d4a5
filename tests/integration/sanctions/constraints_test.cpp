// GET /api/v1/constraints/{uscc} and POST /api/v1/constraints:batch (§4.3): measures, basis
// ids, since/until to the day, restricted, unknown and malformed codes, batch limits.
#include <chrono>
#include <cstdio>

#include "sanctions/constraints.h"
#include "sanctions_fixture.h"

namespace xj::sanctions_test {
namespace {

class ConstraintsTest : public SanctionsTest {
 protected:
  // code → basis of each measure, for compact comparisons.
  static std::multimap<std::string, std::string> measures(const json& answer) {
    std::multimap<std::string, std::string> out;
    for (const auto& m : answer["measures"]) out.emplace(m["code"], m["basis"]);
    return out;
  }
  void add_false_commitment(const std::string& uscc, const std::string& verified_on,
                            std::optional<std::string> repaired_on = std::nullopt) {
    write([&](store::Session& s) -> Status {
      return s.exec("INSERT INTO commitments (uscc, kind, text, made_on, verification_result, "
                    "verified_on, repaired_on, is_public, region_code, created_by) VALUES "
                    "(?, 'approval', '承诺符合条件', '2025-01-01', 'inconsistent', ?, ?, 1, '430102', 't')",
                    {store::Value{uscc}, store::Value{verified_on}, store::null_or(repaired_on)})
          .map([](auto) {});
    });
  }
};

TEST_F(ConstraintsTest, UnknownCodeIsUnrestrictedAndMalformedIs422) {
  serve(day(2026, 6, 15));
  const std::string a = make_uscc("MA4L0201");
  json r = get("/api/v1/constraints/" + a);
  EXPECT_EQ(r["uscc"], a);
  EXPECT_EQ(r["as_of"], "2026-06-15");
  EXPECT_EQ(r["restricted"], false);
  EXPECT_TRUE(r["measures"].empty());
  json err = ask("GET", "/api/v1/constraints/91430102MA4L02", nullptr, 422);
  EXPECT_EQ(err["error"]["details"][0]["code"], "invalid_uscc");
  // Partners may ask; enterprises may not.
  EXPECT_EQ(get("/api/v1/constraints/" + a, token("partner", "43"))["restricted"], false);
  ask("GET", "/api/v1/constraints/" + a, nullptr, 403, token("enterprise", "43", a));
}

TEST_F(ConstraintsTest, DishonestEntryUntilTheDayBeforeExpiry) {
  const std::string a = make_uscc("MA4L0202");
  add_penalty(penalty(a, "罚-甲", "2026-01-01", {"责令停产停业"}));
  serve(day(2026, 1, 10));
  json e = ask("POST", "/api/v1/dishonest-list",
               {{"uscc", a}, {"basis", {{"type", "penalty"}, {"id", "罚-甲"}}}, {"listed_on", "2026-01-10"}}, 201);
  json r = get("/api/v1/constraints/" + a);
  EXPECT_EQ(r["restricted"], true);
  ASSERT_EQ(r["measures"].size(), 6u);
  for (const auto& m : r["measures"]) {
    EXPECT_EQ(m["basis"], "dishonest_list");
    EXPECT_EQ(m["basis_id"], e["id"]);
    EXPECT_EQ(m["since"], "2026-01-10");
    EXPECT_EQ(m["until"], "2029-01-09");
  }
  EXPECT_EQ(measures(r).count("no_commitment_route"), 1u);
  EXPECT_EQ(get("/api/v1/constraints/" + a + "?as_of=2029-01-09")["measures"].size(), 6u);
  EXPECT_TRUE(get("/api/v1/constraints/" + a + "?as_of=2029-01-10")["measures"].empty());
  EXPECT_TRUE(get("/api/v1/constraints/" + a + "?as_of=2026-01-09")["measures"].empty());
  serve(day(2029, 1, 10));
  EXPECT_EQ(get("/api/v1/constraints/" + a)["restricted"], false);
}

TEST_F(ConstraintsTest, AbnormalEntryIsOpenEndedAndOnlyKeySupervisionIsNotARestriction) {
  const std::string a = make_uscc("MA4L0203");
  const std::string b = make_uscc("MA4L0204");
  serve(day(2026, 6, 15));
  json e = ask("POST", "/api/v1/abnormal-list", {{"uscc", a}, {"ground", "annual_report"}, {"listed_on", "2026-06-01"}}, 201);
  json r = get("/api/v1/constraints/" + a);
  EXPECT_EQ(r["restricted"], true);
  EXPECT_EQ(measures(r), (std::multimap<std::string, std::string>{
                             {"key_supervision", "abnormal_list"},
                             {"restrict_bidding", "abnormal_list"},
                             {"restrict_honours", "abnormal_list"},
                             {"restrict_procurement", "abnormal_list"}}));
  EXPECT_TRUE(r["measures"][0]["until"].is_null());
  EXPECT_EQ(r["measures"][0]["basis_id"], e["id"]);
  ask("POST", "/api/v1/abnormal-list/" + std::to_string(e["id"].get<int>()) + "/removal", {{"reason", "cured"}}, 200);
  EXPECT_TRUE(get("/api/v1/constraints/" + a)["measures"].empty());
  EXPECT_EQ(get("/api/v1/constraints/" + a + "?as_of=2026-06-14")["measures"].size(), 4u);
  // A false commitment: no_commitment_route (a restriction) and key_supervision.
  add_false_commitment(b, "2026-03-01");
  r = get("/api/v1/constraints/" + b);
  EXPECT_EQ(r["restricted"], true);
  ASSERT_EQ(r["measures"].size(), 2u);
  EXPECT_EQ(r["measures"][0]["basis"], "commitment");
  EXPECT_EQ(r["measures"][0]["until"], "2029-02-28");
  EXPECT_EQ(get("/api/v1/constraints/" + b + "?as_of=2029-02-28")["measures"].size(), 2u);
  EXPECT_TRUE(get("/api/v1/constraints/" + b + "?as_of=2029-03-01")["measures"].empty());
}

TEST_F(ConstraintsTest, FalseCommitmentEndsEarlyByRepair) {
  const std::string a = make_uscc("MA4L0205");
  add_false_commitment(a, "2025-05-10", "2026-06-15");
  serve(day(2026, 6, 14));
  EXPECT_EQ(get("/api/v1/constraints/" + a)["measures"].size(), 2u);
  serve(day(2026, 6, 15));
  EXPECT_TRUE(get("/api/v1/constraints/" + a)["measures"].empty());
}

TEST_F(ConstraintsTest, FoodLicenceRevocationBansLicensingForFiveYears) {
  const std::string a = make_uscc("MA4L0206");
  add_penalty(penalty(a, "罚-吊销", "2024-02-29", {"罚款", "吊销许可证件"}));
  auto other_area = penalty(a, "罚-特设", "2025-01-01", {"吊销许可证件"});
  other_area.area = "special_equipment";
  add_penalty(other_area);
  serve(day(2026, 6, 15));
  json r = get("/api/v1/constraints/" + a);
  ASSERT_EQ(r["measures"].size(), 1u);
  EXPECT_EQ(r["measures"][0]["code"], "restrict_licensing");
  EXPECT_EQ(r["measures"][0]["basis"], "penalty");
  EXPECT_EQ(r["measures"][0]["basis_id"], "罚-吊销");
  EXPECT_EQ(r["measures"][0]["since"], "2024-02-29");
  EXPECT_EQ(r["measures"][0]["until"], "2029-02-27");  // 2029-02-28 − 1 day
  EXPECT_EQ(r["restricted"], true);
  EXPECT_EQ(get("/api/v1/constraints/" + a + "?as_of=2029-02-27")["measures"].size(), 1u);
  EXPECT_TRUE(get("/api/v1/constraints/" + a + "?as_of=2029-02-28")["measures"].empty());
  // Without an area: food when the enterprise holds a food-production licence.
  const std::string b = make_uscc("MA4L0207");
  auto no_area = penalty(b, "罚-无领域", "2026-01-01", {"吊销许可证件"});
  no_area.area.reset();
  add_penalty(no_area);
  EXPECT_TRUE(get("/api/v1/constraints/" + b)["measures"].empty());
  write([&](store::Session& s) {
    collection::Licence l;
    l.licence_no = "SC10143010200099";
    l.uscc = b;
    l.name = "示例企业";
    l.licence_type = "食品生产许可";
    l.issuer = "长沙市市场监督管理局";
    l.issued_on = "2020-01-02";
    l.valid_until = "2025-01-01";
    l.status = "吊销";
    return collection::upsert_licence(s, l);
  });
  EXPECT_EQ(get("/api/v1/constraints/" + b)["measures"].size(), 1u);
}

TEST_F(ConstraintsTest, BatchAnswersInOrderUpToAThousand) {
  const std::string a = make_uscc("MA4L0208");
  serve(day(2026, 6, 15));
  ask("POST", "/api/v1/abnormal-list", {{"uscc", a}, {"ground", "false_info"}}, 201);
  json r = ask("POST", "/api/v1/constraints:batch",
               {{"uscc", {a, make_uscc("MA4L0209"), "bad-code"}}}, 200, token("partner", "43"));
  ASSERT_EQ(r["items"].size(), 3u);
  EXPECT_EQ(r["items"][0]["restricted"], true);
  EXPECT_EQ(r["items"][1]["restricted"], false);
  EXPECT_EQ(r["items"][2]["error"]["code"], "invalid_uscc");
  json many = json::array();
  for (int i = 0; i < 1000; ++i) many.push_back(a);
  EXPECT_EQ(ask("POST", "/api/v1/constraints:batch", {{"uscc", many}}, 200)["items"].size(), 1000u);
  many.push_back(a);
  EXPECT_EQ(ask("POST", "/api/v1/constraints:batch", {{"uscc", many}}, 400)["error"]["code"], "bad_request");
  ask("POST", "/api/v1/constraints:batch", {{"codes", many}}, 400);
}

// Not a timed test: prints the in-process cost of one answer (facts read + computed) for the
// report; the assertion only guards against a pathological regression.
TEST_F(ConstraintsTest, SingleAnswerCostInProcess) {
  const std::string a = make_uscc("MA4L0210");
  add_penalty(penalty(a, "罚-甲", "2026-01-01", {"吊销许可证件"}));
  serve(day(2026, 6, 15));
  ask("POST", "/api/v1/abnormal-list", {{"uscc", a}, {"ground", "false_info"}}, 201);
  ask("POST", "/api/v1/dishonest-list", {{"uscc", a}, {"basis", {{"type", "penalty"}, {"id", "罚-甲"}}}}, 201);
  constexpr int kRuns = 2000;
  std::size_t n = 0;
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < kRuns; ++i) {
    Status s = db_->read([&](store::Session& session) -> Status {
      XJ_TRY(auto facts, sanctions::load_constraint_facts(session, a));
      n += sanctions::constraints_on(facts, day(2026, 6, 15)).measures.size();
      return {};
    });
    ASSERT_TRUE(s);
  }
  const auto us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(n, static_cast<std::size_t>(kRuns) * 11);
  std::printf("constraints answer (%s): %.1f µs per call in-process\n", testing::backend().c_str(),
              static_cast<double>(us) / kRuns);
}

}  // namespace
}  // namespace xj::sanctions_test
