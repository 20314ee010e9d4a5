#include "core/money.h"

#include <gtest/gtest.h>

#include <limits>

namespace xj::core {
namespace {

std::int64_t fen(std::string_view raw) {
  auto m = Money::parse(raw);
  EXPECT_TRUE(m) << raw << ": " << (m ? "" : m.error().message);
  return m ? m->fen() : -1;
}

TEST(MoneyParse, PlainAndDecimalYuan) {
  EXPECT_EQ(fen("50000"), 5000000);
  EXPECT_EQ(fen("50000.5"), 5000050);
  EXPECT_EQ(fen("50000.05"), 5000005);
  EXPECT_EQ(fen("0"), 0);
  EXPECT_EQ(fen("0.01"), 1);
  EXPECT_EQ(fen("007"), 700);
}

TEST(MoneyParse, ThousandsSeparators) {
  EXPECT_EQ(fen("50,000.00"), 5000000);
  EXPECT_EQ(fen("1,234,567.89"), 123456789);
  EXPECT_EQ(fen("999"), 99900);
}

TEST(MoneyParse, WanAndYuanSuffixes) {
  EXPECT_EQ(fen("5万"), 5000000);
  EXPECT_EQ(fen("5万元"), 5000000);
  EXPECT_EQ(fen("1.5万"), 1500000);
  EXPECT_EQ(fen("1.234567万"), 1234567);
  EXPECT_EQ(fen("300元"), 30000);
  EXPECT_EQ(fen("50,000.00元"), 5000000);
}

TEST(MoneyParse, TrimsAndAcceptsFullWidthDigits) {
  EXPECT_EQ(fen(" ５万元\xE3\x80\x80"), 5000000);
  EXPECT_EQ(fen("５００００"), 5000000);
}

TEST(MoneyParse, RejectsWithInvalidAmount) {
  for (const char* bad :
       {"",       " ",  "-5", "+5",    "-0.5",  "5.001", "1.2345678万",    "abc",          "5块",
        "五万",   "元", "万", "5万万", "5元万", "1,23",  "12,3456",        ",123",         "123,",
        "1,,234", "5.", ".5", "5.5.5", "1e5",   "5 000", "10000000000000", "1000000000万", "¥50"}) {
    auto m = Money::parse(bad, "fine_yuan");
    ASSERT_FALSE(m) << bad << " parsed as " << m->fen();
    EXPECT_EQ(m.error().code, ErrorCode::validation_failed);
    ASSERT_EQ(m.error().details.size(), 1u);
    EXPECT_EQ(m.error().details[0].field, "fine_yuan");
    EXPECT_EQ(m.error().details[0].code, "invalid_amount");
  }
}

TEST(MoneyParse, LargestAcceptedAmount) {
  EXPECT_EQ(fen("9999999999999.99"), 999999999999999);
  EXPECT_EQ(fen("999999999.999999万"), 999999999999999);
}

TEST(MoneyFormat, YuanStrings) {
  EXPECT_EQ(Money::from_fen(5000000).to_yuan_string(), "50000");
  EXPECT_EQ(Money::from_fen(5000050).to_yuan_string(), "50000.5");
  EXPECT_EQ(Money::from_fen(5000005).to_yuan_string(), "50000.05");
  EXPECT_EQ(Money::from_fen(5).to_yuan_string(), "0.05");
  EXPECT_EQ(Money::from_fen(0).to_yuan_string(), "0");
  EXPECT_EQ(Money::from_fen(-320).to_yuan_string(), "-3.2");
  EXPECT_EQ(Money::from_fen(std::numeric_limits<std::int64_t>::min()).to_yuan_string(),
            "-92233720368547758.08");
  EXPECT_EQ(yuan_json_number(Money::from_fen(123456789)), "1234567.89");
}

TEST(MoneyFormat, ParseThenFormatIsExact) {
  // 0.1 + 0.2 style values that binary floating point cannot hold exactly.
  for (const char* text : {"0.1", "0.2", "0.3", "1234567.89", "9999999999999.99"}) {
    auto m = Money::parse(text);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->to_yuan_string(), text);
  }
  EXPECT_EQ((*Money::parse("0.1") + *Money::parse("0.2")).to_yuan_string(), "0.3");
}

TEST(Money, Compares) {
  EXPECT_LT(Money::from_fen(1), Money::from_fen(2));
  EXPECT_EQ(*Money::parse("5万"), *Money::parse("50,000.00"));
}

}  // namespace
}  // namespace xj::core
