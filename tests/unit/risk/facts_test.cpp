// domain-rules.md §3/§7 definitions applied to records: which penalties count, problem
// inspections and failed samplings, list entries active today.
#include "risk_test_support.h"

namespace xj::risk::test {
namespace {

collection::Penalty published(std::vector<std::string> types) {
  collection::Penalty p;
  p.penalty_types = std::move(types);
  p.decided_on = "2026-01-10";
  p.fine_fen = 5'000'00;
  return p;
}

TEST(Facts, OnlyPublishedUnrepairedUnrevokedPenaltiesCount) {
  EXPECT_TRUE(penalty_fact(published({"罚款"}), kToday));
  EXPECT_FALSE(penalty_fact(published({"警告"}), kToday));  // warning only: never published
  auto summary = published({"罚款"});
  summary.procedure = "简易";
  EXPECT_FALSE(penalty_fact(summary, kToday));
  auto hidden = published({"罚款"});
  hidden.is_public = false;
  EXPECT_FALSE(penalty_fact(hidden, kToday));
  auto repaired = published({"罚款"});
  repaired.repaired_on = "2026-06-15";  // repaired today → no longer counts
  EXPECT_FALSE(penalty_fact(repaired, kToday));
  repaired.repaired_on = "2026-06-16";  // a future date does not count yet
  EXPECT_TRUE(penalty_fact(repaired, kToday));
  auto revoked = published({"罚款"});
  revoked.revoked_on = "2026-03-01";
  EXPECT_FALSE(penalty_fact(revoked, kToday));
  // A 3-month penalty past its publicity period is still a published penalty (§3).
  auto lapsed = published({"通报批评"});
  lapsed.decided_on = "2024-01-01";
  EXPECT_TRUE(penalty_fact(lapsed, kToday));
}

TEST(Facts, HeavierAndLicenceRevocation) {
  auto f = penalty_fact(published({"罚款", "吊销许可证件"}), kToday);
  ASSERT_TRUE(f);
  EXPECT_TRUE(f->heavier);
  EXPECT_TRUE(f->revokes_licence);
  auto flagged = published({"罚款"});
  flagged.heavier = true;
  EXPECT_TRUE(penalty_fact(flagged, kToday)->heavier);
  EXPECT_FALSE(penalty_fact(published({"罚款"}), kToday)->heavier);
}

TEST(Facts, InspectionFlags) {
  for (const char* r : {"发现问题已责令改正", "发现问题待后续处理", "未按规定公示应当公示的信息",
                        "公示信息隐瞒真实情况弄虚作假", "通过登记的住所（经营场所）无法联系",
                        "不配合检查情节严重"}) {
    EXPECT_TRUE(inspection_fact("2026-01-01", "双随机抽查", {"未发现问题", r}).problem) << r;
  }
  EXPECT_FALSE(inspection_fact("2026-01-01", "监督检查", {"未发现问题"}).problem);
  EXPECT_FALSE(inspection_fact("2026-01-01", "监督检查", {"已关闭停业或正在组织清算"}).problem);
  const auto sampling = inspection_fact("2026-01-01", "监督抽检", {"不合格"});
  EXPECT_TRUE(sampling.sampling);
  EXPECT_TRUE(sampling.failed_sampling);
  EXPECT_FALSE(sampling.problem);
  EXPECT_FALSE(inspection_fact("2026-01-01", "监督抽检", {"合格"}).failed_sampling);
}

TEST(Facts, ListEntriesActiveToday) {
  EXPECT_TRUE(abnormal_active_on("2026-06-15", std::nullopt, kToday));
  EXPECT_FALSE(abnormal_active_on("2026-06-16", std::nullopt, kToday));
  EXPECT_FALSE(abnormal_active_on("2025-01-01", std::string("2026-06-15"), kToday));
  EXPECT_TRUE(abnormal_active_on("2025-01-01", std::string("2026-06-16"), kToday));
  EXPECT_TRUE(dishonest_in_force_on("active", "2024-01-01", "2027-01-01", std::nullopt, kToday));
  EXPECT_FALSE(dishonest_in_force_on("active", "2023-06-15", "2026-06-15", std::nullopt, kToday));
  EXPECT_FALSE(dishonest_in_force_on("pending_approval", "2024-01-01", "2027-01-01", std::nullopt, kToday));
  EXPECT_FALSE(dishonest_in_force_on("active", "2024-01-01", "2027-01-01", std::string("2026-06-01"), kToday));
  EXPECT_TRUE(false_commitment_counts("inconsistent", std::string("2026-01-01"), std::nullopt, kToday));
  EXPECT_FALSE(false_commitment_counts("inconsistent", std::string("2026-01-01"), std::string("2026-05-01"), kToday));
  EXPECT_FALSE(false_commitment_counts("consistent", std::string("2026-01-01"), std::nullopt, kToday));
}

}  // namespace
}  // namespace xj::risk::test
