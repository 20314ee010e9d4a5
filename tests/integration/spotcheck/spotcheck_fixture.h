// Shared fixture of the spotcheck suite: a fresh migrated database (backend of XJ_TEST_DB), the
// whole API (http::Api, business date 2026-06-15) on a real server, users of each kind, and
// helpers that put enterprises on the key-area list, classify them and register inspectors.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "audit/digest.h"
#include "auth/user.h"
#include "collection/record_writer.h"
#include "core/uscc.h"
#include "http/api.h"
#include "registry/model.h"
#include "store/migrations.h"
#include "support/child_process.h"
#include "support/http_client.h"
#include "support/test_db.h"
#include "support/test_server.h"

namespace xj::spotcheck_test {

using http::testing::ClientResponse;
using http::testing::TestClient;
using nlohmann::json;

inline constexpr const char* kPassword = "long-enough-43";
inline constexpr const char* kToday = "2026-06-15";

// A valid USCC registered in `region` (6 digits) with serial n.
inline std::string make_uscc(int n, const std::string& region = "430102") {
  char org[9];
  std::snprintf(org, sizeof org, "MA4L%04d", n);
  const std::string first17 = "91" + region + org + std::string(1, core::org_code_check_char(org));
  return first17 + core::uscc_check_char(first17);
}

// The seed (hex) and its commitment.
inline std::string seed_hex(int n) { return audit::sm3_hex("seed-" + std::to_string(n)); }
inline std::string commitment_of(const std::string& hex) {
  std::string bytes;
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    bytes.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  }
  return audit::sm3_hex(bytes);
}

class SpotcheckTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = testing::fresh_database();
    auto applied = store::migrate(*db_);
    ASSERT_TRUE(applied) << applied.error().message;
    http::ApiOptions options;
    options.clock = core::Clock::fixed(*core::Date::from_ymd(2026, 6, 15));
    options.security.public_rate = {1000, 1000};
    auto api = http::Api::create(*db_, std::move(options));
    ASSERT_TRUE(api) << api.error().message;
    api_ = std::move(*api);
    auto started = server_.start([this](http::Request& r) { return api_->handle(r); },
                                 [this](http::Request& r) { return api_->try_fast(r); });
    ASSERT_TRUE(started) << started.error().message;
    admin_ = user("admin1", "admin", "43");
    officer_ = user("officer", "credit_officer", "4301");
  }

  std::string user(const std::string& name, const std::string& role, const std::string& region) {
    auto created = auth::create_user(*db_, {name, kPassword, role, region, {}, {}});
    EXPECT_TRUE(created) << created.error().message;
    auto r =
        send("POST", "/api/v1/auth/login", "", json{{"username", name}, {"password", kPassword}});
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? json::parse(r.body).at("token").get<std::string>() : "";
  }

  ClientResponse send(const std::string& method, const std::string& target,
                      const std::string& token, const json& body = nullptr) {
    std::vector<std::pair<std::string, std::string>> headers;
    if (!token.empty()) headers.emplace_back("Authorization", "Bearer " + token);
    std::string text = body.is_null() ? "" : body.dump();
    if (!text.empty()) headers.emplace_back("Content-Type", "application/json");
    TestClient client(server_.port());
    return client.send({method, target, text, headers, false});
  }

  json ok_json(const ClientResponse& r, int status) {
    EXPECT_EQ(r.status, status) << r.body;
    auto j = json::parse(r.body, nullptr, false);
    return j.is_discarded() ? json::object() : j;
  }

  void write(const std::function<Status(store::Session&)>& fn) {
    Status s = db_->write(fn);
    ASSERT_TRUE(s) << s.error().message;
  }

  // An enterprise (region from the code) on the key-area list of `area`, with `status`.
  void listed(const std::string& uscc, const std::string& area = registry::kFoodProduction,
              const std::string& status = "存续") {
    write([&](store::Session& s) -> Status {
      registry::Enterprise e;
      e.uscc = uscc;
      e.name = "测试企业" + uscc.substr(10, 6);
      e.region_code = uscc.substr(2, 6);
      e.status = status;
      XJ_CHECK(collection::store_record(s, e, {"登记注册局", std::nullopt}));
      registry::KeyListEntry k;
      k.area = area;
      k.uscc = uscc;
      k.name = e.name;
      k.licence_no = "SC1" + uscc.substr(9, 9) + "0001";
      k.listed_on = "2025-01-01";
      XJ_CHECK(collection::store_record(s, k, {"食品生产处", std::nullopt}));
      return {};
    });
  }

  void classify(const std::string& uscc, char cls, const std::string& model = "general") {
    write([&](store::Session& s) -> Status {
      XJ_CHECK(
          s.exec("INSERT INTO risk_current (uscc, model, model_version, score, class, computed_at)"
                 " VALUES (?, ?, '1', 0, ?, CURRENT_TIMESTAMP)",
                 {uscc, model, std::string(1, cls)}));
      return {};
    });
  }

  void inspected(const std::string& uscc, const std::string& on, const std::string& no) {
    write([&](store::Session& s) -> Status {
      collection::Inspection i;
      i.inspection_no = no;
      i.uscc = uscc;
      i.name = "测试企业";
      i.kind = "监督检查";
      i.checked_on = on;
      i.results = {"未发现问题"};
      i.authority = "长沙市市场监督管理局";
      XJ_CHECK(collection::store_record(s, i, {"食品生产处", std::nullopt}));
      return {};
    });
  }

  // An inspector through the API (import-kind validation).
  void inspector(const std::string& id, const std::string& region, const std::string& domains,
                 const std::string& status = "在岗",
                 const std::string& unit = "长沙市市场监督管理局") {
    auto r = send("POST", "/api/v1/spotcheck/inspectors", admin_,
                  {{"id", id},
                   {"name", "检查员" + id},
                   {"unit", unit},
                   {"region_code", region},
                   {"domains", domains},
                   {"status", status}});
    ASSERT_EQ(r.status, 201) << r.body;
  }

  void matter(const std::string& code = "SC-FOOD-01") {
    auto r = send("POST", "/api/v1/spotcheck/matters", admin_,
                  {{"code", code},
                   {"name", "食品生产企业监督检查"},
                   {"basis", "《食品安全法》第一百一十条"},
                   {"area", "food_production"},
                   {"kind", "general"},
                   {"method", "现场检查"}});
    ASSERT_EQ(r.status, 201) << r.body;
  }

  json plan_body(const std::string& commitment, json ratios = nullptr) {
    json p = {{"name", "2026 年长沙市食品生产企业双随机抽查"},
              {"matter_codes", {"SC-FOOD-01"}},
              {"model", "general"},
              {"population",
               {{"areas", {"food_production"}},
                {"region_prefix", "4301"},
                {"exclude_inspected_within_days", 30}}},
              {"inspectors_per_task", 2},
              {"inspector_filter", {{"region_prefix", "4301"}, {"domain", "食品"}}},
              {"due_on", "2026-09-30"},
              {"seed_commitment", commitment}};
    if (!ratios.is_null()) p["ratios"] = std::move(ratios);
    return p;
  }

  // Runs a program to completion; returns its exit status and output.
  std::pair<int, std::string> run(const std::vector<std::string>& argv) {
    const auto dir = testing::temp_dir();
    const auto log = dir / "out.log";
    auto pid = testing::spawn(argv, {dir, log, std::nullopt, true});
    EXPECT_TRUE(pid) << pid.error().message;
    auto status = testing::wait_exit(*pid, std::chrono::seconds(120));
    std::ifstream in(log);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    return {status.value_or(-1), text};
  }

  std::string save(const std::string& text) {
    static int n = 0;
    const auto file = testing::temp_dir() / ("draw" + std::to_string(++n) + ".json");
    std::ofstream(file) << text;
    return file.string();
  }

  std::unique_ptr<store::Database> db_;
  std::unique_ptr<http::Api> api_;
  testing::TestServer server_;
  std::string admin_;
  std::string officer_;
};

}  // namespace xj::spotcheck_test
