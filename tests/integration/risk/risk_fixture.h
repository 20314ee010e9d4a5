// Shared fixture of the risk suite: a fresh migrated database (backend of XJ_TEST_DB), the
// whole API (http::Api) under a fixed business date with its own copy of config/models (tests
// edit it), the real server on an ephemeral port, and logged-in users.
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "auth/user.h"
#include "collection/model.h"
#include "collection/record_repo.h"
#include "core/uscc.h"
#include "http/api.h"
#include "registry/enterprise_repo.h"
#include "registry/keylist_repo.h"
#include "store/migrations.h"
#include "support/http_client.h"
#include "support/test_db.h"
#include "support/test_server.h"

namespace xj::risk_test {

using http::testing::ClientResponse;
using http::testing::TestClient;
using nlohmann::json;

inline constexpr const char* kPassword = "long-enough-43";

inline core::Date day(int y, int m, int d) { return *core::Date::from_ymd(y, m, d); }

// A valid USCC registered in `region` (6 digits) with an 8-character body.
inline std::string make_uscc(std::string_view region, std::string_view body8) {
  const std::string first17 = "91" + std::string(region) + std::string(body8) +
                              std::string(1, core::org_code_check_char(body8));
  return first17 + core::uscc_check_char(first17);
}

class RiskTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = testing::fresh_database();
    auto applied = store::migrate(*db_);
    ASSERT_TRUE(applied) << applied.error().message;
    config_ = testing::temp_dir();
    std::filesystem::create_directories(config_ / "models");
    std::filesystem::copy(XJ_SOURCE_DIR "/config/holidays", config_ / "holidays");
    for (const auto& f : std::filesystem::directory_iterator(XJ_SOURCE_DIR "/config/models")) {
      std::filesystem::copy_file(f.path(), config_ / "models" / f.path().filename());
    }
    for (const auto& [name, role, region] :
         {std::tuple{"admin", "admin", "43"}, std::tuple{"changsha", "credit_officer", "4301"},
          std::tuple{"zhuzhou", "viewer", "4302"}}) {
      ASSERT_TRUE(auth::create_user(*db_, {name, kPassword, role, region, {}, {}}));
    }
  }

  void TearDown() override {
    server_.stop();
    api_.reset();
  }

  void start(core::Date today = day(2026, 6, 15)) {
    server_.stop();
    api_.reset();
    http::ApiOptions options;
    options.clock = core::Clock::fixed(today);
    options.config_dir = config_;
    auto api = http::Api::create(*db_, std::move(options));
    ASSERT_TRUE(api) << api.error().message;
    api_ = std::move(*api);
    auto started = server_.start([this](http::Request& r) { return api_->handle(r); },
                                 [this](http::Request& r) { return api_->try_fast(r); });
    ASSERT_TRUE(started) << started.error().message;
    token_ = login("admin");
  }

  std::string login(const std::string& user) {
    auto r = send("POST", "/api/v1/auth/login", json{{"username", user}, {"password", kPassword}}.dump(), "");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? json::parse(r.body).at("token").get<std::string>() : "";
  }

  ClientResponse send(const std::string& method, const std::string& target,
                      const std::string& body = "", std::optional<std::string> token = {}) {
    std::vector<std::pair<std::string, std::string>> headers;
    const std::string t = token ? *token : token_;
    if (!t.empty()) headers.emplace_back("Authorization", "Bearer " + t);
    if (!body.empty()) headers.emplace_back("Content-Type", "application/json");
    TestClient client(server_.port());
    return client.send({method, target, body, headers, false});
  }

  json call(const std::string& method, const std::string& target, const json& body = nullptr,
            int status = 200) {
    auto r = send(method, target, body.is_null() ? "" : body.dump());
    EXPECT_EQ(r.status, status) << method << " " << target << "\n" << r.body;
    return json::parse(r.body, nullptr, false);
  }

  // One synchronous pass of the outbox worker. Its status is the first failure of any
  // capability's consumer or tick; the risk consumer's own effects are checked by the tests.
  void drain() {
    if (auto s = api_->outbox().drain(); !s) {
      std::cerr << "outbox pass: " << s.error().message << "\n";
    }
  }

  // The assessment of `model` in GET /api/v1/risk/{uscc}, or null.
  json assessment(const std::string& uscc, const std::string& model = "general") {
    json all = call("GET", "/api/v1/risk/" + uscc);
    for (const auto& a : all.at("assessments")) {
      if (a.at("model") == model) return a;
    }
    return nullptr;
  }

  // Waits (polling, at most 60 s) until the run is done; returns it.
  json wait_run(std::int64_t id) {
    json run;
    for (int i = 0; i < 6000; ++i) {
      run = call("GET", "/api/v1/risk/runs/" + std::to_string(id));
      if (run.at("status") != "queued" && run.at("status") != "running") return run;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ADD_FAILURE() << "run " << id << " did not finish: " << run.dump();
    return run;
  }

  template <typename Fn>
  void write(Fn fn) {
    Status s = db_->write([&](store::Session& session) -> Status { return fn(session); });
    ASSERT_TRUE(s) << s.error().message;
  }

  void put_enterprise(const std::string& uscc, json body) {
    body["name"] = "测试企业" + uscc.substr(10, 4);
    call("PUT", "/api/v1/enterprises/" + uscc, body, 201);
  }

  static json penalty_body(const std::string& uscc, const std::string& no,
                           const std::string& decided_on, const std::string& types = "罚款") {
    return {{"decision_no", no},      {"uscc", uscc},
            {"name", "测试企业"},     {"violation_type", "生产经营超过保质期的食品"},
            {"legal_basis", "《食品安全法》第一百二十四条"},
            {"penalty_types", types}, {"fine_yuan", 20000},
            {"decided_on", decided_on}, {"authority", "长沙市市场监督管理局"}};
  }

  std::unique_ptr<store::Database> db_;
  std::filesystem::path config_;
  std::unique_ptr<http::Api> api_;
  testing::TestServer server_;
  std::string token_;
};

}  // namespace xj::risk_test
