// Registry and collection repos on both backends: keyed upserts, re-delivery, readers.
#include <gtest/gtest.h>

#include "collection/record_repo.h"
#include "records_fixture.h"
#include "registry/enterprise_repo.h"
#include "registry/keylist_repo.h"

namespace xj::records_test {
namespace {

using namespace xj::collection;
using namespace xj::registry;

TEST_F(RecordsTest, MigrationsAreRecordedOnce) {
  auto again = store::migrate(*db_);
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(*again, 0);
  EXPECT_EQ(query("SELECT version FROM schema_migrations ORDER BY version").size(),
            store::migrations().size());
}

TEST_F(RecordsTest, UsersTableExists) {
  write([](store::Session& s) -> Status {
    XJ_CHECK(s.exec("INSERT INTO users (username, password_hash, role) VALUES (?, ?, ?)",
                    {std::string("admin"), std::string("$argon2id$x"), std::string("admin")}));
    return {};
  });
  auto rows = query("SELECT username, disabled, created_at FROM users");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].integer(1), 0);
  EXPECT_FALSE(rows[0].is_null(2));
}

TEST_F(RecordsTest, EnterpriseRoundTrip) {
  write([](store::Session& s) { return upsert_enterprise(s, enterprise(), "登记注册局"); });
  std::optional<Enterprise> found;
  ASSERT_TRUE(db_->read([&](store::Session& s) -> Status {
    XJ_TRY(found, find_enterprise(s, kUscc));
    return {};
  }));
  ASSERT_TRUE(found);
  EXPECT_EQ(found->name, "长沙市示例食品有限公司");
  EXPECT_EQ(found->legal_representative, "张三");
  EXPECT_EQ(found->region_code, "430102");
  EXPECT_EQ(found->established_on, "2010-05-06");
  EXPECT_EQ(found->status, "存续");
  EXPECT_EQ(found->phone, "13812341234");
  EXPECT_EQ(query("SELECT source FROM enterprises")[0].text(0), "登记注册局");
}

TEST_F(RecordsTest, UnknownEnterpriseIsNullopt) {
  ASSERT_TRUE(db_->read([&](store::Session& s) -> Status {
    XJ_TRY(auto found, find_enterprise(s, kOtherUscc));
    EXPECT_FALSE(found);
    return {};
  }));
}

TEST_F(RecordsTest, EnterpriseRegionDefaultsToUsccPositions3To8) {
  Enterprise e = enterprise();
  e.region_code.clear();
  write([&](store::Session& s) { return upsert_enterprise(s, e, "登记注册局"); });
  EXPECT_EQ(query("SELECT region_code FROM enterprises")[0].text(0), "440300");
}

TEST_F(RecordsTest, EnterpriseRedeliveryChangesNothingAndChangeUpdates) {
  write([](store::Session& s) { return upsert_enterprise(s, enterprise(), "登记注册局"); });
  // Mark the row so that any rewrite would be visible.
  write([](store::Session& s) -> Status {
    XJ_CHECK(
        s.exec("UPDATE enterprises SET updated_at = ?", {std::string("2000-01-01 00:00:00+00")}));
    return {};
  });
  const std::string untouched = "SELECT count(*) FROM enterprises WHERE updated_at < '2001-01-01'";
  write([](store::Session& s) { return upsert_enterprise(s, enterprise(), "大数据中心"); });
  EXPECT_EQ(query(untouched)[0].integer(0), 1);
  EXPECT_EQ(query("SELECT source FROM enterprises")[0].text(0), "登记注册局");

  Enterprise changed = enterprise();
  changed.status = "注销";
  changed.phone.reset();
  write([&](store::Session& s) { return upsert_enterprise(s, changed, "大数据中心"); });
  EXPECT_EQ(query(untouched)[0].integer(0), 0);
  auto rows = query("SELECT status, phone, source FROM enterprises");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].text(0), "注销");
  EXPECT_TRUE(rows[0].is_null(1));
  EXPECT_EQ(rows[0].text(2), "大数据中心");
}

