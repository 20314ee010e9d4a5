// The abnormal operation list (§4.1): listing, removal, proposals from spot-check results, the
// internal and public lists, outbox events, region scope.
#include "sanctions_fixture.h"

namespace xj::sanctions_test {
namespace {

class AbnormalListTest : public SanctionsTest {};

TEST_F(AbnormalListTest, ListsRemovesAndShowsOnlyActiveEntriesPublicly) {
  const std::string a = make_uscc("MA4L0001");
  const std::string b = make_uscc("MA4L0002", "430602");
  add_enterprise(a);
  add_enterprise(b, "430602");
  serve(day(2026, 6, 15));
  json e = ask("POST", "/api/v1/abnormal-list",
               {{"uscc", a}, {"ground", "annual_report"}, {"listed_on", "2026-01-05"},
                {"decision_no", "长市监异〔2026〕1号"}, {"authority", "长沙市市场监督管理局"}},
               201);
  EXPECT_EQ(e["status"], "active");
  EXPECT_EQ(e["listed_on"], "2026-01-05");
  EXPECT_EQ(events("abnormal_list.added", a), 1);
  json f = ask("POST", "/api/v1/abnormal-list", {{"uscc", b}, {"ground", "unreachable"}}, 201);
  EXPECT_EQ(f["listed_on"], "2026-06-15");  // defaults to today

  json pub = get_public("/api/v1/public/abnormal-list");
  EXPECT_EQ(pub["total"], 2);
  EXPECT_EQ(pub["items"][0]["uscc"], b);  // newest first
  EXPECT_FALSE(pub["items"][0].contains("created_by"));
  EXPECT_EQ(get_public("/api/v1/public/abnormal-list?region=4301")["total"], 1);

  json removed = ask("POST", "/api/v1/abnormal-list/" + std::to_string(e["id"].get<int>()) + "/removal",
                     {{"reason", "cured"}, {"note", "已补报年报"}}, 200);
  EXPECT_EQ(removed["status"], "removed");
  EXPECT_EQ(removed["removed_on"], "2026-06-15");
  EXPECT_EQ(events("abnormal_list.removed", a), 1);
  ask("POST", "/api/v1/abnormal-list/" + std::to_string(e["id"].get<int>()) + "/removal",
      {{"reason", "cured"}}, 409);

  pub = get_public("/api/v1/public/abnormal-list?region=4301");
  EXPECT_EQ(pub["total"], 0);
  // Internal: history stays, with states.
  EXPECT_EQ(get("/api/v1/abnormal-list")["total"], 2);
  EXPECT_EQ(get("/api/v1/abnormal-list?active=true")["total"], 1);
  EXPECT_EQ(get("/api/v1/abnormal-list?active=false")["items"][0]["uscc"], a);
  json records = get("/api/v1/enterprises/" + a + "/records");
  ASSERT_EQ(records["abnormal_list"].size(), 1u);
  EXPECT_EQ(records["abnormal_list"][0]["status"], "removed");
  EXPECT_EQ(records["abnormal_list"][0]["is_public_today"], false);
}

TEST_F(AbnormalListTest, ValidatesTheBody) {
  const std::string a = make_uscc("MA4L0003");
  serve(day(2026, 6, 15));
  json err = ask("POST", "/api/v1/abnormal-list", {{"uscc", a}, {"ground", "late"}}, 422);
  EXPECT_EQ(err["error"]["details"][0]["code"], "invalid_enum");
  err = ask("POST", "/api/v1/abnormal-list", {{"uscc", "9143010212345"}, {"ground", "false_info"}}, 422);
  EXPECT_EQ(err["error"]["details"][0]["code"], "invalid_uscc");
  err = ask("POST", "/api/v1/abnormal-list",
            {{"uscc", a}, {"ground", "false_info"}, {"listed_on", "2026-06-16"}}, 422);
  EXPECT_EQ(err["error"]["details"][0]["code"], "invalid_date");
  json e = ask("POST", "/api/v1/abnormal-list", {{"uscc", a}, {"ground", "false_info"}, {"listed_on", "2026-06-10"}}, 201);
  err = ask("POST", "/api/v1/abnormal-list/" + std::to_string(e["id"].get<int>()) + "/removal",
            {{"reason", "repair"}}, 422);
  EXPECT_EQ(err["error"]["details"][0]["code"], "invalid_enum");
  ask("POST", "/api/v1/abnormal-list/" + std::to_string(e["id"].get<int>()) + "/removal",
      {{"reason", "cured"}, {"removed_on", "2026-06-09"}}, 422);
  ask("POST", "/api/v1/abnormal-list/999/removal", {{"reason", "cured"}}, 404);
}

TEST_F(AbnormalListTest, RegionScopeAndRoles) {
  const std::string a = make_uscc("MA4L0004");  // 430102 (Changsha)
  add_enterprise(a);
  serve(day(2026, 6, 15));
  // A Hengyang officer may neither list nor see a Changsha enterprise.
  ask("POST", "/api/v1/abnormal-list", {{"uscc", a}, {"ground", "annual_report"}}, 403,
      token("credit_officer", "4304"));
  ask("POST", "/api/v1/abnormal-list", {{"uscc", a}, {"ground", "annual_report"}}, 201,
      token("credit_officer", "4301"));
  EXPECT_EQ(get("/api/v1/abnormal-list", token("viewer", "4304"))["total"], 0);
  EXPECT_EQ(get("/api/v1/abnormal-list", token("viewer", "4301"))["total"], 1);
  ask("GET", "/api/v1/abnormal-list?region=4301", nullptr, 403, token("viewer", "4304"));
  // Viewers do not write; the enterprise sees its own entries only.
  ask("POST", "/api/v1/abnormal-list", {{"uscc", a}, {"ground", "annual_report"}}, 403,
      token("viewer", "43"));
  EXPECT_EQ(get("/api/v1/abnormal-list", token("enterprise", "43", a))["total"], 1);
}

TEST_F(AbnormalListTest, ProposalsFromSpotCheckResults) {
  const std::string a = make_uscc("MA4L0005");
  add_enterprise(a);
  write([&](store::Session& s) -> Status {
    collection::Inspection i;
    i.inspection_no = "JC-2026-001";
    i.uscc = a;
    i.name = "示例企业";
    i.kind = "双随机抽查";
    i.checked_on = "2026-05-01";
    i.results = {"未按规定公示应当公示的信息", "通过登记的住所（经营场所）无法联系"};
    i.authority = "芙蓉区市场监督管理局";
    i.provenance = {"食品生产处", std::nullopt};
    XJ_CHECK(collection::upsert_inspection(s, i));
    i.inspection_no = "JC-2026-002";
    i.results = {"未发现问题"};
    return collection::upsert_inspection(s, i);
  });
  serve(day(2026, 6, 15));
  json p = get("/api/v1/abnormal-list/proposals");
  ASSERT_EQ(p["items"].size(), 2u);
  EXPECT_EQ(p["items"][0]["ground"], "instant_info");
  EXPECT_EQ(p["items"][1]["ground"], "unreachable");
  EXPECT_EQ(p["items"][0]["inspection_no"], "JC-2026-001");
  ask("GET", "/api/v1/abnormal-list/proposals", nullptr, 403, token("viewer", "43"));
  // Accepting one proposal removes the inspection's proposals.
  json e = ask("POST", "/api/v1/abnormal-list",
               {{"uscc", a}, {"ground", "instant_info"}, {"proposed_from", "JC-2026-001"}}, 201);
  EXPECT_EQ(e["proposed_from"], "JC-2026-001");
  EXPECT_TRUE(get("/api/v1/abnormal-list/proposals")["items"].empty());
  ask("POST", "/api/v1/abnormal-list",
      {{"uscc", a}, {"ground", "unreachable"}, {"proposed_from", "JC-2026-001"}}, 409);
  ask("POST", "/api/v1/abnormal-list",
      {{"uscc", a}, {"ground", "unreachable"}, {"proposed_from", "JC-NONE"}}, 422);
}

}  // namespace
}  // namespace xj::sanctions_test
