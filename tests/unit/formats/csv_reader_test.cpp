#include "formats/csv_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "test_files.h"

namespace xj::formats {
namespace {

using test_files::texts;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

Result<std::vector<TableRow>> read_csv(const std::string& bytes, CsvOptions options = {}) {
  std::istringstream in(bytes);
  CsvReader reader(in, options);
  return test_files::read_all(reader);
}

// Every test runs with chunks small enough to cut quotes, CRLFs and characters apart.
class CsvChunks : public ::testing::TestWithParam<std::size_t> {
 protected:
  CsvOptions options(Encoding encoding = Encoding::detect) const {
    return CsvOptions{encoding, GetParam(), 16 * 1024 * 1024};
  }
};

INSTANTIATE_TEST_SUITE_P(ChunkSizes, CsvChunks, ::testing::Values(1, 2, 3, 5, 64 * 1024));

TEST_P(CsvChunks, QuotedFieldsHoldCommasQuotesAndLineBreaks) {
  const auto rows = read_csv(
      "a,b,c\r\n"
      "\"x,y\",\"say \"\"hi\"\"\",\"line1\r\nline2\"\r\n"
      "\"\",,last\r\n",
      options());
  ASSERT_TRUE(rows) << rows.error().message;
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_THAT(texts((*rows)[1]), ElementsAre("x,y", "say \"hi\"", "line1\r\nline2"));
  EXPECT_THAT(texts((*rows)[2]), ElementsAre("", "", "last"));
  // The two-line cell is one spreadsheet row.
  EXPECT_EQ((*rows)[1].row_number, 2);
  EXPECT_EQ((*rows)[2].row_number, 3);
}

TEST_P(CsvChunks, LineEndingsAreEquivalent) {
  for (const std::string eol : {"\n", "\r\n", "\r"}) {
    const auto rows = read_csv("h1,h2" + eol + "1,2" + eol + "3,4", options());
    ASSERT_TRUE(rows) << rows.error().message;
    ASSERT_EQ(rows->size(), 3u) << "eol size " << eol.size();
    EXPECT_THAT(texts((*rows)[2]), ElementsAre("3", "4"));
    EXPECT_EQ((*rows)[2].row_number, 3);
  }
}

TEST_P(CsvChunks, EmptyLinesAreCountedButNotProduced) {
  const auto rows = read_csv("h\n\n\r\nx\n,\n", options());
  ASSERT_TRUE(rows) << rows.error().message;
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[1].row_number, 4);
  EXPECT_THAT(texts((*rows)[1]), ElementsAre("x"));
  EXPECT_EQ((*rows)[2].row_number, 5);  // "," is a row of two empty cells
  EXPECT_THAT(texts((*rows)[2]), ElementsAre("", ""));
}

TEST_P(CsvChunks, TrailingCommaGivesAnEmptyLastField) {
  const auto rows = read_csv("a,\nb,", options());
  ASSERT_TRUE(rows) << rows.error().message;
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_THAT(texts((*rows)[0]), ElementsAre("a", ""));
  EXPECT_THAT(texts((*rows)[1]), ElementsAre("b", ""));
}

TEST_P(CsvChunks, StrayQuotesAreKeptAsExcelDoes) {
  const auto rows = read_csv("ab\"c,\"d\"e\n", options());
  ASSERT_TRUE(rows) << rows.error().message;
  EXPECT_THAT(texts((*rows)[0]), ElementsAre("ab\"c", "de"));
}

TEST_P(CsvChunks, UnclosedQuoteIsBadRequestNamingTheRow) {
  std::istringstream in("h\nok\n\"never closed\nmore\n");
  CsvReader reader(in, options());
  auto rows = test_files::read_all(reader);
  ASSERT_FALSE(rows);
  EXPECT_EQ(rows.error().code, ErrorCode::bad_request);
  EXPECT_THAT(rows.error().message, HasSubstr("第 3 行"));
  // The reader stays failed.
  const auto again = reader.next();
  ASSERT_FALSE(again);
  EXPECT_THAT(again.error().message, HasSubstr("第 3 行"));
}

TEST_P(CsvChunks, Utf8BomIsDropped) {
  const auto rows = read_csv("\xEF\xBB\xBF领域,名称\n食品,甲\n", options());
  ASSERT_TRUE(rows) << rows.error().message;
  EXPECT_THAT(texts((*rows)[0]), ElementsAre("领域", "名称"));
  EXPECT_THAT(texts((*rows)[1]), ElementsAre("食品", "甲"));
}

TEST_P(CsvChunks, Gb18030CharactersCutByChunksAreDecoded) {
  // "中文,名称" in GB18030, then the four-byte GB18030 character U+3400 (0x8139EE39).
  const std::string gb = "\xD6\xD0\xCE\xC4,\xC3\xFB\xB3\xC6\n\x81\x39\xEE\x39,x\n";
  for (const Encoding encoding : {Encoding::detect, Encoding::gb18030}) {
    const auto rows = read_csv(gb, options(encoding));
    ASSERT_TRUE(rows) << rows.error().message;
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_THAT(texts((*rows)[0]), ElementsAre("中文", "名称"));
    EXPECT_THAT(texts((*rows)[1]), ElementsAre("\xE3\x90\x80", "x"));
  }
}

TEST_P(CsvChunks, DetectionWaitsPastAnAsciiHeader) {
  const auto rows = read_csv("name,uscc\nabc,1\n\xD6\xD0\xCE\xC4,2\n", options());
  ASSERT_TRUE(rows) << rows.error().message;
  EXPECT_THAT(texts((*rows)[2]), ElementsAre("中文", "2"));
}

TEST_P(CsvChunks, UndecodableTextIsBadRequestNamingTheRow) {
  // GB18030 bytes in a file forced to UTF-8.
  std::istringstream in("h\nok\n\xD6\xD0\xCE\xC4\n");
  CsvReader reader(in, options(Encoding::utf8));
  auto first = reader.next();
  ASSERT_TRUE(first && *first);
  auto second = reader.next();
  ASSERT_TRUE(second && *second);
  EXPECT_EQ((*second)->row_number, 2);
  auto third = reader.next();
  ASSERT_FALSE(third);
  EXPECT_EQ(third.error().code, ErrorCode::bad_request);
  EXPECT_THAT(third.error().message, HasSubstr("第 3 行"));

  // 0x81 0x20 is not GB18030.
  const auto gb = read_csv("h\nx\n\x81\x20y\n", options(Encoding::gb18030));
  ASSERT_FALSE(gb);
  EXPECT_THAT(gb.error().message, HasSubstr("第 3 行"));
}

TEST_P(CsvChunks, FileEndingInsideACharacterIsBadRequest) {
  const auto rows = read_csv("h\n\xE4\xB8", options(Encoding::utf8));
  ASSERT_FALSE(rows);
  EXPECT_EQ(rows.error().code, ErrorCode::bad_request);
  EXPECT_THAT(rows.error().message, HasSubstr("第 2 行"));
}

TEST(CsvReader, RowLongerThanTheLimitIsBadRequest) {
  const auto rows =
      read_csv("h\n\"" + std::string(1000, 'x'), CsvOptions{Encoding::detect, 64, 100});
  ASSERT_FALSE(rows);
  EXPECT_THAT(rows.error().message, HasSubstr("第 2 行"));
}

TEST(CsvReader, EmptyInputHasNoRows) {
  const auto rows = read_csv("");
  ASSERT_TRUE(rows);
  EXPECT_TRUE(rows->empty());
}

}  // namespace
}  // namespace xj::formats