TEST_F(RecordsTest, KeylistEntryKeyedWhileActiveAndRelistedAfterRemoval) {
  KeyListEntry e;
  e.area = kFoodProduction;
  e.subcategory = "普通食品";
  e.uscc = kUscc;
  e.name = "长沙市示例食品有限公司";
  e.licence_no = "SC10143010200012";
  e.listed_on = "2024-01-10";
  std::int64_t first = 0, again = 0, relisted = 0;
  write([&](store::Session& s) -> Status {
    XJ_TRY(first, insert_keylist_entry(s, e, "食品生产处"));
    return {};
  });
  e.remark = "复核";
  write([&](store::Session& s) -> Status {
    XJ_TRY(again, insert_keylist_entry(s, e, "食品生产处"));
    return {};
  });
  EXPECT_EQ(again, first);
  write([&](store::Session& s) -> Status {
    XJ_CHECK(s.exec("UPDATE keylist_entries SET removed_on = ?, removal_reason = ? WHERE id = ?",
                    {std::string("2024-03-01"), std::string("许可注销"), first}));
    return {};
  });
  e.listed_on = "2024-05-01";
  write([&](store::Session& s) -> Status {
    XJ_TRY(relisted, insert_keylist_entry(s, e, "食品生产处"));
    return {};
  });
  EXPECT_NE(relisted, first);

  std::vector<KeyListEntry> entries;
  ASSERT_TRUE(db_->read([&](store::Session& s) -> Status {
    XJ_TRY(entries, keylist_entries_of(s, kUscc));
    return {};
  }));
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].id, first);
  EXPECT_EQ(entries[0].remark, "复核");
  EXPECT_EQ(entries[0].removed_on, "2024-03-01");
  EXPECT_EQ(entries[0].removal_reason, "许可注销");
  EXPECT_EQ(entries[1].id, relisted);
  EXPECT_EQ(entries[1].listed_on, "2024-05-01");
  EXPECT_FALSE(entries[1].removed_on);
  EXPECT_EQ(entries[1].subcategory, "普通食品");
}

TEST_F(RecordsTest, PenaltyRoundTripKeepsEveryField) {
  Penalty p = penalty("长市监罚〔2024〕12号", "2024-03-15");
  p.confiscation_fen = 12345;
  p.heavier = false;
  p.repaired_on = "2024-09-01";
  Penalty q = penalty("长市监罚〔2024〕13号", "2024-02-01");
  q.fine_fen.reset();
  q.facts.reset();
  q.area.reset();
  q.procedure = "简易";
  q.is_public = false;
  q.heavier = true;
  q.penalty_types = {"罚款"};
  Penalty other = penalty("长市监罚〔2024〕14号", "2024-02-01");
  other.uscc = kOtherUscc;
  write([&](store::Session& s) -> Status {
    XJ_CHECK(upsert_penalty(s, p));
    XJ_CHECK(upsert_penalty(s, q));
    return upsert_penalty(s, other);
  });
  std::vector<Penalty> read;
  ASSERT_TRUE(db_->read([&](store::Session& s) -> Status {
    XJ_TRY(read, penalties_of(s, kUscc));
    return {};
  }));
  ASSERT_EQ(read.size(), 2u);
  const Penalty& a = read[1];  // ordered by decided_on
  EXPECT_GT(a.id, 0);
  EXPECT_EQ(a.decision_no, p.decision_no);
  EXPECT_EQ(a.penalty_types, (std::vector<std::string>{"警告", "罚款"}));
  EXPECT_EQ(a.fine_fen, 5000050);
  EXPECT_EQ(a.confiscation_fen, 12345);
  EXPECT_EQ(a.facts, p.facts);
  EXPECT_EQ(a.procedure, "普通");
  EXPECT_EQ(a.area, "food");
  EXPECT_EQ(a.heavier, false);
  EXPECT_TRUE(a.is_public);
  EXPECT_EQ(a.repaired_on, "2024-09-01");
  EXPECT_FALSE(a.revoked_on);
  EXPECT_EQ(a.provenance.source, "执法稽查局");
  EXPECT_EQ(a.provenance.import_id, 7);
  const Penalty& b = read[0];
  EXPECT_EQ(b.decision_no, q.decision_no);
  EXPECT_FALSE(b.fine_fen);
  EXPECT_FALSE(b.facts);
  EXPECT_FALSE(b.area);
  EXPECT_EQ(b.procedure, "简易");
  EXPECT_FALSE(b.is_public);
  EXPECT_EQ(b.heavier, true);
  EXPECT_EQ(b.penalty_types, std::vector<std::string>{"罚款"});
}

TEST_F(RecordsTest, PenaltyRedeliveryChangesNothingAndChangeUpdates) {
  Penalty p = penalty("长市监罚〔2024〕12号", "2024-03-15");
  write([&](store::Session& s) { return upsert_penalty(s, p); });
  Penalty redelivered = p;
  redelivered.provenance = {"大数据中心", 99};  // another batch carrying the same record
  write([&](store::Session& s) { return upsert_penalty(s, redelivered); });
  auto rows = query("SELECT source, import_id, fine_fen FROM penalties");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].text(0), "执法稽查局");
  EXPECT_EQ(rows[0].integer(1), 7);

  Penalty changed = redelivered;
  changed.fine_fen = 6000000;
  write([&](store::Session& s) { return upsert_penalty(s, changed); });
  rows = query("SELECT source, import_id, fine_fen FROM penalties");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].text(0), "大数据中心");
  EXPECT_EQ(rows[0].integer(1), 99);
  EXPECT_EQ(rows[0].integer(2), 6000000);
}

