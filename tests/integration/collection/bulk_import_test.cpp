// A large import on the backend of XJ_TEST_DB: on SQLite more rows than DeferredIndexes::kMinRows,
// so that the secondary indexes are dropped and rebuilt inside the import's transaction, and
// rows are checked on the pipeline's reading thread while the writing thread stores them. Counts,
// error rows, re-delivery, the rebuilt indexes, and a file that turns unreadable part-way (the
// whole batch rolled back, the indexes as they were).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "collection/deferred_indexes.h"
#include "collection/importer.h"
#include "core/uscc.h"
#include "store/migrations.h"
#include "support/test_db.h"

namespace xj::collection {
namespace {

const core::Date kToday = *core::Date::from_ymd(2026, 11, 28);

// A valid Hunan USCC for enterprise k (both check characters computed, §1.1).
std::string uscc_of(int k) {
  std::string org = std::to_string(10'000'000 + k);
  org += core::org_code_check_char(org);
  std::string first17 = "91430102" + org;
  return first17 + core::uscc_check_char(first17);
}

// `rows` penalty rows: rows 2 … rows hold decisions 1 … rows − 1, those whose row number is in
// `bad` with an invalid USCC; row rows + 1 repeats decision 7.
std::string penalties_csv(int rows, const std::vector<int>& bad) {
  std::string csv =
      "处罚决定书文号,统一社会信用代码,企业名称,违法行为类型,处罚依据,处罚种类,罚款金额,"
      "处罚决定日期,处罚机关\r\n";
  auto row = [&](int n, bool invalid) {
    csv += "湘市监罚〔2025〕" + std::to_string(n) + "号,";
    std::string uscc = uscc_of(n % 997);
    if (invalid) uscc.back() = uscc.back() == '0' ? '1' : '0';  // a wrong check character
    csv += uscc;
    csv += ",示范企业" + std::to_string(n % 997) + "有限公司,虚假宣传,《反不正当竞争法》第二十条,罚款,";
    csv += std::to_string(1000 + n % 5000) + ",2025-03-01,长沙市市场监督管理局\r\n";
  };
  for (int n = 1; n < rows; ++n) {
    row(n, std::find(bad.begin(), bad.end(), n + 1) != bad.end());
  }
  row(7, false);
  return csv;
}

class BulkImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = testing::fresh_database();
    auto applied = store::migrate(*db_);
    ASSERT_TRUE(applied) << applied.error().message;
    // SQLite: enough rows to pass the deferral threshold, with the reader (at most 16 batches of
    // 256 ahead) well past it. PostgreSQL defers nothing: fewer rows run the same pipeline.
    rows_ = db_->dialect() == store::Dialect::sqlite
                ? static_cast<int>(DeferredIndexes::kMinRows) + 10'000
                : 3'000;
  }

  Result<ImportSummary> import(std::string csv) {
    Importer importer(*db_, core::Clock::fixed(kToday), core::LegacyCodes::none());
    ImportRequest request;
    request.kind = ImportKind::penalties;
    request.source = "执法稽查局";
    return importer.run(request, ImportInput::memory(std::move(csv)));
  }

  std::int64_t count(std::string_view sql) {
    std::int64_t n = -1;
    Status s = db_->read([&](store::Session& session) -> Status {
      XJ_TRY(auto rows, session.query(sql));
      n = rows[0].integer(0);
      return {};
    });
    EXPECT_TRUE(s) << s.error().message;
    return n;
  }

