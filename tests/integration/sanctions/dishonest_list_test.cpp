// The serious illegal and dishonest list (§4.2): basis checks, procedure, upper-level approval,
// the 3-year term to the day, removal, revoked basis, escalation proposals, public list.
#include "sanctions_fixture.h"

namespace xj::sanctions_test {
namespace {

class DishonestListTest : public SanctionsTest {
 protected:
  std::string id_path(const json& entry, const std::string& action) {
    return "/api/v1/dishonest-list/" + std::to_string(entry["id"].get<int>()) + "/" + action;
  }
  static json by_penalty(const std::string& uscc, const std::string& decision_no,
                         const std::string& listed_on) {
    return {{"uscc", uscc},
            {"basis", {{"type", "penalty"}, {"id", decision_no}}},
            {"grounds", "因生产经营不符合食品安全标准的食品受到较重行政处罚"},
            {"decision_no", "湘市监失信〔2026〕1号"},
            {"listed_on", listed_on},
            {"notice_served_on", "2026-01-04"},
            {"hearing_requested", true},
            {"hearing_held_on", "2026-01-08"},
            {"authority", "湖南省市场监督管理局"}};
  }
  static std::vector<std::string> codes(const json& err) {
    std::vector<std::string> out;
    for (const auto& d : err["error"]["details"]) out.push_back(d["code"]);
    return out;
  }
};

TEST_F(DishonestListTest, ProvinceListingIsActiveForThreeYearsToTheDay) {
  const std::string a = make_uscc("MA4L0101");
  add_enterprise(a);
  add_penalty(penalty(a, "长市监罚〔2025〕9号", "2025-12-01", {"罚款", "吊销许可证件"}));
  serve(day(2026, 1, 10));
  json e = ask("POST", "/api/v1/dishonest-list", by_penalty(a, "长市监罚〔2025〕9号", "2026-01-10"), 201);
  EXPECT_EQ(e["status"], "active");
  EXPECT_EQ(e["expires_on"], "2029-01-10");
  EXPECT_EQ(e["hearing_requested"], true);
  EXPECT_EQ(e["notice_served_on"], "2026-01-04");
  EXPECT_EQ(events("dishonest_list.added", a), 1);
  EXPECT_EQ(get_public("/api/v1/public/dishonest-list")["total"], 1);

  serve(day(2029, 1, 9));  // last day in force
  json pub = get_public("/api/v1/public/dishonest-list");
  ASSERT_EQ(pub["total"], 1);
  EXPECT_EQ(pub["items"][0]["expires_on"], "2029-01-10");
  EXPECT_FALSE(pub["items"][0].contains("proposed_by"));
  serve(day(2029, 1, 10));  // expires_on: no longer in force, without any job
  EXPECT_EQ(get_public("/api/v1/public/dishonest-list")["total"], 0);
  EXPECT_EQ(get("/api/v1/dishonest-list?status=expired")["total"], 1);
  EXPECT_EQ(get("/api/v1/dishonest-list?status=active")["total"], 0);
  ask("POST", id_path(e, "removal"), {{"reason", "other"}}, 409);  // nothing left to end
}

TEST_F(DishonestListTest, LeapDayListingExpiresOnTheTwentyEighth) {
  const std::string a = make_uscc("MA4L0102");
  add_penalty(penalty(a, "罚-闰", "2028-02-01", {"责令停产停业"}));
  serve(day(2028, 3, 1));
  json e = ask("POST", "/api/v1/dishonest-list", by_penalty(a, "罚-闰", "2028-02-29"), 201);
  EXPECT_EQ(e["expires_on"], "2031-02-28");
}

TEST_F(DishonestListTest, NotEligibleNamesEachFailedCondition) {
  const std::string a = make_uscc("MA4L0103");
  const std::string other = make_uscc("MA4L0104");
  add_penalty(penalty(a, "罚-轻", "2026-01-01", {"罚款"}));
  auto revoked = penalty(other, "罚-撤", "2026-01-01", {"吊销许可证件"});
  revoked.revoked_on = "2026-02-01";
  add_penalty(revoked);
  add_penalty(penalty(a, "罚-重", "2026-01-01", {"限制从业"}));
  serve(day(2026, 3, 1));
  auto body = by_penalty(a, "罚-轻", "2026-03-01");
  EXPECT_EQ(codes(ask("POST", "/api/v1/dishonest-list", body, 422)), std::vector<std::string>{"not_heavier"});
  body = by_penalty(a, "罚-撤", "2026-03-01");
  EXPECT_EQ(codes(ask("POST", "/api/v1/dishonest-list", body, 422)),
            (std::vector<std::string>{"other_enterprise", "penalty_revoked"}));
  body = by_penalty(a, "罚-无", "2026-03-01");
  json err = ask("POST", "/api/v1/dishonest-list", body, 422);
  EXPECT_EQ(err["error"]["code"], "not_eligible");
  EXPECT_EQ(codes(err), std::vector<std::string>{"basis_not_found"});
  // An abnormal entry under 3 years; then the heavier penalty works once, not twice.
  json ab = ask("POST", "/api/v1/abnormal-list", {{"uscc", a}, {"ground", "annual_report"}, {"listed_on", "2023-03-02"}}, 201);
  json by_abnormal = {{"uscc", a}, {"basis", {{"type", "abnormal_list"}, {"id", ab["id"]}}}, {"listed_on", "2026-03-01"}};
  EXPECT_EQ(codes(ask("POST", "/api/v1/dishonest-list", by_abnormal, 422)),
            std::vector<std::string>{"abnormal_under_3_years"});
  ask("POST", "/api/v1/dishonest-list", by_penalty(a, "罚-重", "2026-03-01"), 201);
  EXPECT_EQ(codes(ask("POST", "/api/v1/dishonest-list", by_penalty(a, "罚-重", "2026-03-01"), 422)),
            std::vector<std::string>{"already_listed"});
  // Procedure dates: the notice precedes the listing.
  auto late_notice = by_penalty(other, "罚-撤", "2026-03-01");
  late_notice["notice_served_on"] = "2026-03-01";
  late_notice["listed_on"] = "2026-02-28";
  EXPECT_EQ(ask("POST", "/api/v1/dishonest-list", late_notice, 422)["error"]["details"][0]["field"],
            "notice_served_on");
}

TEST_F(DishonestListTest, AbnormalEntryActiveThreeYearsIsABasisAndIsProposed) {
  const std::string a = make_uscc("MA4L0105");
  add_enterprise(a);
  serve(day(2026, 6, 15));
  json ab = ask("POST", "/api/v1/abnormal-list", {{"uscc", a}, {"ground", "unreachable"}, {"listed_on", "2023-08-01"}}, 201);
  // 2026-06-15 + 60 days = 2026-08-14 ≥ 2026-08-01: proposed, notice due.
  json p = get("/api/v1/dishonest-list/proposals");
  ASSERT_EQ(p["items"].size(), 1u);
  EXPECT_EQ(p["items"][0]["eligible_on"], "2026-08-01");
  EXPECT_EQ(p["items"][0]["notice_due"], true);
  serve(day(2026, 6, 1));  // 61 days before: not yet
  EXPECT_TRUE(get("/api/v1/dishonest-list/proposals")["items"].empty());
  serve(day(2026, 8, 1));
  p = get("/api/v1/dishonest-list/proposals");
  ASSERT_EQ(p["items"].size(), 1u);
  EXPECT_EQ(p["items"][0]["notice_due"], false);
  json body = {{"uscc", a}, {"basis", {{"type", "abnormal_list"}, {"id", ab["id"]}}}, {"listed_on", "2026-07-31"}};
  EXPECT_EQ(codes(ask("POST", "/api/v1/dishonest-list", body, 422)),
            std::vector<std::string>{"abnormal_under_3_years"});
  body["listed_on"] = "2026-08-01";
  json e = ask("POST", "/api/v1/dishonest-list", body, 201);
  EXPECT_EQ(e["basis"]["type"], "abnormal_list");
  EXPECT_TRUE(get("/api/v1/dishonest-list/proposals")["items"].empty());
}

TEST_F(DishonestListTest, CityAndCountyListingsNeedAHigherLevelApproval) {
  const std::string a = make_uscc("MA4L0106");
  add_enterprise(a);
  add_penalty(penalty(a, "罚-县", "2026-01-01", {"责令停产停业"}));
  serve(day(2026, 2, 1));
  const std::string county = token("credit_officer", "430102");
  json e = ask("POST", "/api/v1/dishonest-list", by_penalty(a, "罚-县", "2026-01-20"), 201, county);
  EXPECT_EQ(e["status"], "pending_approval");
  EXPECT_EQ(e["region_code"], "430102");
  EXPECT_EQ(events("dishonest_list.added", a), 0);
  // Pending: not public, no constraints.
  EXPECT_EQ(get_public("/api/v1/public/dishonest-list")["total"], 0);
  EXPECT_EQ(get("/api/v1/constraints/" + a)["restricted"], false);
  // The same level, or another prefecture, may not approve.
  ask("POST", id_path(e, "approval"), json::object(), 403, county);
  ask("POST", id_path(e, "approval"), json::object(), 403, token("credit_officer", "4304"));
  ask("POST", id_path(e, "approval"), json::object(), 403, token("viewer", "43"));
  json approved = ask("POST", id_path(e, "approval"), {{"approved_on", "2026-01-31"}}, 200,
                      token("credit_officer", "4301"));
  EXPECT_EQ(approved["status"], "active");
  EXPECT_EQ(approved["approved_on"], "2026-01-31");
  EXPECT_EQ(approved["approved_by"], "u_credit_officer_4301");
  EXPECT_EQ(events("dishonest_list.added", a), 1);
  ask("POST", id_path(e, "approval"), json::object(), 409);
  EXPECT_EQ(get_public("/api/v1/public/dishonest-list")["total"], 1);
  // A city listing needs the province.
  const std::string b = make_uscc("MA4L0107");
  add_penalty(penalty(b, "罚-市", "2026-01-01", {"责令关闭"}));
  json f = ask("POST", "/api/v1/dishonest-list", by_penalty(b, "罚-市", "2026-01-20"), 201,
               token("credit_officer", "4301"));
  EXPECT_EQ(f["status"], "pending_approval");
  ask("POST", id_path(f, "approval"), json::object(), 403, token("credit_officer", "4301"));
  EXPECT_EQ(ask("POST", id_path(f, "approval"), json::object(), 200)["status"], "active");
}

TEST_F(DishonestListTest, RemovalAndRevokedBasis) {
  const std::string a = make_uscc("MA4L0108");
  const std::string b = make_uscc("MA4L0109");
  add_penalty(penalty(a, "罚-甲", "2026-01-01", {"吊销许可证件"}));
  add_penalty(penalty(b, "罚-乙", "2026-01-01", {"吊销许可证件"}));
  serve(day(2026, 3, 1));
  json e = ask("POST", "/api/v1/dishonest-list", by_penalty(a, "罚-甲", "2026-02-01"), 201);
  json f = ask("POST", "/api/v1/dishonest-list", by_penalty(b, "罚-乙", "2026-02-01"), 201);
  json removed = ask("POST", id_path(e, "removal"), {{"reason", "revoked_decision"}, {"note", "复议撤销"}}, 200);
  EXPECT_EQ(removed["status"], "removed");
  EXPECT_EQ(removed["removal_reason"], "revoked_decision");
  EXPECT_EQ(events("dishonest_list.removed", a), 1);
  ask("POST", id_path(e, "removal"), {{"reason", "other"}}, 409);
  ask("POST", id_path(f, "removal"), {{"reason", "repair"}}, 422);
  // The basis penalty of b is revoked: the outbox consumer removes the entry (its cursor starts
  // at the first pass, as when the server starts). drain() also runs other capabilities' ticks,
  // whose errors are not this suite's concern: the effects are checked below.
  (void)api_->outbox().drain();
  const std::string revocation = "/api/v1/penalties/" + path_segment("罚-乙") + "/revocation";
  const json revoke{{"revoked_on", "2026-02-20"},
                    {"reason", "行政复议撤销 (revoked on reconsideration)"},
                    {"revocation_no", "湘市监复决〔2026〕3号"}};
  // Outside the officer's region → 403; before the decision date → 422; unknown → 404.
  ask("POST", revocation, revoke, 403, token("data_provider", "4302"));
  json early = revoke;
  early["revoked_on"] = "2025-12-31";
  EXPECT_EQ(codes(ask("POST", revocation, early, 422)), std::vector<std::string>{"invalid_date"});
  ask("POST", "/api/v1/penalties/" + path_segment("罚-无") + "/revocation", revoke, 404);
  json revoked = ask("POST", revocation, revoke, 200);
  EXPECT_EQ(revoked["uscc"], b);
  EXPECT_EQ(revoked["revoked_on"], "2026-02-20");
  EXPECT_EQ(events("penalty.revoked", b), 1);
  ask("POST", revocation, revoke, 409);
  EXPECT_EQ(get("/api/v1/constraints/" + b)["restricted"], false);  // at once, before the consumer
  (void)api_->outbox().drain();
  json stored = get("/api/v1/enterprises/" + b + "/records");
  ASSERT_EQ(stored["dishonest_list"].size(), 1u);
  EXPECT_EQ(stored["dishonest_list"][0]["status"], "removed");
  EXPECT_EQ(stored["dishonest_list"][0]["removed_on"], "2026-02-20");
  EXPECT_EQ(stored["dishonest_list"][0]["removal_reason"], "revoked_decision");
  EXPECT_EQ(events("dishonest_list.removed", b), 1);
  EXPECT_EQ(get_public("/api/v1/public/dishonest-list")["total"], 0);
  // The revoked penalty is no longer public (docs/rules.md), and the change feed says so.
  EXPECT_TRUE(get_public("/api/v1/public/enterprises/" + b)["penalties"].empty());
  bool ended = false;
  const json changes = get_public("/api/v1/public/changes");
  for (const auto& c : changes["items"]) {
    ended = ended || (c["uscc"] == b && c["change"] == "no_longer_public");
  }
  EXPECT_TRUE(ended);
  (void)api_->outbox().drain();  // idempotent
  EXPECT_EQ(events("dishonest_list.removed", b), 1);
}

}  // namespace
}  // namespace xj::sanctions_test
