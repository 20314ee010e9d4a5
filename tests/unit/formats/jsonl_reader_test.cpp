#include "formats/jsonl_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

namespace xj::formats {
namespace {

std::vector<JsonLine> read_lines(const std::string& text, JsonlOptions options = {}) {
  std::istringstream in(text);
  JsonlReader reader(in, options);
  std::vector<JsonLine> lines;
  while (true) {
    auto line = reader.next();
    EXPECT_TRUE(line);
    if (!line || !*line) return lines;
    lines.push_back(std::move(**line));
  }
}

class JsonlChunks : public ::testing::TestWithParam<std::size_t> {};

INSTANTIATE_TEST_SUITE_P(ChunkSizes, JsonlChunks, ::testing::Values(1, 7, 64 * 1024));

TEST_P(JsonlChunks, ObjectsAndBadLinesWithLineNumbers) {
  const auto lines = read_lines(
      "\xEF\xBB\xBF{\"uscc\":\"91430702MACBXHUN4D\",\"name\":\"潇湘食品\"}\r\n"
      "\n"
      "   \n"
      "[1,2]\n"
      "{\"uscc\": \n"
      "{\"bad\":\"\xD6\xD0\"}\n"
      "{\"last\":true}",
      JsonlOptions{GetParam(), 1 << 20});
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0].line_number, 1);
  ASSERT_TRUE(lines[0].object);
  EXPECT_EQ((*lines[0].object)["name"], "潇湘食品");
  EXPECT_EQ(lines[1].line_number, 4);
  EXPECT_FALSE(lines[1].object);
  EXPECT_THAT(lines[1].error, ::testing::HasSubstr("JSON 对象"));
  EXPECT_EQ(lines[2].line_number, 5);
  EXPECT_FALSE(lines[2].object);
  EXPECT_THAT(lines[2].error, ::testing::HasSubstr("not valid JSON"));
  EXPECT_EQ(lines[3].line_number, 6);
  EXPECT_THAT(lines[3].error, ::testing::HasSubstr("UTF-8"));
  EXPECT_EQ(lines[4].line_number, 7);
  ASSERT_TRUE(lines[4].object);
  EXPECT_EQ((*lines[4].object)["last"], true);
}

TEST(JsonlReader, OverlongLineIsReportedAndReadingGoesOn) {
  const auto lines =
      read_lines("{\"a\":\"" + std::string(500, 'x') + "\"}\n{\"b\":1}\n", JsonlOptions{16, 100});
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_FALSE(lines[0].object);
  EXPECT_THAT(lines[0].error, ::testing::HasSubstr("行过长"));
  EXPECT_EQ(lines[1].line_number, 2);
  EXPECT_TRUE(lines[1].object);
}

TEST(JsonlReader, EmptyInputHasNoLines) { EXPECT_TRUE(read_lines("").empty()); }

}  // namespace
}  // namespace xj::formats
