// Credit commitments over HTTP on both backends (domain-rules.md §6): templates, the approval
// route's 30-working-day default deadline and its refusal (dishonest list, false commitment in
// force for 3 years), verification and the public finding.
#include <gtest/gtest.h>

#include "repair_fixture.h"

namespace xj::repair_test {
namespace {

class CommitmentApiTest : public RepairApiTest {
 protected:
  ClientResponse commit(const std::string& user, const std::string& kind, json extra = json::object()) {
    json body = {{"uscc", uscc_}, {"kind", kind}, {"text", "本企业承诺所提交材料真实有效。"}};
    body.update(extra);
    return call("POST", "/api/v1/commitments", user, body);
  }

  std::string verification_path(const ClientResponse& made) {
    return "/api/v1/commitments/" + std::to_string(body_of(made)["id"].get<std::int64_t>()) +
           "/verification";
  }

  json public_commitments() {
    auto r = call("GET", "/api/v1/public/enterprises/" + uscc_, "");
    EXPECT_EQ(r.status, 200) << r.body;
    return body_of(r)["commitments"];
  }
};

TEST_F(CommitmentApiTest, VoluntaryCommitmentFromATemplate) {
  auto tpl = call("POST", "/api/v1/commitments/templates", "officer1",
                  {{"kind", "voluntary"}, {"title", "食品安全承诺书"}, {"text", "严格落实食品安全主体责任。"}});
  ASSERT_EQ(tpl.status, 201) << tpl.body;
  EXPECT_EQ(call("POST", "/api/v1/commitments/templates", "ent",
                 {{"kind", "voluntary"}, {"title", "t"}, {"text", "t"}}).status, 403);
  auto listed = body_of(call("GET", "/api/v1/commitments/templates?kind=voluntary", "ent"));
  ASSERT_EQ(listed["items"].size(), 1u);

  auto made = call("POST", "/api/v1/commitments", "ent",
                   {{"uscc", uscc_}, {"kind", "voluntary"}, {"template_id", body_of(tpl)["id"]}});
  ASSERT_EQ(made.status, 201) << made.body;
  json c = body_of(made);
  EXPECT_EQ(c["text"], "严格落实食品安全主体责任。");
  EXPECT_EQ(c["made_on"], "2024-01-02");
  EXPECT_EQ(c["verification_result"], "pending");
  EXPECT_EQ(c["verify_by"], nullptr);
  EXPECT_EQ(c["is_public"], true);
  // An enterprise user commits for itself only.
  EXPECT_EQ(call("POST", "/api/v1/commitments", "ent2",
                 {{"uscc", uscc_}, {"kind", "voluntary"}, {"text", "x"}}).status, 403);
  auto records = body_of(call("GET", "/api/v1/enterprises/" + uscc_ + "/records", "officer1"));
  ASSERT_EQ(records["commitments"].size(), 1u);
  EXPECT_EQ(records["commitments"][0]["id"], c["id"]);
}

TEST_F(CommitmentApiTest, ApprovalCommitmentsAreVerifiedWithinThirtyWorkingDays) {
  at("2024-09-20");
  auto made = commit("area", "approval", {{"matter", "食品生产许可"}});
  ASSERT_EQ(made.status, 201) << made.body;
  // 30 working days after Friday 2024-09-20, with 中秋/国庆 and their make-up days.
  EXPECT_EQ(body_of(made)["verify_by"], "2024-11-06");
  auto given = commit("area", "approval", {{"verify_by", "2024-12-31"}});
  EXPECT_EQ(body_of(given)["verify_by"], "2024-12-31");
  EXPECT_EQ(commit("area", "approval", {{"made_on", "2024-09-21"}}).status, 422);  // after today
  EXPECT_EQ(commit("area", "other").status, 422);
  // Pending and overdue lists.
  EXPECT_EQ(body_of(call("GET", "/api/v1/commitments?pending=true", "officer1"))["total"], 2);
  at("2024-11-06");
  EXPECT_EQ(body_of(call("GET", "/api/v1/commitments?overdue=true", "officer1"))["total"], 0);
  at("2024-11-07");
  EXPECT_EQ(body_of(call("GET", "/api/v1/commitments?overdue=true", "officer1"))["total"], 1);
  EXPECT_EQ(body_of(call("GET", "/api/v1/commitments", "zhuzhou"))["total"], 0);
  EXPECT_EQ(body_of(call("GET", "/api/v1/commitments", "ent"))["total"], 2);
  EXPECT_EQ(body_of(call("GET", "/api/v1/commitments", "ent2"))["total"], 0);
}

TEST_F(CommitmentApiTest, NoApprovalRouteOnTheDishonestList) {
  add_penalty("重罚1号", "2024-01-02", {{"penalty_types", json::array({"罚款", "吊销许可证件"})}});
  add_dishonest(uscc_, "2024-01-02", "重罚1号");
  auto refused = commit("ent", "approval");
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(body_of(refused)["error"]["code"], "not_eligible");
  EXPECT_EQ(detail_codes(body_of(refused)), std::set<std::string>{"on_list"});
  EXPECT_EQ(commit("ent", "voluntary").status, 201);  // other kinds stay open
  at("2027-01-02");  // the entry expired (listed_on + 3 years)
  EXPECT_EQ(commit("ent", "approval").status, 201);
}

TEST_F(CommitmentApiTest, AFalseCommitmentClosesTheApprovalRouteForThreeYears) {
  auto made = commit("ent", "approval");
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string path = verification_path(made);
  at("2024-02-01");
  EXPECT_EQ(call("POST", path, "zhuzhou", {{"result", "inconsistent"}, {"action", "revoke"}}).status, 403);
  EXPECT_EQ(call("POST", path, "ent", {{"result", "inconsistent"}, {"action", "revoke"}}).status, 403);
  auto no_action = call("POST", path, "area", {{"result", "inconsistent"}});
  ASSERT_EQ(no_action.status, 422);
  EXPECT_EQ(body_of(no_action)["error"]["details"][0]["field"], "action");
  auto verified = call("POST", path, "area",
                       {{"result", "inconsistent"}, {"action", "revoke"}, {"note", "承诺不实"}});
  ASSERT_EQ(verified.status, 200) << verified.body;
  EXPECT_EQ(body_of(verified)["verification_result"], "inconsistent");
  EXPECT_EQ(body_of(verified)["verified_on"], "2024-02-01");
  EXPECT_EQ(body_of(verified)["action"], "revoke");
  EXPECT_EQ(call("POST", path, "area", {{"result", "consistent"}}).status, 409);
  auto events = events_of(uscc_);
  EXPECT_EQ(events.back(), "commitment.verified");

  auto refused = commit("ent", "approval");
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(detail_codes(body_of(refused)), std::set<std::string>{"false_commitment"});
  at("2027-01-31");
  EXPECT_EQ(commit("ent", "approval").status, 422);
  at("2027-02-01");  // verified_on + 3 years: no longer in force
  EXPECT_EQ(commit("ent", "approval").status, 201);
}

TEST_F(CommitmentApiTest, PublicKindsAndThePublicFinding) {
  ASSERT_EQ(commit("ent", "voluntary").status, 201);
  ASSERT_EQ(commit("ent", "registration").status, 201);
  ASSERT_EQ(commit("ent", "approval").status, 201);
  auto repair_kind = commit("ent", "repair");
  ASSERT_EQ(repair_kind.status, 201) << repair_kind.body;
  EXPECT_EQ(body_of(repair_kind)["is_public"], false);
  auto listed = body_of(call("GET", "/api/v1/commitments?uscc=" + uscc_, "officer1"));
  ASSERT_EQ(listed["total"], 4);
  for (const auto& c : listed["items"]) EXPECT_EQ(c["is_public"], c["kind"] != "repair") << c;
  // An inconsistent finding is public whatever the kind.
  auto verified = call("POST", verification_path(repair_kind), "officer1",
                       {{"result", "inconsistent"}, {"action", "penalty"}});
  ASSERT_EQ(verified.status, 200) << verified.body;
  EXPECT_EQ(body_of(verified)["is_public"], true);
  // A consistent verification changes nothing about publicity.
  auto other = commit("ent", "repair");
  auto consistent = call("POST", verification_path(other), "area", {{"result", "consistent"}});
  ASSERT_EQ(consistent.status, 200) << consistent.body;
  EXPECT_EQ(body_of(consistent)["is_public"], false);
}

// §2: the public record shows public commitments only.
TEST_F(CommitmentApiTest, ThePublicRecordShowsPublicCommitments) {
  ASSERT_EQ(commit("ent", "voluntary").status, 201);
  auto repair_kind = commit("ent", "repair");
  ASSERT_EQ(repair_kind.status, 201) << repair_kind.body;
  auto shown = public_commitments();
  ASSERT_EQ(shown.size(), 1u) << shown;
  EXPECT_EQ(shown[0].size(), 5u) << shown;  // {id, kind, text, made_on, verification_result}
  EXPECT_EQ(shown[0]["kind"], "voluntary");
  ASSERT_EQ(call("POST", verification_path(repair_kind), "officer1",
                 {{"result", "inconsistent"}, {"action", "penalty"}}).status, 200);
  at("2024-01-03");  // a new Api: nothing cached
  shown = public_commitments();
  ASSERT_EQ(shown.size(), 2u) << shown;
  EXPECT_EQ(shown[1]["verification_result"], "inconsistent");
}

}  // namespace
}  // namespace xj::repair_test
