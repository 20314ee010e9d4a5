#include "core/date.h"

#include <gtest/gtest.h>

#include <limits>

namespace xj::core {
namespace {

Date ymd(int y, int m, int d) {
  auto date = Date::from_ymd(y, m, d);
  EXPECT_TRUE(date) << y << "-" << m << "-" << d;
  return date.value_or(Date());
}

std::string parsed(std::string_view raw) {
  auto d = parse_date(raw);
  return d ? d->to_string() : "error: " + d.error().message;
}

TEST(Date, RoundTripsCivilFields) {
  const Date d = ymd(2024, 3, 5);
  EXPECT_EQ(d.year(), 2024);
  EXPECT_EQ(d.month(), 3);
  EXPECT_EQ(d.day(), 5);
  EXPECT_EQ(d.days_since_epoch(), 19787);
  EXPECT_EQ(d.to_string(), "2024-03-05");
  EXPECT_EQ(Date().to_string(), "1970-01-01");
  EXPECT_EQ(Date::from_days(-1).to_string(), "1969-12-31");
  EXPECT_EQ(ymd(1, 1, 1).to_string(), "0001-01-01");
  EXPECT_EQ(ymd(9999, 12, 31).to_string(), "9999-12-31");
}

TEST(Date, EveryDayOfFourHundredYearsRoundTrips) {
  for (std::int64_t n = days_between(Date(), ymd(1900, 1, 1));
       n <= days_between(Date(), ymd(2300, 12, 31)); ++n) {
    const Date d = Date::from_days(n);
    ASSERT_EQ(Date::from_ymd(d.year(), d.month(), d.day()), d) << n;
  }
}

TEST(Date, FromYmdRejectsImpossibleDays) {
  EXPECT_FALSE(Date::from_ymd(2023, 2, 29));
  EXPECT_TRUE(Date::from_ymd(2024, 2, 29));
  EXPECT_FALSE(Date::from_ymd(1900, 2, 29));  // not a leap year
  EXPECT_TRUE(Date::from_ymd(2000, 2, 29));   // divisible by 400
  EXPECT_FALSE(Date::from_ymd(2024, 4, 31));
  EXPECT_FALSE(Date::from_ymd(2024, 13, 1));
  EXPECT_FALSE(Date::from_ymd(2024, 0, 1));
  EXPECT_FALSE(Date::from_ymd(2024, 1, 0));
  EXPECT_FALSE(Date::from_ymd(0, 1, 1));
  EXPECT_FALSE(Date::from_ymd(10000, 1, 1));
}

TEST(Date, ComparesChronologically) {
  EXPECT_LT(ymd(2024, 12, 31), ymd(2025, 1, 1));
  EXPECT_EQ(ymd(2024, 3, 5), ymd(2024, 3, 5));
  EXPECT_GT(ymd(2024, 3, 6), ymd(2024, 3, 5));
}

TEST(Date, IsoWeekday) {
  EXPECT_EQ(iso_weekday(ymd(1970, 1, 1)), 4);   // Thursday
  EXPECT_EQ(iso_weekday(ymd(2024, 3, 4)), 1);   // Monday
  EXPECT_EQ(iso_weekday(ymd(2024, 3, 10)), 7);  // Sunday
  EXPECT_EQ(iso_weekday(ymd(1969, 12, 28)), 7);
}

TEST(ParseDate, EveryTextForm) {
  EXPECT_EQ(parsed("2024-03-05"), "2024-03-05");
  EXPECT_EQ(parsed("2024/3/5"), "2024-03-05");
  EXPECT_EQ(parsed("2024/03/5"), "2024-03-05");
  EXPECT_EQ(parsed("2024.03.05"), "2024-03-05");
  EXPECT_EQ(parsed("2024.3.05"), "2024-03-05");
  EXPECT_EQ(parsed("2024年3月5日"), "2024-03-05");
  EXPECT_EQ(parsed("2024年03月05日"), "2024-03-05");
  EXPECT_EQ(parsed("2024-3-5"), "2024-03-05");
}

TEST(ParseDate, TrimsAndAcceptsFullWidthDigits) {
  EXPECT_EQ(parsed(" \xE3\x80\x80２０２４年３月５日 "), "2024-03-05");
  EXPECT_EQ(parsed("２０２４-０３-０５"), "2024-03-05");
  EXPECT_EQ(parsed("４５３５６"), "2024-03-05");
}

TEST(ParseDate, ExcelSerials) {
  EXPECT_EQ(parsed("45356"), "2024-03-05");
  EXPECT_EQ(parsed("45356.75"), "2024-03-05");  // the time of day is dropped
  EXPECT_EQ(parsed("1"), "1900-01-01");
  EXPECT_EQ(parsed("59"), "1900-02-28");
  EXPECT_EQ(parsed("61"), "1900-03-01");
  EXPECT_EQ(parsed("2958465"), "9999-12-31");
  EXPECT_EQ(parsed("45292"), "2024-01-01");
}

TEST(ExcelSerial, FromDouble) {
  auto d = date_from_excel_serial(45356.0);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->to_string(), "2024-03-05");
  auto noon = date_from_excel_serial(45356.5);
  ASSERT_TRUE(noon);
  EXPECT_EQ(*noon, *d);
  EXPECT_FALSE(date_from_excel_serial(60));  // Excel's phantom 1900-02-29
  EXPECT_FALSE(date_from_excel_serial(0));
  EXPECT_FALSE(date_from_excel_serial(-5));
  EXPECT_FALSE(date_from_excel_serial(2958466));
  EXPECT_FALSE(date_from_excel_serial(std::numeric_limits<double>::quiet_NaN()));
  EXPECT_FALSE(date_from_excel_serial(std::numeric_limits<double>::infinity()));
}

TEST(ParseDate, RejectsBadInput) {
  for (const char* bad : {"",
                          "   ",
                          "2024-02-30",
                          "2023-02-29",
                          "2024-13-01",
                          "2024-00-10",
                          "2024-03-00",
                          "2024-03/05",
                          "2024/03-05",
                          "24-03-05",
                          "2024-003-05",
                          "2024-03-005",
                          "2024年3月5",
                          "2024年3-5日",
                          "2024-03-05x",
                          "x2024-03-05",
                          "2024-03-05 10:00",
                          "60",
                          "0",
                          "-45356",
                          "20240305",
                          "45356.",
                          ".5",
                          "1e5",
                          "45,356",
                          "三月五日",
                          "2024—03—05"}) {
    auto d = parse_date(bad, "decided_on");
    ASSERT_FALSE(d) << bad << " parsed as " << d->to_string();
    EXPECT_EQ(d.error().code, ErrorCode::validation_failed);
    ASSERT_EQ(d.error().details.size(), 1u);
    EXPECT_EQ(d.error().details[0].code, "invalid_date");
    EXPECT_EQ(d.error().details[0].field, "decided_on");
  }
}

TEST(Arithmetic, AddDaysAndDaysBetween) {
  EXPECT_EQ(add_days(ymd(2024, 2, 28), 1), ymd(2024, 2, 29));
  EXPECT_EQ(add_days(ymd(2024, 2, 29), 1), ymd(2024, 3, 1));
  EXPECT_EQ(add_days(ymd(2024, 12, 31), 1), ymd(2025, 1, 1));
  EXPECT_EQ(add_days(ymd(2024, 1, 1), -1), ymd(2023, 12, 31));
  EXPECT_EQ(days_between(ymd(2024, 1, 1), ymd(2025, 1, 1)), 366);
  EXPECT_EQ(days_between(ymd(2025, 1, 1), ymd(2026, 1, 1)), 365);
  EXPECT_EQ(days_between(ymd(2025, 1, 1), ymd(2024, 1, 1)), -366);
}

TEST(Arithmetic, AddMonthsClampsToMonthEnd) {
  EXPECT_EQ(add_months(ymd(2024, 11, 30), 3), ymd(2025, 2, 28));  // domain-rules preamble
  EXPECT_EQ(add_months(ymd(2023, 11, 30), 3), ymd(2024, 2, 29));
  EXPECT_EQ(add_months(ymd(2024, 1, 31), 1), ymd(2024, 2, 29));
  EXPECT_EQ(add_months(ymd(2024, 1, 31), 3), ymd(2024, 4, 30));
  EXPECT_EQ(add_months(ymd(2024, 3, 5), 3), ymd(2024, 6, 5));
  EXPECT_EQ(add_months(ymd(2024, 10, 15), 3), ymd(2025, 1, 15));
  EXPECT_EQ(add_months(ymd(2024, 12, 31), 12), ymd(2025, 12, 31));
  EXPECT_EQ(add_months(ymd(2024, 3, 31), -1), ymd(2024, 2, 29));
  EXPECT_EQ(add_months(ymd(2024, 1, 15), -1), ymd(2023, 12, 15));
  EXPECT_EQ(add_months(ymd(2024, 1, 15), -13), ymd(2022, 12, 15));
  EXPECT_EQ(add_months(ymd(2024, 5, 20), 0), ymd(2024, 5, 20));
}

TEST(Arithmetic, AddYearsClampsLeapDay) {
  EXPECT_EQ(add_years(ymd(2024, 2, 29), 1), ymd(2025, 2, 28));
  EXPECT_EQ(add_years(ymd(2024, 2, 29), 4), ymd(2028, 2, 29));
  EXPECT_EQ(add_years(ymd(2024, 2, 29), -1), ymd(2023, 2, 28));
  EXPECT_EQ(add_years(ymd(2024, 3, 5), 3), ymd(2027, 3, 5));
}

}  // namespace
}  // namespace xj::core
