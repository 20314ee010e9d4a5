#include "http/report_page.h"

#include <optional>

#include "http/report_values.h"

namespace xj::http {
namespace {

constexpr std::string_view kStyle = R"css(
@page { size: A4; margin: 18mm 15mm; }
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; font-size: 11pt;
       color: #000; max-width: 180mm; margin: 0 auto; }
h1 { text-align: center; font-size: 20pt; letter-spacing: 0.3em; margin-bottom: 4mm; }
h2 { font-size: 13pt; border-bottom: 1px solid #000; margin-top: 7mm; }
table { width: 100%; border-collapse: collapse; margin-top: 2mm; }
th, td { border: 1px solid #555; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
th { background: #eee; font-weight: normal; white-space: nowrap; }
.meta td { border: none; padding: 0.5mm 0; }
.digest { font-family: monospace; word-break: break-all; }
.none { color: #555; }
.note { font-size: 9pt; color: #333; margin-top: 8mm; }
@media print { a { color: #000; text-decoration: none; } tr { page-break-inside: avoid; } }
)css";

class Page {
 public:
  void raw(std::string_view s) { out_ += s; }
  void text(std::string_view s) { out_ += html_escape(s); }
  void opt(const std::optional<std::string>& s) { text(s ? std::string_view(*s) : "—"); }
  void cell(std::string_view s) {
    raw("<td>");
    text(s);
    raw("</td>");
  }
  void opt_cell(const std::optional<std::string>& s) {
    raw("<td>");
    opt(s);
    raw("</td>");
  }
  void header_row(std::initializer_list<std::string_view> names) {
    raw("<tr>");
    for (auto n : names) {
      raw("<th>");
      raw(n);
      raw("</th>");
    }
    raw("</tr>\n");
  }
  void section(std::string_view title, bool empty) {
    raw("<h2>");
    raw(title);
    raw("</h2>\n");
    if (empty) raw("<p class=\"none\">无 (none)</p>\n");
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

void basic_data(Page& p, const ReportHeader& h, const disclosure::PublicRecord& r) {
  p.raw("<table class=\"meta\">\n<tr><td>报告编号 Report No.：");
  p.text(h.report_no);
  p.raw("</td><td>信息截止日期 As of：");
  p.text(h.as_of);
  p.raw("</td></tr>\n<tr><td colspan=\"2\">出具时间 Issued at：");
  p.text(h.issued_at);
  p.raw("</td></tr>\n</table>\n");
  p.section("一、基本信息 Basic data", false);
  p.raw("<table>\n<tr><th>统一社会信用代码</th>");
  p.cell(r.uscc);
  p.raw("</tr>\n<tr><th>名称</th>");
  p.cell(r.name);
  p.raw("</tr>\n<tr><th>法定代表人</th>");
  p.opt_cell(r.legal_representative);
  p.raw("</tr>\n<tr><th>住所</th>");
  p.opt_cell(r.address);
  p.raw("</tr>\n<tr><th>行政区划</th>");
  p.cell(r.region_code);
  p.raw("</tr>\n<tr><th>登记状态</th>");
  p.opt_cell(r.status);
  p.raw("</tr>\n</table>\n");
}

void records(Page& p, const disclosure::PublicRecord& r) {
  p.section("二、重点领域 Key areas", r.key_areas.empty());
  if (!r.key_areas.empty()) {
    p.raw("<table>\n");
    p.header_row({"领域", "类别", "许可证编号", "列入日期"});
    for (const auto& k : r.key_areas) {
      p.raw("<tr>");
      p.cell(k.area);
      p.opt_cell(k.subcategory);
      p.cell(k.licence_no);
      p.cell(k.listed_on);
      p.raw("</tr>\n");
    }
    p.raw("</table>\n");
  }
  p.section("三、行政许可 Licences", r.licences.empty());
  if (!r.licences.empty()) {
    p.raw("<table>\n");
    p.header_row(
        {"许可证编号", "许可类型", "许可范围", "发证机关", "发证日期", "有效期至", "状态"});
    for (const auto& l : r.licences) {
      p.raw("<tr>");
      p.cell(l.licence_no);
      p.cell(l.licence_type);
      p.opt_cell(l.scope);
      p.cell(l.issuer);
      p.cell(l.issued_on);
      p.cell(l.valid_until);
      p.cell(l.status);
      p.raw("</tr>\n");
    }
    p.raw("</table>\n");
  }
  p.section("四、行政处罚 Administrative penalties", r.penalties.empty());
  for (const auto& x : r.penalties) {
    p.raw("<table>\n<tr><th>决定书文号</th>");
    p.cell(x.decision_no);
    p.raw("</tr>\n<tr><th>违法行为类型</th>");
    p.cell(x.violation_type);
    p.raw("</tr>\n<tr><th>违法事实</th>");
    p.opt_cell(x.facts);
    p.raw("</tr>\n<tr><th>处罚依据</th>");
    p.cell(x.legal_basis);
    p.raw("</tr>\n<tr><th>处罚类别</th>");
    p.cell(report_joined(x.penalty_types));
    p.raw("</tr>\n<tr><th>罚款金额</th>");
    p.opt_cell(report_yuan(x.fine_fen));
    p.raw("</tr>\n<tr><th>没收金额</th>");
    p.opt_cell(report_yuan(x.confiscation_fen));
    p.raw("</tr>\n<tr><th>处罚决定日期</th>");
    p.cell(x.decided_on);
    p.raw("</tr>\n<tr><th>处罚机关</th>");
    p.cell(x.authority);
    p.raw("</tr>\n<tr><th>公示截止日期</th>");
    p.cell(x.public_until.to_string());
    p.raw("</tr>\n</table>\n");
  }
  p.section("五、检查抽查 Inspections", r.inspections.empty());
  if (!r.inspections.empty()) {
    p.raw("<table>\n");
    p.header_row(
        {"编号", "类型", "事项", "日期", "结果", "产品", "不合格项目", "问题", "实施机关"});
    for (const auto& i : r.inspections) {
      p.raw("<tr>");
      p.cell(i.inspection_no);
      p.cell(i.kind);
      p.opt_cell(i.matter);
      p.cell(i.checked_on);
      p.cell(report_joined(i.results));
      p.opt_cell(i.product);
      p.opt_cell(i.failed_items);
      p.opt_cell(i.findings);
      p.cell(i.authority);
      p.raw("</tr>\n");
    }
    p.raw("</table>\n");
  }
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string report_page(const ReportHeader& header, const disclosure::PublicRecord& record,
                        std::string_view sm3, std::string_view verify_url) {
  Page p;
  p.raw("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
  p.text("市场主体公示信用报告 " + header.report_no);
  p.raw("</title>\n<style>");
  p.raw(kStyle);
  p.raw(
      "</style>\n</head>\n<body>\n<h1>市场主体公示信用报告</h1>\n"
      "<p style=\"text-align:center\">Public credit report</p>\n");
  basic_data(p, header, record);
  records(p, record);
  p.section("六、报告核验 Verification", false);
  p.raw("<table>\n<tr><th>SM3 摘要</th><td class=\"digest\">");
  p.text(sm3);
  p.raw("</td></tr>\n<tr><th>核验地址</th><td class=\"digest\">");
  p.text(verify_url);
  p.raw(
      "</td></tr>\n</table>\n<p class=\"note\">"
      "本报告内容为截至信息截止日期依法公示的信息。核验方法：访问核验地址取得报告的规范 JSON，"
      "计算其 SM3 摘要（GB/T 32905，小写十六进制），应与上方摘要一致。<br>"
      "This report shows the information public on the as-of date. To verify it, fetch the "
      "canonical JSON from the verification URL and compute its SM3 digest (lowercase hex): "
      "it must equal the digest above.</p>\n</body>\n</html>\n");
  return p.take();
}

}  // namespace xj::http
