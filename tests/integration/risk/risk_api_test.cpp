// The risk capability end to end on both backends (domain-rules.md §7, api.md): incremental
// re-scoring through the outbox, full runs as jobs, the summary, deregistration, region scope
// and model reload (good and malformed).
#include "risk_fixture.h"

#include <numeric>

#include "store/outbox.h"

namespace xj::risk_test {
namespace {

std::int64_t factor_sum(const json& a) {
  std::int64_t sum = 0;
  for (const auto& f : a.at("factors")) sum += f.at("points").get<std::int64_t>();
  return sum;
}

TEST_F(RiskTest, NewPenaltiesRescoreThroughTheOutbox) {
  start();
  const std::string uscc = make_uscc("430104", "MA4EMRA6");
  put_enterprise(uscc, {{"established_on", "2010-05-01"}, {"region_code", "430104"}});
  drain();
  json a = assessment(uscc);
  ASSERT_FALSE(a.is_null());
  EXPECT_EQ(a.at("class"), "A");
  EXPECT_EQ(a.at("score"), 0);
  EXPECT_EQ(a.at("model_version"), "2026.1");
  EXPECT_FALSE(a.at("computed_at").get<std::string>().empty());

  // Two penalties (12) and a heavier one (6 + 15): 33 → C.
  call("POST", "/api/v1/penalties", penalty_body(uscc, "湘长市监罚〔2026〕1号", "2026-01-05"), 201);
  call("POST", "/api/v1/penalties", penalty_body(uscc, "湘长市监罚〔2026〕2号", "2026-02-05"), 201);
  call("POST", "/api/v1/penalties",
       penalty_body(uscc, "湘长市监罚〔2026〕3号", "2026-03-05", "罚款;责令停产停业"), 201);
  const auto started = std::chrono::steady_clock::now();
  drain();
  const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  EXPECT_LT(ms, 1000.0) << "re-scored within a second";
  a = assessment(uscc);
  EXPECT_EQ(a.at("score"), 33);
  EXPECT_EQ(a.at("class"), "C");
  EXPECT_EQ(factor_sum(a), 33);
  bool heavier = false;
  for (const auto& f : a.at("factors")) {
    EXPECT_FALSE(f.at("reason").get<std::string>().empty());
    if (f.at("indicator") == "heavier_penalty_3y") heavier = f.at("points") == 15;
  }
  EXPECT_TRUE(heavier);

  // The class change is an outbox event with the USCC.
  std::vector<store::OutboxEvent> events;
  ASSERT_TRUE(db_->read([&](store::Session& s) -> Status {
    XJ_TRY(events, store::read_outbox(s, 0, 10000));
    return {};
  }));
  int changes = 0;
  for (const auto& e : events) {
    if (e.type != "risk.class_changed") continue;
    ++changes;
    EXPECT_EQ(e.uscc, uscc);
    const json payload = json::parse(e.payload);
    EXPECT_EQ(payload.at("model"), "general");
    EXPECT_EQ(payload.at("from"), "A");
    EXPECT_EQ(payload.at("to"), "C");
    EXPECT_EQ(payload.at("score"), 33);
  }
  EXPECT_EQ(changes, 1);
}

TEST_F(RiskTest, FullRunAsAJobAndTheSummary) {
  // Records written directly (no outbox): only a full run sees them.
  const std::string food = make_uscc("430102", "MA4F00D1");
  const std::string lift = make_uscc("430103", "MA4L1FT1");
  const std::string gone = make_uscc("430104", "MA4G0NE1");
  const std::string far = make_uscc("430202", "MA4YYYY1");
  write([&](store::Session& s) -> Status {
    for (const auto& [uscc, status] : {std::pair{food, "存续"}, std::pair{lift, "存续"},
                                       std::pair{gone, "注销"}, std::pair{far, "存续"}}) {
      registry::Enterprise e;
      e.uscc = uscc;
      e.name = "企业" + uscc.substr(10, 4);
      e.region_code = uscc.substr(2, 6);
      e.status = status;
      e.established_on = "2000-01-01";
      XJ_CHECK(registry::upsert_enterprise(s, e, "登记注册局"));
    }
    registry::KeyListEntry k;
    k.area = registry::kFoodProduction;
    k.subcategory = "特殊食品";
    k.uscc = food;
    k.name = "企业";
    k.licence_no = "SC12943010200015";  // 婴幼儿配方食品: static 40
    k.listed_on = "2024-01-01";
    XJ_CHECK(registry::insert_keylist_entry(s, k, "特殊食品处"));
    k.area = registry::kSpecialEquipment;
    k.subcategory = "电梯维保";
    k.uscc = lift;
    k.licence_no = "TS3343001-2025";
    XJ_CHECK(registry::insert_keylist_entry(s, k, "特种设备局"));
    collection::Licence l;
    l.licence_no = "TS3343001-2025";
    l.uscc = lift;
    l.name = "企业";
    l.licence_type = "特种设备生产许可";
    l.issuer = "湖南省市场监督管理局";
    l.issued_on = "2021-01-01";
    l.valid_until = "2025-12-31";  // expired: veto → D
    l.provenance = {"特种设备局", std::nullopt};
    return collection::upsert_licence(s, l);
  });
  start();
  auto r = send("POST", "/api/v1/risk/runs", json{{"models", {"nope"}}}.dump());
  EXPECT_EQ(r.status, 422) << r.body;
  json run = call("POST", "/api/v1/risk/runs", json::object(), 202);
  ASSERT_TRUE(run.contains("id"));
  EXPECT_TRUE(run.at("status") == "queued" || run.at("status") == "running" || run.at("status") == "done");
  EXPECT_TRUE(run.contains("progress"));
  run = wait_run(run.at("id"));
  EXPECT_EQ(run.at("status"), "done") << run.dump();
  EXPECT_EQ(run.at("progress"), 1.0);
  EXPECT_EQ(run.at("total"), 4);

  json f = assessment(food, "food_production");
  ASSERT_FALSE(f.is_null());
  EXPECT_EQ(f.at("score"), 40);
  EXPECT_EQ(f.at("class"), "B");
  EXPECT_EQ(assessment(lift, "elevator_maintenance").at("class"), "D");
  EXPECT_EQ(assessment(lift).at("class"), "A");
  EXPECT_TRUE(call("GET", "/api/v1/risk/" + gone).at("assessments").empty());  // 注销
  EXPECT_TRUE(assessment(food, "lpg_filling").is_null());  // does not apply

  json summary = call("GET", "/api/v1/risk/summary?model=general&region=4301");
  EXPECT_EQ(summary, (json{{"A", 2}, {"B", 0}, {"C", 0}, {"D", 0}, {"unclassified", 1}}));
  summary = call("GET", "/api/v1/risk/summary?model=food_production&area=food_production");
  EXPECT_EQ(summary, (json{{"A", 0}, {"B", 1}, {"C", 0}, {"D", 0}, {"unclassified", 0}}));
  EXPECT_EQ(send("GET", "/api/v1/risk/summary?model=nope").status, 400);

  // Region scope: a Zhuzhou viewer reads neither a Changsha enterprise nor Changsha's counts.
  const std::string zhuzhou = login("zhuzhou");
  EXPECT_EQ(send("GET", "/api/v1/risk/" + food, "", zhuzhou).status, 403);
  EXPECT_EQ(send("GET", "/api/v1/risk/" + far, "", zhuzhou).status, 200);
  EXPECT_EQ(send("GET", "/api/v1/risk/summary?region=4301", "", zhuzhou).status, 403);
  EXPECT_EQ(send("POST", "/api/v1/risk/runs", "{}", zhuzhou).status, 403);
  EXPECT_EQ(send("GET", "/api/v1/risk/" + make_uscc("430102", "MA4N0NE1")).status, 404);
  EXPECT_EQ(send("GET", "/api/v1/risk/914403001922038217").status, 422);
  EXPECT_EQ(send("GET", "/api/v1/risk/runs/999999").status, 404);

  // A second run over unchanged records changes nothing.
  run = wait_run(call("POST", "/api/v1/risk/runs", json{{"models", {"general"}}}, 202).at("id"));
  EXPECT_EQ(run.at("changed"), 0);
}

TEST_F(RiskTest, DeregistrationRemovesTheClass) {
  start();
  const std::string uscc = make_uscc("430104", "MA4DEREG");
  put_enterprise(uscc, {{"established_on", "2026-01-01"}});
  drain();
  EXPECT_EQ(assessment(uscc).at("score"), 8);
  call("PUT", "/api/v1/enterprises/" + uscc, {{"name", "测试企业"}, {"status", "注销"}});
  drain();
  EXPECT_TRUE(call("GET", "/api/v1/risk/" + uscc).at("assessments").empty());
}

TEST_F(RiskTest, ModelReloadGoodAndMalformed) {
  start();
  const std::string uscc = make_uscc("430104", "MA4REL0D");
  put_enterprise(uscc, {{"established_on", "2026-01-01"}});  // 8 points: A under A ≤ 10
  drain();
  EXPECT_EQ(assessment(uscc).at("class"), "A");

  // A malformed file is refused naming its line; the models in force stay.
  const auto general = config_ / "models" / "general.toml";
  std::string text;
  {
    std::ifstream in(general);
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  std::ofstream(config_ / "models" / "broken.toml") << "id = \"broken\"\nversion = \"1\"\nname = [\n";
  auto r = send("POST", "/api/v1/risk/models/reload");
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_NE(r.body.find("broken.toml:3"), std::string::npos) << r.body;
  std::filesystem::remove(config_ / "models" / "broken.toml");

  // A good change: band A up to 5 and a new version → the enterprise becomes B.
  auto at = text.find("A = 10");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 6, "A = 5");
  text.replace(text.find("version = \"2026.1\""), 18, "version = \"2026.2\"");
  std::ofstream(general) << text;
  json reloaded = call("POST", "/api/v1/risk/models/reload");
  bool found = false;
  for (const auto& m : reloaded.at("models")) {
    if (m.at("id") == "general") {
      EXPECT_EQ(m.at("version"), "2026.2");
      EXPECT_EQ(m.at("bands").at("A"), 5);
      found = true;
    }
  }
  EXPECT_TRUE(found);
  ASSERT_TRUE(reloaded.at("run_id").is_number());
  EXPECT_EQ(wait_run(reloaded.at("run_id")).at("status"), "done");
  json a = assessment(uscc);
  EXPECT_EQ(a.at("model_version"), "2026.2");
  EXPECT_EQ(a.at("class"), "B");

  json models = call("GET", "/api/v1/risk/models");
  EXPECT_EQ(models.at("models").size(), 4u);
}

}  // namespace
}  // namespace xj::risk_test
