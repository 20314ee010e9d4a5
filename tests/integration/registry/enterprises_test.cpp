// GET /api/v1/enterprises (search and filters) and GET /api/v1/enterprises/{uscc} (the internal
// view with tags and classes) on both backends, within the account's region scope.
#include <set>

#include "registry_fixture.h"

namespace xj::registry_test {
namespace {

class EnterprisesTest : public RegistryTest {
 protected:
  void SetUp() override {
    RegistryTest::SetUp();
    if (HasFatalFailure() || IsSkipped()) return;
    start(day(2026, 6, 15));
    changsha_food_ = make_uscc("430102", "MA4L0001");
    changsha_gas_ = make_uscc("430103", "MA4L0002");
    zhuzhou_ = make_uscc("430202", "MA4L0003");
    put_enterprise(changsha_food_, "长沙市湘味食品有限公司", "430102");
    put_enterprise(changsha_gas_, "长沙燃气充装有限公司", "430103");
    put_enterprise(zhuzhou_, "株洲湘味食品厂", "430202");
    post_entry(changsha_food_, "food_production", "SC12743010200013", "特殊食品");
    post_entry(changsha_gas_, "special_equipment", "TS4343001-2024", "气瓶充装");
    post_entry(zhuzhou_, "food_production", "SC10143020200011", "普通食品");
    write([&](store::Session& s) -> Status {
      const char* sql =
          "INSERT INTO risk_current (uscc, model, model_version, score, class, computed_at) "
          "VALUES (?, ?, '1', ?, ?, '2026-06-01 00:00:00+00')";
      XJ_CHECK(s.exec(
          sql, {changsha_food_, std::string("general"), std::int64_t{30}, std::string("C")}));
      XJ_CHECK(s.exec(sql, {changsha_food_, std::string("food_production"), std::int64_t{5},
                            std::string("A")}));
      XJ_CHECK(s.exec(sql, {zhuzhou_, std::string("general"), std::int64_t{12}, std::string("B")}));
      return {};
    });
  }

  std::set<std::string> usccs(const std::string& target, const std::string& token) {
    json page = get_json(target, token);
    std::set<std::string> out;
    for (const auto& item : page.at("items")) out.insert(item.at("uscc").get<std::string>());
    EXPECT_EQ(page.at("total").get<std::size_t>(), out.size()) << target;
    return out;
  }

