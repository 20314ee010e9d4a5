// Credit repair over HTTP on both backends (domain-rules.md §5): eligibility at once with every
// failed condition, the review queue per region with its 15-working-day deadline, maker–checker
// for repeat offenders, and the effects of approval (publicity, lists, events) — moving the
// business date across each edge.
#include <gtest/gtest.h>

#include "audit/digest.h"
#include "repair_fixture.h"

namespace xj::repair_test {
namespace {

constexpr const char* kNo = "长市监罚〔2024〕1号";

TEST_F(RepairApiTest, PenaltyRepairAfterSixMonthsEndsPublicity) {
  add_penalty(kNo, "2024-01-02");
  at("2024-07-01");
  EXPECT_TRUE(public_record_has_penalty(uscc_, kNo));
  auto early = call("POST", "/api/v1/repairs", "ent", apply_body("penalty", kNo));
  ASSERT_EQ(early.status, 422) << early.body;
  EXPECT_EQ(body_of(early)["error"]["code"], "not_eligible");
  EXPECT_EQ(detail_codes(body_of(early)), std::set<std::string>{"too_early"});

  at("2024-07-02");
  auto applied = call("POST", "/api/v1/repairs", "ent", apply_body("penalty", kNo));
  ASSERT_EQ(applied.status, 201) << applied.body;
  json repair = body_of(applied);
  EXPECT_EQ(repair["status"], "submitted");
  EXPECT_EQ(repair["due_on"], "2024-07-23");  // 15 working days, no holiday in July 2024
  EXPECT_EQ(repair["repeat_offender"], false);
  const std::string id = std::to_string(repair["id"].get<std::int64_t>());
  EXPECT_TRUE(public_record_has_penalty(uscc_, kNo));  // still public until approval

  auto approved = call("POST", "/api/v1/repairs/" + id + "/decision", "officer1",
                       {{"decision", "approve"}, {"reason", "材料齐全，符合修复条件"}});
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(body_of(approved)["status"], "approved");
  EXPECT_EQ(body_of(approved)["decided_on"], "2024-07-02");

  EXPECT_TRUE(eventually_without_penalty(uscc_, kNo));
  auto stored = query("SELECT repaired_on FROM penalties WHERE decision_no = ?", {kNo});
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].text(0), "2024-07-02");
  // The internal record keeps the original penalty, now repaired.
  auto records = call("GET", "/api/v1/enterprises/" + uscc_ + "/records", "officer1");
  ASSERT_EQ(records.status, 200) << records.body;
  EXPECT_EQ(body_of(records)["penalties"].size(), 1u);
  auto events = events_of(uscc_);
  for (const char* type : {"repair.submitted", "penalty.repaired", "repair.granted"}) {
    EXPECT_NE(std::find(events.begin(), events.end(), type), events.end()) << type;
  }
  auto granted = query("SELECT payload FROM outbox WHERE type = 'repair.granted'");
  ASSERT_EQ(granted.size(), 1u);
  json payload = json::parse(granted[0].text(0));
  EXPECT_EQ(payload["uscc"], uscc_);
  EXPECT_EQ(payload["target"], (json{{"type", "penalty"}, {"id", kNo}}));
  EXPECT_EQ(payload["decided_on"], "2024-07-02");
  EXPECT_EQ(payload["id"].get<std::int64_t>(), repair["id"].get<std::int64_t>());
}

TEST_F(RepairApiTest, DueDateFollowsTheHolidayCalendar) {
  add_penalty(kNo, "2024-01-02");
  at("2024-09-20");
  auto applied = call("POST", "/api/v1/repairs", "officer1", apply_body("penalty", kNo));
  ASSERT_EQ(applied.status, 201) << applied.body;
  // 国庆: 10-01…07 off, Sunday 09-29 and Saturday 10-12 worked.
  EXPECT_EQ(body_of(applied)["due_on"], "2024-10-16");
}

