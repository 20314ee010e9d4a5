// Credit report rules: the report number, the as_of parameter at its boundaries, and the
// as-of view of a record.
#include "disclosure/credit_report.h"

#include <gtest/gtest.h>

namespace xj::disclosure {
namespace {

core::Date day(int y, int m, int d) { return *core::Date::from_ymd(y, m, d); }

TEST(ReportNumber, DateAndZeroPaddedSerial) {
  EXPECT_EQ(report_number(day(2026, 6, 15), 123), "XJ-20260615-000123");
  EXPECT_EQ(report_number(day(2026, 1, 2), 1), "XJ-20260102-000001");
  EXPECT_EQ(report_number(day(2026, 1, 2), 12345678), "XJ-20260102-12345678");
}

TEST(ParseAsOf, DefaultsToToday) {
  auto d = parse_as_of(std::nullopt, day(2026, 6, 15));
  ASSERT_TRUE(d);
  EXPECT_EQ(*d, day(2026, 6, 15));
}

TEST(ParseAsOf, TodayAndEarlierAccepted) {
  EXPECT_EQ(*parse_as_of("2026-06-15", day(2026, 6, 15)), day(2026, 6, 15));
  EXPECT_EQ(*parse_as_of("2024-02-29", day(2026, 6, 15)), day(2024, 2, 29));
}

TEST(ParseAsOf, TomorrowRefused) {
  auto d = parse_as_of("2026-06-16", day(2026, 6, 15));
  ASSERT_FALSE(d);
  EXPECT_EQ(d.error().code, ErrorCode::validation_failed);
  ASSERT_EQ(d.error().details.size(), 1u);
  EXPECT_EQ(d.error().details[0].field, "as_of");
  EXPECT_EQ(d.error().details[0].code, "invalid_date");
}

TEST(ParseAsOf, GarbageRefused) {
  for (const char* raw : {"", "2026-02-30", "tomorrow", "2026-13-01"}) {
    auto d = parse_as_of(raw, day(2026, 6, 15));
    ASSERT_FALSE(d) << raw;
    EXPECT_EQ(d.error().code, ErrorCode::validation_failed) << raw;
  }
}

TEST(DropRecordsAfter, KeepsOnlyWhatExistedOnTheDay) {
  PublicRecord r;
  r.key_areas = {{"食品生产", std::nullopt, "SC1", "2024-01-10"},
                 {"特种设备", std::nullopt, "TS1", "2024-01-11"}};
  r.licences = {{"SC1", "食品生产许可", std::nullopt, "局", "2024-01-10", "2029-01-09", "有效"},
                {"SC2", "食品生产许可", std::nullopt, "局", "2024-01-11", "2029-01-10", "有效"}};
  PublicInspection kept;
  kept.inspection_no = "CJ-1";
  kept.checked_on = "2024-01-10";
  PublicInspection later = kept;
  later.inspection_no = "CJ-2";
  later.checked_on = "2024-01-11";
  r.inspections = {kept, later};

  drop_records_after(r, day(2024, 1, 10));
  ASSERT_EQ(r.key_areas.size(), 1u);
  EXPECT_EQ(r.key_areas[0].licence_no, "SC1");
  ASSERT_EQ(r.licences.size(), 1u);
  EXPECT_EQ(r.licences[0].licence_no, "SC1");
  ASSERT_EQ(r.inspections.size(), 1u);
  EXPECT_EQ(r.inspections[0].inspection_no, "CJ-1");
}

}  // namespace
}  // namespace xj::disclosure
