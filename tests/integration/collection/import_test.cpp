// The import pipeline end to end on the backend of XJ_TEST_DB: the sample files' counts and row
// problems, idempotent re-delivery, updates with history and outbox events, all_or_nothing,
// missing columns, numeric USCC cells, JSON Lines.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "collection/import_repo.h"
#include "collection/importer.h"
#include "store/migrations.h"
#include "support/test_db.h"
#include "unit/formats/test_files.h"

namespace xj::collection {
namespace {

const std::filesystem::path kFixtures = XJ_FIXTURES_DIR;
const core::Date kToday = *core::Date::from_ymd(2026, 11, 28);

class ImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = testing::fresh_database();
    auto applied = store::migrate(*db_);
    ASSERT_TRUE(applied) << applied.error().message;
  }

  Result<ImportSummary> import(ImportKind kind, ImportInput input,
                               ImportMode mode = ImportMode::partial) {
    Importer importer(*db_, core::Clock::fixed(kToday), core::LegacyCodes::none());
    ImportRequest request;
    request.kind = kind;
    request.mode = mode;
    request.source = "食品生产处";
    return importer.run(request, std::move(input));
  }

  ImportSummary import_ok(ImportKind kind, ImportInput input,
                          ImportMode mode = ImportMode::partial) {
    auto s = import(kind, std::move(input), mode);
    EXPECT_TRUE(s) << s.error().message;
    return s ? *s : ImportSummary{};
  }

  std::int64_t count(std::string_view sql, const store::Params& params = {}) {
    std::int64_t n = -1;
    Status s = db_->read([&](store::Session& session) -> Status {
      XJ_TRY(auto rows, session.query(sql, params));
      n = rows[0].integer(0);
      return {};
    });
    EXPECT_TRUE(s) << s.error().message;
    return n;
  }

  std::string text_of(std::string_view sql, const store::Params& params = {}) {
    std::string out;
    Status s = db_->read([&](store::Session& session) -> Status {
      XJ_TRY(auto rows, session.query(sql, params));
      if (!rows.empty()) out = rows[0].text(0);
      return {};
    });
    EXPECT_TRUE(s) << s.error().message;
    return out;
  }

  static std::string read_fixture(const std::string& name) {
    std::ifstream in(kFixtures / name, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }

  std::unique_ptr<store::Database> db_;
};

void expect_keylist_outcome(const ImportSummary& s) {
  EXPECT_EQ(s.rows, 24);
  EXPECT_EQ(s.rejected, 4);
  ASSERT_EQ(s.errors.size(), 4u);
  const std::vector<RowIssue> expected_rows = {{5, "统一社会信用代码", "invalid_uscc", ""},
                                               {9, "统一社会信用代码", "invalid_uscc", ""},
                                               {12, "许可证编号", "invalid_licence_no", ""},
                                               {15, "企业名称", "missing_field", ""}};
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(s.errors[i].row, expected_rows[i].row);
    EXPECT_EQ(s.errors[i].column, expected_rows[i].column);
    EXPECT_EQ(s.errors[i].code, expected_rows[i].code);
    EXPECT_FALSE(s.errors[i].message.empty());
  }
}

class KeylistImport : public ImportTest, public ::testing::WithParamInterface<std::string> {};