TEST_F(RepairApiTest, EveryFailedConditionIsNamed) {
  add_penalty(kNo, "2024-01-02");
  add_penalty("长市监罚〔2024〕2号", "2024-01-02");  // the same violation type, the same day
  at("2024-03-01");
  add_penalty("长市监罚〔2024〕3号", "2024-03-01");  // a later one of the same type
  add_abnormal(uscc_, "2024-02-01");
  auto r = call("POST", "/api/v1/repairs", "ent", apply_body("penalty", kNo, false, true));
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(detail_codes(body_of(r)), (std::set<std::string>{"too_early", "repeat_violation",
                                                              "on_list",
                                                              "obligations_not_fulfilled"}));
  EXPECT_TRUE(query("SELECT id FROM repairs").empty());  // a refused application is not stored
}

TEST_F(RepairApiTest, NotRepairableTypesAndThreeMonthPenaltiesShortCircuit) {
  add_penalty("吊销", "2024-01-02",
              {{"penalty_types", json::array({"罚款", "吊销许可证件"})}});
  add_penalty("轻罚", "2024-01-02", {{"fine_yuan", 5000}});  // a lower-amount fine: 3 months
  at("2024-02-01");
  add_abnormal(uscc_, "2024-01-15");
  for (const char* no : {"吊销", "轻罚"}) {
    auto r = call("POST", "/api/v1/repairs", "ent", apply_body("penalty", no, false, false));
    ASSERT_EQ(r.status, 422) << r.body;
    auto details = body_of(r)["error"]["details"];
    ASSERT_EQ(details.size(), 1u) << r.body;
    EXPECT_EQ(details[0]["code"], "not_repairable_type");
  }
}

TEST_F(RepairApiTest, NoSuchTargetForThisEnterprise) {
  add_penalty("株罚1号", "2023-01-02", json::object(), other_);
  at("2024-07-02");
  for (const auto& [type, id] : std::vector<std::pair<std::string, std::string>>{
           {"penalty", "不存在"}, {"penalty", "株罚1号"}, {"abnormal_list", "999"},
           {"dishonest_list", "999"}}) {
    auto r = call("POST", "/api/v1/repairs", "ent", apply_body(type, id));
    ASSERT_EQ(r.status, 422) << r.body;
    EXPECT_EQ(detail_codes(body_of(r)), std::set<std::string>{"not_found"}) << type << " " << id;
  }
}

TEST_F(RepairApiTest, AnEnterpriseUserAppliesAndReadsOnlyItsOwn) {
  add_penalty(kNo, "2024-01-02");
  at("2024-07-02");
  json body = apply_body("penalty", kNo);
  EXPECT_EQ(call("POST", "/api/v1/repairs", "ent2", body).status, 403);
  auto mine = call("POST", "/api/v1/repairs", "ent", body);
  ASSERT_EQ(mine.status, 201) << mine.body;
  const std::string id = std::to_string(body_of(mine)["id"].get<std::int64_t>());
  EXPECT_EQ(body_of(call("GET", "/api/v1/repairs", "ent"))["total"], 1);
  EXPECT_EQ(body_of(call("GET", "/api/v1/repairs", "ent2"))["total"], 0);
  EXPECT_EQ(call("GET", "/api/v1/repairs?uscc=" + uscc_, "ent2").status, 403);
  EXPECT_EQ(call("GET", "/api/v1/repairs/" + id, "ent2").status, 403);
  EXPECT_EQ(call("GET", "/api/v1/repairs/" + id, "ent").status, 200);
  // Enterprises do not decide (permission table).
  EXPECT_EQ(call("POST", "/api/v1/repairs/" + id + "/decision", "ent",
                 {{"decision", "approve"}, {"reason", "x"}}).status, 403);
  // The same target cannot be applied for twice while open.
  EXPECT_EQ(call("POST", "/api/v1/repairs", "ent", body).status, 409);
}

