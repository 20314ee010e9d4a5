// The open data sets (formats.md "Open data sets", api.md `/api/v1/public/opendata`): which sets
// exist, their columns (English key, Chinese header) and the licence they are published under.
// Rows come from disclosure/opendata_repo.h, one cell per column in this order.
//
//   const DatasetInfo* set = find_dataset("penalties");   // nullptr for an unknown name
//   for (const Column& c : set->columns) header.push_back(c.title);
//
// Only public fields: never phones, identity-card numbers (free text is masked), inspector
// names, risk data, internal flags (heavier, public, procedure, source, import id), remarks,
// removal notes or who proposed and approved a list entry. Constant data; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/money.h"

namespace xj::disclosure {

enum class Dataset {
  keylist,
  licences,
  penalties,
  inspections,
  abnormal_list,      // 经营异常名录
  dishonest_list,     // 严重违法失信名单
  spotcheck_results,  // 双随机抽查结果
};

struct Column {
  std::string_view key;    // JSON Lines key
  std::string_view title;  // CSV header (中文)
};

struct DatasetInfo {
  Dataset id;
  std::string_view name;   // in the URL: /opendata/{name}.csv
  std::string_view title;  // 中文 name
  std::string_view description;
  std::string_view event_prefix;  // outbox event types of its records ("penalty.")
  std::vector<Column> columns;
};

// The licence text of every set (开放许可).
inline constexpr std::string_view kOpenDataLicence =
    "本数据集依据《中华人民共和国政府信息公开条例》和《企业信息公示暂行条例》公开，"
    "可免费获取、复制、传播和用于商业或非商业用途，使用时须注明来源"
    "“湖南省市场监督管理局 信监平台”，不得歪曲数据原意。数据为生成之日依法公示的信息，"
    "公示期满或经信用修复的记录不再包含在内。 (Free to use with attribution; contains only "
    "records public on the day of generation.)";

// The sets in catalogue order.
const std::vector<DatasetInfo>& open_datasets();

// The set with this URL name, or nullptr.
const DatasetInfo* find_dataset(std::string_view name);

// One value: null, text, a list of texts (penalty types, inspection results) or money.
using Cell = std::variant<std::monostate, std::string, std::vector<std::string>, core::Money>;
using OpenDataRow = std::vector<Cell>;

}  // namespace xj::disclosure