TEST_P(KeylistImport, StoresTwentyRejectsFourAndReimportChangesNothing) {
  ImportSummary first = import_ok(ImportKind::keylist, ImportInput::file(kFixtures / GetParam()));
  EXPECT_TRUE(first.committed);
  EXPECT_EQ(first.status, "done");
  EXPECT_EQ(first.inserted, 20);
  EXPECT_EQ(first.updated + first.unchanged, 0);
  expect_keylist_outcome(first);
  EXPECT_EQ(count("SELECT COUNT(*) FROM keylist_entries"), 20);
  EXPECT_EQ(count("SELECT COUNT(*) FROM keylist_entries WHERE import_id = ? AND source = ?",
                  {first.import_id, std::string("食品生产处")}),
            20);
  EXPECT_EQ(count("SELECT COUNT(*) FROM keylist_entries WHERE uscc = '91430405MAWLK6NH58'"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM outbox"), 20);

  ImportSummary again = import_ok(ImportKind::keylist, ImportInput::file(kFixtures / GetParam()));
  EXPECT_EQ(again.inserted, 0);
  EXPECT_EQ(again.updated, 0);
  EXPECT_EQ(again.unchanged, 20);
  expect_keylist_outcome(again);
  EXPECT_EQ(count("SELECT COUNT(*) FROM keylist_entries"), 20);
  EXPECT_EQ(count("SELECT COUNT(*) FROM outbox"), 20);
  EXPECT_EQ(count("SELECT COUNT(*) FROM record_history"), 0);

  // The stored job answers GET /imports/{id}.
  std::optional<ImportSummary> stored;
  ASSERT_TRUE(db_->read([&](store::Session& s) -> Status {
    XJ_TRY(stored, find_import(s, first.import_id));
    return {};
  }));
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->rows, 24);
  EXPECT_EQ(stored->inserted, 20);
  EXPECT_EQ(stored->errors, first.errors);
}

INSTANTIATE_TEST_SUITE_P(AllFormats, KeylistImport,
                         ::testing::Values("keylist-sample.csv", "keylist-sample-gb18030.csv",
                                           "keylist-sample.xlsx"));

TEST_F(ImportTest, TheThreeFormatsCarryTheSameData) {
  import_ok(ImportKind::penalties, ImportInput::file(kFixtures / "penalties-sample.xlsx"));
  ImportSummary csv = import_ok(ImportKind::penalties,
                                ImportInput::memory(read_fixture("penalties-sample-gb18030.csv")));
  EXPECT_EQ(csv.format, "csv");
  EXPECT_EQ(csv.unchanged, 12);
  EXPECT_EQ(csv.inserted + csv.updated, 0);
  ImportSummary kl =
      import_ok(ImportKind::keylist, ImportInput::file(kFixtures / "keylist-sample.xlsx"));
  ImportSummary kl_csv =
      import_ok(ImportKind::keylist, ImportInput::file(kFixtures / "keylist-sample.csv"));
  EXPECT_EQ(kl_csv.unchanged, 20);
}

TEST_F(ImportTest, PenaltiesAmountsAndAChangedRowUpdatesWithHistory) {
  ImportSummary s =
      import_ok(ImportKind::penalties, ImportInput::file(kFixtures / "penalties-sample.csv"));
  EXPECT_EQ(s.rows, 12);
  EXPECT_EQ(s.inserted, 12);
  EXPECT_EQ(s.rejected, 0);
  EXPECT_EQ(count("SELECT fine_fen FROM penalties WHERE decision_no = ?",
                  {std::string("湘4306市监处罚〔2025〕100号")}),
            5000000);
  EXPECT_EQ(count("SELECT fine_fen FROM penalties WHERE decision_no = ?",
                  {std::string("湘4313市监处罚〔2025〕103号")}),
            5000000);
  EXPECT_EQ(count("SELECT fine_fen FROM penalties WHERE decision_no = ?",
                  {std::string("湘4304市监处罚〔2025〕111号")}),
            20000000);

  std::string changed = read_fixture("penalties-sample.csv");
  const std::string from = "警告；罚款,50000,";
  ASSERT_NE(changed.find(from), std::string::npos);
  changed.replace(changed.find(from), from.size(), "警告；罚款,60000,");
  ImportSummary u = import_ok(ImportKind::penalties, ImportInput::memory(changed));
  EXPECT_EQ(u.updated, 1);
  EXPECT_EQ(u.unchanged, 11);
  EXPECT_EQ(count("SELECT fine_fen FROM penalties WHERE decision_no = ?",
                  {std::string("湘4306市监处罚〔2025〕100号")}),
            6000000);
  EXPECT_EQ(count("SELECT import_id FROM penalties WHERE decision_no = ?",
                  {std::string("湘4306市监处罚〔2025〕100号")}),
            u.import_id);
  EXPECT_EQ(count("SELECT COUNT(*) FROM record_history WHERE record_kind = 'penalty' AND "
                  "record_key = ? AND version = 1 AND import_id = ?",
                  {std::string("湘4306市监处罚〔2025〕100号"), u.import_id}),
            1);
  const std::string before = text_of("SELECT before_json FROM record_history");
  EXPECT_NE(before.find("\"fine_fen\":\"5000000\""), std::string::npos) << before;
  EXPECT_EQ(count("SELECT COUNT(*) FROM outbox WHERE type = 'penalty.updated' AND uscc = ?",
                  {std::string("91430602MAXUXG8B9U")}),
            1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM outbox"), 13);
}

TEST_F(ImportTest, AllOrNothingStoresNothingWhenARowIsRejected) {
  auto s = import_ok(ImportKind::keylist, ImportInput::file(kFixtures / "keylist-sample.xlsx"),
                     ImportMode::all_or_nothing);
  EXPECT_FALSE(s.committed);
  EXPECT_EQ(s.status, "refused");
  EXPECT_EQ(s.inserted + s.updated + s.unchanged, 0);
  expect_keylist_outcome(s);
  EXPECT_EQ(count("SELECT COUNT(*) FROM keylist_entries"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM outbox"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM import_errors WHERE import_id = ? AND severity = 'error'",
                  {s.import_id}),
            4);
  EXPECT_EQ(text_of("SELECT status FROM imports WHERE id = ?", {s.import_id}), "refused");

  auto ok = import_ok(ImportKind::penalties, ImportInput::file(kFixtures / "penalties-sample.csv"),
                      ImportMode::all_or_nothing);
  EXPECT_TRUE(ok.committed);
  EXPECT_EQ(ok.inserted, 12);
}

TEST_F(ImportTest, MissingRequiredColumnNamesIt) {
  auto s = import(
      ImportKind::keylist,
      ImportInput::memory("领域,企业名称,许可证编号\n食品生产企业,某公司,SC10143070215630\n"));
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, ErrorCode::missing_column);
  ASSERT_FALSE(s.error().details.empty());
  EXPECT_EQ(s.error().details[0].field, "统一社会信用代码");
  EXPECT_EQ(count("SELECT COUNT(*) FROM imports"), 0);
}

TEST_F(ImportTest, UnreadableFileIsABadRequest) {
  auto s = import(ImportKind::keylist, ImportInput::memory(std::string("PK\x03\x04garbage", 11)));
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, ErrorCode::bad_request);
}

