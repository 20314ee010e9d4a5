// Dynamic adjustment of the key-area list from licences (issue 4 item 1) on both backends: the
// outbox consumer "keylist_proposals", the daily expiry check, the to-do list and decisions
// (area officers: their own area), and automatic application when configured.
#include "registry_fixture.h"

namespace xj::registry_test {
namespace {

class ProposalsTest : public RegistryTest {
 protected:
  void SetUp() override {
    RegistryTest::SetUp();
    if (HasFatalFailure() || IsSkipped()) return;
    start(day(2026, 6, 15));
    drain();  // the consumer's cursor starts here: later events are its to handle
    food_ = make_uscc("430102", "MA4L0011");
    gas_ = make_uscc("430103", "MA4L0012");
    put_enterprise(food_, "长沙示例食品有限公司", "430102");
    put_enterprise(gas_, "长沙示例气体有限公司", "430103");
  }

  json proposals(const std::string& query, const std::string& token) {
    return get_json("/api/v1/keylist/proposals" + query, token);
  }

  json decide(std::int64_t id, const std::string& token, const json& body, int status = 200) {
    auto r = send("POST", "/api/v1/keylist/proposals/" + std::to_string(id) + "/decision", token,
                  body.dump());
    EXPECT_EQ(r.status, status) << r.body;
    return json::parse(r.body, nullptr, false);
  }

