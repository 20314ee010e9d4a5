// The sample files of tests/fixtures (LibreOffice and Chinese Windows output) read alike in every
// encoding and format.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <charconv>
#include <chrono>
#include <fstream>

#include "formats/csv_reader.h"
#include "formats/xlsx_reader.h"
#include "test_files.h"

namespace xj::formats {
namespace {

using test_files::fixtures_dir;

std::vector<TableRow> read_csv_fixture(const std::string& name, std::size_t chunk_size) {
  std::ifstream in(fixtures_dir() / name, std::ios::binary);
  EXPECT_TRUE(in) << name;
  CsvReader reader(in, CsvOptions{Encoding::detect, chunk_size, 1 << 20});
  auto rows = test_files::read_all(reader);
  EXPECT_TRUE(rows) << name << ": " << rows.error().message;
  return rows ? *rows : std::vector<TableRow>{};
}

std::vector<TableRow> read_xlsx_fixture(const std::string& name) {
  auto reader = XlsxReader::open_file(fixtures_dir() / name);
  EXPECT_TRUE(reader) << name << ": " << reader.error().message;
  if (!reader) return {};
  auto rows = test_files::read_all(**reader);
  EXPECT_TRUE(rows) << name << ": " << rows.error().message;
  return rows ? *rows : std::vector<TableRow>{};
}

const Cell& cell_at(const TableRow& row, std::size_t column) {
  static const Cell kEmpty;
  return column < row.cells.size() ? row.cells[column] : kEmpty;
}

std::chrono::sys_days excel_date(std::string_view serial) {
  int days = 0;
  std::from_chars(serial.data(), serial.data() + serial.size(), days);
  using namespace std::chrono;
  return sys_days(year(1899) / December / 30) + std::chrono::days(days);
}

std::chrono::sys_days iso_date(const std::string& text) {
  using namespace std::chrono;
  return sys_days(year(std::stoi(text.substr(0, 4))) / std::stoi(text.substr(5, 2)) /
                  std::stoi(text.substr(8, 2)));
}

class Fixtures : public ::testing::TestWithParam<std::string> {};

INSTANTIATE_TEST_SUITE_P(Samples, Fixtures,
                         ::testing::Values("keylist-sample", "penalties-sample"));

TEST_P(Fixtures, Gb18030CsvReadsLikeUtf8Csv) {
  const auto utf8 = read_csv_fixture(GetParam() + ".csv", 64 * 1024);
  ASSERT_FALSE(utf8.empty());
  EXPECT_EQ(utf8.front().row_number, 1);
  for (const std::size_t chunk : {std::size_t{1}, std::size_t{3}, std::size_t{64 * 1024}}) {
    const auto gb = read_csv_fixture(GetParam() + "-gb18030.csv", chunk);
    ASSERT_EQ(gb.size(), utf8.size()) << "chunk " << chunk;
    for (std::size_t r = 0; r < utf8.size(); ++r) {
      EXPECT_EQ(gb[r].row_number, utf8[r].row_number);
      EXPECT_EQ(test_files::texts(gb[r]), test_files::texts(utf8[r])) << "row " << r + 1;
    }
  }
}

TEST_P(Fixtures, XlsxReadsLikeCsvWithTypedNumbersAndDates) {
  const auto csv = read_csv_fixture(GetParam() + ".csv", 64 * 1024);
  const auto xlsx = read_xlsx_fixture(GetParam() + ".xlsx");
  ASSERT_EQ(xlsx.size(), csv.size());
  for (std::size_t r = 0; r < csv.size(); ++r) {
    EXPECT_EQ(xlsx[r].row_number, csv[r].row_number);
    for (std::size_t c = 0; c < csv[r].cells.size(); ++c) {
      const std::string& expected = csv[r].cells[c].text;
      const Cell& cell = cell_at(xlsx[r], c);
      const std::string where = "row " + std::to_string(r + 1) + " column " + std::to_string(c);
      switch (cell.type) {
        case CellType::text:
          EXPECT_EQ(cell.text, expected) << where;
          break;
        case CellType::number: {  // "200,000.00" in the CSV is the number 200000 in the sheet
          std::string digits = expected;
          std::erase(digits, ',');
          EXPECT_DOUBLE_EQ(std::stod(cell.text), std::stod(digits)) << where;
          break;
        }
        case CellType::date:
          EXPECT_EQ(excel_date(cell.text), iso_date(expected)) << where;
          break;
        case CellType::boolean:
          ADD_FAILURE() << where << ": no booleans in the samples";
      }
    }
  }
}

TEST(Fixtures, KeylistRowsAndCodeColumns) {
  const auto rows = read_xlsx_fixture("keylist-sample.xlsx");
  ASSERT_EQ(rows.size(), 25u);  // header + 24 data rows
  EXPECT_EQ(rows.back().row_number, 25);
  EXPECT_EQ(rows[0].cells[3].text, "统一社会信用代码");
  for (std::size_t r = 1; r < rows.size(); ++r) {
    EXPECT_EQ(cell_at(rows[r], 1).type, CellType::number);  // 序号
    EXPECT_EQ(cell_at(rows[r], 3).type, CellType::text);    // codes are stored as text
    EXPECT_EQ(cell_at(rows[r], 4).type, CellType::text);
  }
  EXPECT_EQ(rows[14].cells[2].text, "");  // row 15: the missing enterprise name
  EXPECT_EQ(rows[20].cells[3].text, "９１４３０４０５MAWLK６NH５８");
}

TEST(Fixtures, PenaltyDatesAreDatesAndAmountsNumbers) {
  const auto rows = read_xlsx_fixture("penalties-sample.xlsx");
  ASSERT_EQ(rows.size(), 13u);
  EXPECT_EQ(rows[0].cells[7].text, "罚款金额");
  EXPECT_EQ(rows[0].cells[9].text, "处罚决定日期");
  for (std::size_t r = 1; r < rows.size(); ++r) EXPECT_EQ(cell_at(rows[r], 9).type, CellType::date);
  EXPECT_EQ(rows[1].cells[7].type, CellType::number);
  EXPECT_EQ(rows[1].cells[7].text, "50000");
  EXPECT_EQ(rows[1].cells[9].text, "45852");  // 2025-07-14
  EXPECT_EQ(rows[4].cells[7].type, CellType::text);
  EXPECT_EQ(rows[4].cells[7].text, "5万");
}

}  // namespace
}  // namespace xj::formats