TEST_F(ImportTest, EnglishHeadersUnknownColumnsAndBlankRows) {
  auto s = import_ok(
      ImportKind::keylist,
      ImportInput::memory("AREA , uscc,name,licence_no,colour\n"
                          "food_production,91430702MACBXHUN4D,某公司,SC10143070215630,red\n"
                          ",,,,\n"
                          "food_production,91430702MACBXHUN4D,某公司,SC10143070215630,\n"));
  EXPECT_EQ(s.rows, 2);
  EXPECT_EQ(s.inserted, 1);
  ASSERT_EQ(s.errors.size(), 1u);
  EXPECT_EQ(s.errors[0].row, 4);
  EXPECT_EQ(s.errors[0].code, "duplicate");
  ASSERT_FALSE(s.warnings.empty());
  EXPECT_FALSE(s.warnings[0].row);
  EXPECT_EQ(s.warnings[0].column, "colour");
}

TEST_F(ImportTest, NumericUsccCellInXlsxIsRejectedWithAnExplanation) {
  using formats::test_files::minimal_xlsx;
  auto header = [](const char* ref, const char* text) {
    return std::string("<c r=\"") + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  };
  std::string sheet = "<row r=\"1\">" + header("A1", "领域") + header("B1", "企业名称") +
                      header("C1", "统一社会信用代码") + header("D1", "许可证编号") + "</row>" +
                      "<row r=\"2\">" + header("A2", "食品生产企业") + header("B2", "某公司") +
                      "<c r=\"C2\"><v>9.14309E+17</v></c>" + header("D2", "SC10143070215630") +
                      "</row>" + "<row r=\"3\">" + header("A3", "食品生产企业") +
                      header("B3", "某公司") + header("C3", "91430702MACBXHUN4D") +
                      header("D3", "SC10143070215630") + "</row>";
  auto s = import_ok(ImportKind::keylist, ImportInput::memory(minimal_xlsx(sheet)));
  EXPECT_EQ(s.format, "xlsx");
  EXPECT_EQ(s.rows, 2);
  EXPECT_EQ(s.inserted, 1);
  ASSERT_EQ(s.errors.size(), 1u);
  EXPECT_EQ(s.errors[0].row, 2);
  EXPECT_EQ(s.errors[0].code, "invalid_uscc");
  EXPECT_NE(s.errors[0].message.find("文本"), std::string::npos);
}

