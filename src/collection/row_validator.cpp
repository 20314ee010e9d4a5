#include "collection/row_validator.h"

#include <charconv>

#include "collection/field_reader.h"
#include "core/licence_no.h"
#include "core/region_code.h"
#include "core/text.h"

namespace xj::collection {
namespace {

// formats.md `keylist` 领域.
constexpr Alias kAreas[] = {{"食品生产企业", registry::kFoodProduction},
                            {"food_production", registry::kFoodProduction},
                            {"特种设备获证企业", registry::kSpecialEquipment},
                            {"special_equipment", registry::kSpecialEquipment}};

// formats.md `keylist` 子类: food (特殊食品 may be named by its three kinds) and special equipment.
constexpr Alias kFoodSubcategories[] = {{"普通食品", "普通食品"},
                                        {"特殊食品", "特殊食品"},
                                        {"保健食品", "保健食品"},
                                        {"特殊医学用途配方食品", "特殊医学用途配方食品"},
                                        {"婴幼儿配方食品", "婴幼儿配方食品"}};
constexpr Alias kEquipmentSubcategories[] = {
    {"设计", "设计"},         {"制造", "制造"},
    {"安装", "安装"},         {"改造", "改造"},
    {"修理", "修理"},         {"移动式压力容器充装", "移动式压力容器充装"},
    {"气瓶充装", "气瓶充装"}, {"检验检测", "检验检测"},
    {"电梯维保", "电梯维保"}};

constexpr Alias kEnterpriseStatuses[] = {{"存续", "存续"}, {"在业", "在业"}, {"吊销", "吊销"},
                                         {"注销", "注销"}, {"迁出", "迁出"}, {"停业", "停业"}};

constexpr std::string_view kFoodLicenceType = "食品生产许可";
constexpr Alias kLicenceTypes[] = {{"食品生产许可", "食品生产许可"},
                                   {"特种设备生产许可", "特种设备生产许可"},
                                   {"移动式压力容器充装许可", "移动式压力容器充装许可"},
                                   {"气瓶充装许可", "气瓶充装许可"},
                                   {"特种设备检验检测机构核准", "特种设备检验检测机构核准"}};
constexpr Alias kLicenceStatuses[] = {
    {"有效", "有效"}, {"注销", "注销"}, {"撤销", "撤销"}, {"吊销", "吊销"}};

// formats.md `penalties` 处罚种类.
constexpr Alias kPenaltyTypes[] = {{"警告", "警告"},
                                   {"通报批评", "通报批评"},
                                   {"罚款", "罚款"},
                                   {"没收违法所得", "没收违法所得"},
                                   {"没收非法财物", "没收非法财物"},
                                   {"暂扣许可证件", "暂扣许可证件"},
                                   {"降低资质等级", "降低资质等级"},
                                   {"吊销许可证件", "吊销许可证件"},
                                   {"限制开展生产经营活动", "限制开展生产经营活动"},
                                   {"责令停产停业", "责令停产停业"},
                                   {"责令关闭", "责令关闭"},
                                   {"限制从业", "限制从业"}};
constexpr Alias kProcedures[] = {{"简易", "简易"}, {"普通", "普通"}};
constexpr Alias kPenaltyAreas[] = {{"食品", "food"},
                                   {"food", "food"},
                                   {"特种设备", "special_equipment"},
                                   {"special_equipment", "special_equipment"},
                                   {"其他", "other"},
                                   {"other", "other"}};

constexpr std::string_view kSampling = "监督抽检";
constexpr Alias kInspectionKinds[] = {{"监督检查", "监督检查"},
                                      {"双随机抽查", "双随机抽查"},
                                      {"专项检查", "专项检查"},
                                      {"监督抽检", "监督抽检"}};
// domain-rules §8 result codes.
constexpr Alias kInspectionResults[] = {
    {"未发现问题", "未发现问题"},
    {"发现问题已责令改正", "发现问题已责令改正"},
    {"发现问题待后续处理", "发现问题待后续处理"},
    {"未按规定公示应当公示的信息", "未按规定公示应当公示的信息"},
    {"公示信息隐瞒真实情况弄虚作假", "公示信息隐瞒真实情况弄虚作假"},
    {"通过登记的住所（经营场所）无法联系", "通过登记的住所（经营场所）无法联系"},
    {"不配合检查情节严重", "不配合检查情节严重"},
    {"未发现开展本次抽查涉及的经营活动", "未发现开展本次抽查涉及的经营活动"},
    {"已关闭停业或正在组织清算", "已关闭停业或正在组织清算"},
    {"已注销", "已注销"},
    {"已吊销", "已吊销"},
    {"已迁出", "已迁出"}};
constexpr Alias kSamplingResults[] = {{"合格", "合格"}, {"不合格", "不合格"}};

// domain-rules §10: the Chinese name or the code.
constexpr Alias kEventTypes[] = {{"投诉举报属实", "complaint_substantiated"},
                                 {"complaint_substantiated", "complaint_substantiated"},
                                 {"特种设备事故", "accident"},
                                 {"accident", "accident"},
                                 {"食品安全事故", "food_safety_incident"},
                                 {"food_safety_incident", "food_safety_incident"},
                                 {"电梯困人救援超时", "rescue_late"},
                                 {"rescue_late", "rescue_late"},
                                 {"电梯同一故障月内重复", "fault_recurrence"},
                                 {"fault_recurrence", "fault_recurrence"},
                                 {"充装非自有产权气瓶", "non_own_cylinder_fill"},
                                 {"non_own_cylinder_fill", "non_own_cylinder_fill"},
                                 {"充装超期未检气瓶", "overdue_cylinder_fill"},
                                 {"overdue_cylinder_fill", "overdue_cylinder_fill"},
                                 {"产品召回", "recall"},
                                 {"recall", "recall"}};

constexpr Alias kDomains[] = {{"食品", "食品"}, {"特种设备", "特种设备"}, {"综合", "综合"}};
constexpr Alias kInspectorStatuses[] = {{"在岗", "在岗"}, {"离岗", "离岗"}};

// A document number (decision, inspection, event): trimmed, full-width digits and letters to
// ASCII so that a re-typed number finds its record (formats.md "Values").
std::string document_no(FieldReader& f, std::size_t column) {
  return core::to_half_width(f.required(column));
}

// A licence number as a code: normalised; a numeric spreadsheet cell lost its letters.
std::string licence_text(FieldReader& f, std::size_t column) {
  const auto& cells = f.input().cells;
  if (column < cells.size() && cells[column] && cells[column]->type != formats::CellType::text &&
      !core::trim(cells[column]->text).empty()) {
    f.reject(column, "invalid_licence_no",
             "许可证编号被存为数字，请将该列设置为文本格式 (the licence number is a numeric cell: "
             "format the column as text)");
    return {};
  }
  return core::normalize_code(f.required(column));
}

// Checks a licence number against its kind (domain-rules §1.2): food numbers strictly,
// special-equipment numbers as opaque strings with a warning for unusual forms.
std::string checked_licence_no(FieldReader& f, std::size_t column, const std::string& raw,
                               bool food) {
  if (raw.empty()) return {};
  if (food) {
    auto no = core::FoodLicenceNo::parse(raw);
    if (!no) {
      const auto& d = no.error().details;
      f.reject(column, "invalid_licence_no", d.empty() ? no.error().message : d.front().message);
      return {};
    }
    return no->str();
  }
  auto no = core::check_special_equipment_licence_no(raw);
  if (!no) {
    f.reject(column, "invalid_licence_no", no.error().message);
    return {};
  }
  for (auto& w : no->warnings) f.warn(column, w.code, w.message);
  return no->text;
}

std::string region_code(FieldReader& f, std::size_t column, bool required) {
  auto raw = required ? std::optional<std::string>(f.required(column)) : f.text(column);
  if (!raw || raw->empty()) return {};
  auto rc = core::RegionCode::parse(*raw);
  if (!rc) {
    const auto& d = rc.error().details;
    f.reject(column, "invalid_region", d.empty() ? rc.error().message : d.front().message);
    return {};
  }
  return rc->str();
}

Record keylist(FieldReader& f) {
  registry::KeyListEntry e;
  auto area = f.choice(kl_area, kAreas);
  if (!area && !f.error()) f.reject(kl_area, "missing_field", "必填项为空：领域 (area is empty)");
  e.area = area.value_or("");
  e.name = f.required(kl_name);
  e.uscc = f.uscc(kl_uscc);
  std::string licence = licence_text(f, kl_licence_no);
  if (area)
    e.licence_no =
        checked_licence_no(f, kl_licence_no, licence, *area == registry::kFoodProduction);
  if (area) {
    e.subcategory = f.choice(kl_subcategory, *area == registry::kFoodProduction
                                                 ? std::span<const Alias>(kFoodSubcategories)
                                                 : std::span<const Alias>(kEquipmentSubcategories));
  }
  e.remark = f.text(kl_remark);
  // formats.md: 列入日期 defaults to the import date.
  e.listed_on = f.date(kl_listed_on, false, true).value_or(f.today().to_string());
  return e;
}

Record enterprise(FieldReader& f) {
  registry::Enterprise e;
  e.uscc = f.uscc(en_uscc);
  e.name = f.required(en_name);
  e.legal_representative = f.text(en_legal_representative);
  e.address = f.text(en_address);
  e.region_code = region_code(f, en_region_code, false);
  // domain-rules §1.1: without a region_code the region is positions 3–8 of the USCC.
  if (e.region_code.empty() && e.uscc.size() == 18) e.region_code = e.uscc.substr(2, 6);
  e.established_on = f.date(en_established_on, false, true);
  e.status = f.choice(en_status, kEnterpriseStatuses).value_or("存续");
  e.entity_type = f.text(en_entity_type);
  e.phone = f.text(en_phone);
  return e;
}

Record licence(FieldReader& f) {
  Licence l;
  std::string raw_no = licence_text(f, li_licence_no);
  l.uscc = f.uscc(li_uscc);
  l.name = f.required(li_name);
  auto type = f.choice(li_licence_type, kLicenceTypes);
  if (!type && !f.error()) {
    f.reject(li_licence_type, "missing_field", "必填项为空：许可类别 (licence type is empty)");
  }
  l.licence_type = type.value_or("");
  if (type) l.licence_no = checked_licence_no(f, li_licence_no, raw_no, *type == kFoodLicenceType);
  l.scope = f.text(li_scope);
  l.issuer = f.required(li_issuer);
  l.issued_on = f.date(li_issued_on, true, true).value_or("");
  l.valid_until = f.date(li_valid_until, true, false).value_or("");
  l.status = f.choice(li_status, kLicenceStatuses).value_or("有效");
  return l;
}

Record penalty(FieldReader& f) {
  Penalty p;
  p.decision_no = document_no(f, pe_decision_no);
  p.uscc = f.uscc(pe_uscc);
  p.name = f.required(pe_name);
  p.violation_type = f.required(pe_violation_type);
  p.facts = f.text(pe_facts);
  p.legal_basis = f.required(pe_legal_basis);
  p.penalty_types = f.list(pe_penalty_types, kPenaltyTypes, true);
  p.fine_fen = f.money(pe_fine_yuan);
  p.confiscation_fen = f.money(pe_confiscation_yuan);
  p.decided_on = f.date(pe_decided_on, true, true).value_or("");
  p.authority = f.required(pe_authority);
  p.procedure = f.choice(pe_procedure, kProcedures).value_or("普通");
  p.area = f.choice(pe_area, kPenaltyAreas);
  // Empty: derived when read (domain-rules §3).
  p.heavier = f.yes_no(pe_heavier);
  p.is_public = f.yes_no(pe_public).value_or(true);
  const bool has_fine =
      std::find(p.penalty_types.begin(), p.penalty_types.end(), "罚款") != p.penalty_types.end();
  if (has_fine && !p.fine_fen) {
    // domain-rules §2: a fine without an amount cannot be shown to be lower.
    f.warn(pe_fine_yuan, "missing_amount",
           "处罚种类含罚款但未填罚款金额，公示期按 3 年计 (a fine without an amount: publicity "
           "period 3 years)");
  }
  return p;
}

Record inspection(FieldReader& f) {
  Inspection i;
  i.inspection_no = document_no(f, in_inspection_no);
  i.uscc = f.uscc(in_uscc);
  i.name = f.required(in_name);
  auto kind = f.choice(in_kind, kInspectionKinds);
  if (!kind && !f.error())
    f.reject(in_kind, "missing_field", "必填项为空：检查类型 (kind is empty)");
  i.kind = kind.value_or("");
  i.matter = f.text(in_matter);
  i.checked_on = f.date(in_checked_on, true, true).value_or("");
  if (i.kind == kSampling) {
    auto result = f.choice(in_result, kSamplingResults);
    if (!result && !f.error()) {
      f.reject(in_result, "missing_field", "必填项为空：检查结果 (result is empty)");
    }
    if (result) i.results = {*result};
  } else if (kind) {
    i.results = f.list(in_result, kInspectionResults, true);
  }
  i.product = f.text(in_product);
  i.failed_items = f.text(in_failed_items);
  i.findings = f.text(in_findings);
  i.authority = f.required(in_authority);
  i.is_public = f.yes_no(in_public).value_or(true);
  return i;
}

Record event(FieldReader& f) {
  Event e;
  e.event_no = document_no(f, ev_event_no);
  e.uscc = f.uscc(ev_uscc);
  e.name = f.required(ev_name);
  auto type = f.choice(ev_event_type, kEventTypes);
  if (!type && !f.error()) {
    f.reject(ev_event_type, "missing_field", "必填项为空：事件类型 (event type is empty)");
  }
  e.event_type = type.value_or("");
  e.occurred_on = f.date(ev_occurred_on, true, true).value_or("");
  if (auto count = f.text(ev_count)) {
    std::string digits = core::to_half_width(*count);
    std::int64_t n = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (ec != std::errc() || end != digits.data() + digits.size() || n < 1) {
      f.reject(ev_count, "invalid_amount", "数量应为正整数 (count must be a positive integer)");
    }
    e.count = n;
  }
  e.description = f.text(ev_description);
  e.source = f.required(ev_source);
  return e;
}

Record inspector(FieldReader& f) {
  Inspector i;
  i.id = core::normalize_code(f.required(ip_id));
  i.name = f.required(ip_name);
  i.unit = f.required(ip_unit);
  i.region_code = region_code(f, ip_region_code, true);
  i.domains = f.list(ip_domains, kDomains, true);
  i.status = f.choice(ip_status, kInspectorStatuses).value_or("在岗");
  return i;
}

Record read_record(ImportKind kind, FieldReader& f) {
  switch (kind) {
    case ImportKind::keylist:
      return keylist(f);
    case ImportKind::enterprises:
      return enterprise(f);
    case ImportKind::licences:
      return licence(f);
    case ImportKind::penalties:
      return penalty(f);
    case ImportKind::inspections:
      return inspection(f);
    case ImportKind::events:
      return event(f);
    case ImportKind::inspectors:
      return inspector(f);
  }
  return Inspector{};
}

template <class... Fs>
struct Overloaded : Fs... {
  using Fs::operator()...;
};
template <class... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

}  // namespace

ValidatedRow validate_row(ImportKind kind, const RowInput& input, core::Date today,
                          const core::LegacyCodes& legacy) {
  FieldReader f(input, today, legacy);
  Record record = read_record(kind, f);
  ValidatedRow out;
  out.error = f.error();
  if (!out.error) {
    out.record = std::move(record);
    out.warnings = std::move(f.warnings());
  }
  return out;
}

std::string record_key(const Record& record) {
  return std::visit(Overloaded{
                        [](const registry::KeyListEntry& e) {
                          return e.area + "|" + e.uscc + "|" + e.licence_no;
                        },
                        [](const registry::Enterprise& e) { return e.uscc; },
                        [](const Licence& l) { return l.licence_no; },
                        [](const Penalty& p) { return p.decision_no; },
                        [](const Inspection& i) { return i.inspection_no; },
                        [](const Event& e) { return e.event_no; },
                        [](const Inspector& i) { return i.id; },
                    },
                    record);
}

std::string record_uscc(const Record& record) {
  return std::visit(Overloaded{
                        [](const Inspector&) { return std::string(); },
                        [](const auto& r) { return r.uscc; },
                    },
                    record);
}

std::string record_region(const Record& record) {
  return std::visit(Overloaded{
                        [](const Inspector& i) { return i.region_code; },
                        [](const registry::Enterprise& e) { return e.region_code; },
                        [](const auto& r) { return r.uscc.substr(2, 6); },
                    },
                    record);
}

std::size_t region_column(ImportKind kind) {
  switch (kind) {
    case ImportKind::keylist:
      return kl_uscc;
    case ImportKind::enterprises:
      return en_uscc;
    case ImportKind::inspectors:
      return ip_region_code;
    default:
      return 1;  // the USCC follows the document number
  }
}

std::size_t key_column(ImportKind kind) {
  switch (kind) {
    case ImportKind::keylist:
      return kl_licence_no;
    default:
      return 0;  // the first column of every other kind is its key
  }
}

}  // namespace xj::collection