  std::string food_, gas_;
};

TEST_F(ProposalsTest, NewLicencesProposeEntriesAcceptedByTheAreaOfficer) {
  post_licence(food_, "SC12743010200013", "食品生产许可", "2030-12-31");
  post_licence(gas_, "TS4343001-2024", "气瓶充装许可", "2030-12-31");
  post_licence(gas_, "TS7243001-2024", "特种设备检验检测机构核准", "2030-12-31");
  drain();
  drain();  // idempotent: nothing proposed twice
  json all = proposals("", admin());
  ASSERT_EQ(all.at("total"), 2) << all.dump();

  add_user("food_officer", "area_officer", "43", "food_production");
  const std::string officer = login("food_officer");
  json mine = proposals("", officer);
  ASSERT_EQ(mine.at("total"), 1);
  const json p = mine.at("items").at(0);
  EXPECT_EQ(p.at("kind"), "add");
  EXPECT_EQ(p.at("area"), "food_production");
  EXPECT_EQ(p.at("subcategory"), "特殊食品");
  EXPECT_EQ(p.at("uscc"), food_);
  EXPECT_EQ(p.at("licence_no"), "SC12743010200013");
  EXPECT_EQ(p.at("reason"), "licence_issued");
  EXPECT_EQ(p.at("status"), "pending");
  EXPECT_EQ(p.at("proposed_on"), "2026-06-15");
  EXPECT_EQ(send("GET", "/api/v1/keylist/proposals?area=special_equipment", officer).status, 403);

  json gas = proposals("?area=special_equipment", admin()).at("items").at(0);
  EXPECT_EQ(gas.at("subcategory"), "气瓶充装");
  decide(gas.at("id"), officer, {{"decision", "accept"}}, 403);  // another area

  const std::int64_t before =
      count("SELECT COUNT(*) FROM outbox WHERE type = 'keylist_entry.created'");
  json accepted = decide(p.at("id"), officer, {{"decision", "accept"}, {"reason", "核实无误"}});
  EXPECT_EQ(accepted.at("status"), "accepted");
  EXPECT_EQ(accepted.at("decided_by"), "food_officer");
  EXPECT_EQ(accepted.at("decision_reason"), "核实无误");
  ASSERT_TRUE(accepted.at("entry_id").is_number());
  EXPECT_EQ(count("SELECT COUNT(*) FROM outbox WHERE type = 'keylist_entry.created'"), before + 1);
  json list = get_json("/api/v1/keylist?area=food_production", admin());
  ASSERT_EQ(list.at("total"), 1);
  EXPECT_EQ(list.at("items").at(0).at("id"), accepted.at("entry_id"));
  EXPECT_EQ(list.at("items").at(0).at("listed_on"), "2026-06-15");
  EXPECT_EQ(list.at("items").at(0).at("subcategory"), "特殊食品");

  decide(p.at("id"), officer, {{"decision", "accept"}}, 409);  // already decided
  json rejected = decide(gas.at("id"), admin(), {{"decision", "reject"}, {"reason", "非本省"}});
  EXPECT_EQ(rejected.at("status"), "rejected");
  EXPECT_EQ(proposals("?status=all", admin()).at("total"), 2);
  EXPECT_EQ(proposals("", admin()).at("total"), 0);  // nothing pending

  // A later update of the rejected licence does not propose it again.
  post_licence(gas_, "TS4343001-2024", "气瓶充装许可", "2031-12-31");
  drain();
  EXPECT_EQ(proposals("?status=all", admin()).at("total"), 2);

  decide(gas.at("id"), admin(), {{"decision", "maybe"}}, 422);
  decide(999999, admin(), {{"decision", "accept"}}, 404);
  EXPECT_EQ(send("GET", "/api/v1/keylist/proposals?status=done", admin()).status, 400);
}

TEST_F(ProposalsTest, RevokedLicenceProposesRemovalAndAcceptRemovesTheEntry) {
  post_licence(food_, "SC10143010200011", "食品生产许可", "2030-12-31");
  const std::int64_t entry = post_entry(food_, "food_production", "SC10143010200011", "普通食品");
  drain();
  EXPECT_EQ(proposals("", admin()).at("total"), 0);  // listed and in force: nothing to do

  post_licence(food_, "SC10143010200011", "食品生产许可", "2030-12-31", "吊销");
  drain();
  json list = proposals("", admin());
  ASSERT_EQ(list.at("total"), 1);
  const json p = list.at("items").at(0);
  EXPECT_EQ(p.at("kind"), "remove");
  EXPECT_EQ(p.at("entry_id"), entry);
  EXPECT_EQ(p.at("reason"), "licence_revoked");
  EXPECT_EQ(p.at("licence_status"), "吊销");

  add_user("cs_credit", "credit_officer", "4302");  // Zhuzhou: outside the enterprise's region
  decide(p.at("id"), login("cs_credit"), {{"decision", "accept"}}, 403);
  EXPECT_EQ(proposals("?region=4302", admin()).at("total"), 0);

  decide(p.at("id"), admin(), {{"decision", "accept"}});
  json removed = get_json("/api/v1/keylist?include_removed=true", admin());
  ASSERT_EQ(removed.at("total"), 1);
  EXPECT_EQ(removed.at("items").at(0).at("removed_on"), "2026-06-15");
  EXPECT_EQ(count("SELECT COUNT(*) FROM outbox WHERE type = 'keylist_entry.removed'"), 1);
}

TEST_F(ProposalsTest, DailyCheckProposesRemovalOfExpiredLicencesOnceAndWithdrawsStaleOnes) {
  post_licence(gas_, "TS4343009-2021", "移动式压力容器充装许可", "2026-06-20");
  post_entry(gas_, "special_equipment", "TS4343009-2021", "移动式压力容器充装");
  post_licence(food_, "SC10143010200029", "食品生产许可", "2026-06-20");
  drain();
  ASSERT_EQ(proposals("", admin()).at("total"), 1);  // the food licence: add

  // 2026-06-21: both licences have lapsed; no licence event, the daily check finds them.
  start(day(2026, 6, 21));
  drain();
  json list = proposals("?status=all", admin());
  ASSERT_EQ(list.at("total"), 2) << list.dump();
  // Newest first: the removal, then the add that no longer holds.
  EXPECT_EQ(list.at("items").at(0).at("kind"), "remove");
  EXPECT_EQ(list.at("items").at(0).at("reason"), "licence_expired");
  EXPECT_EQ(list.at("items").at(0).at("subcategory"), "移动式压力容器充装");
  EXPECT_EQ(list.at("items").at(1).at("status"), "withdrawn");
  EXPECT_EQ(count("SELECT COUNT(*) FROM keylist_expiry_checks WHERE checked_on = '2026-06-21'"), 1);
  start(day(2026, 6, 21));  // a restart the same day does not check again
  drain();
  EXPECT_EQ(proposals("?status=all", admin()).at("total"), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM keylist_expiry_checks"), 2);  // 06-15 and 06-21
}

TEST_F(ProposalsTest, ConfiguredAutomaticApplicationListsAtOnce) {
  start_with_auto_apply(day(2026, 6, 15));
  drain();
  post_licence(gas_, "TS4343001-2024", "气瓶充装许可", "2030-12-31");
  drain();
  json list = proposals("?status=accepted", admin());
  ASSERT_EQ(list.at("total"), 1);
  EXPECT_EQ(list.at("items").at(0).at("decided_by"), "system");
  json entries = get_json("/api/v1/keylist?area=special_equipment", admin());
  ASSERT_EQ(entries.at("total"), 1);
  EXPECT_EQ(entries.at("items").at(0).at("subcategory"), "气瓶充装");
}

}  // namespace
}  // namespace xj::registry_test
