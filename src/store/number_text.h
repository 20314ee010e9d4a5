// Numbers to and from text, locale-independent and round-trip exact (std::to_chars/from_chars).
// Used where PostgreSQL's text protocol meets Value, and by Row's conversions. Pure.
#pragma once

#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

namespace xj::store {

// The whole of `text` as a number, or nullopt.
template <typename Number>
std::optional<Number> parse_number(std::string_view text) {
  Number n{};
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, n);
  if (ec != std::errc() || ptr != end) return std::nullopt;
  return n;
}

// The shortest text that reads back as the same number.
template <typename Number>
std::string format_number(Number n) {
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, n);
  return std::string(buffer, end);
}

}  // namespace xj::store
