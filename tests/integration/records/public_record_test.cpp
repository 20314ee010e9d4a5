// The public record on both backends: the disclosure rules applied to stored records, and the
// GET /api/v1/public/enterprises/{uscc} route (through App::handle, no socket).
#include "disclosure/public_record.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "collection/record_repo.h"
#include "http/app.h"
#include "http/public_handlers.h"
#include "records_fixture.h"
#include "registry/enterprise_repo.h"
#include "registry/keylist_repo.h"

namespace xj::records_test {
namespace {

core::Date day(int y, int m, int d) { return *core::Date::from_ymd(y, m, d); }

class PublicRecordTest : public RecordsTest {
 protected:
  void SetUp() override {
    RecordsTest::SetUp();
    if (HasFatalFailure() || IsSkipped()) return;
    write([](store::Session& s) -> Status {
      XJ_CHECK(registry::upsert_enterprise(s, enterprise(), "登记注册局"));
      registry::KeyListEntry active;
      active.area = registry::kFoodProduction;
      active.uscc = kUscc;
      active.name = "长沙市示例食品有限公司";
      active.licence_no = "SC10143010200012";
      active.listed_on = "2024-01-10";
      XJ_CHECK(registry::insert_keylist_entry(s, active, "食品生产处"));
      registry::KeyListEntry removed = active;
      removed.area = registry::kSpecialEquipment;
      removed.licence_no = "TS3143001-2024";
      XJ_TRY(auto removed_id, registry::insert_keylist_entry(s, removed, "特种设备局"));
      XJ_CHECK(s.exec("UPDATE keylist_entries SET removed_on = ? WHERE id = ?",
                      {std::string("2024-02-01"), removed_id}));

      XJ_CHECK(collection::upsert_licence(s, licence("SC10143010200012", "2029-01-01")));
      XJ_CHECK(collection::upsert_licence(s, licence("SC10143010200099", "2024-01-31")));

      // 3 years (fine ≥ 100 000 yuan beside a warning): public 2024-03-15 … 2027-03-14.
      collection::Penalty heavy = penalty("长市监罚〔2024〕12号", "2024-03-15");
      heavy.fine_fen = 15000050;
      heavy.confiscation_fen = 7;
      XJ_CHECK(collection::upsert_penalty(s, heavy));
      // 3 months (lower fine): public 2024-01-05 … 2024-04-04, gone on 2024-06-01.
      collection::Penalty light = penalty("长市监罚〔2024〕3号", "2024-01-05");
      light.fine_fen = 200000;
      XJ_CHECK(collection::upsert_penalty(s, light));
      collection::Penalty warning = penalty("长市监罚〔2024〕20号", "2024-05-01");
      warning.penalty_types = {"警告"};
      warning.fine_fen.reset();
      XJ_CHECK(collection::upsert_penalty(s, warning));
      collection::Penalty hidden = penalty("长市监罚〔2024〕21号", "2024-05-01");
      hidden.is_public = false;
      XJ_CHECK(collection::upsert_penalty(s, hidden));

      XJ_CHECK(collection::upsert_inspection(s, inspection("CJ-1", true)));
      return collection::upsert_inspection(s, inspection("CJ-2", false));
    });
  }

  disclosure::PublicRecord record_on(core::Date today, std::string_view uscc = kUscc) {
    disclosure::PublicRecord out;
    Status s = db_->read([&](store::Session& session) -> Status {
      XJ_TRY(out, disclosure::public_record(session, uscc, today));
      return {};
    });
    EXPECT_TRUE(s) << s.error().message;
    return out;
  }

