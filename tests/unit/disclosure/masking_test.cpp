#include "disclosure/masking.h"

#include <gtest/gtest.h>

namespace xj::disclosure {
namespace {

TEST(Masking, MobileNumber) {
  EXPECT_EQ(mask_personal_data("联系电话13812341234。"), "联系电话138****1234。");
  EXPECT_EQ(mask_personal_data("19912345678"), "199****5678");
}

TEST(Masking, MobileNeedsSecondDigitThreeToNine) {
  EXPECT_EQ(mask_personal_data("编号12812341234"), "编号12812341234");
  EXPECT_EQ(mask_personal_data("编号23812341234"), "编号23812341234");
}

TEST(Masking, IdentityCardNumber) {
  EXPECT_EQ(mask_personal_data("身份证号430102199003071234，"), "身份证号430102********1234，");
  EXPECT_EQ(mask_personal_data("43010219900307123X"), "430102********123X");
  EXPECT_EQ(mask_personal_data("43010219900307123x"), "430102********123x");
}

TEST(Masking, SeveralInOneText) {
  EXPECT_EQ(mask_personal_data("张某（430102199003071234）电话13912345678、15012345678"),
            "张某（430102********1234）电话139****5678、150****5678");
}

TEST(Masking, LongerOrShorterDigitRunsAreUntouched) {
  EXPECT_EQ(mask_personal_data("4301021990030712345"), "4301021990030712345");  // 19 digits
  EXPECT_EQ(mask_personal_data("138123412345"), "138123412345");                // 12 digits
  EXPECT_EQ(mask_personal_data("1381234123"), "1381234123");                    // 10 digits
  EXPECT_EQ(mask_personal_data("罚款50000元"), "罚款50000元");
}

TEST(Masking, RunsInsideCodesAreUntouched) {
  // A licence number: letters and digits run together.
  EXPECT_EQ(mask_personal_data("许可证SC13843010200012"), "许可证SC13843010200012");
  EXPECT_EQ(mask_personal_data("A13812341234"), "A13812341234");
  EXPECT_EQ(mask_personal_data("13812341234B"), "13812341234B");
  EXPECT_EQ(mask_personal_data("43010219900307123XY"), "43010219900307123XY");
}

TEST(Masking, SeparatorsDelimitTokens) {
  EXPECT_EQ(mask_personal_data("tel:13812341234,"), "tel:138****1234,");
  EXPECT_EQ(mask_personal_data("0731-13812341234"), "0731-138****1234");
}

TEST(Masking, FullWidthDigitsAreMaskedToo) {
  EXPECT_EQ(mask_personal_data("电话１３８１２３４１２３４"), "电话１３８****１２３４");
}

TEST(Masking, Utf8PassesThrough) {
  const std::string text = "违法事实：该公司生产经营超过保质期的食品。𠀀";
  EXPECT_EQ(mask_personal_data(text), text);
  EXPECT_EQ(mask_personal_data(""), "");
  // A truncated multi-byte sequence at the end is copied, not read past.
  EXPECT_EQ(mask_personal_data("13812341234\xE5\x8F"), "138****1234\xE5\x8F");
}

}  // namespace
}  // namespace xj::disclosure
