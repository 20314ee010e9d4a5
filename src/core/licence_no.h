// Licence numbers 许可证编号 (domain-rules §1.2).
//
//   XJ_TRY(FoodLicenceNo no, FoodLicenceNo::parse("sc12743010200015"));  // → "SC12743010200015"
//   no.category() == 127;  no.is_special_food();  no.province_code() == "43"
//
//   SpecialEquipmentLicenceNo se = check_special_equipment_licence_no("TS3143035-2027");
//   se.warnings.empty();   // unusual forms are kept, with a warning
//
// Everything here is pure and thread-safe.
#pragma once

#include <compare>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "core/warning.h"

namespace xj::core {

// Special foods 特殊食品: 127 保健食品, 128 特殊医学用途配方食品, 129 婴幼儿配方食品 (130
// 特殊膳食食品 is not one).
bool is_special_food_category(int category);

// Food production licence number 食品生产许可证编号: `SC` + category (3) + province (2) + city (2)
// + county (2) + sequence (4) + check (1). The check digit's algorithm is not public and is not
// verified.
class FoodLicenceNo {
 public:
  // Normalises (trim, half-width, upper-case) and requires the §1.2 pattern
  // `^SC(1(0[1-9]|[12][0-9]|3[01])|20[1-3])\d{11}$` with a GB/T 2260 province code; fails with
  // validation_failed, detail {field, "invalid_licence_no", sentence}.
  static Result<FoodLicenceNo> parse(std::string_view raw, std::string_view field = "licence_no");

  const std::string& str() const { return text_; }

  // 101–131 food, 201–203 food additives.
  int category() const;
  bool is_food_additive() const { return category() >= 200; }
  bool is_special_food() const { return is_special_food_category(category()); }

  // The two-digit province code ("43" for Hunan).
  std::string_view province_code() const { return std::string_view(text_).substr(5, 2); }

  // Province + city + county: the issuing authority's 6-digit division code.
  std::string_view region_code() const { return std::string_view(text_).substr(5, 6); }

  friend auto operator<=>(const FoodLicenceNo&, const FoodLicenceNo&) = default;

 private:
  explicit FoodLicenceNo(std::string text) : text_(std::move(text)) {}
  std::string text_;
};

// A special-equipment licence number 特种设备许可证编号: an opaque string.
struct SpecialEquipmentLicenceNo {
  std::string text;               // normalised (trim, half-width, upper-case)
  std::vector<Warning> warnings;  // `unusual_licence_no` when not of the form TS1234567-2027
};

// Never rejects a non-empty number; the usual form `^TS\d{7}-\d{4}$` is checked as a warning
// only (§1.2). Empty input fails with invalid_licence_no.
Result<SpecialEquipmentLicenceNo> check_special_equipment_licence_no(
    std::string_view raw, std::string_view field = "licence_no");

}  // namespace xj::core
