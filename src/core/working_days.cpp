#include "core/working_days.h"

#include <toml++/toml.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

namespace xj::core {
namespace {

tl::unexpected<Error> config_error(std::string_view source, std::int64_t line,
                                   std::string_view problem) {
  return fail(ErrorCode::internal,
              std::string(source) + ":" + std::to_string(line) + ": " + std::string(problem));
}

// Reads `key = [dates]` from `table` into `out`; a missing key is an empty list.
Status read_dates(const toml::table& table, std::string_view key, std::string_view source,
                  std::set<Date>& out) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return {};
  const toml::array* array = node->as_array();
  if (array == nullptr) {
    return config_error(source, node->source().begin.line,
                        std::string(key) + " 应为日期数组 (must be an array of dates)");
  }
  for (const toml::node& element : *array) {
    const auto* value = element.as_date();
    std::optional<Date> date;
    if (value != nullptr) {
      const toml::date& d = value->get();
      date = Date::from_ymd(d.year, d.month, d.day);
    }
    if (!date) {
      return config_error(source, element.source().begin.line,
                          std::string(key) +
                              " 的元素应为日期如 2024-10-01 (elements must be "
                              "TOML dates such as 2024-10-01)");
    }
    out.insert(*date);
  }
  return {};
}

Status check_disjoint(const std::set<Date>& holidays, const std::set<Date>& workdays,
                      std::string_view source) {
  for (const Date& d : workdays) {
    if (holidays.contains(d)) {
      return fail(ErrorCode::internal, std::string(source) + ": " + d.to_string() +
                                           " 同时列为假日和调休上班日 (listed both as holiday "
                                           "and as make-up working day)");
    }
  }
  return {};
}

// `YYYY.toml` → YYYY.
std::optional<int> schedule_year(const std::filesystem::path& file) {
  const std::string stem = file.stem().string();
  if (file.extension() != ".toml" || stem.size() != 4 ||
      !std::all_of(stem.begin(), stem.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  return std::stoi(stem);
}

}  // namespace

Result<HolidaySchedule> WorkingCalendar::parse_schedule(std::string_view toml_text, int year,
                                                        std::string_view source) {
  toml::table table;
  try {
    table = toml::parse(toml_text, source);
  } catch (const toml::parse_error& e) {
    return config_error(source, e.source().begin.line, e.description());
  }
  for (const auto& [key, node] : table) {
    if (key != "holidays" && key != "workdays") {
      return config_error(source, node.source().begin.line,
                          "未知的键 (unknown key) " + std::string(key.str()));
    }
  }
  HolidaySchedule schedule;
  schedule.year = year;
  XJ_CHECK(read_dates(table, "holidays", source, schedule.holidays));
  XJ_CHECK(read_dates(table, "workdays", source, schedule.workdays));
  XJ_CHECK(check_disjoint(schedule.holidays, schedule.workdays, source));
  return schedule;
}

Result<WorkingCalendar> WorkingCalendar::from_schedules(std::vector<HolidaySchedule> schedules) {
  WorkingCalendar calendar;
  for (HolidaySchedule& s : schedules) {
    const std::string source = std::to_string(s.year) + ".toml";
    if (!calendar.years_.insert(s.year).second) {
      return fail(ErrorCode::internal, source + ": 重复的年度 (duplicate year)");
    }
    calendar.holidays_.merge(s.holidays);
    calendar.workdays_.merge(s.workdays);
  }
  XJ_CHECK(check_disjoint(calendar.holidays_, calendar.workdays_, "holidays"));
  return calendar;
}

Result<WorkingCalendar> WorkingCalendar::load(const std::filesystem::path& dir) {
  std::error_code ec;
  std::filesystem::directory_iterator it(dir, ec);
  if (ec) {
    return fail(ErrorCode::internal, "无法读取节假日目录 (cannot read holiday directory) " +
                                         dir.string() + ": " + ec.message());
  }
  std::vector<HolidaySchedule> schedules;
  for (const auto& entry : it) {
    const auto year = schedule_year(entry.path());
    if (!year || !entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    if (!in) return fail(ErrorCode::internal, "无法读取 (cannot read) " + entry.path().string());
    std::ostringstream text;
    text << in.rdbuf();
    XJ_TRY(auto schedule, parse_schedule(text.str(), *year, entry.path().string()));
    schedules.push_back(std::move(schedule));
  }
  return from_schedules(std::move(schedules));
}

bool WorkingCalendar::is_working_day(Date d) const {
  if (holidays_.contains(d)) return false;
  if (workdays_.contains(d)) return true;
  return iso_weekday(d) <= 5;
}

Date WorkingCalendar::add_working_days(Date d, int n) const {
  const int step = n < 0 ? -1 : 1;
  for (int remaining = n < 0 ? -n : n; remaining > 0;) {
    d = add_days(d, step);
    if (is_working_day(d)) --remaining;
  }
  return d;
}

std::int64_t WorkingCalendar::working_days_between(Date from, Date to) const {
  if (to < from) return -working_days_between(to, from);
  std::int64_t count = 0;
  for (Date d = add_days(from, 1); d <= to; d = add_days(d, 1)) {
    if (is_working_day(d)) ++count;
  }
  return count;
}

bool WorkingCalendar::covers(int year) const { return years_.contains(year); }

std::vector<Warning> WorkingCalendar::coverage_warnings(Date from, Date to) const {
  if (to < from) std::swap(from, to);
  std::vector<Warning> warnings;
  for (int year = from.year(); year <= to.year(); ++year) {
    if (covers(year)) continue;
    const std::string y = std::to_string(year);
    warnings.push_back({"holiday_calendar_missing",
                        "未配置" + y +
                            "年节假日安排，按周一至周五计算工作日 (no holiday schedule for " + y +
                            "; counting Monday to Friday)"});
  }
  return warnings;
}

}  // namespace xj::core
