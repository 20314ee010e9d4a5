// The public lists (issue 5 item 4): only active / in-force entries with public fields, region
// filter, pagination; 集中曝光 (exposure).
#include "sanctions_fixture.h"

namespace xj::sanctions_test {
namespace {

class PublicListsTest : public SanctionsTest {};

TEST_F(PublicListsTest, NeverShowsPendingRemovedOrExpiredEntries) {
  const std::string active = make_uscc("MA4L0301");
  const std::string pending = make_uscc("MA4L0302");
  const std::string removed = make_uscc("MA4L0303");
  const std::string expired = make_uscc("MA4L0304");
  for (const auto& u : {active, pending, removed, expired}) {
    add_enterprise(u);
    add_penalty(penalty(u, "罚-" + u.substr(10, 6), "2022-01-01", {"吊销许可证件"}));
  }
  serve(day(2026, 6, 15));
  auto list = [&](const std::string& u, const std::string& on, const std::string& bearer) {
    return ask("POST", "/api/v1/dishonest-list",
               {{"uscc", u}, {"basis", {{"type", "penalty"}, {"id", "罚-" + u.substr(10, 6)}}},
                {"listed_on", on}, {"grounds", "较重行政处罚"}},
               201, bearer);
  };
  list(active, "2026-06-01", admin());
  list(pending, "2026-06-01", token("credit_officer", "4301"));
  json r = list(removed, "2026-06-01", admin());
  ask("POST", "/api/v1/dishonest-list/" + std::to_string(r["id"].get<int>()) + "/removal", {{"reason", "other"}}, 200);
  list(expired, "2023-06-15", admin());  // expires_on 2026-06-15 = today
  json pub = get_public("/api/v1/public/dishonest-list");
  ASSERT_EQ(pub["total"], 1);
  EXPECT_EQ(pub["items"][0]["uscc"], active);
  EXPECT_EQ(pub["items"][0]["grounds"], "较重行政处罚");
  for (const char* internal : {"basis", "proposed_by", "status", "region_code_of_proposer", "hearing_requested"}) {
    EXPECT_FALSE(pub["items"][0].contains(internal)) << internal;
  }
  EXPECT_EQ(pub["page"], 1);
  EXPECT_EQ(pub["page_size"], 20);
  EXPECT_EQ(get("/api/v1/dishonest-list")["total"], 4);
  EXPECT_EQ(get("/api/v1/dishonest-list?status=pending_approval")["total"], 1);
  EXPECT_EQ(get("/api/v1/dishonest-list?status=removed")["total"], 1);
  EXPECT_EQ(get("/api/v1/dishonest-list?status=expired")["total"], 1);
  ask("GET", "/api/v1/dishonest-list?status=gone", nullptr, 422);
  EXPECT_EQ(call("GET", "/api/v1/public/dishonest-list?region=43a", "", "").status, 400);
  EXPECT_EQ(get_public("/api/v1/public/dishonest-list?region=4306")["total"], 0);
  EXPECT_EQ(get_public("/api/v1/public/dishonest-list?region=430102&page_size=1")["items"].size(), 1u);
  // The day before, the expired entry was still in force.
  serve(day(2026, 6, 14));
  EXPECT_EQ(get_public("/api/v1/public/dishonest-list")["total"], 2);
}

TEST_F(PublicListsTest, ExposureListsDishonestAndRepeatOffenders) {
  const std::string listed = make_uscc("MA4L0311");
  const std::string repeat = make_uscc("MA4L0312", "430602");
  const std::string twice = make_uscc("MA4L0313");
  add_enterprise(listed);
  add_enterprise(repeat, "430602");
  add_enterprise(twice);
  add_penalty(penalty(listed, "罚-列", "2026-01-01", {"吊销许可证件"}));
  // Three published penalties within 3 years (the oldest decided on the first day of the window).
  add_penalty(penalty(repeat, "罚-1", "2023-06-16", {"罚款"}));
  add_penalty(penalty(repeat, "罚-2", "2024-06-16", {"罚款"}));
  add_penalty(penalty(repeat, "罚-3", "2025-06-16", {"罚款"}));
  // Two published, one warning-only, one simple-procedure: not repeat.
  add_penalty(penalty(twice, "罚-a", "2025-01-01", {"罚款"}));
  add_penalty(penalty(twice, "罚-b", "2025-02-01", {"罚款"}));
  add_penalty(penalty(twice, "罚-c", "2025-03-01", {"警告"}));
  auto simple = penalty(twice, "罚-d", "2025-04-01", {"罚款"});
  simple.procedure = "简易";
  add_penalty(simple);
  serve(day(2026, 6, 15));
  ask("POST", "/api/v1/dishonest-list", {{"uscc", listed}, {"basis", {{"type", "penalty"}, {"id", "罚-列"}}}}, 201);
  json x = get_public("/api/v1/public/exposure");
  ASSERT_EQ(x["total"], 2);
  EXPECT_EQ(x["items"][0]["uscc"], listed);
  EXPECT_EQ(x["items"][0]["reasons"], json::array({"dishonest_list"}));
  EXPECT_EQ(x["items"][1]["uscc"], repeat);
  EXPECT_EQ(x["items"][1]["published_penalties_3y"], 3);
  EXPECT_EQ(x["items"][1]["reasons"], json::array({"repeat_penalties"}));
  EXPECT_EQ(get_public("/api/v1/public/exposure?region=4306")["total"], 1);
  // One day later the oldest penalty leaves the 3-year window.
  serve(day(2026, 6, 16));
  EXPECT_EQ(get_public("/api/v1/public/exposure?region=4306")["total"], 0);
}

}  // namespace
}  // namespace xj::sanctions_test
