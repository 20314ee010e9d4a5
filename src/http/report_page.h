// The printable credit report (信用报告): an HTML page, Chinese first, with print CSS for A4,
// showing the public record as of the report date, the report number, the SM3 digest of the
// canonical JSON (http/report_json.h) and the URL where that JSON can be fetched to verify it.
// Title, sections (basic data, key areas, licences, penalties, inspections, commitments, the
// abnormal operation and dishonest lists, verification) and labels are the PDF's
// (http/report_values.h), one label | value table per entry. Every text is HTML-escaped.
// Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "disclosure/public_record.h"
#include "http/report_json.h"

namespace xj::http {

std::string report_page(const ReportHeader& header, const disclosure::PublicRecord& record,
                        std::string_view sm3, std::string_view verify_url);

// `text` with & < > " ' replaced by character references.
std::string html_escape(std::string_view text);

}  // namespace xj::http
