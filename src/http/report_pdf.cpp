#include "http/report_pdf.h"

#include <vector>

#include "http/pdf_flow.h"
#include "http/report_values.h"

namespace xj::http {
namespace {

using Fields = std::vector<PdfField>;

constexpr float kEntryGap = 6.0F;

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

// A section: its heading, then one table per entry, or "无 (none)".
template <typename T, typename ToFields>
void section(PdfFlow& pdf, std::string_view title, const std::vector<T>& entries, ToFields to) {
  pdf.heading(title);
  if (entries.empty()) pdf.paragraph("无 (none)");
  for (const auto& e : entries) {
    pdf.fields(to(e));
    pdf.gap(kEntryGap);
  }
}

void basic_data(PdfFlow& pdf, const ReportHeader& h, const disclosure::PublicRecord& r) {
  pdf.title("企业信用报告", "Credit report");
  pdf.paragraph("报告编号 Report No.：" + h.report_no + "\n信息截止日期 As of：" + h.as_of +
                    "\n出具时间 Issued at：" + h.issued_at,
                10.0F);
  pdf.heading("一、基本信息 Basic data");
  pdf.fields({{"统一社会信用代码", r.uscc},
              {"名称", r.name},
              {"法定代表人", r.legal_representative},
              {"住所", r.address},
              {"行政区划", r.region_code},
              {"登记状态", r.status}});
}

void records(PdfFlow& pdf, const disclosure::PublicRecord& r) {
  section(pdf, "二、重点领域 Key areas", r.key_areas, [](const disclosure::PublicKeyArea& k) {
    return Fields{{"领域", k.area},
                  {"类别", k.subcategory},
                  {"许可证编号", k.licence_no},
                  {"列入日期", k.listed_on}};
  });
  section(pdf, "三、行政许可 Licences", r.licences, [](const disclosure::PublicLicence& l) {
    return Fields{{"许可证编号", l.licence_no},
                  {"许可类型", l.licence_type},
                  {"许可范围", l.scope},
                  {"发证机关", l.issuer},
                  {"发证日期", l.issued_on},
                  {"有效期至", l.valid_until},
                  {"状态", l.status}};
  });
  section(pdf, "四、行政处罚 Administrative penalties", r.penalties,
          [](const disclosure::PublicPenalty& x) {
            return Fields{{"决定书文号", x.decision_no},
                          {"违法行为类型", x.violation_type},
                          {"违法事实", x.facts},
                          {"处罚依据", x.legal_basis},
                          {"处罚类别", report_joined(x.penalty_types)},
                          {"罚款金额", report_yuan(x.fine_fen)},
                          {"没收金额", report_yuan(x.confiscation_fen)},
                          {"处罚决定日期", x.decided_on},
                          {"处罚机关", x.authority},
                          {"公示截止日期", x.public_until.to_string()}};
          });
  section(pdf, "五、检查抽查 Inspections", r.inspections,
          [](const disclosure::PublicInspection& i) {
            return Fields{{"编号", i.inspection_no},
                          {"类型", i.kind},
                          {"事项", i.matter},
                          {"日期", i.checked_on},
                          {"结果", report_joined(i.results)},
                          {"产品", i.product},
                          {"不合格项目", i.failed_items},
                          {"问题", i.findings},
                          {"实施机关", i.authority}};
          });
  section(pdf, "六、信用承诺 Credit commitments", r.commitments,
          [](const disclosure::PublicCommitment& c) {
            return Fields{{"承诺类型", commitment_kind(c.kind)},
                          {"承诺内容", c.text},
                          {"承诺日期", c.made_on},
                          {"核查结果", verification_result(c.verification_result)}};
          });
  section(pdf, "七、经营异常名录 Abnormal operation list", r.abnormal_list,
          [](const disclosure::PublicAbnormalEntry& e) {
            return Fields{{"列入事由", e.ground},
                          {"列入日期", e.listed_on},
                          {"决定书文号", e.decision_no},
                          {"作出决定机关", e.authority}};
          });
  section(pdf, "八、严重违法失信名单 Serious illegal and dishonest list", r.dishonest_list,
          [](const disclosure::PublicDishonestEntry& e) {
            return Fields{{"列入事由", e.grounds},
                          {"列入日期", e.listed_on},
                          {"届满日期", e.expires_on},
                          {"决定书文号", e.decision_no},
                          {"作出决定机关", e.authority}};
          });
}

void verification(PdfFlow& pdf, std::string_view sm3, std::string_view verify_url) {
  pdf.heading("九、报告核验 Verification");
  pdf.fields({{"SM3 摘要", std::string(sm3)}, {"核验地址", std::string(verify_url)}});
  pdf.gap(kEntryGap);
  pdf.paragraph(
      "本报告内容为截至信息截止日期依法公示的信息。核验方法：访问核验地址取得报告的规范 JSON，"
      "计算其 SM3 摘要（GB/T 32905，小写十六进制），应与上方摘要一致。\n"
      "This report shows the information public on the as-of date. To verify it, fetch the "
      "canonical JSON from the verification URL and compute its SM3 digest (lowercase hex): it "
      "must equal the digest above.\n"
      "信用风险分类结果不属于公示信息，不在本报告中。Credit risk classes are not part of the "
      "public record and are not shown in this report.",
      8.5F);
}

}  // namespace

Result<std::string> report_pdf(const ReportHeader& header, const disclosure::PublicRecord& record,
                               std::string_view sm3, std::string_view verify_url) {
  PdfFlow pdf({"企业信用报告 Credit report    报告编号 " + header.report_no,
               {"SM3 摘要 (digest of the canonical JSON)：" + std::string(sm3),
                "核验地址 Verify at：" + std::string(verify_url)}},
              {"Credit report " + header.report_no, header.issued_at});
  basic_data(pdf, header, record);
  records(pdf, record);
  verification(pdf, sm3, verify_url);
  return pdf.finish();
}

}  // namespace xj::http
