// Registry model: enterprises (市场主体) and the key-area list (重点领域企业清单). Plain data.
//
// Dates are 'YYYY-MM-DD' strings as stored (core/date.h parses them); codes are normalised
// (upper-case ASCII) before they reach these structs.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace xj::registry {

// 市场主体基本信息 (formats.md `enterprises`).
struct Enterprise {
  std::string uscc;                                 // 统一社会信用代码
  std::string name;                                 // 企业名称
  std::optional<std::string> legal_representative;  // 法定代表人
  std::optional<std::string> address;               // 住所
  std::string region_code;                    // 行政区划代码 (6 digits; default USCC 3–8)
  std::optional<std::string> established_on;  // 成立日期
  std::string status = "存续";  // 登记状态: 存续 在业 吊销 注销 迁出 停业
  std::optional<std::string> entity_type;  // 企业类型
  std::optional<std::string> phone;        // 联系电话 — never public
};

// Key areas (重点领域), formats.md `keylist` 领域.
inline constexpr const char* kFoodProduction = "food_production";      // 食品生产企业
inline constexpr const char* kSpecialEquipment = "special_equipment";  // 特种设备获证企业

// One entry of the key-area list. Active while removed_on is empty.
struct KeyListEntry {
  std::int64_t id = 0;
  std::string area;                        // food_production | special_equipment
  std::optional<std::string> subcategory;  // 子类: 普通食品, 特殊食品, 设计, …, 电梯维保, 气瓶充装
  std::string uscc;
  std::string name;
  std::string licence_no;                 // 许可证编号
  std::optional<std::string> remark;      // 备注
  std::string listed_on;                  // 列入日期
  std::optional<std::string> removed_on;  // 移出日期
  std::optional<std::string> removal_reason;
  std::optional<std::int64_t> import_id;  // the import batch, when imported
};

}  // namespace xj::registry
