// Timestamps of pushed events and deliveries as RFC 3339 in the business time zone
// (api.md "Conventions": Asia/Shanghai, UTC+8 all year).
//
//   rfc3339_of_stored("2026-11-28 06:20:57")          == "2026-11-28T14:20:57+08:00"
//   rfc3339_of_stored("2026-11-28 06:20:57.12+00")    == "2026-11-28T14:20:57+08:00"
//   rfc3339_of_unix_ms(0)                             == "1970-01-01T08:00:00+08:00"
//
// Pure; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace xj::sharing {

// A timestamp as the store gives it back as text: SQLite "YYYY-MM-DD HH:MM:SS" (UTC);
// PostgreSQL adds fractional seconds and an offset "±HH[:MM]". Fractions are dropped.
// nullopt when the text has another shape.
std::optional<std::string> rfc3339_of_stored(std::string_view stored);

// Unix milliseconds, whole seconds shown.
std::string rfc3339_of_unix_ms(std::int64_t unix_ms);

// Wall-clock now as Unix milliseconds (the delivery queue's time base).
std::int64_t unix_ms_now();

}  // namespace xj::sharing
