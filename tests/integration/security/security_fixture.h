// Shared fixture of the security suite: a fresh migrated database (backend of XJ_TEST_DB), the
// wired App (public routes + the security core, behind the security hook), the real server on
// an ephemeral port, and an injected wall clock that tests move forward instead of sleeping.
#pragma once

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "auth/user.h"
#include "core/clock.h"
#include "http/app.h"
#include "http/auth_handlers.h"
#include "http/public_handlers.h"
#include "http/security_hook.h"
#include "http/server.h"
#include "store/migrations.h"
#include "support/test_db.h"
#include "support/http_client.h"
#include "support/test_server.h"

namespace xj::security_test {

using http::testing::ClientRequest;
using http::testing::ClientResponse;
using http::testing::TestClient;
using nlohmann::json;

inline constexpr std::int64_t kStart = 1772699400;  // 2026-03-05T08:30:00Z
inline constexpr const char* kPassword = "correct-horse-43";

class SecurityTest : public ::testing::Test {
 protected:
  // Tests that need other limits set options_ and call start() themselves.
  void SetUp() override {
    db_ = testing::fresh_database();
    auto applied = store::migrate(*db_);
    ASSERT_TRUE(applied) << applied.error().message;
  }

  void start() {
    auto security = http::Security::create(*db_, options_, [this] { return now_.load(); });
    ASSERT_TRUE(security) << security.error().message;
    security_ = std::move(*security);
    http::register_public_handlers(app_, *db_, core::Clock::fixed(*core::Date::from_ymd(2026, 3, 5)));
    http::register_auth_handlers(app_, *security_);
    app_.add_before(security_->hook());
    auto started = server_.start([this](http::Request& r) { return app_.handle(r); });
    ASSERT_TRUE(started) << started.error().message;
  }

  void add_user(const std::string& name, const std::string& role, const std::string& region,
                std::optional<std::string> area = std::nullopt,
                std::optional<std::string> uscc = std::nullopt) {
    auto created = auth::create_user(*db_, {name, kPassword, role, region, area, uscc});
    ASSERT_TRUE(created) << created.error().message;
  }

  ClientResponse send(const std::string& method, const std::string& target,
                      const std::string& token = "", const std::string& body = "",
                      std::vector<std::pair<std::string, std::string>> headers = {}) {
    if (!token.empty()) headers.emplace_back("Authorization", "Bearer " + token);
    if (!body.empty()) headers.emplace_back("Content-Type", "application/json");
    TestClient client(server_.port());
    return client.send({method, target, body, headers, false});
  }

  ClientResponse login_response(const std::string& user, const std::string& password = kPassword,
                                std::vector<std::pair<std::string, std::string>> headers = {}) {
    return send("POST", "/api/v1/auth/login", "",
                json{{"username", user}, {"password", password}}.dump(), std::move(headers));
  }

  // Logs in and returns the token; fails the test otherwise.
  std::string login(const std::string& user) {
    ClientResponse r = login_response(user);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? json::parse(r.body).at("token").get<std::string>() : "";
  }

  void advance(std::int64_t seconds) { now_ += seconds; }

  http::SecurityOptions options_;
  std::atomic<std::int64_t> now_{kStart};
  std::unique_ptr<store::Database> db_;
  http::App app_;
  std::unique_ptr<http::Security> security_;
  testing::TestServer server_;
};

}  // namespace xj::security_test
