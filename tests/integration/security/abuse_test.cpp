// Abuse limits: the public token bucket per client address, trusted proxies, oversized bodies.
#include "integration/security/security_fixture.h"

namespace xj::security_test {
namespace {

constexpr const char* kPublic = "/api/v1/public/enterprises/914403001922038216";

class AbuseTest : public SecurityTest {
 protected:
  void SetUp() override {
    SecurityTest::SetUp();
    options_.public_rate = {0.001, 3};  // a burst of 3, then (practically) no refill
  }
};

TEST_F(AbuseTest, PublicBurstsEndIn429WithRetryAfter) {
  start();
  for (int i = 0; i < 3; ++i) EXPECT_NE(send("GET", kPublic).status, 429) << i;
  ClientResponse limited = send("GET", kPublic);
  EXPECT_EQ(limited.status, 429);
  EXPECT_EQ(json::parse(limited.body)["error"]["code"], "rate_limited");
  EXPECT_GE(std::stoi(limited.header("retry-after")), 1);
  // Not limited: health, metrics, and internal routes (they need a token instead).
  EXPECT_EQ(send("GET", "/healthz").status, 200);
  EXPECT_EQ(send("GET", "/api/v1/auth/me").status, 401);
}

TEST_F(AbuseTest, LoginSharesThePublicLimit) {
  start();
  for (int i = 0; i < 3; ++i) EXPECT_EQ(login_response("nobody", "x").status, 401);
  EXPECT_EQ(login_response("nobody", "x").status, 429);
}

TEST_F(AbuseTest, ForwardedForCountsOnlyBehindATrustedProxy) {
  start();
  // Without trusted proxies, a client cannot escape its bucket by inventing addresses.
  for (int i = 0; i < 3; ++i) {
    send("GET", kPublic, "", "", {{"X-Forwarded-For", "198.51.100." + std::to_string(i)}});
  }
  EXPECT_EQ(send("GET", kPublic, "", "", {{"X-Forwarded-For", "198.51.100.99"}}).status, 429);
}

TEST_F(AbuseTest, BehindATrustedProxyEachClientHasItsOwnBucket) {
  options_.trusted_proxies = {"127.0.0.0/8"};
  start();
  for (int i = 0; i < 3; ++i) send("GET", kPublic, "", "", {{"X-Forwarded-For", "198.51.100.1"}});
  EXPECT_EQ(send("GET", kPublic, "", "", {{"X-Forwarded-For", "198.51.100.1"}}).status, 429);
  EXPECT_NE(send("GET", kPublic, "", "", {{"X-Forwarded-For", "198.51.100.2"}}).status, 429);
  // A spoofed left-most hop does not help: the proxy appended the real address.
  EXPECT_EQ(send("GET", kPublic, "", "", {{"X-Forwarded-For", "1.1.1.1, 198.51.100.1"}}).status, 429);
}

TEST_F(SecurityTest, OversizedAndMalformedBodiesAreRefusedBeforeAnyWork) {
  start();
  add_user("admin1", "admin", "43");
  EXPECT_EQ(send("POST", "/api/v1/auth/login", "", std::string((1u << 20) + 1, 'x')).status, 413);
  EXPECT_EQ(send("POST", "/api/v1/auth/login", "", "\xff\xfe{}").status, 400);
  const std::string huge_name(100000, 'a');
  EXPECT_EQ(login_response(huge_name, "x").status, 401);
  EXPECT_EQ(login_response(std::string("admin1\0evil", 11), "x").status, 400);
  EXPECT_EQ(login("admin1").size(), 64u);
}

}  // namespace
}  // namespace xj::security_test
