#include "core/text.h"

#include <gtest/gtest.h>

namespace xj::core {
namespace {

TEST(Trim, RemovesAsciiAndIdeographicSpaces) {
  EXPECT_EQ(trim("  \t91\r\n"), "91");
  EXPECT_EQ(trim("\xE3\x80\x80 91 \xE3\x80\x80\xE3\x80\x80"), "91");
  EXPECT_EQ(trim("9 1"), "9 1");  // inner spaces stay
  EXPECT_EQ(trim(""), "");
  EXPECT_EQ(trim("\xE3\x80\x80"), "");
}

TEST(Trim, KeepsOtherMultibyteCharacters) {
  EXPECT_EQ(trim(" 长沙 "), "长沙");
  // U+3001 (、) shares the first two bytes with U+3000 and must survive.
  EXPECT_EQ(trim("\xE3\x80\x81"), "\xE3\x80\x81");
}

TEST(ToHalfWidth, MapsDigitsAndLetters) {
  EXPECT_EQ(to_half_width("０１２３４５６７８９"), "0123456789");
  EXPECT_EQ(to_half_width("ＡＢＹＺ"), "ABYZ");
  EXPECT_EQ(to_half_width("ａｂｙｚ"), "abyz");
  EXPECT_EQ(to_half_width("９１４３ＭＡ"), "9143MA");
}

TEST(ToHalfWidth, LeavesEverythingElse) {
  // Full-width punctuation (U+FF0C ，, U+FF1A ：, U+FF3B ［, U+FF40 ｀, U+FF5B ｛) is not a code
  // character; Chinese text and truncated sequences pass through.
  EXPECT_EQ(to_half_width("，：［｀｛"), "，：［｀｛");
  EXPECT_EQ(to_half_width("年月日"), "年月日");
  EXPECT_EQ(to_half_width("9\xEF\xBC"), "9\xEF\xBC");
}

TEST(NormalizeCode, TrimsWidensAndUpperCases) {
  EXPECT_EQ(normalize_code("\xE3\x80\x80 ９１ｑｘ sc "), "91QX SC");  // inner space kept
  EXPECT_EQ(normalize_value(" ５万元 "), "5万元");
  EXPECT_EQ(to_upper_ascii("abc长z"), "ABC长Z");
}

}  // namespace
}  // namespace xj::core
