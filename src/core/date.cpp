#include "core/date.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "core/text.h"

namespace xj::core {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
constexpr std::int64_t days_from_civil(std::int64_t y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Ymd {
  int year;
  int month;
  int day;
};

constexpr Ymd civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

static_assert(days_from_civil(1970, 1, 1) == 0);
static_assert(civil_from_days(19787).year == 2024);  // 2024-03-05

// 1899-12-30: Excel serial 61 is 1900-03-01, i.e. this date + 61.
constexpr std::int64_t kExcelEpoch = days_from_civil(1899, 12, 30);
constexpr double kMaxExcelSerial = 2958465;  // 9999-12-31

tl::unexpected<Error> bad_date(std::string_view field, std::string_view text) {
  return invalid(std::string(field), "invalid_date",
                 "日期无法识别: " + std::string(text) +
                     " (invalid date; use YYYY-MM-DD, YYYY/M/D, YYYY.MM.DD, YYYY年M月D日 or an "
                     "Excel serial number)");
}

// Reads 1..max_len ASCII digits from the front of `s`; nullopt if there are none or too many.
std::optional<int> take_number(std::string_view& s, std::size_t min_len, std::size_t max_len) {
  std::size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
  if (n < min_len || n > max_len) return std::nullopt;
  int value = 0;
  std::from_chars(s.data(), s.data() + n, value);
  s.remove_prefix(n);
  return value;
}

bool take_literal(std::string_view& s, std::string_view literal) {
  if (!s.starts_with(literal)) return false;
  s.remove_prefix(literal.size());
  return true;
}

// `YYYY<sep>M<sep>D` with sep one of - / . used twice, or `YYYY年M月D日`.
std::optional<Date> parse_civil(std::string_view s) {
  const auto year = take_number(s, 4, 4);
  if (!year) return std::nullopt;
  std::string_view second_sep;
  std::string_view end_mark;
  if (take_literal(s, "年")) {
    second_sep = "月";
    end_mark = "日";
  } else if (!s.empty() && (s[0] == '-' || s[0] == '/' || s[0] == '.')) {
    second_sep = s.substr(0, 1);
    s.remove_prefix(1);
  } else {
    return std::nullopt;
  }
  const auto month = take_number(s, 1, 2);
  if (!month || !take_literal(s, second_sep)) return std::nullopt;
  const auto day = take_number(s, 1, 2);
  if (!day || !take_literal(s, end_mark) || !s.empty()) return std::nullopt;
  return Date::from_ymd(*year, *month, *day);
}

// Digits with an optional fraction: an Excel serial typed or exported as text.
std::optional<double> parse_serial(std::string_view s) {
  std::string_view integral = s.substr(0, s.find('.'));
  if (integral.empty() || integral.size() > 7 ||
      integral.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  if (integral.size() < s.size()) {
    const std::string_view fraction = s.substr(integral.size() + 1);
    if (fraction.empty() || fraction.find_first_not_of("0123456789") != std::string_view::npos) {
      return std::nullopt;
    }
  }
  int whole = 0;
  std::from_chars(integral.data(), integral.data() + integral.size(), whole);
  return static_cast<double>(whole);  // the fraction is a time of day: dropped
}

}  // namespace

std::optional<Date> Date::from_ymd(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
      day > days_in_month(year, month)) {
    return std::nullopt;
  }
  return Date(days_from_civil(year, month, day));
}

int Date::year() const { return civil_from_days(days_).year; }
int Date::month() const { return civil_from_days(days_).month; }
int Date::day() const { return civil_from_days(days_).day; }

std::string Date::to_string() const {
  const Ymd ymd = civil_from_days(days_);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", ymd.year, ymd.month, ymd.day);
  return buf;
}

int iso_weekday(Date d) {
  // 1970-01-01 was a Thursday (4).
  const std::int64_t r = (d.days_since_epoch() + 3) % 7;
  return static_cast<int>(r < 0 ? r + 7 : r) + 1;
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

Result<Date> parse_date(std::string_view raw, std::string_view field) {
  const std::string text = normalize_value(raw);
  if (auto d = parse_civil(text)) return *d;
  if (auto serial = parse_serial(text)) return date_from_excel_serial(*serial, field);
  return bad_date(field, text);
}

Result<Date> date_from_excel_serial(double serial, std::string_view field) {
  if (!std::isfinite(serial) || serial < 1 || serial >= kMaxExcelSerial + 1) {
    return bad_date(field, std::to_string(serial));
  }
  const auto whole = static_cast<std::int64_t>(std::floor(serial));
  if (whole == 60) {
    return invalid(std::string(field), "invalid_date",
                   "Excel 序列号 60 对应不存在的 1900-02-29 (Excel serial 60 is the non-existent "
                   "1900-02-29)");
  }
  // Serials 1–59 lie before Excel's phantom leap day, so they count from one day later.
  return Date::from_days(kExcelEpoch + whole + (whole < 60 ? 1 : 0));
}

Date add_days(Date d, std::int64_t n) { return Date::from_days(d.days_since_epoch() + n); }

Date add_months(Date d, int n) {
  const Ymd ymd = civil_from_days(d.days_since_epoch());
  const std::int64_t months = static_cast<std::int64_t>(ymd.year) * 12 + (ymd.month - 1) + n;
  const auto year = static_cast<int>(months >= 0 ? months / 12 : (months - 11) / 12);
  const auto month = static_cast<int>(months - static_cast<std::int64_t>(year) * 12) + 1;
  const int day = std::min(ymd.day, days_in_month(year, month));
  return Date::from_days(days_from_civil(year, month, day));
}

Date add_years(Date d, int n) { return add_months(d, 12 * n); }

std::int64_t days_between(Date from, Date to) {
  return to.days_since_epoch() - from.days_since_epoch();
}

}  // namespace xj::core