TEST_F(RepairApiTest, RepeatOffendersWaitTwiceAsLongAndNeedTwoOfficers) {
  add_penalty("长市监罚〔2023〕9号", "2023-06-01", {{"violation_type", "标签不符合规定"}});
  add_penalty(kNo, "2024-01-02");
  at("2024-07-02");
  auto early = call("POST", "/api/v1/repairs", "ent", apply_body("penalty", kNo));
  ASSERT_EQ(early.status, 422) << early.body;
  EXPECT_EQ(detail_codes(body_of(early)), std::set<std::string>{"too_early"});
  at("2025-01-01");
  EXPECT_EQ(call("POST", "/api/v1/repairs", "ent", apply_body("penalty", kNo)).status, 422);
  at("2025-01-02");
  auto applied = call("POST", "/api/v1/repairs", "ent", apply_body("penalty", kNo));
  ASSERT_EQ(applied.status, 201) << applied.body;
  EXPECT_EQ(body_of(applied)["repeat_offender"], true);
  const std::string path =
      "/api/v1/repairs/" + std::to_string(body_of(applied)["id"].get<std::int64_t>()) + "/decision";
  json approve = {{"decision", "approve"}, {"reason", "同意"}};
  EXPECT_EQ(call("POST", path, "zhuzhou", approve).status, 403);  // another region
  auto first = call("POST", path, "officer1", approve);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(body_of(first)["status"], "pending_second_approval");
  EXPECT_TRUE(public_record_has_penalty(uscc_, kNo));  // no effect yet
  EXPECT_EQ(call("POST", path, "officer1", approve).status, 409);  // the same officer
  auto second = call("POST", path, "officer2", approve);
  ASSERT_EQ(second.status, 200) << second.body;
  EXPECT_EQ(body_of(second)["status"], "approved");
  EXPECT_TRUE(eventually_without_penalty(uscc_, kNo));
  EXPECT_EQ(query("SELECT COUNT(*) FROM repair_decisions")[0].integer(0), 2);
}

TEST_F(RepairApiTest, ReviewQueuePerRegionWithOverdueApplications) {
  add_penalty(kNo, "2024-01-02");
  at("2024-07-02");
  ASSERT_EQ(call("POST", "/api/v1/repairs", "ent", apply_body("penalty", kNo)).status, 201);
  EXPECT_EQ(body_of(call("GET", "/api/v1/repairs?status=submitted", "officer1"))["total"], 1);
  EXPECT_EQ(body_of(call("GET", "/api/v1/repairs", "viewer"))["total"], 1);
  EXPECT_EQ(body_of(call("GET", "/api/v1/repairs", "zhuzhou"))["total"], 0);
  EXPECT_EQ(call("GET", "/api/v1/repairs?region=4302", "officer1").status, 403);
  EXPECT_EQ(body_of(call("GET", "/api/v1/repairs?region=430102", "officer1"))["total"], 1);
  at("2024-07-23");  // due today: not yet overdue
  EXPECT_EQ(body_of(call("GET", "/api/v1/repairs?overdue=true", "officer1"))["total"], 0);
  at("2024-07-24");
  auto overdue = body_of(call("GET", "/api/v1/repairs?overdue=true", "officer1"));
  ASSERT_EQ(overdue["total"], 1);
  EXPECT_EQ(overdue["items"][0]["overdue"], true);
}

TEST_F(RepairApiTest, RejectionKeepsThePenaltyPublic) {
  add_penalty(kNo, "2024-01-02");
  at("2024-07-02");
  auto applied = call("POST", "/api/v1/repairs", "ent", apply_body("penalty", kNo));
  ASSERT_EQ(applied.status, 201) << applied.body;
  const std::string path =
      "/api/v1/repairs/" + std::to_string(body_of(applied)["id"].get<std::int64_t>()) + "/decision";
  EXPECT_EQ(call("POST", path, "officer1", {{"decision", "approve"}}).status, 422);  // no reason
  auto rejected = call("POST", path, "officer1", {{"decision", "reject"}, {"reason", "证明材料不足"}});
  ASSERT_EQ(rejected.status, 200) << rejected.body;
  EXPECT_EQ(body_of(rejected)["status"], "rejected");
  EXPECT_EQ(body_of(rejected)["decision_reason"], "证明材料不足");
  EXPECT_EQ(call("POST", path, "officer2", {{"decision", "approve"}, {"reason", "x"}}).status, 409);
  EXPECT_TRUE(public_record_has_penalty(uscc_, kNo));
  EXPECT_TRUE(query("SELECT repaired_on FROM penalties")[0].is_null(0));
  // A rejected application may be followed by a new one.
  EXPECT_EQ(call("POST", "/api/v1/repairs", "ent", apply_body("penalty", kNo)).status, 201);
}

