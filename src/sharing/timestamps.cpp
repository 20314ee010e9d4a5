#include "sharing/timestamps.h"

#include <chrono>
#include <cstdio>

#include "core/date.h"

namespace xj::sharing {
namespace {

constexpr std::int64_t kShanghaiOffset = 8 * 3600;

bool digits(std::string_view text, std::size_t at, std::size_t n, int& out) {
  if (at + n > text.size()) return false;
  out = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

std::string format_shanghai(std::int64_t unix_seconds) {
  const std::int64_t local = unix_seconds + kShanghaiOffset;
  const std::int64_t days = floor_div(local, 86400);
  const std::int64_t secs = local - days * 86400;
  char clock[32];
  std::snprintf(clock, sizeof clock, "T%02d:%02d:%02d+08:00", static_cast<int>(secs / 3600),
                static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60));
  return core::Date::from_days(days).to_string() + clock;
}

}  // namespace

std::optional<std::string> rfc3339_of_stored(std::string_view stored) {
  int y, mo, d, h, mi, s;
  if (stored.size() < 19 || !digits(stored, 0, 4, y) || stored[4] != '-' ||
      !digits(stored, 5, 2, mo) || stored[7] != '-' || !digits(stored, 8, 2, d) ||
      (stored[10] != ' ' && stored[10] != 'T') || !digits(stored, 11, 2, h) || stored[13] != ':' ||
      !digits(stored, 14, 2, mi) || stored[16] != ':' || !digits(stored, 17, 2, s)) {
    return std::nullopt;
  }
  auto date = core::Date::from_ymd(y, mo, d);
  if (!date || h > 23 || mi > 59 || s > 60) return std::nullopt;
  std::size_t at = 19;
  if (at < stored.size() && stored[at] == '.') {
    ++at;
    while (at < stored.size() && stored[at] >= '0' && stored[at] <= '9') ++at;
  }
  std::int64_t offset = 0;
  if (at < stored.size() && stored[at] == 'Z') {
    ++at;
  } else if (at < stored.size() && (stored[at] == '+' || stored[at] == '-')) {
    const int sign = stored[at] == '-' ? -1 : 1;
    int oh = 0, om = 0;
    if (!digits(stored, at + 1, 2, oh)) return std::nullopt;
    at += 3;
    if (at < stored.size() && stored[at] == ':') ++at;
    if (at < stored.size()) {
      if (!digits(stored, at, 2, om)) return std::nullopt;
      at += 2;
    }
    offset = sign * (oh * 3600 + om * 60);
  }
  if (at != stored.size()) return std::nullopt;
  const std::int64_t unix_seconds =
      date->days_since_epoch() * 86400 + h * 3600 + mi * 60 + s - offset;
  return format_shanghai(unix_seconds);
}

std::string rfc3339_of_unix_ms(std::int64_t unix_ms) {
  return format_shanghai(floor_div(unix_ms, 1000));
}

std::int64_t unix_ms_now() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace xj::sharing