  std::string changsha_food_, changsha_gas_, zhuzhou_;
};

TEST_F(EnterprisesTest, FiltersByRegionAreaAndClass) {
  const std::string& t = admin();
  EXPECT_EQ(usccs("/api/v1/enterprises", t).size(), 3u);
  EXPECT_EQ(usccs("/api/v1/enterprises?region=4301", t),
            (std::set<std::string>{changsha_food_, changsha_gas_}));
  EXPECT_EQ(usccs("/api/v1/enterprises?area=food_production", t),
            (std::set<std::string>{changsha_food_, zhuzhou_}));
  EXPECT_EQ(usccs("/api/v1/enterprises?area=special_equipment&region=4301", t),
            (std::set<std::string>{changsha_gas_}));
  EXPECT_EQ(usccs("/api/v1/enterprises?risk_class=C", t), (std::set<std::string>{changsha_food_}));
  EXPECT_EQ(usccs("/api/v1/enterprises?risk_class=unclassified", t),
            (std::set<std::string>{changsha_gas_}));
  EXPECT_EQ(usccs("/api/v1/enterprises?risk_class=A&model=food_production", t),
            (std::set<std::string>{changsha_food_}));
  EXPECT_EQ(usccs("/api/v1/enterprises?risk_class=unclassified&model=food_production", t).size(),
            2u);

  json page = get_json("/api/v1/enterprises?q=" + changsha_food_, t);
  ASSERT_EQ(page.at("items").size(), 1u);
  const json& item = page.at("items").at(0);
  EXPECT_EQ(item.at("risk_class"), "C");
  EXPECT_EQ(page.at("model"), "general");
  EXPECT_EQ(item.at("tags"),
            (json::array({{{"area", "food_production"}, {"subcategory", "特殊食品"}}})));
  EXPECT_EQ(page.at("page"), 1);
  EXPECT_EQ(page.at("page_size"), 20);

  // Removing the entry removes the tag and the area match.
  json entries = get_json("/api/v1/keylist?area=special_equipment", t);
  const auto id = entries.at("items").at(0).at("id").get<std::int64_t>();
  ASSERT_EQ(send("DELETE", "/api/v1/keylist/" + std::to_string(id) + "?reason=test", t).status,
            200);
  EXPECT_TRUE(usccs("/api/v1/enterprises?area=special_equipment", t).empty());
}

TEST_F(EnterprisesTest, SearchesByNamePartOnBothPaths) {
  const std::string& t = admin();
  // Two characters (a scan on SQLite) and three or more (the trigram index).
  EXPECT_EQ(usccs("/api/v1/enterprises?q=%E6%B9%98%E5%91%B3", t),  // 湘味
            (std::set<std::string>{changsha_food_, zhuzhou_}));
  EXPECT_EQ(usccs("/api/v1/enterprises?q=%E6%B9%98%E5%91%B3%E9%A3%9F%E5%93%81%E5%8E%82", t),
            (std::set<std::string>{zhuzhou_}));                                // 湘味食品厂
  EXPECT_EQ(usccs("/api/v1/enterprises?q=%E7%87%83%E6%B0%94&region=4301", t),  // 燃气
            (std::set<std::string>{changsha_gas_}));
  EXPECT_TRUE(usccs("/api/v1/enterprises?q=%25%25", t).empty());  // '%%' is text, not a pattern
  EXPECT_EQ(send("GET", "/api/v1/enterprises?q=x", t).status, 400);
  EXPECT_EQ(send("GET", "/api/v1/enterprises?risk_class=E", t).status, 400);
  EXPECT_EQ(send("GET", "/api/v1/enterprises?area=other", t).status, 400);
  EXPECT_EQ(send("GET", "/api/v1/enterprises?region=43x", t).status, 400);
}

TEST_F(EnterprisesTest, RegionScopeAndEnterpriseAccounts) {
  add_user("cs_viewer", "viewer", "4301");
  const std::string viewer = login("cs_viewer");
  EXPECT_EQ(usccs("/api/v1/enterprises", viewer),
            (std::set<std::string>{changsha_food_, changsha_gas_}));
  EXPECT_EQ(send("GET", "/api/v1/enterprises?region=4302", viewer).status, 403);
  EXPECT_EQ(send("GET", "/api/v1/enterprises/" + zhuzhou_, viewer).status, 403);
  EXPECT_EQ(send("GET", "/api/v1/enterprises/" + changsha_gas_, viewer).status, 200);

  add_user("own", "enterprise", "43", std::nullopt, changsha_food_);
  const std::string own = login("own");
  json page = get_json("/api/v1/enterprises", own);
  ASSERT_EQ(page.at("items").size(), 1u);
  EXPECT_EQ(page.at("items").at(0).at("uscc"), changsha_food_);
  EXPECT_FALSE(page.at("items").at(0).contains("risk_class"));  // classes are internal
  EXPECT_TRUE(usccs("/api/v1/enterprises?q=" + zhuzhou_, own).empty());
  EXPECT_EQ(send("GET", "/api/v1/enterprises?risk_class=C", own).status, 403);
  json view = get_json("/api/v1/enterprises/" + changsha_food_, own);
  EXPECT_FALSE(view.contains("risk"));
  EXPECT_EQ(send("GET", "/api/v1/enterprises/" + zhuzhou_, own).status, 403);
}

TEST_F(EnterprisesTest, InternalViewCarriesTagsAndClasses) {
  const std::string& t = admin();
  json view = get_json("/api/v1/enterprises/" + changsha_food_, t);
  EXPECT_EQ(view.at("uscc"), changsha_food_);
  EXPECT_EQ(view.at("name"), "长沙市湘味食品有限公司");
  EXPECT_EQ(view.at("region_code"), "430102");
  EXPECT_EQ(view.at("tags"),
            (json::array({{{"area", "food_production"}, {"subcategory", "特殊食品"}}})));
  ASSERT_EQ(view.at("key_areas").size(), 1u);
  EXPECT_EQ(view.at("key_areas").at(0).at("licence_no"), "SC12743010200013");
  ASSERT_EQ(view.at("risk").size(), 2u);
  EXPECT_EQ(view.at("risk").at(0).at("model"), "food_production");
  EXPECT_EQ(view.at("risk").at(0).at("class"), "A");
  EXPECT_EQ(view.at("risk").at(1).at("model"), "general");
  EXPECT_EQ(view.at("risk").at(1).at("class"), "C");
  EXPECT_EQ(view.at("risk").at(1).at("score"), 30);

  EXPECT_EQ(send("GET", "/api/v1/enterprises/" + make_uscc("430102", "MA4L0099"), t).status, 404);
  auto bad = send("GET", "/api/v1/enterprises/914403001922038217", t);
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("invalid_uscc"), std::string::npos);
}

}  // namespace
}  // namespace xj::registry_test
