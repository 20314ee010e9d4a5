// The rules of the key-area list proposals (registry/keylist_proposal.h), without a database.
#include "registry/keylist_proposal.h"

#include <gtest/gtest.h>

namespace xj::registry {
namespace {

const core::Date kToday = *core::Date::from_ymd(2026, 6, 15);
constexpr const char* kUscc = "914403001922038216";

LicenceFact licence(std::string no, std::string type, std::string until,
                    std::string status = "有效", std::optional<std::string> scope = {}) {
  return {std::move(no),    kUscc, "示例公司", std::move(type), std::move(scope), std::move(until),
          std::move(status)};
}

KeyListEntry entry(std::int64_t id, std::string area, std::string licence_no) {
  KeyListEntry e;
  e.id = id;
  e.area = std::move(area);
  e.uscc = kUscc;
  e.name = "示例公司";
  e.licence_no = std::move(licence_no);
  e.listed_on = "2025-01-01";
  return e;
}

TEST(KeylistProposal, InForceUntilTheLastDayInclusive) {
  EXPECT_TRUE(is_in_force(licence("SC1", "食品生产许可", "2026-06-15"), kToday));
  EXPECT_FALSE(is_in_force(licence("SC1", "食品生产许可", "2026-06-14"), kToday));
  EXPECT_EQ(licence_status_on(licence("SC1", "食品生产许可", "2026-06-14"), kToday), "过期");
  EXPECT_EQ(licence_status_on(licence("SC1", "食品生产许可", "2030-01-01", "吊销"), kToday),
            "吊销");
}

TEST(KeylistProposal, AreasAndSubcategories) {
  EXPECT_EQ(licence_area("食品生产许可"), "food_production");
  EXPECT_EQ(licence_area("气瓶充装许可"), "special_equipment");
  EXPECT_EQ(licence_area("移动式压力容器充装许可"), "special_equipment");
  EXPECT_EQ(licence_area("特种设备生产许可"), "special_equipment");
  EXPECT_FALSE(licence_area("特种设备检验检测机构核准"));
  EXPECT_EQ(licence_subcategory(licence("SC12743010200013", "食品生产许可", "2030-01-01")),
            "特殊食品");
  EXPECT_EQ(licence_subcategory(licence("SC13043010200013", "食品生产许可", "2030-01-01")),
            "普通食品");  // 130 特殊膳食食品 is not a special food (§1.2)
  EXPECT_EQ(licence_subcategory(licence("TS1", "气瓶充装许可", "2030-01-01")), "气瓶充装");
  EXPECT_EQ(licence_subcategory(
                licence("TS2", "特种设备生产许可", "2030-01-01", "有效", "电梯安装、修理")),
            "安装");
  EXPECT_EQ(
      licence_subcategory(licence("TS3", "特种设备生产许可", "2030-01-01", "有效", "电梯维护保养")),
      "电梯维保");
  EXPECT_FALSE(licence_subcategory(licence("TS4", "特种设备生产许可", "2030-01-01")));
}

TEST(KeylistProposal, NewValidLicenceOfAnUnlistedEnterpriseProposesAnEntry) {
  auto ev = evaluate_enterprise({licence("TS1", "气瓶充装许可", "2030-01-01")}, {}, {}, kToday);
  ASSERT_EQ(ev.create.size(), 1u);
  EXPECT_EQ(ev.create[0].kind, ProposalKind::add);
  EXPECT_EQ(ev.create[0].area, "special_equipment");
  EXPECT_EQ(ev.create[0].subcategory, "气瓶充装");
  EXPECT_EQ(ev.create[0].reason, "licence_issued");
  EXPECT_EQ(ev.create[0].proposed_on, "2026-06-15");
  EXPECT_TRUE(ev.withdraw.empty());
}

TEST(KeylistProposal, NothingForAListedAreaAnExpiredLicenceOrAnotherType) {
  EXPECT_TRUE(evaluate_enterprise({licence("SC1", "食品生产许可", "2030-01-01")},
                                  {entry(1, "food_production", "SC-OTHER")}, {}, kToday)
                  .create.empty());
  EXPECT_TRUE(evaluate_enterprise({licence("SC1", "食品生产许可", "2026-06-14")}, {}, {}, kToday)
                  .create.empty());
  EXPECT_TRUE(
      evaluate_enterprise({licence("J1", "特种设备检验检测机构核准", "2030-01-01")}, {}, {}, kToday)
          .create.empty());
}

TEST(KeylistProposal, RevokedOrExpiredBackingLicenceProposesRemoval) {
  for (auto [status, until, reason] : {std::tuple{"吊销", "2030-01-01", "licence_revoked"},
                                       std::tuple{"撤销", "2030-01-01", "licence_rescinded"},
                                       std::tuple{"注销", "2030-01-01", "licence_cancelled"},
                                       std::tuple{"有效", "2026-06-14", "licence_expired"}}) {
    auto ev = evaluate_enterprise({licence("SC1", "食品生产许可", until, status)},
                                  {entry(7, "food_production", "SC1")}, {}, kToday);
    ASSERT_EQ(ev.create.size(), 1u) << status;
    EXPECT_EQ(ev.create[0].kind, ProposalKind::remove);
    EXPECT_EQ(ev.create[0].entry_id, 7);
    EXPECT_EQ(ev.create[0].reason, reason);
  }
  // No licence on file: nothing is known against the entry.
  EXPECT_TRUE(
      evaluate_enterprise({}, {entry(7, "food_production", "SC1")}, {}, kToday).create.empty());
}

TEST(KeylistProposal, RenewalProposesTheNewLicenceAndTheRemovalOfTheOld) {
  auto ev = evaluate_enterprise({licence("SC-OLD", "食品生产许可", "2026-01-01"),
                                 licence("SC-NEW", "食品生产许可", "2031-01-01")},
                                {entry(3, "food_production", "SC-OLD")}, {}, kToday);
  ASSERT_EQ(ev.create.size(), 2u);
  EXPECT_EQ(ev.create[0].kind, ProposalKind::remove);
  EXPECT_EQ(ev.create[1].kind, ProposalKind::add);
  EXPECT_EQ(ev.create[1].licence_no, "SC-NEW");
}

TEST(KeylistProposal, PendingAndRejectedAreNotRepeatedStaleOnesAreWithdrawn) {
  const auto licences = std::vector{licence("TS1", "气瓶充装许可", "2030-01-01")};
  Proposal pending = evaluate_enterprise(licences, {}, {}, kToday).create.at(0);
  pending.id = 11;
  EXPECT_TRUE(evaluate_enterprise(licences, {}, {pending}, kToday).create.empty());
  Proposal rejected = pending;
  rejected.status = "rejected";
  EXPECT_TRUE(evaluate_enterprise(licences, {}, {rejected}, kToday).create.empty());
  Proposal accepted = pending;
  accepted.status = "accepted";
  EXPECT_EQ(evaluate_enterprise(licences, {}, {accepted}, kToday).create.size(), 1u);
  // The enterprise got listed in the meantime: the pending proposal no longer holds.
  auto ev =
      evaluate_enterprise(licences, {entry(1, "special_equipment", "TS1")}, {pending}, kToday);
  EXPECT_TRUE(ev.create.empty());
  EXPECT_EQ(ev.withdraw, std::vector<std::int64_t>{11});
}

}  // namespace
}  // namespace xj::registry
