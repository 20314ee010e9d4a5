// Shared fixture of the disclosure suite: a fresh migrated database (backend of XJ_TEST_DB),
// sample records, and the real server on an ephemeral port with the public routes under a
// fixed business date (core::Clock::fixed) that each test chooses.
#pragma once

#include <gtest/gtest.h>

#include <cctype>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "collection/model.h"
#include "collection/record_repo.h"
#include "core/clock.h"
#include "core/uscc.h"
#include "http/app.h"
#include "http/public_handlers.h"
#include "http/server.h"
#include "registry/enterprise_repo.h"
#include "registry/keylist_repo.h"
#include "store/migrations.h"
#include "support/test_db.h"
#include "support/http_client.h"
#include "support/test_server.h"

namespace xj::disclosure_test {

using http::testing::ClientRequest;
using http::testing::ClientResponse;
using http::testing::TestClient;
using nlohmann::json;

inline constexpr const char* kUscc = "914403001922038216";
inline constexpr const char* kName = "长沙市示例食品有限公司";
inline constexpr const char* kPhone = "13812341234";
inline constexpr const char* kIdCard = "430102199003071234";
inline constexpr const char* kInspectorName = "欧阳检查";

inline core::Date day(int y, int m, int d) { return *core::Date::from_ymd(y, m, d); }

// Percent-encodes every byte outside the unreserved set (for query values).
inline std::string url_encode(std::string_view text) { return http::percent_encode(text); }

// A valid USCC "9143010" + body (8 characters of 0-9/A-Z) + both check characters.
inline std::string make_uscc(std::string_view type_pair, std::string_view body8) {
  const std::string first17 = std::string(type_pair) + "430102" + std::string(body8) +
                              std::string(1, core::org_code_check_char(body8));
  return first17 + core::uscc_check_char(first17);
}

class DisclosureTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = testing::fresh_database();
    auto applied = store::migrate(*db_);
    ASSERT_TRUE(applied) << applied.error().message;
  }

  void TearDown() override { stop(); }

  // Starts the server with the public routes under business date `today`.
  void start(core::Date today, disclosure::PublicRecordCache::Options options = {}) {
    stop();
    app_ = std::make_unique<http::App>();
    cache_ = http::register_public_handlers(*app_, *db_, core::Clock::fixed(today),
                                            core::LegacyCodes::none(), options);
    auto started = server_.start([this](http::Request& r) { return app_->handle(r); },
                                 [this](http::Request& r) { return app_->try_fast(r); });
    ASSERT_TRUE(started) << started.error().message;
  }

  void stop() { server_.stop(); }

  ClientResponse get(const std::string& target,
                     std::vector<std::pair<std::string, std::string>> headers = {}) {
    TestClient client(server_.port());
    return client.send({"GET", target, "", std::move(headers), false});
  }

  json get_json(const std::string& target, int status = 200) {
    ClientResponse r = get(target);
    EXPECT_EQ(r.status, status) << target << "\n" << r.body;
    return json::parse(r.body, nullptr, false);
  }

  template <typename Fn>
  void write(Fn fn) {
    Status s = db_->write([&](store::Session& session) -> Status { return fn(session); });
    ASSERT_TRUE(s) << s.error().message;
  }

  void add_enterprise(const std::string& uscc, const std::string& name) {
    write([&](store::Session& s) {
      registry::Enterprise e;
      e.uscc = uscc;
      e.name = name;
      e.region_code = "430102";
      e.phone = kPhone;
      return registry::upsert_enterprise(s, e, "登记注册局");
    });
  }

  // The sample enterprise with its phone, a key-area entry, a licence, an inspection whose
  // findings name a mobile number, and an inspector (whose name must never be public).
  void add_sample() {
    write([](store::Session& s) -> Status {
      registry::Enterprise e;
      e.uscc = kUscc;
      e.name = kName;
      e.legal_representative = "张三";
      e.address = "湖南省长沙市芙蓉区示例路1号";
      e.region_code = "430102";
      e.phone = kPhone;
      XJ_CHECK(registry::upsert_enterprise(s, e, "登记注册局"));
      registry::KeyListEntry k;
      k.area = registry::kFoodProduction;
      k.subcategory = "普通食品";
      k.uscc = kUscc;
      k.name = kName;
      k.licence_no = "SC10143010200012";
      k.remark = "联系电话13812341234";
      k.listed_on = "2024-01-10";
      XJ_CHECK(registry::insert_keylist_entry(s, k, "食品生产处"));
      collection::Licence l;
      l.licence_no = "SC10143010200012";
      l.uscc = kUscc;
      l.name = kName;
      l.licence_type = "食品生产许可";
      l.scope = "糕点";
      l.issuer = "长沙市市场监督管理局";
      l.issued_on = "2020-01-02";
      l.valid_until = "2024-12-31";
      l.provenance = {"食品生产处", std::nullopt};
      XJ_CHECK(collection::upsert_licence(s, l));
      collection::Inspection i;
      i.inspection_no = "CJ-1";
      i.uscc = kUscc;
      i.name = kName;
      i.kind = "双随机抽查";
      i.checked_on = "2024-04-01";
      i.results = {"发现问题已责令改正", "未按规定公示应当公示的信息"};
      i.findings = "现场负责人（手机15012345678）未能提供进货查验记录";
      i.authority = "长沙市芙蓉区市场监督管理局";
      i.provenance = {"食品生产处", std::nullopt};
      XJ_CHECK(collection::upsert_inspection(s, i));
      collection::Inspection hidden = i;
      hidden.inspection_no = "CJ-2";
      hidden.is_public = false;
      XJ_CHECK(collection::upsert_inspection(s, hidden));
      collection::Inspector inspector;
      inspector.id = "43010200001";
      inspector.name = kInspectorName;
      inspector.unit = "长沙市芙蓉区市场监督管理局";
      inspector.region_code = "430102";
      inspector.domains = {"食品"};
      return collection::upsert_inspector(s, inspector);
    });
  }

  static collection::Penalty penalty(std::string decision_no, std::string decided_on,
                                     std::vector<std::string> types,
                                     std::optional<std::int64_t> fine_fen,
                                     std::string uscc = kUscc) {
    collection::Penalty p;
    p.decision_no = std::move(decision_no);
    p.uscc = std::move(uscc);
    p.name = kName;
    p.violation_type = "生产经营超过保质期的食品";
    p.facts =
        std::string("当事人（负责人身份证号") + kIdCard + "，电话" + kPhone + "）销售过期食品。";
    p.legal_basis = "《中华人民共和国食品安全法》第一百二十四条";
    p.penalty_types = std::move(types);
    p.fine_fen = fine_fen;
    p.decided_on = std::move(decided_on);
    p.authority = "长沙市市场监督管理局";
    p.provenance = {"执法稽查局", std::nullopt};
    return p;
  }

  void add_penalty(const collection::Penalty& p) {
    write([&](store::Session& s) { return collection::upsert_penalty(s, p); });
  }

  std::unique_ptr<store::Database> db_;
  std::unique_ptr<http::App> app_;
  std::shared_ptr<disclosure::PublicRecordCache> cache_;
  testing::TestServer server_;
};

}  // namespace xj::disclosure_test
