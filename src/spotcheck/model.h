// Spot-check model (双随机、一公开, domain-rules.md §8): matters, key supervision items, recusal
// declarations, plans and tasks as stored. Plain data; dates 'YYYY-MM-DD'.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace xj::spotcheck {

// 抽查事项清单: one matter (api.md `POST /spotcheck/matters`).
struct Matter {
  std::string code;
  std::string name;
  std::optional<std::string> basis;   // 法律依据
  std::string area;                   // food_production | special_equipment
  std::string kind;                   // general (一般事项) | key (重点事项)
  std::optional<std::string> method;  // 检查方式
};

// 重点监管事项清单: one item.
struct SupervisionItem {
  std::int64_t id = 0;
  std::string region_code;             // a region prefix (2, 4 or 6 digits): where the item applies
  std::string area;                    // food_production | special_equipment
  std::string item;                    // 监管事项
  std::optional<std::string> subject;  // 监管主体
  std::optional<std::string> object;   // 监管对象
  std::optional<std::string> measures;  // 监管措施
};

// 回避: an inspector declares a conflict with an enterprise, in force from declared_on through
// valid_until (inclusive; open-ended when absent).
struct Declaration {
  std::int64_t id = 0;
  std::string inspector;  // 执法证号
  std::string uscc;
  std::string reason;
  std::string declared_on;
  std::optional<std::string> valid_until;
  std::string declared_by;
};

// §7.5: default ratios by class, in basis points (A 2 %, B 5 %, C 20 %, D 60 %).
inline constexpr std::array<int, 4> kDefaultRatioBp = {200, 500, 2000, 6000};

// 抽查计划 (api.md "Plan").
struct Plan {
  std::int64_t id = 0;
  std::string name;
  std::vector<std::string> matter_codes;
  std::string model = "general";
  std::vector<std::string> areas;  // population: key areas
  std::string region_prefix;       // population: enterprises' region prefix
  int exclude_days = 0;            // population: exclude_inspected_within_days
  std::array<int, 4> ratio_bp = kDefaultRatioBp;
  int inspectors_per_task = 2;
  std::string filter_region_prefix;          // inspector pool: region prefix
  std::optional<std::string> filter_domain;  // inspector pool: 食品 | 特种设备 | 综合
  std::string due_on;
  std::string seed_commitment;
  std::string created_on;
  std::string created_by;
  std::optional<std::int64_t> draw_id;  // once drawn
};

// An inspector of a task, in rank order.
struct TaskInspector {
  std::string id;
  std::string name;
  std::string unit;
};

// 抽查任务: one selected enterprise of a draw, and its result once entered.
struct TaskRow {
  std::int64_t id = 0;
  std::int64_t plan_id = 0;
  std::int64_t draw_id = 0;
  std::string uscc;
  std::string name;
  std::string region_code;
  std::string due_on;
  std::string status = "pending";  // pending | done
  std::vector<TaskInspector> inspectors;
  std::vector<std::string> results;
  std::optional<std::string> findings;
  std::optional<std::string> checked_on;
  std::optional<std::string> entered_on;
  std::optional<std::string> inspection_no;
};

}  // namespace xj::spotcheck
