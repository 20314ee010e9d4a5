// Typical cases and the dashboard through the whole API on both backends: publishing needs
// case.write and the region, the public list shows only published cases with personal data
// masked, and the dashboard counts what lies in the asked region.
#include "support/api_fixture.h"

namespace xj::testing {
namespace {

constexpr const char* kUscc = "914403001922038216";  // registered in 430102 below

class CasebookTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    write([](store::Session& s) -> Status {
      XJ_CHECK(s.exec("INSERT INTO enterprises (uscc, name, region_code, status, source) VALUES "
                      "(?, '长沙市示例食品有限公司', '430102', '存续', 'test'), "
                      "('91430211MA4NYP8Q2J', '株洲示例公司', '430211', '存续', 'test')",
                      {std::string(kUscc)}));
      return {};
    });
    start(day(2026, 6, 15));
    add_user("credit", "credit_officer", "43");
    add_user("zhuzhou", "credit_officer", "4302");
    add_user("viewer", "viewer", "4301");
  }
};

TEST_F(CasebookTest, PublishedCasesArePublicFromTheirDateAndMasked) {
  const std::string token = login("credit");
  const json made = post_json("/api/v1/cases", token,
                              {{"title", "销售过期食品案"},
                               {"uscc", kUscc},
                               {"summary", "当事人（电话13812341234）销售过期食品，罚款五万元。"},
                               {"published_on", "2026-06-15"}});
  EXPECT_EQ(made.at("uscc"), kUscc);
  post_json("/api/v1/cases", token,
            {{"title", "明日发布"}, {"summary", "尚未发布"}, {"published_on", "2026-06-16"}});

  const json list = get_json("/api/v1/public/cases");
  ASSERT_EQ(list.at("total"), 1) << list;
  const json& item = list.at("items").at(0);
  EXPECT_EQ(item.at("title"), "销售过期食品案");
  EXPECT_EQ(item.at("summary").get<std::string>().find("13812341234"), std::string::npos);
  EXPECT_EQ(get_json("/api/v1/public/cases/" + std::to_string(made.at("id").get<int>()))
                .at("id"),
            made.at("id"));
  get_json("/api/v1/public/cases/999", "", 404);
}

TEST_F(CasebookTest, PublishingIsCheckedAndScoped) {
  const std::string zhuzhou = login("zhuzhou");
  post_json("/api/v1/cases", zhuzhou, {{"title", "越权"}, {"uscc", kUscc}, {"summary", "x"}}, 403);
  const json missing = post_json("/api/v1/cases", zhuzhou, {{"title", "无摘要"}}, 422);
  EXPECT_EQ(missing.at("error").at("details").at(0).at("field"), "summary");
  post_json("/api/v1/cases", zhuzhou, {{"title", "坏代码"}, {"uscc", "123"}, {"summary", "x"}}, 422);
  post_json("/api/v1/cases", login("viewer"), {{"title", "t"}, {"summary", "s"}}, 403);
}

TEST_F(CasebookTest, DashboardCountsTheRegion) {
  write([](store::Session& s) -> Status {
    XJ_CHECK(s.exec(
        "INSERT INTO penalties (decision_no, uscc, name, violation_type, legal_basis, "
        "penalty_types, decided_on, authority, procedure, is_public, source) VALUES "
        "('湘罚1', ?, 'n', 'v', 'b', '罚款', '2026-06-01', 'a', '普通', 1, 't'), "
        "('湘罚2', ?, 'n', 'v', 'b', '罚款', '2025-07-01', 'a', '普通', 1, 't'), "
        "('湘罚3', '91430211MA4NYP8Q2J', 'n', 'v', 'b', '罚款', '2026-06-02', 'a', '普通', 1, 't')",
        {std::string(kUscc), std::string(kUscc)}));
    XJ_CHECK(s.exec("INSERT INTO abnormal_entries (uscc, ground, listed_on, region_code, "
                    "created_by) VALUES (?, 'unreachable', '2026-01-01', '430102', 't')",
                    {std::string(kUscc)}));
    XJ_CHECK(s.exec("INSERT INTO risk_current (uscc, model, model_version, score, class, "
                    "computed_at) VALUES (?, 'general', '1', 30, 'C', CURRENT_TIMESTAMP)",
                    {std::string(kUscc)}));
    return {};
  });
  const json d = get_json("/api/v1/dashboard?region=4301", login("viewer"));
  EXPECT_EQ(d.at("enterprises"), 1);
  EXPECT_EQ(d.at("abnormal_active"), 1);
  EXPECT_EQ(d.at("risk_general").at("C"), 1);
  EXPECT_EQ(d.at("risk_general").at("unclassified"), 0);
  const json& months = d.at("penalties_by_month");
  ASSERT_EQ(months.size(), 12u);
  EXPECT_EQ(months.front().at("month"), "2025-07");
  EXPECT_EQ(months.front().at("count"), 1);
  EXPECT_EQ(months.back().at("month"), "2026-06");
  EXPECT_EQ(months.back().at("count"), 1);  // the Zhuzhou penalty is outside 4301
  get_json("/api/v1/dashboard?region=4302", login("viewer"), 403);
  EXPECT_EQ(get_json("/api/v1/dashboard", login("credit")).at("enterprises"), 2);
}

}  // namespace
}  // namespace xj::testing
