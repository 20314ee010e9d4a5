// Money: an amount in integer fen 分 (api.md "Money": stored exactly, never as binary floating
// point), parsed from the forms of formats.md "Values" and written as yuan.
//
//   XJ_TRY(Money fine, Money::parse("1.5万元"));   // 15000 yuan = 1500000 fen
//   fine.to_yuan_string() == "15000"; Money::from_fen(5000050).to_yuan_string() == "50000.5"
//
// Plain value type; thread-safe.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace xj::core {

class Money {
 public:
  constexpr Money() = default;
  static constexpr Money from_fen(std::int64_t fen) { return Money(fen); }

  // Accepts, after trimming and full-width → ASCII: `50000`, `50000.5`, `50,000.00` (commas
  // between groups of three digits), an optional `万` (× 10 000) and an optional `元` suffix
  // (`5万`, `5万元`, `1.5万`, `300元`). Fails with validation_failed, detail
  // {field, "invalid_amount", sentence} for empty, negative or signed input, more than two
  // decimals of yuan, amounts of 10^13 yuan or more, and anything else.
  static Result<Money> parse(std::string_view raw, std::string_view field = "amount");

  std::int64_t fen() const { return fen_; }

  // Yuan with at most two decimals, no trailing zeros, no grouping: "50000", "50000.5", "0.05",
  // "-3.2". Also a valid JSON number.
  std::string to_yuan_string() const;

  friend constexpr auto operator<=>(const Money&, const Money&) = default;
  friend constexpr Money operator+(Money a, Money b) { return Money(a.fen_ + b.fen_); }

 private:
  explicit constexpr Money(std::int64_t fen) : fen_(fen) {}
  std::int64_t fen_ = 0;
};

// The text to embed in JSON as a number for `amount` in yuan (api.md `"fine_yuan": 50000.5`),
// exact by construction.
inline std::string yuan_json_number(Money amount) { return amount.to_yuan_string(); }

}  // namespace xj::core
