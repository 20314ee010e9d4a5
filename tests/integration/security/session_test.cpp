// Login, token expiry (sliding), logout and API keys through the real server.
#include "auth/api_key.h"
#include "integration/security/security_fixture.h"

namespace xj::security_test {
namespace {

TEST_F(SecurityTest, LoginReturnsATokenThatOnlyItsHashIsStoredFor) {
  start();
  add_user("changsha.officer", "credit_officer", "4301");
  ClientResponse r = login_response("changsha.officer");
  ASSERT_EQ(r.status, 200) << r.body;
  json body = json::parse(r.body);
  const std::string token = body.at("token");
  EXPECT_EQ(body.at("expires_at"), "2026-03-05T16:30:00Z");  // 8 h
  EXPECT_EQ(body.at("user").at("role"), "credit_officer");
  EXPECT_EQ(body.at("user").at("region"), "4301");
  EXPECT_FALSE(body.at("user").contains("password_hash"));

  Status s = db_->read([&](store::Session& session) -> Status {
    XJ_TRY(store::Rows rows, session.query("SELECT token_hash FROM sessions"));
    EXPECT_EQ(rows.size(), 1u);
    EXPECT_NE(rows[0].text(0), token);
    XJ_TRY(store::Rows leaked, session.query("SELECT COUNT(*) FROM sessions WHERE token_hash = ?", {token}));
    EXPECT_EQ(leaked[0].integer(0), 0);
    return {};
  });
  ASSERT_TRUE(s) << s.error().message;

  ClientResponse me = send("GET", "/api/v1/auth/me", token);
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_EQ(json::parse(me.body).at("username"), "changsha.officer");
}

TEST_F(SecurityTest, TokensExpireEightHoursAfterTheirLastUse) {
  start();
  add_user("viewer1", "viewer", "43");
  const std::string token = login("viewer1");
  advance(7 * 3600);
  EXPECT_EQ(send("GET", "/api/v1/auth/me", token).status, 200);  // slides the expiry
  advance(7 * 3600);
  ClientResponse still = send("GET", "/api/v1/auth/me", token);
  EXPECT_EQ(still.status, 200) << still.body;
  advance(8 * 3600 + 1);
  ClientResponse expired = send("GET", "/api/v1/auth/me", token);
  EXPECT_EQ(expired.status, 401);
  EXPECT_EQ(json::parse(expired.body)["error"]["code"], "unauthenticated");
  EXPECT_EQ(expired.header("www-authenticate"), "Bearer");
}

TEST_F(SecurityTest, ConfiguredLifetimeIsUsed) {
  options_.login.session.ttl_seconds = 600;
  start();
  add_user("viewer1", "viewer", "43");
  const std::string token = login("viewer1");
  advance(601);
  EXPECT_EQ(send("GET", "/api/v1/auth/me", token).status, 401);
}

TEST_F(SecurityTest, LogoutRevokesTheToken) {
  start();
  add_user("viewer1", "viewer", "43");
  const std::string token = login("viewer1");
  const std::string other = login("viewer1");
  ClientResponse out = send("POST", "/api/v1/auth/logout", token);
  EXPECT_EQ(out.status, 200) << out.body;
  EXPECT_EQ(send("GET", "/api/v1/auth/me", token).status, 401);
  EXPECT_EQ(send("POST", "/api/v1/auth/logout", token).status, 401);
  EXPECT_EQ(send("GET", "/api/v1/auth/me", other).status, 200);  // other sessions live on
}

TEST_F(SecurityTest, WrongPasswordUnknownUserAndMalformedLoginsAreRefused) {
  start();
  add_user("viewer1", "viewer", "43");
  EXPECT_EQ(login_response("viewer1", "wrong-password").status, 401);
  EXPECT_EQ(login_response("nobody").status, 401);
  EXPECT_EQ(login_response("' OR '1'='1' --", "' OR '1'='1").status, 401);
  EXPECT_EQ(send("POST", "/api/v1/auth/login", "", "{\"username\": \"viewer1\"").status, 400);
  EXPECT_EQ(send("POST", "/api/v1/auth/login", "", "[1,2]").status, 400);
  ClientResponse missing = send("POST", "/api/v1/auth/login", "", "{\"username\": \"viewer1\"}");
  EXPECT_EQ(missing.status, 422);
  EXPECT_EQ(json::parse(missing.body)["error"]["details"][0]["field"], "password");
  EXPECT_EQ(send("POST", "/api/v1/auth/login", "", json{{"username", 1}, {"password", 2}}.dump()).status, 422);
}

TEST_F(SecurityTest, BadBearerTokensAreUnauthenticated) {
  start();
  const std::vector<std::string> headers = {"", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz",
                                            "Bearer abc", "Bearer " + std::string(5000, 'a'),
                                            "Bearer xjk_00"};
  for (const std::string& header : headers) {
    std::vector<std::pair<std::string, std::string>> h;
    if (!header.empty()) h.emplace_back("Authorization", header);
    ClientResponse r = send("GET", "/api/v1/auth/me", "", "", h);
    EXPECT_EQ(r.status, 401) << header;
  }
}

TEST_F(SecurityTest, ApiKeysAuthenticateUntilRevoked) {
  start();
  auto issued = auth::create_api_key(*db_, {"provincial-approval-system", "partner", "43"}, now_,
                                     audit::cli_actor());
  ASSERT_TRUE(issued) << issued.error().message;
  ClientResponse me = send("GET", "/api/v1/auth/me", issued->secret);
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_EQ(json::parse(me.body).at("kind"), "api_key");
  EXPECT_EQ(json::parse(me.body).at("role"), "partner");
  EXPECT_EQ(send("GET", "/api/v1/audit", issued->secret).status, 403);  // partner: no audit
  ASSERT_TRUE(auth::revoke_api_key(*db_, issued->key.id, now_, audit::cli_actor()));
  EXPECT_EQ(send("GET", "/api/v1/auth/me", issued->secret).status, 401);
  EXPECT_EQ(auth::revoke_api_key(*db_, issued->key.id, now_, audit::cli_actor()).error().code,
            ErrorCode::not_found);
}

TEST_F(SecurityTest, ApiKeysNeedARoleThatNeedsNothingMore) {
  for (const char* role : {"enterprise", "area_officer", "root"}) {
    auto issued = auth::create_api_key(*db_, {"k", role, "43"}, now_, audit::cli_actor());
    ASSERT_FALSE(issued) << role;
    EXPECT_EQ(issued.error().code, ErrorCode::validation_failed);
  }
  EXPECT_FALSE(auth::create_api_key(*db_, {"k", "partner", "4"}, now_, audit::cli_actor()));
}

TEST_F(SecurityTest, DisabledUsersCannotLogInAndLoseTheirSessions) {
  start();
  add_user("viewer1", "viewer", "43");
  const std::string token = login("viewer1");
  ASSERT_TRUE(db_->write([](store::Session& s) -> Status {
    XJ_CHECK(s.exec("UPDATE users SET disabled = 1 WHERE username = 'viewer1'"));
    return {};
  }));
  advance(61);  // past the touch interval, so the session row is read again
  EXPECT_EQ(send("GET", "/api/v1/auth/me", token).status, 401);
  EXPECT_EQ(login_response("viewer1").status, 401);
}

}  // namespace
}  // namespace xj::security_test
