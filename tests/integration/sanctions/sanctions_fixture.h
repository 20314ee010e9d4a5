// Shared fixture of the sanctions suite: a fresh migrated database (backend of XJ_TEST_DB), the
// whole Api (security, every route) served on 127.0.0.1 under a business date that each test
// chooses and may move (serve() again on the same database), users of each level logged in on
// demand, and sample records.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "auth/user.h"
#include "collection/model.h"
#include "collection/record_repo.h"
#include "core/clock.h"
#include "core/uscc.h"
#include "http/api.h"
#include "registry/enterprise_repo.h"
#include "store/migrations.h"
#include "store/outbox.h"
#include "support/http_client.h"
#include "support/test_db.h"
#include "support/test_server.h"

namespace xj::sanctions_test {

using http::testing::ClientResponse;
using http::testing::TestClient;
using nlohmann::json;

inline core::Date day(int y, int m, int d) { return *core::Date::from_ymd(y, m, d); }

// A valid USCC with division 430102 (or `region`) and an 8-character body.
inline std::string make_uscc(std::string_view body8, std::string_view region = "430102") {
  const std::string first17 = "91" + std::string(region) + std::string(body8) +
                              std::string(1, core::org_code_check_char(body8));
  return first17 + core::uscc_check_char(first17);
}

// `text` as one percent-encoded path segment (decision numbers hold Chinese and brackets).
inline std::string path_segment(std::string_view text) { return http::percent_encode(text); }

class SanctionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = testing::fresh_database();
    auto applied = store::migrate(*db_);
    ASSERT_TRUE(applied) << applied.error().message;
  }
  void TearDown() override { server_.stop(); }

  // (Re)starts the Api under business date `today`.
  void serve(core::Date today) {
    server_.stop();
    api_.reset();
    http::ApiOptions options;
    options.clock = core::Clock::fixed(today);
    options.security.public_rate.rate = 10000;
    options.security.public_rate.burst = 10000;
    auto api = http::Api::create(*db_, std::move(options));
    ASSERT_TRUE(api) << api.error().message;
    api_ = std::move(*api);
    auto started = server_.start([this](http::Request& r) { return api_->handle(r); },
                                 [this](http::Request& r) { return api_->try_fast(r); });
    ASSERT_TRUE(started) << started.error().message;
  }

  // A token of a user with this role and region (created and logged in once per test).
  std::string token(const std::string& role, const std::string& region,
                    std::optional<std::string> uscc = std::nullopt) {
    const std::string name = "u_" + role + "_" + region;
    auto it = tokens_.find(name);
    if (it != tokens_.end()) return it->second;
    auto created = auth::create_user(*db_, {name, "long-enough-1", role, region, {}, uscc});
    EXPECT_TRUE(created) << created.error().message;
    auto r = call("POST", "/api/v1/auth/login",
                  json{{"username", name}, {"password", "long-enough-1"}}.dump(), "");
    EXPECT_EQ(r.status, 200) << r.body;
    return tokens_[name] = json::parse(r.body)["token"].get<std::string>();
  }
  std::string admin() { return token("admin", "43"); }

  ClientResponse call(const std::string& method, const std::string& target,
                      const std::string& body, const std::string& bearer) {
    TestClient client(server_.port());
    std::vector<std::pair<std::string, std::string>> headers;
    if (!bearer.empty()) headers.emplace_back("Authorization", "Bearer " + bearer);
    if (!body.empty()) headers.emplace_back("Content-Type", "application/json");
    return client.send({method, target, body, std::move(headers), false});
  }

  // The JSON answer of a call, checking its status.
  json ask(const std::string& method, const std::string& target, const json& body, int status,
           std::string bearer = "") {
    if (bearer.empty()) bearer = admin();
    auto r = call(method, target, body.is_null() ? "" : body.dump(), bearer);
    EXPECT_EQ(r.status, status) << method << " " << target << "\n" << r.body;
    return json::parse(r.body, nullptr, false);
  }
  json get(const std::string& target, std::string bearer = "") {
    return ask("GET", target, nullptr, 200, std::move(bearer));
  }
  json get_public(const std::string& target) {
    auto r = call("GET", target, "", "");
    EXPECT_EQ(r.status, 200) << target << "\n" << r.body;
    return json::parse(r.body, nullptr, false);
  }

  template <typename Fn>
  void write(Fn fn) {
    Status s = db_->write([&](store::Session& session) -> Status { return fn(session); });
    ASSERT_TRUE(s) << s.error().message;
  }

  void add_enterprise(const std::string& uscc, const std::string& region = "430102") {
    write([&](store::Session& s) {
      registry::Enterprise e;
      e.uscc = uscc;
      e.name = "示例企业" + uscc.substr(10, 4);
      e.region_code = region;
      return registry::upsert_enterprise(s, e, "登记注册局");
    });
  }

  static collection::Penalty penalty(const std::string& uscc, std::string decision_no,
                                     std::string decided_on, std::vector<std::string> types) {
    collection::Penalty p;
    p.decision_no = std::move(decision_no);
    p.uscc = uscc;
    p.name = "示例企业";
    p.violation_type = "生产经营不符合食品安全标准的食品";
    p.legal_basis = "《中华人民共和国食品安全法》第一百二十四条";
    p.penalty_types = std::move(types);
    p.fine_fen = 20'000'000;
    p.decided_on = std::move(decided_on);
    p.authority = "长沙市市场监督管理局";
    p.area = "food";
    p.provenance = {"执法稽查局", std::nullopt};
    return p;
  }

  void add_penalty(const collection::Penalty& p) {
    write([&](store::Session& s) { return collection::upsert_penalty(s, p); });
  }

  // Outbox events of one type naming the USCC.
  int events(const std::string& type, const std::string& uscc) {
    int n = 0;
    Status s = db_->read([&](store::Session& session) -> Status {
      XJ_TRY(auto rows, session.query("SELECT COUNT(*) FROM outbox WHERE type = ? AND uscc = ?",
                                      {store::Value{type}, store::Value{uscc}}));
      n = static_cast<int>(rows[0].integer(0));
      return {};
    });
    EXPECT_TRUE(s);
    return n;
  }

  std::unique_ptr<store::Database> db_;
  std::unique_ptr<http::Api> api_;
  testing::TestServer server_;
  std::map<std::string, std::string> tokens_;
};

}  // namespace xj::sanctions_test
