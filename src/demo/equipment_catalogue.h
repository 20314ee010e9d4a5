// The special-equipment subcategories (特种设备获证企业子类, formats.md `keylist`) as the demo
// uses them: share of units, licence type (formats.md `licences`), the digits of the usual
// licence number `TS` + work + equipment + `43` + sequence + `-` + expiry year
// (domain-rules.md §1.2), licence scopes and the words of enterprise names.
//
//   const EquipmentKind& k = equipment_kinds()[rng.weighted(equipment_kind_weights())];
//
// Read-only data built once; thread-safe.
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace xj::demo {

// One licensed item (许可项目) and the equipment digit of its licence number.
struct EquipmentScope {
  std::string_view text;  // 电梯修理（维护保养）
  char equipment = '0';   // 1 锅炉 2 压力容器/气瓶 3 电梯 4 起重机械 8 压力管道
};

struct EquipmentKind {
  std::string_view
      subcategory;  // 设计 制造 安装 改造 修理 移动式压力容器充装 气瓶充装 检验检测 电梯维保
  int weight = 0;   // relative share of units
  std::string_view licence_type;  // 特种设备生产许可 …
  char work = '0';                // 1 设计 2 制造 3 安装改造修理 4 充装 7 检验检测
  std::vector<EquipmentScope> scopes;
  std::vector<std::string_view> trades;    // 行业表述: 电梯工程, 液化气
  std::vector<std::string_view> stations;  // non-company forms (充装站) for a quarter of units
};

// The nine subcategories of formats.md, in its order.
std::span<const EquipmentKind> equipment_kinds();

// equipment_kinds()[i].weight, for Prng::weighted.
std::span<const int> equipment_kind_weights();

inline constexpr std::string_view kElevatorMaintenance = "电梯维保";  // §7.3 model
inline constexpr std::string_view kCylinderFilling = "气瓶充装";      // §7.4 model

}  // namespace xj::demo
