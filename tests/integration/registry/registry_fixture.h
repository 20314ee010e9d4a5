// Shared fixture of the registry suite: the whole API (support/api_fixture.h) over a fresh
// database of the backend under test, and helpers that make enterprises, licences and list
// entries through the API as an admin.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/uscc.h"
#include "http/api.h"
#include "store/migrations.h"
#include "support/api_fixture.h"
#include "support/test_db.h"

namespace xj::registry_test {

using testing::day;
using json = nlohmann::json;

// A valid USCC "91" + region (6 digits) + body (8 characters) + both check characters.
inline std::string make_uscc(std::string_view region, std::string_view body8) {
  const std::string first17 = "91" + std::string(region) + std::string(body8) +
                              std::string(1, core::org_code_check_char(body8));
  return first17 + core::uscc_check_char(first17);
}

class RegistryTest : public testing::ApiTest {
 protected:
  // As ApiTest::SetUp, keeping the URL (for the CLI).
  void SetUp() override {
    url_ = testing::fresh_database_url();
    auto opened = store::open(url_);
    ASSERT_TRUE(opened) << opened.error().message;
    db_ = std::move(*opened);
    auto applied = store::migrate(*db_);
    ASSERT_TRUE(applied) << applied.error().message;
  }

  // start() with a copy of config/ whose keylist.toml sets apply_automatically.
  void start_with_auto_apply(core::Date today) {
    stop();
    const auto dir = testing::temp_dir() / "config";
    std::filesystem::copy(XJ_SOURCE_DIR "/config", dir, std::filesystem::copy_options::recursive);
    std::ofstream(dir / "keylist.toml", std::ios::trunc) << "[proposals]\napply_automatically = true\n";
    http::ApiOptions options;
    options.clock = core::Clock::fixed(today);
    options.config_dir = dir;
    auto api = http::Api::create(*db_, std::move(options));
    ASSERT_TRUE(api) << api.error().message;
    api_ = std::move(*api);
    auto started = server_.start([this](http::Request& r) { return api_->handle(r); },
                                 [this](http::Request& r) { return api_->try_fast(r); });
    ASSERT_TRUE(started) << started.error().message;
  }

  // Admin token (province-wide), created on first use.
  const std::string& admin() {
    if (admin_.empty()) {
      add_user("admin1", "admin", "43");
      admin_ = login("admin1");
    }
    return admin_;
  }

  void put_enterprise(const std::string& uscc, const std::string& name,
                      const std::string& region_code) {
    auto r = send("PUT", "/api/v1/enterprises/" + uscc, admin(),
                  json{{"name", name}, {"region_code", region_code}}.dump());
    ASSERT_LT(r.status, 300) << r.body;
  }

  void post_licence(const std::string& uscc, const std::string& licence_no, const std::string& type,
                    const std::string& valid_until, const std::string& status = "有效",
                    const std::string& scope = "") {
    json body = {{"licence_no", licence_no},
                 {"uscc", uscc},
                 {"name", "示例企业"},
                 {"licence_type", type},
                 {"issuer", "湖南省市场监督管理局"},
                 {"issued_on", "2021-01-04"},
                 {"valid_until", valid_until},
                 {"status", status}};
    if (!scope.empty()) body["scope"] = scope;
    auto r = send("POST", "/api/v1/licences", admin(), body.dump());
    ASSERT_LT(r.status, 300) << r.body;
  }

  std::int64_t post_entry(const std::string& uscc, const std::string& area,
                          const std::string& licence_no, const std::string& subcategory) {
    auto r = send("POST", "/api/v1/keylist", admin(),
                  json{{"area", area},
                       {"subcategory", subcategory},
                       {"uscc", uscc},
                       {"name", "示例企业"},
                       {"licence_no", licence_no},
                       {"listed_on", "2024-01-10"}}
                      .dump());
    EXPECT_LT(r.status, 300) << r.body;
    return r.status < 300 ? json::parse(r.body).at("id").get<std::int64_t>() : 0;
  }

  std::int64_t count(const std::string& sql) {
    std::int64_t n = -1;
    write([&](store::Session& s) -> Status {
      XJ_TRY(auto rows, s.query(sql));
      n = rows[0].integer(0);
      return {};
    });
    return n;
  }

  std::string url_;

 private:
  std::string admin_;
};

}  // namespace xj::registry_test
