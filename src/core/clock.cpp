#include "core/clock.h"

namespace xj::core {

Date shanghai_date_at(std::chrono::system_clock::time_point now) {
  // China Standard Time is UTC+8 all year (no DST since 1991).
  const auto shifted = now + std::chrono::hours(8);
  const auto days = std::chrono::floor<std::chrono::days>(shifted).time_since_epoch().count();
  return Date::from_days(days);
}

Date today_in_shanghai() { return shanghai_date_at(std::chrono::system_clock::now()); }

}  // namespace xj::core
