#include "formats/text_decoder.h"

#include <gtest/gtest.h>

namespace xj::formats {
namespace {

TEST(TextDecoder, ParseEncoding) {
  EXPECT_EQ(parse_encoding(""), Encoding::detect);
  EXPECT_EQ(parse_encoding("UTF-8"), Encoding::utf8);
  EXPECT_EQ(parse_encoding("utf8"), Encoding::utf8);
  EXPECT_EQ(parse_encoding("GBK"), Encoding::gb18030);
  EXPECT_EQ(parse_encoding("gb18030"), Encoding::gb18030);
  const auto bad = parse_encoding("latin1");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, ErrorCode::bad_request);
}

TEST(TextDecoder, Utf8ValidationRejectsOverlongsAndSurrogates) {
  EXPECT_EQ(valid_utf8_prefix("ab中文"), 8u);
  EXPECT_EQ(valid_utf8_prefix("a\xC0\xAF"), 1u);          // overlong '/'
  EXPECT_EQ(valid_utf8_prefix("a\xED\xA0\x80"), 1u);      // surrogate
  EXPECT_EQ(valid_utf8_prefix("a\xF4\x90\x80\x80"), 1u);  // past U+10FFFF
  EXPECT_EQ(valid_utf8_prefix("a\xE4\xB8"), 1u);          // cut short
}

TEST(TextDecoder, DetectsUtf8AndGb18030) {
  TextDecoder utf8(Encoding::detect);
  std::string out;
  ASSERT_TRUE(utf8.decode("abc", out));
  EXPECT_EQ(utf8.encoding(), Encoding::detect);  // ASCII decides nothing
  ASSERT_TRUE(utf8.decode("中", out));
  EXPECT_EQ(utf8.encoding(), Encoding::utf8);
  EXPECT_EQ(out, "abc中");

  TextDecoder gb(Encoding::detect);
  out.clear();
  ASSERT_TRUE(gb.decode("\xD6\xD0", out));
  EXPECT_EQ(gb.encoding(), Encoding::gb18030);
  EXPECT_EQ(out, "中");
  EXPECT_TRUE(gb.finish());
}

TEST(TextDecoder, EndInsideACharacterFailsFinish) {
  TextDecoder gb(Encoding::gb18030);
  std::string out;
  ASSERT_TRUE(gb.decode("a\xD6", out));
  EXPECT_EQ(out, "a");
  EXPECT_FALSE(gb.finish());
}

}  // namespace
}  // namespace xj::formats
