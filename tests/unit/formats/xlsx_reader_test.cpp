#include "formats/xlsx_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "formats/xlsx_styles.h"
#include "test_files.h"

namespace xj::formats {
namespace {

using test_files::minimal_xlsx;
using test_files::texts;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

Result<std::vector<TableRow>> read_xlsx(std::string bytes) {
  XJ_TRY(std::unique_ptr<XlsxReader> reader, XlsxReader::open_bytes(std::move(bytes)));
  return test_files::read_all(*reader);
}

// Style 0: general; 1: built-in date 14; 2: custom yyyy"年"m"月"d"日"; 3: custom 0.00"d" (a
// number: the d is quoted).
const std::string kStyles =
    "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;"
    "d&quot;日&quot;\"/><numFmt numFmtId=\"165\" formatCode=\"0.00&quot;d&quot;\"/></numFmts>"
    "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
    "<xf numFmtId=\"165\"/></cellXfs>";

TEST(XlsxReader, CellsArePlacedByReference) {
  const auto rows = read_xlsx(minimal_xlsx(
      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c>"
      "<c r=\"C1\" t=\"inlineStr\"><is><t>c</t></is></c></row>"
      "<row r=\"5\"><c r=\"B5\" t=\"inlineStr\"><is><t>b</t></is></c><c t=\"inlineStr\"><is><t>"
      "next</t></is></c></row>"
      "<row r=\"6\"><c r=\"A6\" s=\"0\"/></row><row r=\"7\"/>"));
  ASSERT_TRUE(rows) << rows.error().message;
  ASSERT_EQ(rows->size(), 3u);  // row 7 has no cells
  EXPECT_THAT(texts((*rows)[0]), ElementsAre("a", "", "c"));
  EXPECT_EQ((*rows)[1].row_number, 5);
  EXPECT_THAT(texts((*rows)[1]), ElementsAre("", "b", "next"));
  EXPECT_EQ((*rows)[2].row_number, 6);
  EXPECT_THAT(texts((*rows)[2]), ElementsAre(""));
}

TEST(XlsxReader, SharedStringsJoinRunsAndDropPhonetics) {
  const auto rows = read_xlsx(
      minimal_xlsx("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                   "<c r=\"C1\" t=\"s\"><v>2</v></c></row>",
                   "<si><t>plain &amp; &lt;simple&gt;</t></si>"
                   "<si><r><rPr><b/></rPr><t>湖南</t></r><r><t xml:space=\"preserve\"> 长沙</t></r>"
                   "<rPh sb=\"0\" eb=\"1\"><t>フリガナ</t></rPh></si>"
                   "<si><t>a_x000D_b_x005F_x</t></si>"));
  ASSERT_TRUE(rows) << rows.error().message;
  EXPECT_THAT(texts((*rows)[0]), ElementsAre("plain & <simple>", "湖南 长沙", "a\rb_x"));
}

TEST(XlsxReader, NumbersKeepTheirTextAndDateStylesMakeDates) {
  const auto rows = read_xlsx(minimal_xlsx(
      "<row r=\"2\"><c r=\"A2\"><v>9.14309E+17</v></c><c r=\"B2\" s=\"1\"><v>45852</v></c>"
      "<c r=\"C2\" s=\"2\" t=\"n\"><v>45852.5</v></c><c r=\"D2\" s=\"3\"><v>1.5</v></c>"
      "<c r=\"E2\" t=\"b\"><v>1</v></c><c r=\"F2\" t=\"str\"><f>A1</f><v>公式</v></c>"
      "<c r=\"G2\" t=\"e\"><v>#N/A</v></c></row>",
      "", kStyles));
  ASSERT_TRUE(rows) << rows.error().message;
  const auto& cells = (*rows)[0].cells;
  ASSERT_EQ(cells.size(), 7u);
  EXPECT_EQ(cells[0].type, CellType::number);  // a USCC typed into Excel as a number
  EXPECT_EQ(cells[0].text, "9.14309E+17");
  EXPECT_EQ(cells[1].type, CellType::date);
  EXPECT_EQ(cells[1].text, "45852");
  EXPECT_EQ(cells[2].type, CellType::date);
  EXPECT_EQ(cells[2].text, "45852.5");
  EXPECT_EQ(cells[3].type, CellType::number);
  EXPECT_EQ(cells[4].type, CellType::boolean);
  EXPECT_EQ(cells[4].text, "TRUE");
  EXPECT_EQ(cells[5].type, CellType::text);
  EXPECT_EQ(cells[5].text, "公式");
  EXPECT_EQ(cells[6].text, "#N/A");
}

TEST(XlsxReader, Date1904SerialsBecome1900Serials) {
  const auto rows = read_xlsx(
      minimal_xlsx("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>44390</v></c></row>", "", kStyles, true));
  ASSERT_TRUE(rows) << rows.error().message;
  EXPECT_EQ((*rows)[0].cells[0].type, CellType::date);
  EXPECT_EQ((*rows)[0].cells[0].text, "45852");
}

TEST(XlsxReader, PrefixedElementsAreRead) {
  const std::string sheet =
      "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>前缀</x:t></x:is></x:c></x:row>";
  const auto rows = read_xlsx(minimal_xlsx(sheet));
  ASSERT_TRUE(rows) << rows.error().message;
  EXPECT_THAT(texts((*rows)[0]), ElementsAre("前缀"));
}

TEST(XlsxReader, TheFirstSheetInTabOrderIsRead) {
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  const auto sheet = [](const std::string& text) {
    return std::string("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>") +
           text + "</t></is></c></row></sheetData></worksheet>";
  };
  const std::string bytes = test_files::zip_bytes(
      {{"xl/workbook.xml",
        std::string("<workbook ") + test_files::kMainNs +
            "><sheets><sheet name=\"chart\" r:id=\"rId3\"/><sheet name=\"second\" r:id=\"rId2\"/>"
            "<sheet name=\"first\" r:id=\"rId1\"/></sheets></workbook>"},
       {"xl/_rels/workbook.xml.rels",
        "<Relationships><Relationship Id=\"rId1\" Type=\"" + rel +
            "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" +
            rel +
            "worksheet\" Target=\"worksheets/sheet2.xml\"/><Relationship Id=\"rId3\" Type=\"" +
            rel + "chartsheet\" Target=\"chartsheets/sheet1.xml\"/></Relationships>"},
       {"xl/worksheets/sheet1.xml", sheet("file one")},
       {"xl/worksheets/sheet2.xml", sheet("tab one")}});
  const auto rows = read_xlsx(bytes);
  ASSERT_TRUE(rows) << rows.error().message;
  EXPECT_THAT(texts((*rows)[0]), ElementsAre("tab one"));
}

TEST(XlsxReader, NotAZipIsBadRequest) {
  const auto reader = XlsxReader::open_bytes("领域,企业名称\n");
  ASSERT_FALSE(reader);
  EXPECT_EQ(reader.error().code, ErrorCode::bad_request);
}

TEST(XlsxReader, TruncatedWorkbookIsBadRequest) {
  std::string bytes = test_files::read_file(test_files::fixtures_dir() / "keylist-sample.xlsx");
  bytes.resize(bytes.size() / 2);
  const auto reader = XlsxReader::open_bytes(bytes);
  ASSERT_FALSE(reader);
  EXPECT_EQ(reader.error().code, ErrorCode::bad_request);
}

TEST(XlsxReader, MissingPartIsBadRequestNamingIt) {
  const auto reader = XlsxReader::open_bytes(test_files::zip_bytes({{"hello.txt", "hi"}}));
  ASSERT_FALSE(reader);
  EXPECT_EQ(reader.error().code, ErrorCode::bad_request);
  EXPECT_THAT(reader.error().message, HasSubstr("xl/_rels/workbook.xml.rels"));
}

TEST(XlsxReader, BadSharedStringIndexIsBadRequestNamingTheRow) {
  const auto rows =
      read_xlsx(minimal_xlsx("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                             "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>",
                             "<si><t>only</t></si>"));
  ASSERT_FALSE(rows);
  EXPECT_EQ(rows.error().code, ErrorCode::bad_request);
  EXPECT_THAT(rows.error().message, HasSubstr("第 2 行"));
}

TEST(XlsxReader, MalformedSheetIsBadRequest) {
  // An attribute quote that never closes; an entity XML does not define.
  for (const std::string sheet :
       {"<row r=\"1\"><c r=\"A1", "<row><c t=\"inlineStr\"><is><t>&nbsp;"}) {
    const auto rows = read_xlsx(minimal_xlsx(sheet));
    ASSERT_FALSE(rows) << sheet;
    EXPECT_EQ(rows.error().code, ErrorCode::bad_request);
  }
}

TEST(XlsxStyles, DateFormats) {
  EXPECT_TRUE(is_date_format(14, ""));
  EXPECT_TRUE(is_date_format(22, ""));
  EXPECT_TRUE(is_date_format(31, ""));  // yyyy"年"m"月"d"日" in Chinese Excel
  EXPECT_TRUE(is_date_format(47, ""));
  EXPECT_FALSE(is_date_format(0, ""));
  EXPECT_FALSE(is_date_format(4, ""));
  EXPECT_FALSE(is_date_format(49, ""));  // @, text
  EXPECT_TRUE(is_date_format(165, "yyyy\\-mm\\-dd"));
  EXPECT_TRUE(is_date_format(166, "[$-804]yyyy\"年\"m\"月\";@"));
  EXPECT_TRUE(is_date_format(167, "h:mm AM/PM"));
  EXPECT_FALSE(is_date_format(164, "General"));
  EXPECT_FALSE(is_date_format(168, "#,##0.00\"元\";[Red]-#,##0.00\"元\""));
  EXPECT_FALSE(is_date_format(169, "0.00_d"));
  EXPECT_FALSE(is_date_format(170, "0\\d"));
}

}  // namespace
}  // namespace xj::formats
