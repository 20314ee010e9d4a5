#include "http/report_values.h"

#include "core/money.h"

namespace xj::http {
namespace {

// Commitment kinds and verification results (commitment/model.h) in Chinese, the code beside.
std::string commitment_kind(const std::string& kind) {
  if (kind == "approval") return "告知承诺 (approval)";
  if (kind == "registration") return "登记承诺 (registration)";
  if (kind == "voluntary") return "主动承诺 (voluntary)";
  if (kind == "repair") return "守信承诺书 (repair)";
  return kind;
}

std::string verification_result(const std::string& result) {
  if (result == "pending") return "待核查 (pending)";
  if (result == "consistent") return "核查一致 (consistent)";
  if (result == "inconsistent") return "核查不一致 (inconsistent)";
  return result;
}

// A section with one entry per item of `items`, made by `to`.
template <typename T, typename ToEntry>
ReportSection section(std::string_view title, const std::vector<T>& items, ToEntry to) {
  ReportSection out{title, {}};
  out.entries.reserve(items.size());
  for (const auto& item : items) out.entries.push_back(to(item));
  return out;
}

ReportEntry key_area(const disclosure::PublicKeyArea& k) {
  return {{"领域", k.area},
          {"类别", k.subcategory},
          {"许可证编号", k.licence_no},
          {"列入日期", k.listed_on}};
}

ReportEntry licence(const disclosure::PublicLicence& l) {
  return {{"许可证编号", l.licence_no},
          {"许可类型", l.licence_type},
          {"许可范围", l.scope},
          {"发证机关", l.issuer},
          {"发证日期", l.issued_on},
          {"有效期至", l.valid_until},
          {"状态", l.status}};
}

ReportEntry penalty(const disclosure::PublicPenalty& x) {
  return {{"决定书文号", x.decision_no},
          {"违法行为类型", x.violation_type},
          {"违法事实", x.facts},
          {"处罚依据", x.legal_basis},
          {"处罚类别", report_joined(x.penalty_types)},
          {"罚款金额", report_yuan(x.fine_fen)},
          {"没收金额", report_yuan(x.confiscation_fen)},
          {"处罚决定日期", x.decided_on},
          {"处罚机关", x.authority},
          {"公示截止日期", x.public_until.to_string()}};
}

ReportEntry inspection(const disclosure::PublicInspection& i) {
  return {{"编号", i.inspection_no},
          {"类型", i.kind},
          {"事项", i.matter},
          {"日期", i.checked_on},
          {"结果", report_joined(i.results)},
          {"产品", i.product},
          {"不合格项目", i.failed_items},
          {"问题", i.findings},
          {"实施机关", i.authority}};
}

ReportEntry commitment(const disclosure::PublicCommitment& c) {
  return {{"承诺类型", commitment_kind(c.kind)},
          {"承诺内容", c.text},
          {"承诺日期", c.made_on},
          {"核查结果", verification_result(c.verification_result)}};
}

ReportEntry abnormal(const disclosure::PublicAbnormalEntry& e) {
  return {{"列入事由", disclosure::abnormal_ground_title(e.ground)},
          {"列入日期", e.listed_on},
          {"决定书文号", e.decision_no},
          {"作出决定机关", e.authority}};
}

ReportEntry dishonest(const disclosure::PublicDishonestEntry& e) {
  return {{"列入事由", e.grounds},
          {"列入日期", e.listed_on},
          {"届满日期", e.expires_on},
          {"决定书文号", e.decision_no},
          {"作出决定机关", e.authority}};
}

}  // namespace

ReportEntry report_header_fields(const ReportHeader& header) {
  return {{"报告编号 Report No.", header.report_no},
          {"信息截止日期 As of", header.as_of},
          {"出具时间 Issued at", header.issued_at}};
}

std::vector<ReportSection> report_sections(const disclosure::PublicRecord& r) {
  std::vector<ReportSection> out;
  out.push_back({"一、基本信息 Basic data",
                 {{{"统一社会信用代码", r.uscc},
                   {"名称", r.name},
                   {"法定代表人", r.legal_representative},
                   {"住所", r.address},
                   {"行政区划", r.region_code},
                   {"登记状态", r.status}}}});
  out.push_back(section("二、重点领域 Key areas", r.key_areas, key_area));
  out.push_back(section("三、行政许可 Licences", r.licences, licence));
  out.push_back(section("四、行政处罚 Administrative penalties", r.penalties, penalty));
  out.push_back(section("五、检查抽查 Inspections", r.inspections, inspection));
  out.push_back(section("六、信用承诺 Credit commitments", r.commitments, commitment));
  out.push_back(section("七、经营异常名录 Abnormal operation list", r.abnormal_list, abnormal));
  out.push_back(section("八、严重违法失信名单 Serious illegal and dishonest list", r.dishonest_list,
                        dishonest));
  return out;
}

ReportSection report_verification(std::string_view sm3, std::string_view verify_url) {
  return {"九、报告核验 Verification",
          {{{"SM3 摘要", std::string(sm3)}, {"核验地址", std::string(verify_url)}}}};
}

std::string report_joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += "；";
    out += s;
  }
  return out;
}

std::optional<std::string> report_yuan(const std::optional<std::int64_t>& fen) {
  if (!fen) return std::nullopt;
  return core::Money::from_fen(*fen).to_yuan_string() + " 元";
}

}  // namespace xj::http
