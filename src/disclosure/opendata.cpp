#include "disclosure/opendata.h"

namespace xj::disclosure {

const std::vector<DatasetInfo>& open_datasets() {
  static const std::vector<DatasetInfo> all = {
      {Dataset::keylist,
       "keylist",
       "重点领域企业清单",
       "食品生产企业和特种设备获证企业清单中在册的企业 (active key-area list entries)",
       "keylist_entry.",
       {{"area", "领域"},
        {"subcategory", "子类"},
        {"uscc", "统一社会信用代码"},
        {"name", "企业名称"},
        {"licence_no", "许可证编号"},
        {"listed_on", "列入日期"}}},
      {Dataset::licences,
       "licences",
       "行政许可信息",
       "全部行政许可及其当日状态 (every licence with its status today)",
       "licence.",
       {{"licence_no", "许可证编号"},
        {"uscc", "统一社会信用代码"},
        {"name", "企业名称"},
        {"licence_type", "许可类别"},
        {"scope", "许可项目"},
        {"issuer", "发证机关"},
        {"issued_on", "发证日期"},
        {"valid_until", "有效期至"},
        {"status", "许可状态"}}},
      {Dataset::penalties,
       "penalties",
       "行政处罚信息",
       "公示期内的行政处罚 (penalties within their publicity period today)",
       "penalty.",
       {{"decision_no", "处罚决定书文号"},
        {"uscc", "统一社会信用代码"},
        {"name", "企业名称"},
        {"violation_type", "违法行为类型"},
        {"facts", "违法事实"},
        {"legal_basis", "处罚依据"},
        {"penalty_types", "处罚种类"},
        {"fine_yuan", "罚款金额（元）"},
        {"confiscation_yuan", "没收金额（元）"},
        {"decided_on", "处罚决定日期"},
        {"authority", "处罚机关"},
        {"public_until", "公示截止日期"}}},
      {Dataset::inspections,
       "inspections",
       "抽查检查结果信息",
       "公示的监督检查、双随机抽查和监督抽检结果 (public inspection and sampling results)",
       "inspection.",
       {{"inspection_no", "检查编号"},
        {"uscc", "统一社会信用代码"},
        {"name", "企业名称"},
        {"kind", "检查类型"},
        {"matter", "检查事项"},
        {"checked_on", "检查日期"},
        {"results", "检查结果"},
        {"product", "产品名称"},
        {"failed_items", "不合格项目"},
        {"findings", "问题描述"},
        {"authority", "检查机关"}}},
  };
  return all;
}

const DatasetInfo* find_dataset(std::string_view name) {
  for (const auto& set : open_datasets()) {
    if (set.name == name) return &set;
  }
  return nullptr;
}

}  // namespace xj::disclosure
