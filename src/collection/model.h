// Collection model (归集): licences, penalties, inspections, events and inspectors as collected,
// each with its provenance ("谁产生、谁提供、谁负责": source department, import id).
// Plain data; dates 'YYYY-MM-DD'; money integer fen.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace xj::collection {

// Where a record came from.
struct Provenance {
  std::string source;                    // source department or API key name
  std::optional<std::int64_t> import_id; // the import batch, when imported
};

// 行政许可 (formats.md `licences`). Key: licence_no.
struct Licence {
  std::int64_t id = 0;
  std::string licence_no;
  std::string uscc;
  std::string name;
  std::string licence_type;  // 食品生产许可, 特种设备生产许可, 移动式压力容器充装许可, 气瓶充装许可, 特种设备检验检测机构核准
  std::optional<std::string> scope;  // 许可项目
  std::string issuer;                // 发证机关
  std::string issued_on;
  std::string valid_until;           // last day in force
  std::string status = "有效";       // 有效 注销 撤销 吊销 (过期 is derived, never stored)
  Provenance provenance;
};

// 行政处罚 (formats.md `penalties`). Key: decision_no.
struct Penalty {
  std::int64_t id = 0;
  std::string decision_no;                 // 处罚决定书文号
  std::string uscc;
  std::string name;
  std::string violation_type;              // 违法行为类型
  std::optional<std::string> facts;        // 违法事实 (may contain personal data: mask on publication)
  std::string legal_basis;                 // 处罚依据
  std::vector<std::string> penalty_types;  // 处罚种类: 警告, 通报批评, 罚款, …
  std::optional<std::int64_t> fine_fen;          // 罚款金额
  std::optional<std::int64_t> confiscation_fen;  // 没收金额
  std::string decided_on;                  // 处罚决定日期
  std::string authority;                   // 处罚机关
  std::string procedure = "普通";          // 简易 | 普通
  std::optional<std::string> area;         // food | special_equipment | other
  std::optional<bool> heavier;             // 较重处罚 as imported; empty = derive (§3)
  bool is_public = true;                   // 是否公示
  std::optional<std::string> repaired_on;  // 信用修复 granted on (ends publicity)
  std::optional<std::string> revoked_on;   // decision revoked
  Provenance provenance;
};

// 抽查检查结果 (formats.md `inspections`). Key: inspection_no.
struct Inspection {
  std::int64_t id = 0;
  std::string inspection_no;
  std::string uscc;
  std::string name;
  std::string kind;                      // 监督检查 双随机抽查 专项检查 监督抽检
  std::optional<std::string> matter;     // 检查事项
  std::string checked_on;
  std::vector<std::string> results;      // 检查结果 (several may apply); 合格/不合格 for 监督抽检
  std::optional<std::string> product;
  std::optional<std::string> failed_items;
  std::optional<std::string> findings;
  std::string authority;
  bool is_public = true;
  Provenance provenance;
};

// 监管事件 (formats.md `events`, domain-rules.md §10). Key: event_no.
struct Event {
  std::int64_t id = 0;
  std::string event_no;
  std::string uscc;
  std::string name;
  std::string event_type;  // code: complaint_substantiated, accident, food_safety_incident, …
  std::string occurred_on;
  std::int64_t count = 1;
  std::optional<std::string> description;
  std::string source;      // 来源机关
  Provenance provenance;
};

// 执法检查人员 (formats.md `inspectors`). Key: certificate number (执法证号).
struct Inspector {
  std::string id;                    // 执法证号
  std::string name;                  // never public
  std::string unit;                  // 所属单位
  std::string region_code;
  std::vector<std::string> domains;  // 食品 特种设备 综合
  std::string status = "在岗";       // 在岗 | 离岗
};

}  // namespace xj::collection