TEST_F(RecordsTest, LicenceUpsertAndReader) {
  write([&](store::Session& s) -> Status {
    XJ_CHECK(upsert_licence(s, licence("SC10143010200012", "2025-01-01")));
    return upsert_licence(s, licence("SC10143010200012", "2025-01-01"));
  });
  collection::Licence changed = licence("SC10143010200012", "2029-12-31");
  changed.status = "注销";
  changed.provenance.import_id = 4;
  write([&](store::Session& s) { return upsert_licence(s, changed); });
  std::vector<Licence> read;
  ASSERT_TRUE(db_->read([&](store::Session& s) -> Status {
    XJ_TRY(read, licences_of(s, kUscc));
    return {};
  }));
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0].valid_until, "2029-12-31");
  EXPECT_EQ(read[0].status, "注销");
  EXPECT_EQ(read[0].scope, "糕点");
  EXPECT_EQ(read[0].provenance.import_id, 4);
}

TEST_F(RecordsTest, InspectionUpsertAndReader) {
  Inspection i = inspection("CJ-2024-001", true);
  write([&](store::Session& s) -> Status {
    XJ_CHECK(upsert_inspection(s, i));
    return upsert_inspection(s, i);
  });
  i.results = {"未发现问题"};
  i.findings.reset();
  write([&](store::Session& s) { return upsert_inspection(s, i); });
  std::vector<Inspection> read;
  ASSERT_TRUE(db_->read([&](store::Session& s) -> Status {
    XJ_TRY(read, inspections_of(s, kUscc));
    return {};
  }));
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0].results, std::vector<std::string>{"未发现问题"});
  EXPECT_FALSE(read[0].findings);
  EXPECT_EQ(read[0].kind, "双随机抽查");
  EXPECT_TRUE(read[0].is_public);
}

TEST_F(RecordsTest, EventUpsertAndReader) {
  Event e;
  e.event_no = "EV-1";
  e.uscc = kUscc;
  e.name = "长沙市示例食品有限公司";
  e.event_type = "complaint_substantiated";
  e.occurred_on = "2024-02-02";
  e.count = 2;
  e.source = "长沙市12315中心";
  e.provenance = {"大数据中心", 5};
  write([&](store::Session& s) -> Status {
    XJ_CHECK(upsert_event(s, e));
    return upsert_event(s, e);
  });
  std::vector<Event> read;
  ASSERT_TRUE(db_->read([&](store::Session& s) -> Status {
    XJ_TRY(read, events_of(s, kUscc));
    return {};
  }));
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0].count, 2);
  EXPECT_EQ(read[0].source, "长沙市12315中心");
  EXPECT_EQ(read[0].provenance.source, "大数据中心");
  EXPECT_EQ(read[0].provenance.import_id, 5);
  EXPECT_FALSE(read[0].description);
}

TEST_F(RecordsTest, InspectorUpsert) {
  Inspector i;
  i.id = "43010020240001";
  i.name = "李四";
  i.unit = "长沙市市场监督管理局";
  i.region_code = "430100";
  i.domains = {"食品", "综合"};
  write([&](store::Session& s) -> Status {
    XJ_CHECK(upsert_inspector(s, i));
    return upsert_inspector(s, i);
  });
  i.status = "离岗";
  write([&](store::Session& s) { return upsert_inspector(s, i); });
  auto rows = query("SELECT id, domains, status FROM inspectors");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].text(1), "食品；综合");
  EXPECT_EQ(rows[0].text(2), "离岗");
}

TEST_F(RecordsTest, ReadersReturnNothingForAnotherUscc) {
  write([&](store::Session& s) { return upsert_penalty(s, penalty("X-1", "2024-01-01")); });
  ASSERT_TRUE(db_->read([&](store::Session& s) -> Status {
    XJ_TRY(auto penalties, penalties_of(s, kOtherUscc));
    EXPECT_TRUE(penalties.empty());
    XJ_TRY(auto licences, licences_of(s, kOtherUscc));
    EXPECT_TRUE(licences.empty());
    return {};
  }));
}

}  // namespace
}  // namespace xj::records_test
