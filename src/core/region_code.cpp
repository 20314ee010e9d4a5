#include "core/region_code.h"

#include <algorithm>

#include "core/region_table.h"
#include "core/text.h"

namespace xj::core {
namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_division_code(std::string_view code) {
  return code.size() == 6 && all_digits(code) && is_province_code(code.substr(0, 2));
}

bool code_less(const RegionEntry& e, std::string_view code) { return e.code < code; }

std::optional<std::string_view> find_name(std::span<const RegionEntry> table,
                                          std::string_view code) {
  const auto it = std::lower_bound(table.begin(), table.end(), code, code_less);
  if (it == table.end() || it->code != code) return std::nullopt;
  return it->name;
}

}  // namespace

Result<RegionCode> RegionCode::parse(std::string_view raw, std::string_view field) {
  std::string code = normalize_code(raw);
  if (!is_division_code(code)) {
    return invalid(std::string(field), "invalid_region",
                   "行政区划代码应为6位数字且前两位为省级代码: " + code +
                       " (a division code is 6 digits starting with a province code)");
  }
  return RegionCode(std::move(code));
}

bool is_province_code(std::string_view two_digits) {
  if (two_digits.size() != 2 || !all_digits(two_digits)) return false;
  const int n = (two_digits[0] - '0') * 10 + (two_digits[1] - '0');
  const auto in = [n](int lo, int hi) { return n >= lo && n <= hi; };
  return in(11, 15) || in(21, 23) || in(31, 37) || in(41, 46) || in(50, 54) || in(61, 65) ||
         n == 71 || n == 81 || n == 82;
}

std::optional<std::string_view> region_name(std::string_view code) {
  if (code == kHunanProvinceCode) return std::string_view("湖南省");
  if (auto name = find_name(hunan_prefecture_table(), code)) return name;
  return find_name(hunan_county_table(), code);
}

std::optional<std::string> prefecture_of(std::string_view code) {
  if (!is_division_code(code) || code.substr(2, 2) == "00") return std::nullopt;
  return std::string(code.substr(0, 4)) + "00";
}

std::span<const RegionEntry> hunan_prefectures() { return hunan_prefecture_table(); }

std::span<const RegionEntry> hunan_counties_of(std::string_view prefecture) {
  if (prefecture.size() == 6 && prefecture.ends_with("00")) prefecture.remove_suffix(2);
  if (prefecture.size() != 4 || !all_digits(prefecture) || prefecture.ends_with("00") ||
      !is_hunan(prefecture)) {
    return {};
  }
  const auto table = hunan_county_table();
  const auto begin = std::lower_bound(table.begin(), table.end(), prefecture, code_less);
  const auto end = std::find_if(begin, table.end(), [prefecture](const RegionEntry& e) {
    return !e.code.starts_with(prefecture);
  });
  return {begin, end};
}

bool is_hunan(std::string_view code) { return code.starts_with("43"); }

bool is_region_prefix(std::string_view prefix) {
  return (prefix.size() == 2 || prefix.size() == 4 || prefix.size() == 6) && all_digits(prefix);
}

bool matches_prefix(std::string_view code, std::string_view prefix) {
  return code.starts_with(prefix);
}

}  // namespace xj::core
