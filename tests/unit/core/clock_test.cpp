#include "core/clock.h"

#include <gtest/gtest.h>

namespace xj::core {
namespace {

using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;
using std::chrono::system_clock;

system_clock::time_point utc(int days_since_epoch, hours h, minutes m = minutes(0)) {
  return system_clock::time_point(std::chrono::days(days_since_epoch) + h + m);
}

TEST(ShanghaiDate, IsUtcPlusEight) {
  const int d = 19787;  // 2024-03-05
  EXPECT_EQ(shanghai_date_at(utc(d, hours(0))).to_string(), "2024-03-05");
  EXPECT_EQ(shanghai_date_at(utc(d, hours(15), minutes(59))).to_string(), "2024-03-05");
  EXPECT_EQ(shanghai_date_at(utc(d, hours(16))).to_string(), "2024-03-06");  // 00:00 CST
  EXPECT_EQ(shanghai_date_at(utc(d, hours(-8))).to_string(), "2024-03-05");
  EXPECT_EQ(shanghai_date_at(utc(d, hours(-8)) - seconds(1)).to_string(), "2024-03-04");
}

TEST(ShanghaiDate, NoDaylightSavingInSummer) {
  const int d = 19909;  // 2024-07-05
  EXPECT_EQ(shanghai_date_at(utc(d, hours(15), minutes(59))).to_string(), "2024-07-05");
  EXPECT_EQ(shanghai_date_at(utc(d, hours(16))).to_string(), "2024-07-06");
}

TEST(Clock, FixedAnswersTheGivenDate) {
  const Date d = *Date::from_ymd(2025, 6, 30);
  const Clock clock = Clock::fixed(d);
  EXPECT_TRUE(clock.is_fixed());
  EXPECT_EQ(clock.today(), d);
}

TEST(Clock, RealFollowsTheSystemClock) {
  const Clock clock = Clock::real();
  EXPECT_FALSE(clock.is_fixed());
  const Date before = today_in_shanghai();
  const Date today = clock.today();
  const Date after = today_in_shanghai();
  EXPECT_LE(before, today);
  EXPECT_LE(today, after);
  EXPECT_GE(today.year(), 2024);
}

}  // namespace
}  // namespace xj::core
