#include "collection/import_kind.h"

#include <array>
#include <string>

namespace xj::collection {
namespace {

using formats::ColumnSpec;

// formats.md "Kinds": Chinese name, English key, required (*).
constexpr ColumnSpec kKeylist[] = {
    {"area", "领域", true},
    {"seq", "序号", false},
    {"name", "企业名称", true},
    {"uscc", "统一社会信用代码", true},
    {"licence_no", "许可证编号", true},
    {"subcategory", "子类", false},
    {"remark", "备注", false},
    {"listed_on", "列入日期", false},
};

constexpr ColumnSpec kEnterprises[] = {
    {"uscc", "统一社会信用代码", true},
    {"name", "企业名称", true},
    {"legal_representative", "法定代表人", false},
    {"address", "住所", false},
    {"region_code", "行政区划代码", false},
    {"established_on", "成立日期", false},
    {"status", "登记状态", false},
    {"entity_type", "企业类型", false},
    {"phone", "联系电话", false},
};

constexpr ColumnSpec kLicences[] = {
    {"licence_no", "许可证编号", true}, {"uscc", "统一社会信用代码", true},
    {"name", "企业名称", true},         {"licence_type", "许可类别", true},
    {"scope", "许可项目", false},       {"issuer", "发证机关", true},
    {"issued_on", "发证日期", true},    {"valid_until", "有效期至", true},
    {"status", "许可状态", false},
};

constexpr ColumnSpec kPenalties[] = {
    {"decision_no", "处罚决定书文号", true},
    {"uscc", "统一社会信用代码", true},
    {"name", "企业名称", true},
    {"violation_type", "违法行为类型", true},
    {"facts", "违法事实", false},
    {"legal_basis", "处罚依据", true},
    {"penalty_types", "处罚种类", true},
    {"fine_yuan", "罚款金额", false},
    {"confiscation_yuan", "没收金额", false},
    {"decided_on", "处罚决定日期", true},
    {"authority", "处罚机关", true},
    {"procedure", "程序类型", false},
    {"area", "领域", false},
    {"heavier", "较重处罚", false},
    {"public", "是否公示", false},
};

constexpr ColumnSpec kInspections[] = {
    {"inspection_no", "检查编号", true},
    {"uscc", "统一社会信用代码", true},
    {"name", "企业名称", true},
    {"kind", "检查类型", true},
    {"matter", "检查事项", false},
    {"checked_on", "检查日期", true},
    {"result", "检查结果", true},
    {"product", "产品名称", false},
    {"failed_items", "不合格项目", false},
    {"findings", "问题描述", false},
    {"authority", "检查机关", true},
    {"public", "是否公示", false},
};

constexpr ColumnSpec kEvents[] = {
    {"event_no", "事件编号", true},    {"uscc", "统一社会信用代码", true},
    {"name", "企业名称", true},        {"event_type", "事件类型", true},
    {"occurred_on", "发生日期", true}, {"count", "数量", false},
    {"description", "说明", false},    {"source", "来源机关", true},
};

constexpr ColumnSpec kInspectors[] = {
    {"id", "执法证号", true},      {"name", "姓名", true},
    {"unit", "所属单位", true},    {"region_code", "行政区划代码", true},
    {"domains", "执法领域", true}, {"status", "状态", false},
};

struct KindName {
  ImportKind kind;
  std::string_view name;
};

constexpr std::array kNames = std::to_array<KindName>({
    {ImportKind::keylist, "keylist"},
    {ImportKind::enterprises, "enterprises"},
    {ImportKind::licences, "licences"},
    {ImportKind::penalties, "penalties"},
    {ImportKind::inspections, "inspections"},
    {ImportKind::events, "events"},
    {ImportKind::inspectors, "inspectors"},
});

}  // namespace

Result<ImportKind> parse_import_kind(std::string_view name) {
  for (const auto& k : kNames) {
    if (k.name == name) return k.kind;
  }
  return fail(ErrorCode::bad_request,
              "未知的导入类型 (unknown import kind): " + std::string(name) +
                  " — keylist, enterprises, licences, penalties, inspections, events, inspectors");
}

std::string_view to_string(ImportKind kind) {
  for (const auto& k : kNames) {
    if (k.kind == kind) return k.name;
  }
  return "unknown";
}

std::span<const formats::ColumnSpec> columns_of(ImportKind kind) {
  switch (kind) {
    case ImportKind::keylist:
      return kKeylist;
    case ImportKind::enterprises:
      return kEnterprises;
    case ImportKind::licences:
      return kLicences;
    case ImportKind::penalties:
      return kPenalties;
    case ImportKind::inspections:
      return kInspections;
    case ImportKind::events:
      return kEvents;
    case ImportKind::inspectors:
      return kInspectors;
  }
  return {};
}

}  // namespace xj::collection
