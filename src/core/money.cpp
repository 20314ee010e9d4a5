#include "core/money.h"

#include <algorithm>

#include "core/text.h"

namespace xj::core {
namespace {

// 10^13 yuan (10^15 fen) is far beyond any fine and keeps every product below int64's range.
constexpr std::size_t kMaxIntegerDigits = 13;

tl::unexpected<Error> bad_amount(std::string_view field, std::string_view text) {
  return invalid(std::string(field), "invalid_amount",
                 "金额无法识别: " + std::string(text) +
                     " (invalid amount; a non-negative number of yuan with at most 2 decimals, "
                     "e.g. 50000, 50,000.00, 5万元)");
}

bool strip_suffix(std::string_view& s, std::string_view suffix) {
  if (!s.ends_with(suffix)) return false;
  s.remove_suffix(suffix.size());
  return true;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Digits of the integral part with optional thousands separators, commas removed; empty on a
// malformed grouping.
std::string integral_digits(std::string_view s) {
  if (s.find(',') == std::string_view::npos) return std::string(s);
  std::string out;
  std::size_t group = 0;
  bool first_group = true;
  for (char c : s) {
    if (c == ',') {
      if (group == 0 || (first_group ? group > 3 : group != 3)) return {};
      first_group = false;
      group = 0;
    } else {
      out.push_back(c);
      ++group;
    }
  }
  if (group != 3) return {};
  return out;
}

}  // namespace

Result<Money> Money::parse(std::string_view raw, std::string_view field) {
  const std::string text = normalize_value(raw);
  std::string_view s = text;
  strip_suffix(s, "元");
  // 万 scales by 10^4: its number may carry up to 6 decimals and still be whole fen.
  const int scale = strip_suffix(s, "万") ? 4 : 0;

  const auto point = s.find('.');
  const std::string_view integral_part = s.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view() : s.substr(point + 1);
  const std::string integral = integral_digits(integral_part);
  const bool digits_only = std::all_of(integral.begin(), integral.end(), is_digit) &&
                           std::all_of(fraction.begin(), fraction.end(), is_digit);
  const auto max_fraction = static_cast<std::size_t>(2 + scale);
  if (integral.empty() || !digits_only || (point != std::string_view::npos && fraction.empty()) ||
      fraction.size() > max_fraction) {
    return bad_amount(field, text);
  }
  // Drop leading zeros before limiting the size, so "000123" is not refused.
  const std::string_view significant =
      std::string_view(integral).substr(std::min(integral.find_first_not_of('0'), integral.size()));
  if (significant.size() + static_cast<std::size_t>(scale) > kMaxIntegerDigits) {
    return bad_amount(field, text);
  }

  // fen = (integral.fraction) × 10^(scale + 2), computed digit by digit.
  std::int64_t fen = 0;
  for (char c : significant) fen = fen * 10 + (c - '0');
  for (std::size_t i = 0; i < max_fraction; ++i) {
    fen = fen * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
  }
  return Money(fen);
}

std::string Money::to_yuan_string() const {
  const bool negative = fen_ < 0;
  // Unsigned arithmetic so that the most negative value does not overflow on negation.
  const std::uint64_t magnitude =
      negative ? ~static_cast<std::uint64_t>(fen_) + 1 : static_cast<std::uint64_t>(fen_);
  std::string out = negative ? "-" : "";
  out += std::to_string(magnitude / 100);
  const auto cents = static_cast<unsigned>(magnitude % 100);
  if (cents != 0) {
    out.push_back('.');
    out.push_back(static_cast<char>('0' + cents / 10));
    if (cents % 10 != 0) out.push_back(static_cast<char>('0' + cents % 10));
  }
  return out;
}

}  // namespace xj::core
