// Every row outcome of the sample files (tests/fixtures/README.md), through the row sources and
// the validator, without a database: the same outcome from CSV, GB18030 CSV and xlsx.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "collection/row_source.h"
#include "collection/row_validator.h"
#include "formats/csv_reader.h"
#include "formats/xlsx_reader.h"

namespace xj::collection {
namespace {

std::filesystem::path fixtures_dir() {
  if (const char* dir = std::getenv("XJ_FIXTURES_DIR")) return dir;
  return std::filesystem::path(__FILE__).parent_path() / "../../fixtures";
}

const core::Date kToday = *core::Date::from_ymd(2026, 11, 28);

struct Outcome {
  std::int64_t rows = 0;
  std::map<std::int64_t, RowIssue> rejected;  // by row number
  std::map<std::int64_t, Record> records;     // by row number
};

Outcome validate_file(ImportKind kind, const std::string& name) {
  const auto path = fixtures_dir() / name;
  std::unique_ptr<formats::TableReader> reader;
  std::ifstream in(path, std::ios::binary);
  if (path.extension() == ".xlsx") {
    auto x = formats::XlsxReader::open_file(path);
    EXPECT_TRUE(x) << x.error().message;
    reader = std::move(*x);
  } else {
    reader = std::make_unique<formats::CsvReader>(in);
  }
  auto source = table_row_source(kind, std::move(reader));
  EXPECT_TRUE(source) << source.error().message;
  Outcome out;
  while (true) {
    auto row = (*source)->next();
    EXPECT_TRUE(row) << row.error().message;
    if (!row || !*row) break;
    if ((*row)->input.blank()) continue;
    ++out.rows;
    auto v = validate_row(kind, (*row)->input, kToday, core::LegacyCodes::none());
    if (v.error) {
      out.rejected.emplace((*row)->input.row_number, *v.error);
    } else {
      out.records.emplace((*row)->input.row_number, *v.record);
    }
  }
  EXPECT_TRUE((*source)->warnings().empty());
  return out;
}

class KeylistFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(KeylistFixture, TwentyFourRowsFourRejectedWithTheReadmeCodes) {
  Outcome o = validate_file(ImportKind::keylist, GetParam());
  EXPECT_EQ(o.rows, 24);
  EXPECT_EQ(o.records.size(), 20u);
  ASSERT_EQ(o.rejected.size(), 4u);
  const std::map<std::int64_t, std::pair<std::string, std::string>> expected = {
      {5, {"统一社会信用代码", "invalid_uscc"}},
      {9, {"统一社会信用代码", "invalid_uscc"}},
      {12, {"许可证编号", "invalid_licence_no"}},
      {15, {"企业名称", "missing_field"}},
  };
  for (const auto& [row, want] : expected) {
    ASSERT_TRUE(o.rejected.count(row)) << "row " << row;
    EXPECT_EQ(o.rejected.at(row).column, want.first) << "row " << row;
    EXPECT_EQ(o.rejected.at(row).code, want.second) << "row " << row;
    EXPECT_EQ(o.rejected.at(row).row, row);
  }
  // Rows 18 and 21: lower case and full-width digits, normalised.
  EXPECT_EQ(std::get<registry::KeyListEntry>(o.records.at(18)).uscc, "91430202MAM36D7H1P");
  EXPECT_EQ(std::get<registry::KeyListEntry>(o.records.at(21)).uscc, "91430405MAWLK6NH58");
  const auto& first = std::get<registry::KeyListEntry>(o.records.at(2));
  EXPECT_EQ(first.area, "food_production");
  EXPECT_EQ(first.licence_no, "SC10143070215630");
  EXPECT_EQ(first.subcategory, "普通食品");
  EXPECT_EQ(first.listed_on, "2026-11-28");  // default: the import date
  EXPECT_EQ(std::get<registry::KeyListEntry>(o.records.at(3)).area, "special_equipment");
}

INSTANTIATE_TEST_SUITE_P(AllFormats, KeylistFixture,
                         ::testing::Values("keylist-sample.csv", "keylist-sample-gb18030.csv",
                                           "keylist-sample.xlsx"));

class PenaltiesFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(PenaltiesFixture, TwelveValidRowsWithEveryAmountForm) {
  Outcome o = validate_file(ImportKind::penalties, GetParam());
  EXPECT_EQ(o.rows, 12);
  EXPECT_TRUE(o.rejected.empty());
  ASSERT_EQ(o.records.size(), 12u);
  const auto& first = std::get<Penalty>(o.records.at(2));
  EXPECT_EQ(first.decision_no, "湘4306市监处罚〔2025〕100号");
  EXPECT_EQ(first.fine_fen, 5000000);  // 50000
  EXPECT_EQ(first.penalty_types, (std::vector<std::string>{"警告", "罚款"}));
  EXPECT_EQ(first.decided_on, "2025-07-14");
  EXPECT_EQ(first.area, "food");
  EXPECT_TRUE(first.is_public);
  EXPECT_EQ(std::get<Penalty>(o.records.at(5)).fine_fen, 5000000);    // 5万
  EXPECT_EQ(std::get<Penalty>(o.records.at(13)).fine_fen, 20000000);  // 200,000.00
  EXPECT_EQ(std::get<Penalty>(o.records.at(6)).procedure, "简易");
  EXPECT_EQ(std::get<Penalty>(o.records.at(4)).penalty_types,
            (std::vector<std::string>{"吊销许可证件"}));
  EXPECT_FALSE(std::get<Penalty>(o.records.at(3)).fine_fen);
}

INSTANTIATE_TEST_SUITE_P(AllFormats, PenaltiesFixture,
                         ::testing::Values("penalties-sample.csv", "penalties-sample-gb18030.csv",
                                           "penalties-sample.xlsx"));

}  // namespace
}  // namespace xj::collection
