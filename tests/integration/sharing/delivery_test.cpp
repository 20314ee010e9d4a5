// Event delivery against a real local receiver (issue 8 item 6): signatures, types and regions,
// penalty.published only for public penalties, order per enterprise through failures, dead
// letters and their retry.
#include <algorithm>
#include <map>
#include <set>

#include "sharing_fixture.h"

namespace xj::sharing_test {
namespace {

const std::string kA = make_uscc("430102", "MA4L0001");
const std::string kB = make_uscc("430103", "MA4L0002");
const std::string kElsewhere = make_uscc("430602", "MA4L0003");

json list_payload(int id, const std::string& uscc) {
  return {{"id", id}, {"uscc", uscc}, {"listed_on", "2026-06-15"}};
}

TEST_F(SharingTest, DeliversSignedEventsOfTheSubscribedTypesAndRegionOnly) {
  json sub =
      subscribe(partner_, {{"url", receiver_.url("/hook")},
                           {"event_types", {"dishonest_list.added", "abnormal_list.removed"}},
                           {"region_prefix", "4301"}});
  const std::string secret = sub["secret"];
  EXPECT_EQ(secret.size(), 64u);
  EXPECT_EQ(sub["region_prefix"], "4301");
  EXPECT_EQ(sub["internal"], false);

  append("dishonest_list.added", kA, list_payload(7, kA));
  append("abnormal_list.added", kA, list_payload(8, kA));                   // type not asked for
  append("dishonest_list.added", kElsewhere, list_payload(9, kElsewhere));  // other region
  append("penalty.repaired", kA, {{"key", "x"}});                           // never pushed
  append("abnormal_list.removed", kB, list_payload(10, kB));
  ASSERT_TRUE(deliver_until([&] { return receiver_.received().size() >= 2; }));
  pass();

  auto got = receiver_.received();
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].event["type"], "dishonest_list.added");
  EXPECT_EQ(got[0].event["uscc"], kA);
  EXPECT_EQ(got[0].event["data"], list_payload(7, kA));
  EXPECT_EQ(got[1].event["type"], "abnormal_list.removed");
  EXPECT_EQ(got[1].event["uscc"], kB);
  for (const auto& r : got) {
    EXPECT_EQ(r.path, "/hook");
    EXPECT_EQ(r.signature, "sha256=" + hmac_hex(secret, r.body));
    EXPECT_NE(r.signature, "sha256=" + hmac_hex(secret + "x", r.body));
    ASSERT_TRUE(r.event.is_object());
    EXPECT_TRUE(r.event["id"].get<std::string>().starts_with("evt-"));
    const std::string at = r.event["occurred_at"];
    EXPECT_EQ(at.size(), 25u) << at;
    EXPECT_TRUE(at.ends_with("+08:00")) << at;
  }
  EXPECT_NE(got[0].event["id"], got[1].event["id"]);

  json listed = call_json("GET", "/api/v1/subscriptions", partner_, nullptr, 200);
  ASSERT_EQ(listed["total"], 1);
  EXPECT_EQ(listed["items"][0]["deliveries"]["delivered"], 2);
  EXPECT_FALSE(listed["items"][0].contains("secret"));
}

TEST_F(SharingTest, PenaltyPublishedOnlyForPenaltiesPublicToday) {
  json sub = subscribe(partner_, {{"url", receiver_.url("/p")},
                                  {"event_types", {"penalty.published"}},
                                  {"secret", "a-partner-chosen-secret"}});
  EXPECT_FALSE(sub.contains("secret"));  // chosen by the partner: never echoed
  post_penalty("湘4301市监处罚〔2026〕1号", kA);
  post_penalty("湘4301市监处罚〔2026〕2号", kA,
               {{"penalty_types", {"警告"}}, {"fine_yuan", nullptr}});
  post_penalty("湘4301市监处罚〔2026〕3号", kA, {{"procedure", "简易"}});
  post_penalty("湘4301市监处罚〔2026〕4号", kA, {{"decided_on", "2020-01-02"}, {"fine_yuan", 500}});
  ASSERT_TRUE(deliver_until([&] { return !receiver_.received().empty(); }));
  pass();

  auto got = receiver_.received();
  ASSERT_EQ(got.size(), 1u);
  const json& e = got[0].event;
  EXPECT_EQ(e["type"], "penalty.published");
  EXPECT_EQ(e["uscc"], kA);
  EXPECT_EQ(e["data"]["decision_no"], "湘4301市监处罚〔2026〕1号");
  EXPECT_EQ(e["data"]["fine_yuan"], 50000);
  EXPECT_EQ(e["data"]["public_until"], "2026-08-31");  // lower-amount fine: 3 months (§2)
  EXPECT_EQ(got[0].signature, "sha256=" + hmac_hex("a-partner-chosen-secret", got[0].body));

  // An update of a public penalty is published again, as a new event.
  post_penalty("湘4301市监处罚〔2026〕1号", kA, {{"fine_yuan", 60000}});
  ASSERT_TRUE(deliver_until([&] { return receiver_.received().size() >= 2; }));
  got = receiver_.received();
  EXPECT_EQ(got[1].event["data"]["fine_yuan"], 60000);
  EXPECT_NE(got[1].event["id"], got[0].event["id"]);
}

