// WorkingCalendar: working days 工作日 under the State Council's holiday schedule, including
// make-up working days 调休上班 on weekends (domain-rules §9).
//
//   XJ_TRY(auto calendar, WorkingCalendar::load(config_dir() / "holidays"));
//   Date due = calendar.add_working_days(received_on, 5);
//   for (auto& w : calendar.coverage_warnings(received_on, due)) report(w);
//
// Schedules come from `YYYY.toml` files: `holidays = [2024-10-01, …]` (days off) and
// `workdays = [2024-09-29, …]` (make-up working days), as TOML dates. A year without a file
// falls back to Monday–Friday; coverage_warnings() reports that rather than logging it.
// Immutable after loading; safe to share between threads.
#pragma once

#include <cstdint>
#include <filesystem>
#include <set>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "core/warning.h"

namespace xj::core {

// One year's schedule (one file).
struct HolidaySchedule {
  int year = 0;
  std::set<Date> holidays;  // 放假 (weekend days inside a break may be listed too)
  std::set<Date> workdays;  // 调休上班
};

class WorkingCalendar {
 public:
  // No schedules: Monday–Friday for every year.
  WorkingCalendar() = default;

  // Fails (internal, naming the file) when two schedules are for the same year or one date is
  // both a holiday and a make-up working day.
  static Result<WorkingCalendar> from_schedules(std::vector<HolidaySchedule> schedules);

  // Parses one file's contents; fails (internal) with "<source>:<line>: <problem>".
  static Result<HolidaySchedule> parse_schedule(std::string_view toml, int year,
                                                std::string_view source);

  // Loads every `YYYY.toml` in `dir` (other files are ignored); fails (internal) when the
  // directory cannot be read or a file does not parse.
  static Result<WorkingCalendar> load(const std::filesystem::path& dir);

  bool is_working_day(Date d) const;

  // The n-th working day after d (n < 0: the |n|-th before; n == 0: d itself).
  Date add_working_days(Date d, int n) const;

  // The number of working days w with from < w ≤ to (negated when to < from), so that
  // add_working_days(from, working_days_between(from, to)) ≤ to.
  std::int64_t working_days_between(Date from, Date to) const;

  // A schedule for `year` was loaded.
  bool covers(int year) const;

  // One `holiday_calendar_missing` warning per year in [from, to] (either order) without a
  // schedule.
  std::vector<Warning> coverage_warnings(Date from, Date to) const;

 private:
  std::set<int> years_;
  std::set<Date> holidays_;
  std::set<Date> workdays_;
};

}  // namespace xj::core
