// The lists around the draw: matters (抽查事项清单), inspectors (执法检查人员名录库) with the
// import kind's validation, key supervision items (重点监管事项清单), and plans published before
// their draw (GET /api/v1/public/spotcheck/plans).
#include "spotcheck_fixture.h"

namespace xj::spotcheck_test {
namespace {

TEST_F(SpotcheckTest, MattersAreListedAndValidated) {
  matter("SC-FOOD-01");
  matter("SC-FOOD-02");
  EXPECT_EQ(
      send("POST", "/api/v1/spotcheck/matters", admin_,
           {{"code", "SC-FOOD-01"}, {"name", "x"}, {"area", "food_production"}, {"kind", "key"}})
          .status,
      409);
  auto r = send("POST", "/api/v1/spotcheck/matters", admin_,
                {{"code", "X"}, {"name", "x"}, {"area", "restaurants"}, {"kind", "key"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("invalid_enum"), std::string::npos);
  EXPECT_EQ(send("POST", "/api/v1/spotcheck/matters", admin_,
                 {{"code", "X"}, {"name", "x"}, {"area", "food_production"}, {"kind", "other"}})
                .status,
            422);
  EXPECT_EQ(send("POST", "/api/v1/spotcheck/matters", admin_, {{"name", "x"}}).status, 422);
  const json list =
      ok_json(send("GET", "/api/v1/spotcheck/matters?area=food_production", officer_), 200);
  EXPECT_EQ(list.at("total"), 2);
  EXPECT_EQ(list.at("items")[0].at("code"), "SC-FOOD-01");
  EXPECT_EQ(list.at("items")[0].at("basis"), "《食品安全法》第一百一十条");
  EXPECT_EQ(ok_json(send("GET", "/api/v1/spotcheck/matters?area=special_equipment", officer_), 200)
                .at("total"),
            0);
}

TEST_F(SpotcheckTest, InspectorsGoThroughTheImportValidation) {
  inspector("43010001", "430102", "食品、综合");
  auto r = send("POST", "/api/v1/spotcheck/inspectors", admin_,
                {{"id", "43010002"},
                 {"name", "李四"},
                 {"unit", "长沙市市场监督管理局"},
                 {"region_code", "430102"},
                 {"domains", {"烹饪"}}});
  EXPECT_EQ(r.status, 422) << r.body;
  r = send("POST", "/api/v1/spotcheck/inspectors", admin_,
           {{"id", "43010002"},
            {"name", "李四"},
            {"unit", "长沙市市场监督管理局"},
            {"region_code", "430102"}});
  EXPECT_EQ(r.status, 422) << r.body;  // domains are required
  // Re-sending changes the stored inspector (200); an officer of another city may not.
  r = send("POST", "/api/v1/spotcheck/inspectors", admin_,
           {{"id", "43010001"},
            {"name", "检查员43010001"},
            {"unit", "长沙市市场监督管理局"},
            {"region_code", "430102"},
            {"domains", {"食品"}},
            {"status", "离岗"}});
  EXPECT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(send("POST", "/api/v1/spotcheck/inspectors", user("o2", "credit_officer", "4302"),
                 {{"id", "43010003"},
                  {"name", "王五"},
                  {"unit", "长沙市市场监督管理局"},
                  {"region_code", "430102"},
                  {"domains", {"食品"}}})
                .status,
            403);
  inspector("43020001", "430202", "特种设备");
  const json mine = ok_json(send("GET", "/api/v1/spotcheck/inspectors", officer_), 200);
  ASSERT_EQ(mine.at("total"), 1);  // within 4301 only
  EXPECT_EQ(mine.at("items")[0].at("status"), "离岗");
  EXPECT_EQ(mine.at("items")[0].at("domains"), json::array({"食品"}));
  EXPECT_EQ(
      ok_json(send("GET", "/api/v1/spotcheck/inspectors?domain=特种设备", admin_), 200).at("total"),
      1);
  EXPECT_EQ(send("GET", "/api/v1/spotcheck/inspectors?region=4302", officer_).status, 403);
  // Recusal declarations: a valid USCC and a reason.
  EXPECT_EQ(send("POST", "/api/v1/spotcheck/inspectors/43010001/conflicts", officer_,
                 {{"uscc", "914301001234567890"}, {"reason", "x"}})
                .status,
            422);
  EXPECT_EQ(send("POST", "/api/v1/spotcheck/inspectors/43010001/conflicts", officer_,
                 {{"uscc", make_uscc(1)}})
                .status,
            422);
  EXPECT_EQ(send("POST", "/api/v1/spotcheck/inspectors/nobody/conflicts", officer_,
                 {{"uscc", make_uscc(1)}, {"reason", "x"}})
                .status,
            404);
  const json c =
      ok_json(send("POST", "/api/v1/spotcheck/inspectors/43010001/conflicts", officer_,
                   {{"uscc", make_uscc(1)}, {"reason", "亲属关系"}, {"valid_until", "2027-12-31"}}),
              201);
  EXPECT_EQ(c.at("declared_on"), kToday);
  EXPECT_EQ(c.at("valid_until"), "2027-12-31");
}

TEST_F(SpotcheckTest, KeySupervisionItemsWithinRegion) {
  const json item = {{"region", "4301"},         {"area", "special_equipment"},
                     {"item", "电梯维护保养"},   {"subject", "长沙市市场监督管理局"},
                     {"object", "电梯维保单位"}, {"measures", "每年不少于一次全覆盖检查"}};
  const json stored = ok_json(send("POST", "/api/v1/key-supervision-items", officer_, item), 201);
  EXPECT_GT(stored.at("id").get<std::int64_t>(), 0);
  EXPECT_EQ(stored.at("measures"), "每年不少于一次全覆盖检查");
  ok_json(send("POST", "/api/v1/key-supervision-items", admin_,
               {{"region", "43"}, {"area", "food_production"}, {"item", "特殊食品生产"}}),
          201);
  ok_json(send("POST", "/api/v1/key-supervision-items", admin_,
               {{"region", "4302"}, {"area", "food_production"}, {"item", "株洲"}}),
          201);
  EXPECT_EQ(send("POST", "/api/v1/key-supervision-items", officer_,
                 {{"region", "4302"}, {"area", "food_production"}, {"item", "x"}})
                .status,
            403);
  EXPECT_EQ(send("POST", "/api/v1/key-supervision-items", officer_,
                 {{"region", "4301"}, {"area", "food_production"}})
                .status,
            422);
  // Changsha sees its own item and the province's, not Zhuzhou's.
  const json list = ok_json(send("GET", "/api/v1/key-supervision-items", officer_), 200);
  EXPECT_EQ(list.at("total"), 2);
  EXPECT_EQ(
      ok_json(send("GET", "/api/v1/key-supervision-items?area=special_equipment", officer_), 200)
          .at("items")[0]
          .at("item"),
      "电梯维护保养");
  EXPECT_EQ(ok_json(send("GET", "/api/v1/key-supervision-items", admin_), 200).at("total"), 3);
  EXPECT_EQ(send("GET", "/api/v1/key-supervision-items", user("i1", "inspector", "4301")).status,
            200);
}

TEST_F(SpotcheckTest, PlansArePublicBeforeTheirDraw) {
  matter();
  const std::string commitment = commitment_of(seed_hex(9));
  const json plan =
      ok_json(send("POST", "/api/v1/spotcheck/plans", officer_, plan_body(commitment)), 201);
  EXPECT_EQ(plan.at("status"), "open");
  EXPECT_EQ(plan.at("population").at("exclude_inspected_within_days"), 30);
  const json pub = ok_json(send("GET", "/api/v1/public/spotcheck/plans", ""), 200);
  ASSERT_EQ(pub.at("total"), 1);
  const json& p = pub.at("items")[0];
  EXPECT_EQ(p.at("seed_commitment"), commitment);
  EXPECT_EQ(p.at("due_on"), "2026-09-30");
  EXPECT_EQ(p.at("matters")[0].at("name"), "食品生产企业监督检查");
  EXPECT_EQ(p.at("scope").at("region_prefix"), "4301");
  EXPECT_FALSE(p.contains("ratios"));
  EXPECT_TRUE(p.at("draw_id").is_null());
  EXPECT_EQ(
      ok_json(send("GET", "/api/v1/spotcheck/plans", user("o2", "credit_officer", "4302")), 200)
          .at("total"),
      0);
}

}  // namespace
}  // namespace xj::spotcheck_test
