// Date: a civil date in the proleptic Gregorian calendar (business dates are Asia/Shanghai
// dates, architecture.md "Data"), with the calendar arithmetic of domain-rules (preamble) and the
// input forms of formats.md "Values".
//
//   XJ_TRY(Date d, parse_date("2024年3月5日"));   // also 2024-03-05, 2024/3/5, 2024.03.05, 45356
//   add_months(*Date::from_ymd(2024, 11, 30), 3).to_string() == "2025-02-28"
//
// Values are immutable; everything here is pure and thread-safe.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace xj::core {

class Date {
 public:
  // 1970-01-01.
  constexpr Date() = default;

  // nullopt unless 1 ≤ year ≤ 9999 and month/day name a real day.
  static std::optional<Date> from_ymd(int year, int month, int day);

  // The date `days` days after 1970-01-01 (negative: before).
  static constexpr Date from_days(std::int64_t days) { return Date(days); }

  int year() const;
  int month() const;  // 1–12
  int day() const;    // 1–31

  std::int64_t days_since_epoch() const { return days_; }

  // YYYY-MM-DD.
  std::string to_string() const;

  friend constexpr auto operator<=>(const Date&, const Date&) = default;

 private:
  explicit constexpr Date(std::int64_t days) : days_(days) {}
  std::int64_t days_ = 0;
};

bool is_leap_year(int year);

// ISO weekday: 1 = Monday … 7 = Sunday.
int iso_weekday(Date d);

int days_in_month(int year, int month);

// Parses every date form of formats.md after trimming and full-width → ASCII: `2024-03-05`,
// `2024/3/5`, `2024.03.05` (one separator throughout, 1–2 digit month and day), `2024年3月5日`,
// and Excel serial numbers (`45356`, `45356.5`). Fails with validation_failed, detail
// {field, "invalid_date", sentence}.
Result<Date> parse_date(std::string_view raw, std::string_view field = "date");

// An Excel serial number in the 1900 date system: 1 = 1900-01-01; Excel counts a fictitious
// 1900-02-29 as serial 60, so serial 60 is rejected and serials from 61 on are shifted by one day.
// A fraction (time of day) is dropped. Fails like parse_date outside 1 … 2958465 (9999-12-31).
Result<Date> date_from_excel_serial(double serial, std::string_view field = "date");

Date add_days(Date d, std::int64_t n);

// Calendar months: the same day number n months later, or that month's last day if the day does
// not exist (2024-11-30 + 3 months = 2025-02-28). n may be negative.
Date add_months(Date d, int n);

// add_months(d, 12 * n): 2024-02-29 + 1 year = 2025-02-28.
Date add_years(Date d, int n);

// to − from in days (negative when `to` is earlier).
std::int64_t days_between(Date from, Date to);

}  // namespace xj::core
