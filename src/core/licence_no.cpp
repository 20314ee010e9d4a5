#include "core/licence_no.h"

#include <algorithm>

#include "core/region_code.h"
#include "core/text.h"

namespace xj::core {
namespace {

bool all_digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int to_int(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

// §1.2: 101–131 food, 201–203 food additives.
bool is_food_category(int category) {
  return (category >= 101 && category <= 131) || (category >= 201 && category <= 203);
}

}  // namespace

bool is_special_food_category(int category) { return category >= 127 && category <= 129; }

Result<FoodLicenceNo> FoodLicenceNo::parse(std::string_view raw, std::string_view field) {
  std::string text = normalize_code(raw);
  const std::string_view s = text;
  const bool shaped = s.size() == 16 && s.starts_with("SC") && all_digits(s.substr(2));
  if (!shaped || !is_food_category(to_int(s.substr(2, 3))) || !is_province_code(s.substr(5, 2))) {
    return invalid(std::string(field), "invalid_licence_no",
                   "食品生产许可证编号格式错误: " + text +
                       " (food production licence number must be SC + 14 digits: category "
                       "101–131 or 201–203, a province code, city, county, sequence, check)");
  }
  return FoodLicenceNo(std::move(text));
}

int FoodLicenceNo::category() const { return to_int(std::string_view(text_).substr(2, 3)); }

Result<SpecialEquipmentLicenceNo> check_special_equipment_licence_no(std::string_view raw,
                                                                     std::string_view field) {
  SpecialEquipmentLicenceNo out{normalize_code(raw), {}};
  const std::string_view s = out.text;
  if (s.empty()) {
    return invalid(std::string(field), "invalid_licence_no",
                   "特种设备许可证编号为空 (special-equipment licence number is empty)");
  }
  const bool usual = s.size() == 14 && s.starts_with("TS") && all_digits(s.substr(2, 7)) &&
                     s[9] == '-' && all_digits(s.substr(10));
  if (!usual) {
    out.warnings.push_back(
        {"unusual_licence_no", "特种设备许可证编号不是常见格式 TS+7位数字-4位数字: " + out.text +
                                   " (not of the usual form TS1234567-2027; kept as written)"});
  }
  return out;
}

}  // namespace xj::core