TEST_F(RepairApiTest, AbnormalEntryRepairedAtAnyTime) {
  at("2024-03-05");
  const auto entry = add_abnormal(uscc_, "2024-03-05");
  auto refused = call("POST", "/api/v1/repairs", "ent",
                      apply_body("abnormal_list", std::to_string(entry), true, false));
  ASSERT_EQ(refused.status, 422);
  EXPECT_EQ(detail_codes(body_of(refused)), std::set<std::string>{"obligations_not_fulfilled"});
  json body = apply_body("abnormal_list", "");
  body["target"]["id"] = entry;  // a JSON number is accepted for entry ids
  auto applied = call("POST", "/api/v1/repairs", "ent", body);
  ASSERT_EQ(applied.status, 201) << applied.body;
  auto decided = call("POST",
                      "/api/v1/repairs/" + std::to_string(body_of(applied)["id"].get<std::int64_t>()) +
                          "/decision",
                      "officer1", {{"decision", "approve"}, {"reason", "已补报年度报告"}});
  ASSERT_EQ(decided.status, 200) << decided.body;
  auto row = query("SELECT removed_on, removal_reason FROM abnormal_entries WHERE id = ?", {entry});
  EXPECT_EQ(row[0].text(0), "2024-03-05");
  EXPECT_EQ(row[0].text(1), "repair");
  auto events = events_of(uscc_);
  EXPECT_NE(std::find(events.begin(), events.end(), "abnormal_list.removed"), events.end());
  EXPECT_EQ(events.back(), "repair.granted");
}

TEST_F(RepairApiTest, DishonestEntryBetweenOneAndThreeYears) {
  add_penalty("重罚1号", "2024-01-02", {{"penalty_types", json::array({"罚款", "责令停产停业"})}});
  at("2024-01-10");
  const auto entry = add_dishonest(uscc_, "2024-01-10", "重罚1号");
  const std::string id = std::to_string(entry);
  at("2025-01-09");
  auto early = call("POST", "/api/v1/repairs", "ent", apply_body("dishonest_list", id));
  ASSERT_EQ(early.status, 422) << early.body;
  EXPECT_EQ(detail_codes(body_of(early)), std::set<std::string>{"too_early"});
  at("2025-01-10");
  auto applied = call("POST", "/api/v1/repairs", "ent", apply_body("dishonest_list", id));
  ASSERT_EQ(applied.status, 201) << applied.body;
  auto decided = call("POST",
                      "/api/v1/repairs/" + std::to_string(body_of(applied)["id"].get<std::int64_t>()) +
                          "/decision",
                      "admin", {{"decision", "approve"}, {"reason", "符合提前移出条件"}});
  ASSERT_EQ(decided.status, 200) << decided.body;
  auto row = query("SELECT status, removed_on, removal_reason FROM dishonest_entries WHERE id = ?",
                   {entry});
  EXPECT_EQ(row[0].text(0), "removed");
  EXPECT_EQ(row[0].text(1), "2025-01-10");
  EXPECT_EQ(row[0].text(2), "repair");
  auto events = events_of(uscc_);
  EXPECT_NE(std::find(events.begin(), events.end(), "dishonest_list.removed"), events.end());
}

TEST_F(RepairApiTest, DishonestEntryAfterANewHeavierPenalty) {
  add_penalty("重罚1号", "2024-01-02", {{"penalty_types", json::array({"罚款", "责令停产停业"})}});
  at("2024-01-10");
  const auto entry = add_dishonest(uscc_, "2024-01-10", "重罚1号");
  at("2024-06-01");
  add_penalty("重罚2号", "2024-06-01", {{"heavier", true}, {"violation_type", "其他"}});
  at("2025-02-01");
  auto r = call("POST", "/api/v1/repairs", "ent",
                apply_body("dishonest_list", std::to_string(entry), true, false));
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(detail_codes(body_of(r)),
            (std::set<std::string>{"new_heavier_penalty", "obligations_not_fulfilled"}));
}

