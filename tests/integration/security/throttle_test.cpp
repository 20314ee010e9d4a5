// Failed-login throttling per user name and per client address, and its visibility to admins.
#include "integration/security/security_fixture.h"

namespace xj::security_test {
namespace {

std::vector<std::pair<std::string, std::string>> from(const std::string& address) {
  return {{"X-Forwarded-For", address}};
}

class ThrottleTest : public SecurityTest {
 protected:
  void SetUp() override {
    SecurityTest::SetUp();
    options_.trusted_proxies = {"127.0.0.1"};  // so each test picks its client address
    start();
    add_user("admin1", "admin", "43");
    add_user("target", "viewer", "4301");
  }
};

TEST_F(ThrottleTest, FiveFailuresLockTheUserWithAGrowingDelay) {
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(login_response("target", "guess" + std::to_string(i), from("198.51.100." + std::to_string(i))).status, 401);
  }
  EXPECT_EQ(login_response("target", "guess4", from("198.51.100.4")).status, 401);  // 5th: locks
  // Locked: even the right password is refused, from any address.
  ClientResponse locked = login_response("target", kPassword, from("198.51.100.50"));
  EXPECT_EQ(locked.status, 429);
  EXPECT_EQ(json::parse(locked.body)["error"]["code"], "rate_limited");
  EXPECT_EQ(locked.header("retry-after"), "60");

  advance(61);
  EXPECT_EQ(login_response("target", "guess5", from("198.51.100.5")).status, 401);  // 6th
  ClientResponse longer = login_response("target", kPassword, from("198.51.100.50"));
  EXPECT_EQ(longer.status, 429);
  EXPECT_EQ(longer.header("retry-after"), "120");

  advance(121);
  EXPECT_EQ(login_response("target", kPassword, from("198.51.100.50")).status, 200);
  // Success cleared the user's counter: one more failure does not lock again.
  EXPECT_EQ(login_response("target", "again", from("198.51.100.51")).status, 401);
  EXPECT_EQ(login_response("target", kPassword, from("198.51.100.52")).status, 200);
}

TEST_F(ThrottleTest, FiveFailuresFromOneAddressLockThatAddress) {
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(login_response("someone" + std::to_string(i), "x", from("203.0.113.7")).status, 401);
  }
  EXPECT_EQ(login_response("target", kPassword, from("203.0.113.7")).status, 429);
  EXPECT_EQ(login_response("target", kPassword, from("203.0.113.8")).status, 200);
}

TEST_F(ThrottleTest, LockoutsAreVisibleToAdminsOnly) {
  for (int i = 0; i < 5; ++i) login_response("target", "wrong", from("203.0.113.9"));
  const std::string admin = login("admin1");
  ClientResponse r = send("GET", "/api/v1/auth/lockouts", admin);
  ASSERT_EQ(r.status, 200) << r.body;
  bool user_locked = false, address_locked = false;
  const json body = json::parse(r.body);
  for (const auto& item : body.at("items")) {
    if (item["kind"] == "user" && item["subject"] == "target") user_locked = item["locked"];
    if (item["kind"] == "address" && item["subject"] == "203.0.113.9") address_locked = item["locked"];
  }
  EXPECT_TRUE(user_locked);
  EXPECT_TRUE(address_locked);
  add_user("officer", "credit_officer", "43");
  EXPECT_EQ(send("GET", "/api/v1/auth/lockouts", login("officer")).status, 403);
}

TEST_F(ThrottleTest, EveryAttemptIsAudited) {
  login_response("target", "wrong", from("203.0.113.10"));
  login("target");
  const std::string admin = login("admin1");
  ClientResponse r = send("GET", "/api/v1/audit?actor=target&page_size=200", admin);
  ASSERT_EQ(r.status, 200) << r.body;
  std::vector<std::string> actions;
  const json body = json::parse(r.body);
  for (const auto& e : body.at("items")) actions.push_back(e["action"]);
  EXPECT_EQ(actions, (std::vector<std::string>{"auth.login", "auth.login_failed"}));
}

}  // namespace
}  // namespace xj::security_test
