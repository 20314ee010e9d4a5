// The credit report (信用报告) as a PDF: the same issued report as the HTML page
// (http/report_page.h) — the public record as of the report date, the report number, the issue
// time, the SM3 digest of the canonical JSON (http/report_json.h) and the verification URL — on
// A4 pages with the report number and "第 x / y 页" at the top and the digest and URL at the
// bottom of every page. Sections: basic data, key areas, licences, penalties, inspections,
// commitments, the abnormal operation and the dishonest lists, verification; a closing note says
// that credit risk classes are not public. Only the PublicRecord is printed, never internal data.
// Text is set in non-embedded Chinese CID fonts (http/pdf_flow.h, docs/disclosure.md "PDF").
//
//   XJ_TRY(std::string pdf, report_pdf(header, record, sm3, verify_url));
//
// Deterministic for the same arguments. Errors: internal when the PDF library fails.
// Thread-safe (each call builds its own document).
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "disclosure/public_record.h"
#include "http/report_json.h"

namespace xj::http {

[[nodiscard]] Result<std::string> report_pdf(const ReportHeader& header,
                                             const disclosure::PublicRecord& record,
                                             std::string_view sm3, std::string_view verify_url);

}  // namespace xj::http
