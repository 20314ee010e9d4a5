// Clock: where "today" (the business date, api.md `--today`) comes from. Either fixed — every
// call answers the same date — or real: the current date in Asia/Shanghai (UTC+8, no daylight
// saving time). The only code in core that reads the system clock.
//
//   Clock clock = today_flag ? Clock::fixed(*today_flag) : Clock::real();
//   Date today = clock.today();
//
// Immutable after construction; safe to share between threads.
#pragma once

#include <chrono>
#include <optional>

#include "core/date.h"

namespace xj::core {

// The civil date in Asia/Shanghai at instant `now`.
Date shanghai_date_at(std::chrono::system_clock::time_point now);

// shanghai_date_at(system_clock::now()).
Date today_in_shanghai();

class Clock {
 public:
  static Clock real() { return Clock(std::nullopt); }
  static Clock fixed(Date today) { return Clock(today); }

  Date today() const { return fixed_ ? *fixed_ : today_in_shanghai(); }
  bool is_fixed() const { return fixed_.has_value(); }

 private:
  explicit Clock(std::optional<Date> fixed) : fixed_(fixed) {}
  std::optional<Date> fixed_;
};

}  // namespace xj::core
