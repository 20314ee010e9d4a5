// Uscc: the Unified Social Credit Code 统一社会信用代码 (GB 32100-2015), validated per
// domain-rules §1.1.
//
//   UsccCheck c = check_uscc(" ９１４４０３００１９２２０３８２１６", legacy);
//   c.verdict == UsccVerdict::valid;  c.code == "914403001922038216"
//
//   XJ_TRY(Uscc uscc, Uscc::parse(text, legacy));   // 422 invalid_uscc on rejection
//   uscc.region_code();                              // "440300"
//
// Everything here is pure and thread-safe.
#pragma once

#include <compare>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "core/uscc_legacy.h"
#include "core/warning.h"

namespace xj::core {

// The 31-character USCC alphabet (no I, O, S, V, Z); a character's value is its index.
inline constexpr std::string_view kUsccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

enum class UsccVerdict {
  valid,    // accept
  legacy,   // position 18 fails but the code is in the audited legacy list: accept, warn
  invalid,  // reject with `reason`
};

struct UsccCheck {
  UsccVerdict verdict = UsccVerdict::invalid;
  std::string code;               // the normalised input
  std::string reason;             // why it is invalid (Chinese, then English); empty otherwise
  std::vector<Warning> warnings;  // uscc_org_check (position 17), uscc_legacy
};

// Normalises and checks `raw` (§1.1: shape, authority × type pair, position 18, position 17).
UsccCheck check_uscc(std::string_view raw, const LegacyCodes& legacy);

// The position-18 check character for the first 17 characters.
// REQUIRES: first17 is 17 characters of kUsccAlphabet.
char uscc_check_char(std::string_view first17);

// The GB 11714 organisation-code check character ('0'–'9' or 'X') for an 8-character body.
// REQUIRES: eight is 8 characters of 0–9 / A–Z.
char org_code_check_char(std::string_view eight);

class Uscc {
 public:
  // Accepts valid and legacy codes (warnings are dropped: use check_uscc to see them); fails
  // with validation_failed, detail {field, "invalid_uscc", reason}.
  static Result<Uscc> parse(std::string_view raw, const LegacyCodes& legacy = LegacyCodes::none(),
                            std::string_view field = "uscc");

  // The 18 normalised characters.
  const std::string& str() const { return code_; }

  // Positions 3–8: the registering authority's division code, frozen at issue.
  std::string_view region_code() const { return std::string_view(code_).substr(2, 6); }

  // Positions 1–2 are `92` 个体工商户.
  bool is_individual_business() const { return code_.starts_with("92"); }

  friend auto operator<=>(const Uscc&, const Uscc&) = default;

 private:
  explicit Uscc(std::string code) : code_(std::move(code)) {}
  std::string code_;
};

}  // namespace xj::core
