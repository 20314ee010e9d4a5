// The canonical JSON of a credit report (docs/disclosure.md "Credit report"): the bytes whose
// SM3 digest is printed on the report and that GET /api/v1/public/reports/{no} returns.
//
//   {"as_of":"2026-06-15","issued_at":"2026-06-15T02:00:00Z","record":{…},"report_no":"XJ-…"}
//
// record is the public record of http/enterprise_json.h as of `as_of`. Canonical: object keys
// sorted by their UTF-8 bytes at every level, no whitespace outside strings, UTF-8 (not \u
// escapes) for non-ASCII text, numbers as enterprise_json gives them. Pure; thread-safe.
#pragma once

#include <string>

#include "disclosure/public_record.h"

namespace xj::http {

struct ReportHeader {
  std::string report_no;
  std::string as_of;      // YYYY-MM-DD
  std::string issued_at;  // RFC 3339 UTC
};

std::string canonical_report_json(const ReportHeader& header,
                                  const disclosure::PublicRecord& record);

}  // namespace xj::http
