#include "core/working_days.h"

#include <gtest/gtest.h>

#include "core/config_dir.h"

namespace xj::core {
namespace {

Date ymd(int y, int m, int d) { return *Date::from_ymd(y, m, d); }

class ShippedCalendar : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = WorkingCalendar::load(config_dir() / "holidays");
    ASSERT_TRUE(loaded) << loaded.error().message;
    calendar_ = std::move(*loaded);
  }
  WorkingCalendar calendar_;
};

TEST_F(ShippedCalendar, CoversTheShippedYears) {
  EXPECT_TRUE(calendar_.covers(2024));
  EXPECT_TRUE(calendar_.covers(2025));
  EXPECT_TRUE(calendar_.covers(2026));
  EXPECT_FALSE(calendar_.covers(2023));
}

TEST_F(ShippedCalendar, HolidaysAreNotWorkingDays) {
  EXPECT_FALSE(calendar_.is_working_day(ymd(2024, 1, 1)));   // 元旦, Monday
  EXPECT_FALSE(calendar_.is_working_day(ymd(2024, 2, 12)));  // 春节, Monday
  EXPECT_FALSE(calendar_.is_working_day(ymd(2024, 10, 7)));  // 国庆, Monday
  EXPECT_FALSE(calendar_.is_working_day(ymd(2025, 10, 8)));  // 国庆+中秋, Wednesday
  EXPECT_FALSE(calendar_.is_working_day(ymd(2025, 6, 2)));   // 端午, Monday
  EXPECT_FALSE(calendar_.is_working_day(ymd(2026, 2, 23)));  // 春节, Monday
}

TEST_F(ShippedCalendar, MakeUpWeekendsAreWorkingDays) {
  // 调休上班
  EXPECT_TRUE(calendar_.is_working_day(ymd(2024, 2, 4)));    // Sunday
  EXPECT_TRUE(calendar_.is_working_day(ymd(2024, 2, 18)));   // Sunday
  EXPECT_TRUE(calendar_.is_working_day(ymd(2024, 4, 7)));    // Sunday
  EXPECT_TRUE(calendar_.is_working_day(ymd(2024, 5, 11)));   // Saturday
  EXPECT_TRUE(calendar_.is_working_day(ymd(2024, 9, 14)));   // Saturday
  EXPECT_TRUE(calendar_.is_working_day(ymd(2024, 10, 12)));  // Saturday
  EXPECT_TRUE(calendar_.is_working_day(ymd(2025, 1, 26)));   // Sunday
  EXPECT_TRUE(calendar_.is_working_day(ymd(2025, 9, 28)));   // Sunday
}

TEST_F(ShippedCalendar, OrdinaryWeekdaysAndWeekends) {
  EXPECT_TRUE(calendar_.is_working_day(ymd(2024, 3, 5)));    // Tuesday
  EXPECT_FALSE(calendar_.is_working_day(ymd(2024, 3, 9)));   // Saturday
  EXPECT_FALSE(calendar_.is_working_day(ymd(2024, 3, 10)));  // Sunday
}

TEST_F(ShippedCalendar, AddWorkingDaysSkipsTheNationalDayBreak) {
  // Friday 2024-09-27 → Sunday 09-29 (调休) → break 10-01..07 → Tuesday 10-08.
  EXPECT_EQ(calendar_.add_working_days(ymd(2024, 9, 27), 1), ymd(2024, 9, 29));
  EXPECT_EQ(calendar_.add_working_days(ymd(2024, 9, 27), 2), ymd(2024, 9, 30));
  EXPECT_EQ(calendar_.add_working_days(ymd(2024, 9, 27), 3), ymd(2024, 10, 8));
  EXPECT_EQ(calendar_.add_working_days(ymd(2024, 10, 8), 0), ymd(2024, 10, 8));
  EXPECT_EQ(calendar_.add_working_days(ymd(2024, 10, 8), -1), ymd(2024, 9, 30));
  EXPECT_EQ(calendar_.add_working_days(ymd(2024, 10, 1), -2), ymd(2024, 9, 29));
}

TEST_F(ShippedCalendar, AddWorkingDaysOverSpringFestival2025) {
  // Friday 2025-01-24: Sunday 01-26 works, 01-27 Monday, then 01-28..02-04 off, 02-05 Wednesday.
  EXPECT_EQ(calendar_.add_working_days(ymd(2025, 1, 24), 2), ymd(2025, 1, 27));
  EXPECT_EQ(calendar_.add_working_days(ymd(2025, 1, 24), 3), ymd(2025, 2, 5));
  // 02-05, 06, 07, Saturday 02-08 (调休), then Monday 02-10.
  EXPECT_EQ(calendar_.add_working_days(ymd(2025, 1, 24), 7), ymd(2025, 2, 10));
}

