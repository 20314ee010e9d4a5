// What the printable credit report (HTML page, http/report_page.h, and PDF, http/report_pdf.h)
// shows, in one place so that both print the same: the title, the header lines, the sections in
// order with their field labels (Chinese; headings Chinese first, English beside) and how values
// that are not plain text read — lists joined with "；", money in yuan with "元", commitment
// kinds and verification results in Chinese with the code beside. Only the PublicRecord is
// printed, never internal data. Pure; thread-safe.
//
//   for (const ReportSection& s : report_sections(record)) { heading(s.title); … s.entries … }
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "disclosure/public_record.h"
#include "http/report_json.h"

namespace xj::http {

inline constexpr std::string_view kReportTitle = "企业信用报告";
inline constexpr std::string_view kReportTitleEn = "Credit report";
// Printed for a section without entries.
inline constexpr std::string_view kReportNone = "无 (none)";
// How to verify the report, Chinese then English (printed under the verification section).
inline constexpr std::string_view kReportVerifyNote =
    "本报告内容为截至信息截止日期依法公示的信息。核验方法：访问核验地址取得报告的规范 JSON，"
    "计算其 SM3 摘要（GB/T 32905，小写十六进制），应与上方摘要一致。";
inline constexpr std::string_view kReportVerifyNoteEn =
    "This report shows the information public on the as-of date. To verify it, fetch the "
    "canonical JSON from the verification URL and compute its SM3 digest (lowercase hex): it "
    "must equal the digest above.";

// One labelled value; nullopt prints "—".
struct ReportField {
  std::string_view label;
  std::optional<std::string> value;
};
using ReportEntry = std::vector<ReportField>;

// A numbered section heading and its entries, one label | value table each.
struct ReportSection {
  std::string_view title;
  std::vector<ReportEntry> entries;
};

// Report number, as-of date and issue time, labels Chinese and English.
ReportEntry report_header_fields(const ReportHeader& header);

// 一 basic data (always one entry), 二 key areas, 三 licences, 四 penalties, 五 inspections,
// 六 commitments, 七 the abnormal operation list, 八 the dishonest list.
std::vector<ReportSection> report_sections(const disclosure::PublicRecord& record);

// 九 verification: one entry, the SM3 digest and the verification URL.
ReportSection report_verification(std::string_view sm3, std::string_view verify_url);

// The items joined with the full-width semicolon "；"; "" for none.
std::string report_joined(const std::vector<std::string>& items);

// "2000.50 元" from fen; nullopt stays nullopt (printed as "—").
std::optional<std::string> report_yuan(const std::optional<std::int64_t>& fen);

}  // namespace xj::http