TEST_F(ImportTest, JsonLinesReportLineNumbersAndInvalidJson) {
  const std::string jsonl =
      R"({"event_no":"SJ-1","uscc":"91430702MACBXHUN4D","name":"某公司","event_type":"recall","occurred_on":"2025-01-02","source":"省局"})"
      "\n[1,2]\n\n"
      R"({"event_no":"SJ-2","uscc":"91430702MACBXHUN4D","name":"某公司","event_type":"召回","occurred_on":"2025-01-02","source":"省局"})"
      "\n";
  auto s = import_ok(ImportKind::events, ImportInput::memory(jsonl));
  EXPECT_EQ(s.format, "jsonl");
  EXPECT_EQ(s.rows, 3);
  EXPECT_EQ(s.inserted, 1);
  ASSERT_EQ(s.errors.size(), 2u);
  EXPECT_EQ(s.errors[0].row, 2);
  EXPECT_EQ(s.errors[0].code, "invalid_json");
  EXPECT_EQ(s.errors[1].row, 4);
  EXPECT_EQ(s.errors[1].column, "event_type");
  EXPECT_EQ(s.errors[1].code, "invalid_enum");
}

TEST_F(ImportTest, RegionScopeRejectsRowsOutsideThePrefix) {
  Importer importer(*db_, core::Clock::fixed(kToday), core::LegacyCodes::none());
  ImportRequest request;
  request.kind = ImportKind::penalties;
  request.source = "长沙市局";
  request.region_scope = "4301";
  auto s = importer.run(request, ImportInput::file(kFixtures / "penalties-sample.csv"));
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ(s->inserted, 1);  // only 湘4301…109号 (浏阳市) lies in Changsha
  EXPECT_EQ(s->rejected, 11);
  EXPECT_EQ(s->errors[0].code, "forbidden");
  EXPECT_EQ(s->errors[0].column, "统一社会信用代码");
}

}  // namespace
}  // namespace xj::collection

namespace xj::collection {
namespace {

TEST_F(ImportTest, AreaScopeRejectsOtherAreasRows) {
  Importer importer(*db_, core::Clock::fixed(kToday), core::LegacyCodes::none());
  ImportRequest request;
  request.kind = ImportKind::keylist;
  request.source = "食品生产处";
  request.area_scope = "food_production";
  auto s = importer.run(request, ImportInput::file(kFixtures / "keylist-sample.csv"));
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ(s->inserted, 11);
  EXPECT_EQ(s->rejected, 13);
  EXPECT_EQ(s->errors[0].row, 3);
  EXPECT_EQ(s->errors[0].column, "领域");
  EXPECT_EQ(s->errors[0].code, "forbidden");
}

}  // namespace
}  // namespace xj::collection
