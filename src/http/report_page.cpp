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
.subtitle { text-align: center; margin-top: 0; }
h2 { font-size: 13pt; border-bottom: 1px solid #000; margin-top: 7mm; }
table { width: 100%; border-collapse: collapse; margin-top: 2mm; }
th, td { border: 1px solid #555; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
th { background: #eee; font-weight: normal; white-space: nowrap; width: 25%; }
.meta td { border: none; padding: 0.5mm 0; }
.digest { font-family: monospace; word-break: break-all; }
.none { color: #555; }
.note { font-size: 9pt; color: #333; margin-top: 8mm; }
@media print {
  a { color: #000; text-decoration: none; }
  tr, table { page-break-inside: avoid; }
}
)css";

class Page {
 public:
  void raw(std::string_view s) { out_ += s; }
  void text(std::string_view s) { out_ += html_escape(s); }
  void opt(const std::optional<std::string>& s) { text(s ? std::string_view(*s) : "—"); }
  // One label | value table; `td` is the opening tag of the value cells.
  void entry(const ReportEntry& fields, std::string_view td = "<td>") {
    raw("<table>\n");
    for (const auto& f : fields) {
      raw("<tr><th>");
      text(f.label);
      raw("</th>");
      raw(td);
      opt(f.value);
      raw("</td></tr>\n");
    }
    raw("</table>\n");
  }
  // The heading, then one table per entry, or "无 (none)".
  void section(const ReportSection& s, std::string_view td = "<td>") {
    raw("<h2>");
    text(s.title);
    raw("</h2>\n");
    if (s.entries.empty()) {
      raw("<p class=\"none\">");
      text(kReportNone);
      raw("</p>\n");
    }
    for (const auto& e : s.entries) entry(e, td);
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

void header_lines(Page& p, const ReportHeader& h) {
  p.raw("<table class=\"meta\">\n");
  for (const auto& f : report_header_fields(h)) {
    p.raw("<tr><td>");
    p.text(f.label);
    p.raw("：");
    p.opt(f.value);
    p.raw("</td></tr>\n");
  }
  p.raw("</table>\n");
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
  p.text(std::string(kReportTitle) + " " + header.report_no);
  p.raw("</title>\n<style>");
  p.raw(kStyle);
  p.raw("</style>\n</head>\n<body>\n<h1>");
  p.text(kReportTitle);
  p.raw("</h1>\n<p class=\"subtitle\">");
  p.text(kReportTitleEn);
  p.raw("</p>\n");
  header_lines(p, header);
  for (const auto& s : report_sections(record)) p.section(s);
  p.section(report_verification(sm3, verify_url), "<td class=\"digest\">");
  p.raw("<p class=\"note\">");
  p.text(kReportVerifyNote);
  p.raw("<br>");
  p.text(kReportVerifyNoteEn);
  p.raw("</p>\n</body>\n</html>\n");
  return p.take();
}

}  // namespace xj::http
