#include "http/report_pdf.h"

#include <vector>

#include "http/pdf_flow.h"
#include "http/report_values.h"

namespace xj::http {
namespace {

constexpr float kEntryGap = 6.0F;

std::vector<PdfField> pdf_fields(const ReportEntry& entry) {
  std::vector<PdfField> out;
  out.reserve(entry.size());
  for (const auto& f : entry) out.push_back({std::string(f.label), f.value});
  return out;
}

// A section: its heading, then one table per entry, or "无 (none)".
void section(PdfFlow& pdf, const ReportSection& s) {
  pdf.heading(s.title);
  if (s.entries.empty()) pdf.paragraph(kReportNone);
  for (const auto& e : s.entries) {
    pdf.fields(pdf_fields(e));
    pdf.gap(kEntryGap);
  }
}

std::string header_lines(const ReportHeader& h) {
  std::string out;
  for (const auto& f : report_header_fields(h)) {
    if (!out.empty()) out += "\n";
    out += std::string(f.label) + "：" + f.value.value_or("—");
  }
  return out;
}

void verification_note(PdfFlow& pdf) {
  pdf.paragraph(std::string(kReportVerifyNote) + "\n" + std::string(kReportVerifyNoteEn) +
                    "\n信用风险分类结果不属于公示信息，不在本报告中。Credit risk classes are not "
                    "part of the public record and are not shown in this report.",
                8.5F);
}

}  // namespace

Result<std::string> report_pdf(const ReportHeader& header, const disclosure::PublicRecord& record,
                               std::string_view sm3, std::string_view verify_url) {
  const std::string title = std::string(kReportTitle) + " " + std::string(kReportTitleEn);
  PdfFlow pdf({title + "    报告编号 " + header.report_no,
               {"SM3 摘要 (digest of the canonical JSON)：" + std::string(sm3),
                "核验地址 Verify at：" + std::string(verify_url)}},
              {std::string(kReportTitleEn) + " " + header.report_no, header.issued_at});
  pdf.title(kReportTitle, kReportTitleEn);
  pdf.paragraph(header_lines(header), 10.0F);
  for (const auto& s : report_sections(record)) section(pdf, s);
  section(pdf, report_verification(sm3, verify_url));
  verification_note(pdf);
  return pdf.finish();
}

}  // namespace xj::http