TEST_F(RepairApiTest, MaterialsAreStoredWithTheirSm3Digest) {
  add_penalty(kNo, "2024-01-02");
  at("2024-07-02");
  auto applied = call("POST", "/api/v1/repairs", "ent", apply_body("penalty", kNo));
  ASSERT_EQ(applied.status, 201) << applied.body;
  const std::string base =
      "/api/v1/repairs/" + std::to_string(body_of(applied)["id"].get<std::int64_t>());
  static const char kRaw[] = "%PDF-1.4\0\x01\xff 缴款凭证";  // binary, NUL included
  const std::string bytes(kRaw, sizeof kRaw - 1);
  auto up = send("POST", base + "/materials?filename=%E7%BC%B4%E6%AC%BE.pdf", token("ent"), bytes,
                 "application/pdf");
  ASSERT_EQ(up.status, 201) << up.body;
  json m = body_of(up);
  EXPECT_EQ(m["sm3"], audit::sm3_hex(bytes));
  EXPECT_EQ(m["size"], bytes.size());
  EXPECT_EQ(m["filename"], "缴款.pdf");
  EXPECT_EQ(send("POST", base + "/materials?filename=x.pdf", token("ent2"), bytes, "").status, 403);
  EXPECT_EQ(send("POST", base + "/materials", token("ent"), bytes, "").status, 422);

  auto file = call("GET", base + "/materials/" + std::to_string(m["id"].get<std::int64_t>()), "officer1");
  ASSERT_EQ(file.status, 200);
  EXPECT_EQ(file.body, bytes);
  EXPECT_EQ(file.header("content-type"), "application/pdf");

  auto detail = body_of(call("GET", base, "officer1"));
  ASSERT_EQ(detail["materials"].size(), 3u);  // two evidence texts and the file
  EXPECT_EQ(detail["materials"][0]["kind"], "text");
  EXPECT_EQ(detail["materials"][0]["sm3"], audit::sm3_hex("罚款缴纳凭证编号 2024-001"));
  // The repair commitment (守信承诺书) is stored as a non-public commitment.
  auto promise = query("SELECT kind, is_public, text FROM commitments WHERE id = ?",
                       {detail["commitment_id"].get<std::int64_t>()});
  ASSERT_EQ(promise.size(), 1u);
  EXPECT_EQ(promise[0].text(0), "repair");
  EXPECT_EQ(promise[0].integer(1), 0);
}

TEST_F(RepairApiTest, RequestValidation) {
  add_penalty(kNo, "2024-01-02");
  at("2024-07-02");
  json body = apply_body("penalty", kNo);
  body.erase("commitment");
  auto r = call("POST", "/api/v1/repairs", "ent", body);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(body_of(r)["error"]["details"][0]["field"], "commitment");
  body = apply_body("penalty", kNo);
  body["applied_on"] = "2024-07-03";
  r = call("POST", "/api/v1/repairs", "ent", body);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(body_of(r)["error"]["details"][0]["code"], "invalid_date");
  body = apply_body("other", kNo);
  EXPECT_EQ(body_of(call("POST", "/api/v1/repairs", "ent", body))["error"]["details"][0]["code"],
            "invalid_enum");
  body = apply_body("penalty", kNo);
  body["uscc"] = "914403001922038217";
  EXPECT_EQ(body_of(call("POST", "/api/v1/repairs", "ent", body))["error"]["details"][0]["code"],
            "invalid_uscc");
  EXPECT_EQ(call("POST", "/api/v1/repairs/999/decision", "officer1",
                 {{"decision", "approve"}, {"reason", "x"}}).status, 404);
}

}  // namespace
}  // namespace xj::repair_test