// The receiver fails the first three POSTs about enterprise A, then recovers. B is not held up;
// A's events arrive complete and in order; a retried event keeps its id and body.
TEST_F(SharingTest, FailingReceiverRecoversWithNothingLostOrReorderedPerEnterprise) {
  int failures_left = 3;
  receiver_.respond([&](const Received& r) {
    if (r.event["uscc"] == kA && failures_left > 0) {
      --failures_left;
      return 503;
    }
    return 200;
  });
  subscribe(partner_, {{"url", receiver_.url("/order")},
                       {"event_types",
                        {"dishonest_list.added", "abnormal_list.added", "abnormal_list.removed"}}});
  append("abnormal_list.added", kA, list_payload(1, kA));
  append("abnormal_list.added", kB, list_payload(2, kB));
  append("abnormal_list.removed", kA, list_payload(1, kA));
  append("dishonest_list.added", kB, list_payload(3, kB));
  append("dishonest_list.added", kA, list_payload(4, kA));
  append("abnormal_list.removed", kB, list_payload(2, kB));

  auto delivered_ids = [&](const std::string& uscc) {
    std::vector<std::string> ids;
    for (const auto& r : receiver_.received()) {
      if (r.event["uscc"] == uscc && r.answered == 200) ids.push_back(r.event["id"]);
    }
    return ids;
  };
  ASSERT_TRUE(deliver_until([&] { return delivered_ids(kA).size() == 3; }));

  const auto got = receiver_.received();
  // A: three failures of its first event, then its events in outbox order, each once.
  std::vector<std::string> a_requests;
  for (const auto& r : got) {
    if (r.event["uscc"] == kA) a_requests.push_back(r.event["id"]);
  }
  ASSERT_EQ(a_requests.size(), 6u);
  EXPECT_EQ(a_requests[0], a_requests[3]);  // the same event retried, same id
  EXPECT_EQ(a_requests[1], a_requests[3]);
  EXPECT_EQ(a_requests[2], a_requests[3]);
  auto number = [](const std::string& id) { return std::stoll(id.substr(4)); };
  EXPECT_LT(number(a_requests[3]), number(a_requests[4]));
  EXPECT_LT(number(a_requests[4]), number(a_requests[5]));
  // The retried body is byte for byte the first one.
  std::set<std::string> a_first_bodies;
  for (const auto& r : got) {
    if (r.event["id"] == a_requests[0]) a_first_bodies.insert(r.body);
  }
  EXPECT_EQ(a_first_bodies.size(), 1u);
  // B was not held up by A: all of it arrived before A's first success.
  const auto b = delivered_ids(kB);
  ASSERT_EQ(b.size(), 3u);
  EXPECT_LT(number(b[0]), number(b[1]));
  EXPECT_LT(number(b[1]), number(b[2]));
  std::size_t last_b = 0, first_a_success = got.size();
  for (std::size_t i = 0; i < got.size(); ++i) {
    if (got[i].event["uscc"] == kB) last_b = i;
    if (got[i].event["uscc"] == kA && got[i].answered == 200 && first_a_success == got.size()) {
      first_a_success = i;
    }
  }
  EXPECT_LT(last_b, first_a_success);
}