  http::Response get(const std::string& path, core::Date today) {
    http::App app;
    http::register_public_handlers(app, *db_, core::Clock::fixed(today));
    http::Request req;
    req.method = "GET";
    req.target = path;
    req.path = path;
    req.request_id = "test";
    return app.handle(req);
  }
};

TEST_F(PublicRecordTest, ShowsWhatIsPublicToday) {
  const disclosure::PublicRecord r = record_on(day(2024, 6, 1));
  EXPECT_EQ(r.uscc, kUscc);
  EXPECT_EQ(r.name, "长沙市示例食品有限公司");
  EXPECT_EQ(r.region_code, "430102");
  EXPECT_EQ(r.status, "存续");

  ASSERT_EQ(r.key_areas.size(), 1u);
  EXPECT_EQ(r.key_areas[0].area, "food_production");

  ASSERT_EQ(r.licences.size(), 2u);
  EXPECT_EQ(r.licences[0].status, "有效");
  EXPECT_EQ(r.licences[1].licence_no, "SC10143010200099");
  EXPECT_EQ(r.licences[1].status, "过期");

  // The 3-month penalty has lapsed; warning-only and non-public ones never show.
  ASSERT_EQ(r.penalties.size(), 1u);
  EXPECT_EQ(r.penalties[0].decision_no, "长市监罚〔2024〕12号");
  EXPECT_EQ(r.penalties[0].public_until, day(2027, 3, 14));
  EXPECT_EQ(r.penalties[0].facts,
            "经查，当事人（负责人身份证号430102********1234，电话138****1234）销售过期食品。");

  ASSERT_EQ(r.inspections.size(), 1u);
  EXPECT_EQ(r.inspections[0].inspection_no, "CJ-1");
  EXPECT_EQ(r.inspections[0].findings, "现场负责人（手机150****5678）未能提供进货查验记录");
}

TEST_F(PublicRecordTest, ShortPeriodPenaltyVisibleInsideItsPeriodOnly) {
  auto inside = record_on(day(2024, 4, 4));
  ASSERT_EQ(inside.penalties.size(), 2u);
  EXPECT_EQ(inside.penalties[0].decision_no, "长市监罚〔2024〕3号");
  EXPECT_EQ(inside.penalties[0].public_until, day(2024, 4, 4));
  EXPECT_EQ(record_on(day(2024, 4, 5)).penalties.size(), 1u);
  EXPECT_TRUE(record_on(day(2027, 3, 15)).penalties.empty());
}

TEST_F(PublicRecordTest, UnknownUsccIsNotFound) {
  Status s = db_->read([&](store::Session& session) -> Status {
    return disclosure::public_record(session, kOtherUscc, day(2024, 6, 1)).map([](auto&&) {});
  });
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, ErrorCode::not_found);
}

TEST_F(PublicRecordTest, EnterpriseKnownOnlyThroughRecords) {
  collection::Licence l = licence("SC10143010200100", "2029-01-01");
  l.uscc = kOtherUscc;
  l.name = "深圳示例有限公司";
  write([&](store::Session& s) { return collection::upsert_licence(s, l); });
  auto r = record_on(day(2024, 6, 1), kOtherUscc);
  EXPECT_EQ(r.name, "深圳示例有限公司");
  EXPECT_EQ(r.region_code, "440300");
  EXPECT_FALSE(r.status);
  EXPECT_EQ(r.licences.size(), 1u);
}

TEST_F(PublicRecordTest, IndividualBusinessUsesItsOwnThreshold) {
  const std::string uscc = individual_uscc();
  collection::Penalty p = penalty("个体罚〔2024〕1号", "2024-01-05");
  p.uscc = uscc;
  p.penalty_types = {"罚款"};
  p.fine_fen = 1000000;  // 10 000 yuan: not lower for a 92… individual business → 3 years
  write([&](store::Session& s) -> Status {
    registry::Enterprise e = enterprise(uscc);
    XJ_CHECK(registry::upsert_enterprise(s, e, "登记注册局"));
    return collection::upsert_penalty(s, p);
  });
  auto r = record_on(day(2024, 6, 1), uscc);
  ASSERT_EQ(r.penalties.size(), 1u);
  EXPECT_EQ(r.penalties[0].public_until, day(2027, 1, 4));
}

TEST_F(PublicRecordTest, HttpAnswersTheApiShape) {
  http::Response res = get(std::string("/api/v1/public/enterprises/") + kUscc, day(2024, 6, 1));
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.body.find("phone"), std::string::npos);
  EXPECT_EQ(res.body.find("13812341234"), std::string::npos);
  EXPECT_EQ(res.body.find("430102199003071234"), std::string::npos);
  EXPECT_NE(res.body.find("\"fine_yuan\":150000.5"), std::string::npos) << res.body;
  EXPECT_NE(res.body.find("\"confiscation_yuan\":0.07"), std::string::npos) << res.body;

  const auto body = nlohmann::json::parse(res.body);
  for (const char* key :
       {"uscc", "name", "legal_representative", "address", "region_code", "status", "key_areas",
        "licences", "penalties", "inspections", "commitments", "abnormal_list", "dishonest_list"}) {
    EXPECT_TRUE(body.contains(key)) << key;
  }
  EXPECT_EQ(body.size(), 13u);
  EXPECT_EQ(body["commitments"], nlohmann::json::array());
  const auto& penalty = body["penalties"][0];
  EXPECT_EQ(penalty["public_until"], "2027-03-14");
  EXPECT_EQ(penalty["penalty_types"], nlohmann::json({"警告", "罚款"}));
  EXPECT_EQ(penalty.size(), 10u);
  EXPECT_EQ(body["key_areas"][0], nlohmann::json({{"area", "food_production"},
                                                  {"subcategory", nullptr},
                                                  {"licence_no", "SC10143010200012"},
                                                  {"listed_on", "2024-01-10"}}));
  EXPECT_EQ(body["licences"][1]["status"], "过期");
  EXPECT_EQ(body["inspections"][0]["results"],
            nlohmann::json({"发现问题已责令改正", "未按规定公示应当公示的信息"}));
}

TEST_F(PublicRecordTest, HttpWholeYuanIsAnInteger) {
  write([](store::Session& s) {
    collection::Penalty p = penalty("长市监罚〔2024〕30号", "2024-05-20");
    p.fine_fen = 20000000;
    return collection::upsert_penalty(s, p);
  });
  http::Response res = get(std::string("/api/v1/public/enterprises/") + kUscc, day(2024, 6, 1));
  EXPECT_NE(res.body.find("\"fine_yuan\":200000,"), std::string::npos) << res.body;
}

TEST_F(PublicRecordTest, HttpMalformedCodeIs422) {
  http::Response res = get("/api/v1/public/enterprises/914403001922038217", day(2024, 6, 1));
  EXPECT_EQ(res.status, 422);
  const auto body = nlohmann::json::parse(res.body);
  EXPECT_EQ(body["error"]["code"], "validation_failed");
  EXPECT_EQ(body["error"]["details"][0]["code"], "invalid_uscc");
}

TEST_F(PublicRecordTest, HttpUnknownCodeIs404) {
  http::Response res =
      get(std::string("/api/v1/public/enterprises/") + kOtherUscc, day(2024, 6, 1));
  EXPECT_EQ(res.status, 404);
  EXPECT_EQ(nlohmann::json::parse(res.body)["error"]["code"], "not_found");
}

TEST_F(PublicRecordTest, HttpNormalisesTheCode) {
  http::Response res =
      get("/api/v1/public/enterprises/91440300708461136t", day(2024, 6, 1));  // lower-case
  EXPECT_EQ(res.status, 404);  // valid once normalised, but unknown
}

}  // namespace
}  // namespace xj::records_test