TEST_F(ShippedCalendar, WorkingDaysBetween) {
  EXPECT_EQ(calendar_.working_days_between(ymd(2024, 9, 27), ymd(2024, 10, 8)), 3);
  EXPECT_EQ(calendar_.working_days_between(ymd(2024, 10, 8), ymd(2024, 9, 27)), -3);
  EXPECT_EQ(calendar_.working_days_between(ymd(2024, 3, 5), ymd(2024, 3, 5)), 0);
  // 2024: 366 days, 104 weekend days, 19 weekday holidays, 8 make-up days → 251 working days.
  EXPECT_EQ(calendar_.working_days_between(ymd(2023, 12, 31), ymd(2024, 12, 31)), 251);
  // 2025: 365 − 104 − 18 + 5 = 248.
  EXPECT_EQ(calendar_.working_days_between(ymd(2024, 12, 31), ymd(2025, 12, 31)), 248);
  const Date from = ymd(2024, 4, 26);
  for (int n = 0; n < 30; ++n) {
    const Date to = calendar_.add_working_days(from, n);
    EXPECT_EQ(calendar_.working_days_between(from, to), n) << n;
  }
}

TEST_F(ShippedCalendar, CoverageWarningsForYearsWithoutAFile) {
  EXPECT_TRUE(calendar_.coverage_warnings(ymd(2024, 12, 1), ymd(2026, 1, 15)).empty());
  const auto warnings = calendar_.coverage_warnings(ymd(2027, 2, 1), ymd(2025, 12, 20));
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].code, "holiday_calendar_missing");
  EXPECT_NE(warnings[0].message.find("2027"), std::string::npos);
}

TEST(WorkingCalendar, WithoutSchedulesFallsBackToMondayToFriday) {
  const WorkingCalendar calendar;
  EXPECT_TRUE(calendar.is_working_day(ymd(2030, 10, 1)));   // Tuesday
  EXPECT_FALSE(calendar.is_working_day(ymd(2030, 10, 5)));  // Saturday
  EXPECT_EQ(calendar.add_working_days(ymd(2030, 10, 4), 1), ymd(2030, 10, 7));
  EXPECT_EQ(calendar.coverage_warnings(ymd(2030, 1, 1), ymd(2031, 1, 1)).size(), 2u);
}

TEST(WorkingCalendar, ParseScheduleReadsBothLists) {
  auto s = WorkingCalendar::parse_schedule(
      "# comment\nholidays = [2030-10-01, 2030-10-02]\nworkdays = [2030-09-29]\n", 2030, "x");
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ(s->year, 2030);
  EXPECT_EQ(s->holidays.size(), 2u);
  EXPECT_EQ(s->workdays.size(), 1u);
  auto calendar = WorkingCalendar::from_schedules({*s});
  ASSERT_TRUE(calendar);
  EXPECT_FALSE(calendar->is_working_day(ymd(2030, 10, 1)));
  EXPECT_TRUE(calendar->is_working_day(ymd(2030, 9, 29)));  // Sunday
  EXPECT_TRUE(calendar->covers(2030));
}

TEST(WorkingCalendar, ParseErrorsNameFileAndLine) {
  const auto message = [](std::string_view text) {
    auto s = WorkingCalendar::parse_schedule(text, 2030, "holidays/2030.toml");
    return s ? std::string("parsed") : s.error().message;
  };
  EXPECT_EQ(message("\nholidays = [2030-10-01,\n"), message("\nholidays = [2030-10-01,\n"));
  EXPECT_NE(message("\nholidays = [2030-10-01,\n").find("holidays/2030.toml:"), std::string::npos);
  EXPECT_NE(message("holidays = [\n2030-10-01,\n\"2030-10-02\"]").find("2030.toml:3:"),
            std::string::npos);
  EXPECT_NE(message("\n\nholidays = 5").find("2030.toml:3:"), std::string::npos);
  EXPECT_NE(message("holiday = [2030-10-01]").find("unknown key"), std::string::npos);
  EXPECT_NE(message("holidays = [2030-10-01]\nworkdays = [2030-10-01]").find("both"),
            std::string::npos);
}

TEST(WorkingCalendar, DuplicateYearsAreRejected) {
  HolidaySchedule a;
  a.year = 2030;
  EXPECT_FALSE(WorkingCalendar::from_schedules({a, a}));
}

TEST(WorkingCalendar, MissingDirectoryFails) {
  EXPECT_FALSE(WorkingCalendar::load(config_dir() / "no-such-directory"));
}

}  // namespace
}  // namespace xj::core