TEST_F(SharingTest, DeadLetterAfterMaxAttemptsIsShownToAdminsAndCanBeRetried) {
  bool down = true;
  receiver_.respond([&](const Received&) { return down ? 500 : 200; });
  json sub =
      subscribe(partner_, {{"url", receiver_.url("/dead")},
                           {"event_types", {"dishonest_list.added", "dishonest_list.removed"}}});
  const std::string id = std::to_string(sub["id"].get<std::int64_t>());
  append("dishonest_list.added", kA, list_payload(5, kA));
  append("dishonest_list.removed", kA, list_payload(5, kA));
  auto dead_count = [&] {
    json s = call_json("GET", "/api/v1/subscriptions/" + id, admin_, nullptr, 200);
    return s["deliveries"]["dead"].get<int>();
  };
  ASSERT_TRUE(deliver_until([&] { return dead_count() == 2; }));
  // Each event was tried exactly max_attempts times; the dead first one did not block the second.
  EXPECT_EQ(receiver_.received().size(), 2u * kMaxAttempts);

  json all = call_json("GET", "/api/v1/subscriptions", admin_, nullptr, 200);
  ASSERT_EQ(all["total"], 1);
  const json& item = all["items"][0];
  EXPECT_EQ(item["owner"]["name"], "partner");
  ASSERT_EQ(item["dead_letters"].size(), 2u);
  const json& letter = item["dead_letters"][1];  // newest first: the older event is second
  EXPECT_EQ(letter["type"], "dishonest_list.added");
  EXPECT_EQ(letter["attempts"], kMaxAttempts);
  EXPECT_EQ(letter["last_status"], 500);
  EXPECT_EQ(letter["last_error"], "HTTP 500");
  EXPECT_EQ(letter["status"], "dead");
  json dead = call_json("GET", "/api/v1/subscriptions/" + id + "/deliveries?status=dead", admin_,
                        nullptr, 200);
  EXPECT_EQ(dead["total"], 2);
  EXPECT_EQ(call("GET", "/api/v1/subscriptions/" + id + "/deliveries?status=lost", admin_).status,
            400);

  // Re-queued after the receiver is back: delivered with the id and body it had.
  down = false;
  const std::string delivery = std::to_string(letter["id"].get<std::int64_t>());
  const std::string retry = "/api/v1/subscriptions/" + id + "/deliveries/" + delivery + "/retry";
  EXPECT_EQ(call("POST", retry, other_partner_).status, 404);
  json requeued = call_json("POST", retry, admin_, nullptr, 200);
  EXPECT_EQ(requeued["status"], "pending");
  EXPECT_EQ(requeued["attempts"], 0);
  EXPECT_EQ(call("POST", retry, admin_).status, 409);  // no longer dead
  const std::string first_body = receiver_.received()[0].body;
  ASSERT_TRUE(deliver_until([&] { return receiver_.received().back().answered == 200; }));
  EXPECT_EQ(receiver_.received().back().body, first_body);
  json delivered = call_json("GET", "/api/v1/subscriptions/" + id + "/deliveries?status=delivered",
                             partner_, nullptr, 200);
  ASSERT_EQ(delivered["total"], 1);
  EXPECT_EQ(delivered["items"][0]["event_id"], letter["event_id"]);
}

TEST_F(SharingTest, UnreachableReceiverIsRetriedWithBackoff) {
  std::uint16_t closed_port = 0;
  {
    testing::TestServer probe;
    ASSERT_TRUE(probe.start([](http::Request&) { return http::Response::json(200, "{}"); }));
    closed_port = probe.port();
  }
  json sub = subscribe(partner_, {{"url", "http://127.0.0.1:" + std::to_string(closed_port) + "/"},
                                  {"event_types", {"repair.granted"}}});
  const std::string id = std::to_string(sub["id"].get<std::int64_t>());
  append("repair.granted", kA, {{"repair_id", 1}});
  append("repair.granted", kB, {{"repair_id", 2}});
  pass();
  json pending = call_json("GET", "/api/v1/subscriptions/" + id + "/deliveries?status=pending",
                           partner_, nullptr, 200);
  ASSERT_EQ(pending["total"], 2);
  int tried = 0;
  for (const auto& d : pending["items"]) {
    tried += d["attempts"].get<int>();
    if (d["attempts"] == 1) {
      EXPECT_NE(d["last_error"].get<std::string>().find("connect"), std::string::npos);
      EXPECT_TRUE(d["last_status"].is_null());
    }
  }
  EXPECT_EQ(tried, 1);  // no answer: the receiver's other deliveries wait for the next tick
}

}  // namespace
}  // namespace xj::sharing_test
