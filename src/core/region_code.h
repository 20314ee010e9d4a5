// Administrative division codes 行政区划代码 (GB/T 2260) and region scopes.
//
//   XJ_TRY(RegionCode rc, RegionCode::parse("430102"));      // 422 invalid_region if malformed
//   region_name("430102") == "芙蓉区";  prefecture_of("430102") == "430100"
//   matches_prefix("430181", "4301") == true                 // api.md region scope
//
// Any 6-digit code with a real province part is a valid division code (enterprises may be
// registered outside Hunan); names are known for Hunan only (province, its 14 prefectures and
// their counties, current codes). Everything here is pure and thread-safe.
#pragma once

#include <compare>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/result.h"

namespace xj::core {

// One named division of the Hunan table.
struct RegionEntry {
  std::string_view code;  // 6 digits
  std::string_view name;
};

inline constexpr std::string_view kHunanProvinceCode = "430000";

class RegionCode {
 public:
  // Normalises (trim, half-width) and requires 6 digits whose first two are a province code;
  // fails with validation_failed, detail {field, "invalid_region", sentence}.
  static Result<RegionCode> parse(std::string_view raw, std::string_view field = "region_code");

  const std::string& str() const { return code_; }

  friend auto operator<=>(const RegionCode&, const RegionCode&) = default;

 private:
  explicit RegionCode(std::string code) : code_(std::move(code)) {}
  std::string code_;
};

// True for the two-digit GB/T 2260 province codes: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65,
// 71, 81, 82.
bool is_province_code(std::string_view two_digits);

// The name of a Hunan division (province, prefecture or county level), if in the table.
std::optional<std::string_view> region_name(std::string_view code);

// The prefecture-level code (`xxxx00`) containing a 6-digit code; nullopt for a province-level
// code (`xx0000`) or a malformed one. Works for any province.
std::optional<std::string> prefecture_of(std::string_view code);

// Hunan's 14 prefecture-level divisions (4301 长沙市 … 4313 娄底市, 4331 湘西土家族苗族自治州),
// in code order.
std::span<const RegionEntry> hunan_prefectures();

// The counties, districts and county-level cities of a Hunan prefecture (`430100` or `4301`), in
// code order; empty for an unknown prefecture.
std::span<const RegionEntry> hunan_counties_of(std::string_view prefecture);

// The code lies in Hunan (starts with `43`).
bool is_hunan(std::string_view code);

// True when `prefix` is a region scope: 2, 4 or 6 digits (`43`, `4301`, `430102`).
bool is_region_prefix(std::string_view prefix);

// The code lies within the region scope `prefix` (api.md "Region scope").
// REQUIRES: is_region_prefix(prefix).
bool matches_prefix(std::string_view code, std::string_view prefix);

}  // namespace xj::core
