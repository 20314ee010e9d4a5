// The collection routes through the real server on an ephemeral port, behind the security hook:
// imports with their stored summary and errors.csv, single records with region scope, the
// internal records view, and the key-area list with its export.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "auth/user.h"
#include "formats/xlsx_reader.h"
#include "http/app.h"
#include "http/auth_handlers.h"
#include "http/collection_handlers.h"
#include "http/security_hook.h"
#include "http/server.h"
#include "store/migrations.h"
#include "support/test_db.h"
#include "support/http_client.h"
#include "support/test_server.h"

namespace xj::collection {
namespace {

using http::testing::ClientResponse;
using http::testing::TestClient;
using nlohmann::json;

const std::filesystem::path kFixtures = XJ_FIXTURES_DIR;
constexpr const char* kPassword = "correct-horse-43";

std::string read_fixture(const std::string& name) {
  std::ifstream in(kFixtures / name, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

class CollectionHttpTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = testing::fresh_database();
    auto applied = store::migrate(*db_);
    ASSERT_TRUE(applied) << applied.error().message;
    auto security = http::Security::create(*db_, {});
    ASSERT_TRUE(security) << security.error().message;
    security_ = std::move(*security);
    http::register_auth_handlers(app_, *security_);
    http::register_collection_handlers(app_, *db_,
                                       core::Clock::fixed(*core::Date::from_ymd(2026, 11, 28)),
                                       core::LegacyCodes::none(), *security_);
    ASSERT_TRUE(http::check_route_permissions(app_.router()));
    app_.add_before(security_->hook());
    auto started = server_.start([this](http::Request& r) { return app_.handle(r); });
    ASSERT_TRUE(started) << started.error().message;
    for (auto [name, role, region] :
         {std::tuple{"admin", "admin", "43"}, std::tuple{"provider", "data_provider", "4301"},
          std::tuple{"viewer", "viewer", "43"}}) {
      auto created =
          auth::create_user(*db_, {name, kPassword, role, region, std::nullopt, std::nullopt});
      ASSERT_TRUE(created) << created.error().message;
      ClientResponse r = send("POST", "/api/v1/auth/login", "",
                              json{{"username", name}, {"password", kPassword}}.dump());
      ASSERT_EQ(r.status, 200) << r.body;
      tokens_[name] = json::parse(r.body).at("token").get<std::string>();
    }
  }

  ClientResponse send(const std::string& method, const std::string& target, const std::string& user,
                      const std::string& body = "") {
    std::vector<std::pair<std::string, std::string>> headers;
    if (!user.empty()) headers.emplace_back("Authorization", "Bearer " + tokens_[user]);
    TestClient client(server_.port());
    return client.send({method, target, body, headers, false});
  }

  std::unique_ptr<store::Database> db_;
  http::App app_;
  std::unique_ptr<http::Security> security_;
  testing::TestServer server_;
  std::map<std::string, std::string> tokens_;
};

TEST_F(CollectionHttpTest, ImportSummaryStoredJobAndErrorsCsv) {
  ClientResponse r = send("POST", "/api/v1/imports/keylist?format=xlsx", "admin",
                          read_fixture("keylist-sample.xlsx"));
  ASSERT_EQ(r.status, 200) << r.body;
  json s = json::parse(r.body);
  EXPECT_EQ(s["kind"], "keylist");
  EXPECT_EQ(s["committed"], true);
  EXPECT_EQ(s["rows"], 24);
  EXPECT_EQ(s["inserted"], 20);
  EXPECT_EQ(s["rejected"], 4);
  ASSERT_EQ(s["errors"].size(), 4u);
  EXPECT_EQ(s["errors"][0]["row"], 5);
  EXPECT_EQ(s["errors"][0]["column"], "统一社会信用代码");
  EXPECT_EQ(s["errors"][0]["code"], "invalid_uscc");
  EXPECT_TRUE(s["warnings"].is_array());
  const std::string id = std::to_string(s["import_id"].get<std::int64_t>());

  ClientResponse job = send("GET", "/api/v1/imports/" + id, "viewer");
  ASSERT_EQ(job.status, 200) << job.body;
  EXPECT_EQ(json::parse(job.body)["inserted"], 20);
  EXPECT_EQ(json::parse(job.body)["errors"], s["errors"]);

  ClientResponse csv = send("GET", "/api/v1/imports/" + id + "/errors.csv", "viewer");
  ASSERT_EQ(csv.status, 200);
  EXPECT_TRUE(csv.body.starts_with("\xEF\xBB\xBFrow,column,code,message\r\n"));
  EXPECT_NE(csv.body.find("\r\n12,许可证编号,invalid_licence_no,"), std::string::npos) << csv.body;
  EXPECT_EQ(send("GET", "/api/v1/imports/999999", "viewer").status, 404);

  // Re-delivery over HTTP changes nothing.
  ClientResponse again =
      send("POST", "/api/v1/imports/keylist", "admin", read_fixture("keylist-sample-gb18030.csv"));
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(json::parse(again.body)["unchanged"], 20);
}

TEST_F(CollectionHttpTest, FileLevelProblemsAre400) {
  ClientResponse missing =
      send("POST", "/api/v1/imports/penalties", "admin", "处罚决定书文号,企业名称\nA,B\n");
  ASSERT_EQ(missing.status, 400) << missing.body;
  json e = json::parse(missing.body)["error"];
  EXPECT_EQ(e["code"], "missing_column");
  EXPECT_EQ(e["details"][0]["field"], "统一社会信用代码");
  ClientResponse zip = send("POST", "/api/v1/imports/penalties?format=xlsx", "admin", "not a zip");
  EXPECT_EQ(zip.status, 400);
  EXPECT_EQ(json::parse(zip.body)["error"]["code"], "bad_request");
  EXPECT_EQ(send("POST", "/api/v1/imports/widgets", "admin", "a\n").status, 400);
  EXPECT_EQ(send("POST", "/api/v1/imports/penalties", "viewer", "a\n").status, 403);
  EXPECT_EQ(send("POST", "/api/v1/imports/penalties", "", "a\n").status, 401);
}

TEST_F(CollectionHttpTest, SingleRecordsHonourRegionScopeAndShowInRecords) {
  json penalty = {{"decision_no", "湘4301市监处罚〔2026〕1号"},
                  {"uscc", "91430181MAT0AA1AXX"},
                  {"name", "浏阳市岳麓食品有限公司"},
                  {"violation_type", "生产经营不符合食品安全标准的食品"},
                  {"legal_basis", "《中华人民共和国食品安全法》第一百二十四条"},
                  {"penalty_types", json::array({"罚款"})},
                  {"fine_yuan", 50000.5},
                  {"decided_on", "2026-10-01"},
                  {"authority", "浏阳市市场监督管理局"}};
  ClientResponse created = send("POST", "/api/v1/penalties", "provider", penalty.dump());
  ASSERT_EQ(created.status, 201) << created.body;
  json stored = json::parse(created.body);
  EXPECT_GT(stored["id"].get<std::int64_t>(), 0);
  EXPECT_EQ(stored["fine_yuan"], 50000.5);
  EXPECT_EQ(stored["source"], "provider");
  EXPECT_EQ(send("POST", "/api/v1/penalties", "provider", penalty.dump()).status, 200);

  json outside = penalty;
  outside["decision_no"] = "湘4306市监处罚〔2026〕2号";
  outside["uscc"] = "91430602MAXUXG8B9U";
  EXPECT_EQ(send("POST", "/api/v1/penalties", "provider", outside.dump()).status, 403);

  json bad = penalty;
  bad["uscc"] = "914309026644338880";
  ClientResponse invalid = send("POST", "/api/v1/penalties", "provider", bad.dump());
  ASSERT_EQ(invalid.status, 422);
  EXPECT_EQ(json::parse(invalid.body)["error"]["details"][0]["code"], "invalid_uscc");
  EXPECT_EQ(json::parse(invalid.body)["error"]["details"][0]["field"], "uscc");

  ClientResponse records = send("GET", "/api/v1/enterprises/91430181MAT0AA1AXX/records", "viewer");
  ASSERT_EQ(records.status, 200) << records.body;
  json rec = json::parse(records.body);
  ASSERT_EQ(rec["penalties"].size(), 1u);
  EXPECT_EQ(rec["penalties"][0]["is_public_today"], true);
  EXPECT_EQ(rec["penalties"][0]["procedure"], "普通");
  EXPECT_TRUE(rec["enterprise"].is_null());
  EXPECT_EQ(send("GET", "/api/v1/enterprises/914403001922038216/records", "viewer").status, 404);
  EXPECT_EQ(send("GET", "/api/v1/enterprises/914403001922038217/records", "viewer").status, 422);

  ClientResponse put =
      send("PUT", "/api/v1/enterprises/91430181MAT0AA1AXX", "provider",
           json{{"name", "浏阳市岳麓食品有限公司"}, {"phone", "13800000000"}}.dump());
  ASSERT_EQ(put.status, 201) << put.body;
  EXPECT_EQ(json::parse(put.body)["region_code"], "430181");
}

TEST_F(CollectionHttpTest, KeylistListRemoveAndExport) {
  ASSERT_EQ(
      send("POST", "/api/v1/imports/keylist", "admin", read_fixture("keylist-sample.csv")).status,
      200);
  ClientResponse food = send("GET", "/api/v1/keylist?area=food_production&page_size=5", "viewer");
  ASSERT_EQ(food.status, 200) << food.body;
  json list = json::parse(food.body);
  EXPECT_EQ(list["total"], 11);
  EXPECT_EQ(list["items"].size(), 5u);
  EXPECT_EQ(json::parse(send("GET", "/api/v1/keylist?region=4301", "viewer").body)["total"], 3);

  const std::int64_t id = list["items"][0]["id"];
  EXPECT_EQ(send("DELETE", "/api/v1/keylist/" + std::to_string(id), "admin").status, 422);
  ClientResponse removed =
      send("DELETE",
           "/api/v1/keylist/" + std::to_string(id) + "?reason=%E8%AE%B8%E5%8F%AF%E6%B3%A8%E9%94%80",
           "admin");
  ASSERT_EQ(removed.status, 200) << removed.body;
  EXPECT_EQ(json::parse(removed.body)["removed_on"], "2026-11-28");
  EXPECT_EQ(json::parse(removed.body)["removal_reason"], "许可注销");
  EXPECT_EQ(send("DELETE", "/api/v1/keylist/" + std::to_string(id) + "?reason=x", "admin").status,
            409);
  EXPECT_EQ(
      json::parse(send("GET", "/api/v1/keylist?area=food_production", "viewer").body)["total"], 10);

  ClientResponse csv =
      send("GET", "/api/v1/keylist/export?format=csv&area=food_production", "viewer");
  ASSERT_EQ(csv.status, 200);
  EXPECT_TRUE(
      csv.body.starts_with("\xEF\xBB\xBF序号,企业名称,统一社会信用代码,许可证编号,备注\r\n1,"))
      << csv.body;
  EXPECT_EQ(std::count(csv.body.begin(), csv.body.end(), '\n'), 11);

  ClientResponse all = send("GET", "/api/v1/keylist/export?format=csv", "viewer");
  EXPECT_NE(all.body.find("\r\n特种设备获证企业,1,"), std::string::npos);

  ClientResponse xlsx = send("GET", "/api/v1/keylist/export?format=xlsx", "viewer");
  ASSERT_EQ(xlsx.status, 200);
  auto reader = formats::XlsxReader::open_bytes(xlsx.body);
  ASSERT_TRUE(reader) << reader.error().message;
  auto title = (*reader)->next();
  ASSERT_TRUE(title && *title);
  EXPECT_EQ((**title).cells[0].text, "湖南省市场监管重点领域企业清单（食品生产企业）");
  auto header = (*reader)->next();
  EXPECT_EQ((**header).cells[2].text, "统一社会信用代码");
  auto first = (*reader)->next();
  EXPECT_EQ((**first).row_number, 3);
  EXPECT_EQ((**first).cells[0].text, "1");
}

}  // namespace
}  // namespace xj::collection
