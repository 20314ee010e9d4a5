// Shared fixture of the repair suite (credit repair and credit commitments): a fresh migrated
// database (backend of XJ_TEST_DB), the fully wired Api behind the real server on 127.0.0.1,
// officers and enterprise users, and a business date the test moves (core::Clock::fixed: the Api
// is rebuilt over the same database; sessions live in the database and survive).
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "auth/user.h"
#include "core/uscc.h"
#include "http/api.h"
#include "store/migrations.h"
#include "support/http_client.h"
#include "support/test_db.h"
#include "support/test_server.h"

namespace xj::repair_test {

using http::testing::ClientResponse;
using http::testing::TestClient;
using nlohmann::json;

inline constexpr const char* kPassword = "long-enough-1";

// A valid USCC registered in `division` (6 digits) with organisation code MA4L000<n>.
inline std::string uscc_in(const std::string& division, char n) {
  const std::string org = std::string("MA4L000") + n;
  const std::string first17 = "91" + division + org.substr(0, 8) + core::org_code_check_char(org);
  return first17 + core::uscc_check_char(first17);
}

class RepairApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = xj::testing::fresh_database();
    auto applied = store::migrate(*db_);
    ASSERT_TRUE(applied) << applied.error().message;
    uscc_ = uscc_in("430102", '1');   // 长沙 芙蓉区
    other_ = uscc_in("430202", '2');  // 株洲
    add_user("admin", "admin", "43");
    add_user("officer1", "credit_officer", "4301");
    add_user("officer2", "credit_officer", "4301");
    add_user("zhuzhou", "credit_officer", "4302");
    add_user("area", "area_officer", "4301", std::string("food_production"));
    add_user("viewer", "viewer", "4301");
    add_user("ent", "enterprise", "43", std::nullopt, uscc_);
    add_user("ent2", "enterprise", "43", std::nullopt, other_);
    at("2024-01-02");
    ASSERT_EQ(call("PUT", "/api/v1/enterprises/" + uscc_, "admin",
                   {{"name", "长沙示例食品有限公司"}, {"region_code", "430102"}}).status / 100, 2);
    ASSERT_EQ(call("PUT", "/api/v1/enterprises/" + other_, "admin",
                   {{"name", "株洲示例机械有限公司"}, {"region_code", "430202"}}).status / 100, 2);
  }

  void TearDown() override {
    server_.stop();
    api_.reset();
  }

  // Moves the business date: rebuilds the Api with Clock::fixed(date) and restarts the server.
  void at(const std::string& date) {
    server_.stop();
    api_.reset();
    http::ApiOptions options;
    options.clock = core::Clock::fixed(*core::parse_date(date));
    auto api = http::Api::create(*db_, std::move(options));
    ASSERT_TRUE(api) << api.error().message;
    api_ = std::move(*api);
    auto started = server_.start([this](http::Request& r) { return api_->handle(r); },
                                 [this](http::Request& r) { return api_->try_fast(r); });
    ASSERT_TRUE(started) << started.error().message;
  }

  void add_user(const std::string& name, const std::string& role, const std::string& region,
                std::optional<std::string> area = std::nullopt,
                std::optional<std::string> uscc = std::nullopt) {
    auto created = auth::create_user(*db_, {name, kPassword, role, region, area, uscc});
    ASSERT_TRUE(created) << created.error().message;
  }

  std::string token(const std::string& user) {
    if (auto it = tokens_.find(user); it != tokens_.end()) return it->second;
    auto r = send("POST", "/api/v1/auth/login", "",
                  json{{"username", user}, {"password", kPassword}}.dump(), "application/json");
    EXPECT_EQ(r.status, 200) << r.body;
    if (r.status != 200) return "";
    return tokens_[user] = json::parse(r.body).at("token").get<std::string>();
  }

  ClientResponse send(const std::string& method, const std::string& target,
                      const std::string& bearer, const std::string& body,
                      const std::string& content_type) {
    std::vector<std::pair<std::string, std::string>> headers;
    if (!bearer.empty()) headers.emplace_back("Authorization", "Bearer " + bearer);
    if (!content_type.empty()) headers.emplace_back("Content-Type", content_type);
    TestClient client(server_.port());
    return client.send({method, target, body, headers, false});
  }

  // A JSON call as `user` ("" = no token).
  ClientResponse call(const std::string& method, const std::string& target,
                      const std::string& user, const json& body = nullptr) {
    return send(method, target, user.empty() ? "" : token(user),
                body.is_null() ? "" : body.dump(), body.is_null() ? "" : "application/json");
  }

  static json body_of(const ClientResponse& r) {
    return r.body.empty() ? json() : json::parse(r.body, nullptr, false);
  }

  // POST /api/v1/penalties as admin; `extra` overrides the defaults.
  void add_penalty(const std::string& decision_no, const std::string& decided_on,
                   json extra = json::object(), std::string uscc = "") {
    json p = {{"decision_no", decision_no},
              {"uscc", uscc.empty() ? uscc_ : uscc},
              {"name", "长沙示例食品有限公司"},
              {"violation_type", "未按规定进货查验"},
              {"legal_basis", "《中华人民共和国食品安全法》第一百二十六条"},
              {"penalty_types", json::array({"罚款"})},
              {"fine_yuan", 150000},
              {"decided_on", decided_on},
              {"authority", "长沙市市场监督管理局"},
              {"area", "other"}};
    p.update(extra);
    auto r = call("POST", "/api/v1/penalties", "admin", p);
    ASSERT_EQ(r.status / 100, 2) << r.body;
  }

  // Fixture list entries, written directly (the list routes belong to sanctions/).
  std::int64_t add_abnormal(const std::string& uscc, const std::string& listed_on) {
    std::int64_t id = 0;
    auto s = db_->write([&](store::Session& s) -> Status {
      XJ_TRY(auto rows, s.query("INSERT INTO abnormal_entries (uscc, ground, listed_on, "
                                "region_code, created_by) VALUES (?, 'annual_report', ?, ?, "
                                "'fixture') RETURNING id",
                                {uscc, listed_on, uscc.substr(2, 6)}));
      id = rows[0].integer(0);
      return {};
    });
    EXPECT_TRUE(s) << s.error().message;
    return id;
  }

  std::int64_t add_dishonest(const std::string& uscc, const std::string& listed_on,
                             const std::string& basis_no, const std::string& status = "active") {
    std::int64_t id = 0;
    const std::string expires =
        core::add_years(*core::parse_date(listed_on), 3).to_string();
    auto s = db_->write([&](store::Session& s) -> Status {
      XJ_TRY(auto rows,
             s.query("INSERT INTO dishonest_entries (uscc, basis_type, basis_id, listed_on, "
                     "expires_on, status, region_code, proposed_by) VALUES (?, 'penalty', ?, ?, "
                     "?, ?, ?, 'fixture') RETURNING id",
                     {uscc, basis_no, listed_on, expires, status, uscc.substr(2, 6)}));
      id = rows[0].integer(0);
      return {};
    });
    EXPECT_TRUE(s) << s.error().message;
    return id;
  }

  store::Rows query(const std::string& sql, const store::Params& params = {}) {
    store::Rows rows;
    auto s = db_->read([&](store::Session& s) -> Status {
      XJ_TRY(rows, s.query(sql, params));
      return {};
    });
    EXPECT_TRUE(s) << s.error().message;
    return rows;
  }

  // The outbox event types naming `uscc`, oldest first.
  std::vector<std::string> events_of(const std::string& uscc) {
    std::vector<std::string> out;
    for (const auto& r : query("SELECT type FROM outbox WHERE uscc = ? ORDER BY id", {uscc}).rows) {
      out.push_back(r.text(0));
    }
    return out;
  }

  json apply_body(const std::string& type, const std::string& id, bool fulfilled = true,
                  bool rectified = true) {
    return {{"uscc", uscc_},
            {"target", {{"type", type}, {"id", id}}},
            {"reason", "已缴清罚款并完成整改"},
            {"obligations_fulfilled", fulfilled},
            {"rectified", rectified},
            {"evidence", json::array({"罚款缴纳凭证编号 2024-001", "整改报告"})},
            {"commitment", "本企业承诺今后诚信守法经营。"}};
  }

  static std::set<std::string> detail_codes(const json& error_body) {
    std::set<std::string> out;
    for (const auto& d : error_body["error"]["details"]) out.insert(d["code"].get<std::string>());
    return out;
  }

  bool public_record_has_penalty(const std::string& uscc, const std::string& no) {
    auto r = call("GET", "/api/v1/public/enterprises/" + uscc, "");
    EXPECT_EQ(r.status, 200) << r.body;
    const json record = body_of(r);
    for (const auto& p : record["penalties"]) {
      if (p["decision_no"] == no) return true;
    }
    return false;
  }

  // The public record cache polls the outbox about once a second: wait for the change, briefly.
  bool eventually_without_penalty(const std::string& uscc, const std::string& no) {
    for (int i = 0; i < 40; ++i) {
      if (!public_record_has_penalty(uscc, no)) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
  }

  std::unique_ptr<store::Database> db_;
  std::unique_ptr<http::Api> api_;
  xj::testing::TestServer server_;
  std::map<std::string, std::string> tokens_;
  std::string uscc_;
  std::string other_;
};

}  // namespace xj::repair_test