  // The secondary indexes of penalties and outbox as the schema holds them.
  std::string indexes() {
    if (db_->dialect() == store::Dialect::postgresql) {
      return std::to_string(count(
          "SELECT count(*) FROM pg_indexes WHERE tablename IN ('penalties', 'outbox')"));
    }
    std::string out;
    Status s = db_->read([&](store::Session& session) -> Status {
      XJ_TRY(auto rows, session.query("SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                                      "AND tbl_name IN ('penalties', 'outbox') ORDER BY name"));
      for (const auto& r : rows.rows) out += r.text(0) + ":" + r.text(1) + "\n";
      return {};
    });
    EXPECT_TRUE(s) << s.error().message;
    return out;
  }

  std::unique_ptr<store::Database> db_;
  int rows_ = 0;
};

TEST_F(BulkImportTest, StoresEveryValidRowReportsTheOthersAndReDeliveryChangesNothing) {
  const std::string before = indexes();
  auto s = import(penalties_csv(rows_, {100, rows_ - 10}));
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ(s->rows, rows_);
  EXPECT_EQ(s->inserted, rows_ - 3);
  EXPECT_EQ(s->rejected, 3);
  ASSERT_EQ(s->errors.size(), 3u);
  EXPECT_EQ(s->errors[0].row, 100);
  EXPECT_EQ(s->errors[0].code, "invalid_uscc");
  EXPECT_EQ(s->errors[1].row, rows_ - 10);
  EXPECT_EQ(s->errors[1].code, "invalid_uscc");
  EXPECT_EQ(s->errors[2].row, rows_ + 1);
  EXPECT_EQ(s->errors[2].code, "duplicate");
  EXPECT_EQ(count("SELECT count(*) FROM penalties"), rows_ - 3);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE type = 'penalty.created'"), rows_ - 3);
  EXPECT_EQ(indexes(), before);  // rebuilt as they were
  // Enterprise 5 has the decisions 5, 5 + 997, … below rows_ (none of them rejected).
  EXPECT_EQ(count("SELECT count(*) FROM penalties WHERE uscc = '" + uscc_of(5) + "'"),
            (rows_ - 1 - 5) / 997 + 1);

  auto again = import(penalties_csv(rows_, {100, rows_ - 10}));
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(again->inserted, 0);
  EXPECT_EQ(again->updated, 0);
  EXPECT_EQ(again->unchanged, rows_ - 3);
  EXPECT_EQ(count("SELECT count(*) FROM outbox"), rows_ - 3);
  EXPECT_EQ(count("SELECT count(*) FROM record_history"), 0);
}

TEST_F(BulkImportTest, AFileUnreadablePartWayStoresNothingAndKeepsTheIndexes) {
  const std::string before = indexes();
  std::string csv = penalties_csv(rows_, {});
  // Not UTF-8: the reader fails at the end, when (SQLite) the writer has stored more than
  // kMinRows rows and so dropped the indexes.
  csv += "湘市监罚〔2025〕X号,\xFF\xFE,坏行\r\n";
  auto s = import(std::move(csv));
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, ErrorCode::bad_request);
  EXPECT_EQ(count("SELECT count(*) FROM penalties"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM outbox"), 0);
  EXPECT_EQ(indexes(), before);
}

// DeferredIndexes directly: the threshold, the rebuild, and a rollback.
TEST_F(BulkImportTest, DeferredIndexesDropOnlyPastTheThresholdAndRollBackWithTheTransaction) {
  const std::string before = indexes();
  const bool sqlite = db_->dialect() == store::Dialect::sqlite;
  auto names_in = [](store::Session& session) -> Result<std::int64_t> {
    XJ_TRY(auto rows, session.query(
                          session.dialect() == store::Dialect::sqlite
                              ? "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                "name IN ('penalties_uscc', 'outbox_uscc', 'outbox_type')"
                              : "SELECT count(*) FROM pg_indexes WHERE indexname IN "
                                "('penalties_uscc', 'outbox_uscc', 'outbox_type')"));
    return rows[0].integer(0);
  };
  Status refused = db_->write([&](store::Session& session) -> Status {
    XJ_TRY(DeferredIndexes d, DeferredIndexes::watch(session, {"penalties", "outbox"}));
    XJ_CHECK(d.wrote(session, DeferredIndexes::kMinRows - 1));
    XJ_TRY(std::int64_t kept, names_in(session));
    EXPECT_EQ(kept, 3);  // below the minimum
    XJ_CHECK(d.wrote(session, 1));
    XJ_TRY(std::int64_t left, names_in(session));
    EXPECT_EQ(left, sqlite ? 0 : 3);
    return fail(ErrorCode::conflict, "roll back");
  });
  EXPECT_FALSE(refused);
  EXPECT_EQ(indexes(), before);

  // A table holding more rows than the import writes keeps its indexes; the others are rebuilt.
  Status done = db_->write([&](store::Session& session) -> Status {
    XJ_CHECK(session.exec(
        "INSERT INTO outbox (id, type, uscc, payload) VALUES (100000, 'test.seeded', NULL, '{}')"));
    XJ_TRY(DeferredIndexes d, DeferredIndexes::watch(session, {"penalties", "outbox"}));
    XJ_CHECK(d.wrote(session, 2 * DeferredIndexes::kMinRows));
    XJ_TRY(std::int64_t left, names_in(session));
    EXPECT_EQ(left, sqlite ? 2 : 3);  // penalties_uscc dropped, the outbox's kept
    return d.finish(session);
  });
  ASSERT_TRUE(done) << done.error().message;
  EXPECT_EQ(indexes(), before);
}

}  // namespace
}  // namespace xj::collection
