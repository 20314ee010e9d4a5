#include "formats/xlsx_writer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "formats/xlsx_reader.h"
#include "formats/zip_archive.h"
#include "test_files.h"

namespace xj::formats {
namespace {

using ::testing::ElementsAre;

const std::vector<std::string> kHeader = {"序号", "企业名称", "统一社会信用代码", "许可证编号",
                                          "备注"};

Status write_keylist(XlsxWriter& w) {
  XJ_CHECK(w.add_sheet({"食品生产企业",
                        "湖南省市场监管重点领域企业清单（食品生产企业）",
                        kHeader,
                        {6, 40, 22, 20, 20}}));
  XJ_CHECK(w.write_row(
      {"1", "常德市武陵区潇湘食品有限公司", "91430702MACBXHUN4D", "SC10143070215630", ""}));
  XJ_CHECK(
      w.write_row({"2", "某某食品有限公司", "914309000000000000", "SC12943090286441", "备注"}));
  XJ_CHECK(w.add_sheet(
      {"特种设备获证企业", "湖南省市场监管重点领域企业清单（特种设备获证企业）", kHeader, {}}));
  return w.write_row(
      {"1", "长沙市芙蓉区潇湘特种设备有限公司", "91430102MAF6F8BN1J", "TS7017269-2026", ""});
}

TEST(XlsxWriter, OutputReadsBackAsTextCells) {
  const auto bytes = write_xlsx_bytes(write_keylist);
  ASSERT_TRUE(bytes) << bytes.error().message;

  auto zip = ZipArchive::open_bytes(*bytes);
  ASSERT_TRUE(zip);
  EXPECT_TRUE((*zip)->contains("xl/worksheets/sheet2.xml"));

  auto reader = XlsxReader::open_bytes(*bytes);
  ASSERT_TRUE(reader) << reader.error().message;
  const auto rows = test_files::read_all(**reader);
  ASSERT_TRUE(rows) << rows.error().message;
  ASSERT_EQ(rows->size(), 4u);
  EXPECT_EQ((*rows)[0].row_number, 1);
  EXPECT_EQ((*rows)[0].cells[0].text, "湖南省市场监管重点领域企业清单（食品生产企业）");
  EXPECT_EQ((*rows)[1].row_number, 2);
  EXPECT_EQ(test_files::texts((*rows)[1]), kHeader);
  EXPECT_EQ((*rows)[2].row_number, 3);
  EXPECT_THAT(
      test_files::texts((*rows)[3]),
      ElementsAre("2", "某某食品有限公司", "914309000000000000", "SC12943090286441", "备注"));
  for (const Cell& cell : (*rows)[3].cells) EXPECT_EQ(cell.type, CellType::text);
}

TEST(XlsxWriter, WritesToAFile) {
  const auto path = std::filesystem::temp_directory_path() / "xj-formats-writer-test.xlsx";
  {
    auto writer = XlsxWriter::create(path);
    ASSERT_TRUE(writer);
    ASSERT_TRUE(write_keylist(**writer));
    ASSERT_TRUE((*writer)->close());
  }
  auto reader = XlsxReader::open_file(path);
  ASSERT_TRUE(reader) << reader.error().message;
  const auto rows = test_files::read_all(**reader);
  std::filesystem::remove(path);
  ASSERT_TRUE(rows);
  EXPECT_EQ(rows->size(), 4u);
}

TEST(XlsxWriter, InvalidSheetNameIsBadRequest) {
  const auto bytes = write_xlsx_bytes([](XlsxWriter& w) {
    return w.add_sheet({"a/b", "", {}, {}});
  });
  ASSERT_FALSE(bytes);
  EXPECT_EQ(bytes.error().code, ErrorCode::bad_request);
}

}  // namespace
}  // namespace xj::formats
