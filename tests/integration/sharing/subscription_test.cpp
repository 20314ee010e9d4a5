// Subscriptions and watch lists (docs/sharing.md): validation, the URL policy, who may ask for
// risk classes, visibility per owner, deletion, and watch-list filtering.
#include "sharing_fixture.h"

namespace xj::sharing_test {
namespace {

const std::string kWatched = make_uscc("430102", "MA4W0001");
const std::string kOther = make_uscc("430102", "MA4W0002");

std::string error_code(const http::Response& r) { return json::parse(r.body)["error"]["code"]; }

TEST_F(SharingTest, SubscriptionRequestsAreValidated) {
  const std::string path = "/api/v1/subscriptions";
  auto bad = call("POST", path, partner_,
                  {{"url", "http://partner.example.cn/hook"}, {"event_types", {"repair.granted"}}});
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_EQ(json::parse(bad.body)["error"]["details"][0]["code"], "invalid_url");
  EXPECT_EQ(call("POST", path, partner_, {{"url", "ftp://x/"}, {"event_types", {"repair.granted"}}})
                .status,
            422);
  json https = subscribe(
      partner_, {{"url", "https://partner.example.cn/hook"}, {"event_types", {"repair.granted"}}});
  EXPECT_EQ(https["event_types"], json::array({"repair.granted"}));
  EXPECT_EQ(https["region_prefix"], "43");  // the owner's scope by default

  auto unknown = call("POST", path, partner_,
                      {{"url", receiver_.url("/")}, {"event_types", {"repair.granted", "nope"}}});
  ASSERT_EQ(unknown.status, 422);
  json detail = json::parse(unknown.body)["error"]["details"][0];
  EXPECT_EQ(detail["field"], "event_types[1]");
  EXPECT_EQ(detail["code"], "invalid_enum");
  EXPECT_EQ(
      call("POST", path, partner_, {{"url", receiver_.url("/")}, {"event_types", json::array()}})
          .status,
      422);
  EXPECT_EQ(call("POST", path, partner_, {{"event_types", {"repair.granted"}}}).status, 422);
  EXPECT_EQ(
      call("POST", path, partner_,
           {{"url", receiver_.url("/")}, {"event_types", {"repair.granted"}}, {"secret", "short"}})
          .status,
      422);
  auto region = call(
      "POST", path, partner_,
      {{"url", receiver_.url("/")}, {"event_types", {"repair.granted"}}, {"region_prefix", "44"}});
  EXPECT_EQ(region.status, 403);
  EXPECT_EQ(call("POST", path, partner_,
                 {{"url", receiver_.url("/")},
                  {"event_types", {"repair.granted"}},
                  {"region_prefix", "4301x"}})
                .status,
            422);
  EXPECT_EQ(call("POST", path, partner_, "not an object").status, 400);
}

TEST_F(SharingTest, RiskClassChangesGoToInternalSubscriptionsOnly) {
  auto refused = call("POST", "/api/v1/subscriptions", partner_,
                      {{"url", receiver_.url("/partner")},
                       {"event_types", {"risk.class_changed", "repair.granted"}}});
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(error_code(refused), "forbidden");
  json internal = subscribe(
      admin_, {{"url", receiver_.url("/internal")}, {"event_types", {"risk.class_changed"}}});
  EXPECT_EQ(internal["internal"], true);
  // A partner watching the enterprise gets its public changes, never its risk class.
  json partner = subscribe(
      partner_, {{"url", receiver_.url("/partner")}, {"event_types", {"repair.granted"}}});
  const std::string pid = std::to_string(partner["id"].get<std::int64_t>());
  call_json("POST", "/api/v1/subscriptions/" + pid + "/watchlist", partner_, {{"uscc", {kWatched}}},
            200);

  append("risk.class_changed", kWatched,
         {{"model", "general"}, {"from", "B"}, {"to", "D"}, {"score", 31.5}});
  append("repair.granted", kWatched, {{"repair_id", 3}});
  // (the risk capability may push class changes of its own for the same enterprise)
  auto appended_risk = [&] {
    for (const auto& r : receiver_.received_at("/internal")) {
      if (r.event["data"].value("model", "") == "general") return true;
    }
    return false;
  };
  ASSERT_TRUE(deliver_until(
      [&] { return appended_risk() && receiver_.received_at("/partner").size() == 1; }));
  pass();
  for (const auto& r : receiver_.received_at("/internal")) {
    EXPECT_EQ(r.event["type"], "risk.class_changed");
  }
  auto partner_got = receiver_.received_at("/partner");
  ASSERT_EQ(partner_got.size(), 1u);
  EXPECT_EQ(partner_got[0].event["type"], "repair.granted");
}

TEST_F(SharingTest, OwnersSeeTheirOwnSubscriptionsAdminsSeeAllAndDeletionStopsDelivery) {
  json mine = subscribe(
      partner_, {{"url", receiver_.url("/mine")}, {"event_types", {"abnormal_list.added"}}});
  subscribe(other_partner_,
            {{"url", receiver_.url("/theirs")}, {"event_types", {"abnormal_list.added"}}});
  const std::string id = std::to_string(mine["id"].get<std::int64_t>());
  EXPECT_EQ(call_json("GET", "/api/v1/subscriptions", partner_, nullptr, 200)["total"], 1);
  EXPECT_EQ(call_json("GET", "/api/v1/subscriptions", admin_, nullptr, 200)["total"], 2);
  EXPECT_EQ(call("GET", "/api/v1/subscriptions/" + id, other_partner_).status, 404);
  EXPECT_EQ(call("GET", "/api/v1/subscriptions/" + id + "/deliveries", other_partner_).status, 404);
  EXPECT_EQ(call("DELETE", "/api/v1/subscriptions/" + id, other_partner_).status, 404);
  EXPECT_EQ(call("GET", "/api/v1/subscriptions/999999", admin_).status, 404);
  EXPECT_EQ(call("GET", "/api/v1/subscriptions/abc", admin_).status, 404);

  json removed = call_json("DELETE", "/api/v1/subscriptions/" + id, partner_, nullptr, 200);
  EXPECT_EQ(removed["active"], false);
  EXPECT_EQ(call("DELETE", "/api/v1/subscriptions/" + id, partner_).status, 404);
  EXPECT_EQ(call_json("GET", "/api/v1/subscriptions", partner_, nullptr, 200)["total"], 0);

  append("abnormal_list.added", kOther, {{"id", 1}, {"uscc", kOther}});
  ASSERT_TRUE(deliver_until([&] { return !receiver_.received_at("/theirs").empty(); }));
  pass();
  EXPECT_TRUE(receiver_.received_at("/mine").empty());
}

TEST_F(SharingTest, WatchListNarrowsToItsEnterprisesAndAddsTheirEveryPublicChange) {
  json sub = subscribe(
      partner_, {{"url", receiver_.url("/watch")}, {"event_types", {"abnormal_list.added"}}});
  const std::string list =
      "/api/v1/subscriptions/" + std::to_string(sub["id"].get<std::int64_t>()) + "/watchlist";
  auto invalid = call("POST", list, partner_, {{"uscc", {kWatched, "914403001922038217"}}});
  ASSERT_EQ(invalid.status, 422) << invalid.body;
  EXPECT_EQ(json::parse(invalid.body)["error"]["details"][0]["field"], "uscc[1]");
  EXPECT_EQ(json::parse(invalid.body)["error"]["details"][0]["code"], "invalid_uscc");
  EXPECT_EQ(call("POST", list, partner_, {{"uscc", json::array()}}).status, 422);
  EXPECT_EQ(call("POST", list, other_partner_, {{"uscc", {kWatched}}}).status, 404);
  json added = call_json("POST", list, partner_, {{"uscc", {kWatched, kWatched}}}, 200);
  EXPECT_EQ(added["added"], 1);
  EXPECT_EQ(added["watchlist_size"], 1);
  json read = call_json("GET", list, partner_, nullptr, 200);
  ASSERT_EQ(read["total"], 1);
  EXPECT_EQ(read["items"][0]["uscc"], kWatched);

  append("abnormal_list.added", kOther, {{"id", 1}, {"uscc", kOther}});       // not watched
  append("abnormal_list.added", kWatched, {{"id", 2}, {"uscc", kWatched}});   // asked for
  append("dishonest_list.added", kWatched, {{"id", 3}, {"uscc", kWatched}});  // public change
  post_penalty("湘4301市监处罚〔2026〕9号", kWatched);                        // public change
  post_penalty("湘4301市监处罚〔2026〕10号", kOther);                         // not watched
  append("risk.class_changed", kWatched, {{"from", "A"}, {"to", "C"}});       // not public
  ASSERT_TRUE(deliver_until([&] { return receiver_.received().size() >= 3; }));
  pass();
  auto got = receiver_.received();
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].event["type"], "abnormal_list.added");
  EXPECT_EQ(got[1].event["type"], "dishonest_list.added");
  EXPECT_EQ(got[2].event["type"], "penalty.published");
  EXPECT_EQ(got[2].event["data"]["decision_no"], "湘4301市监处罚〔2026〕9号");
  for (const auto& r : got) EXPECT_EQ(r.event["uscc"], kWatched);

  // An emptied watch list filters nothing any more: the subscription's types apply everywhere.
  json removed = call_json("DELETE", list, partner_, {{"uscc", {kWatched}}}, 200);
  EXPECT_EQ(removed["removed"], 1);
  EXPECT_EQ(removed["watchlist_size"], 0);
  append("abnormal_list.added", kOther, {{"id", 4}, {"uscc", kOther}});
  ASSERT_TRUE(deliver_until([&] { return receiver_.received().size() == 4; }));
  EXPECT_EQ(receiver_.received().back().event["uscc"], kOther);
}

}  // namespace
}  // namespace xj::sharing_test
