// Storage of issued credit reports (table credit_reports, store/schema_report.h): a report is
// reserved (which allocates its number from the row id) and completed with its canonical JSON
// and SM3 digest inside one write transaction, then served verbatim for verification.
//
//   XJ_TRY(std::string no, reserve_report(session, uscc, as_of, issued_at, today));
//   XJ_CHECK(complete_report(session, no, canonical, sm3_hex(canonical)));
//   XJ_TRY(auto stored, find_report(session, no));   // nullopt: no such (completed) report
//
// Errors: ErrorCode::internal from the store. Thread safety: as the Session passed in.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/result.h"
#include "store/database.h"

namespace xj::disclosure {

struct StoredReport {
  std::string report_no;
  std::string uscc;
  std::string as_of;
  std::string issued_at;
  std::string canonical_json;  // the exact bytes that were digested
  std::string sm3;             // lowercase hex
};

// Inserts a report row and returns its number (report_number(issued_on, id)).
Result<std::string> reserve_report(store::Session& session, std::string_view uscc, core::Date as_of,
                                   std::string_view issued_at, core::Date issued_on);

// Stores the canonical JSON and its digest on the reserved report `report_no`.
Status complete_report(store::Session& session, std::string_view report_no,
                       std::string_view canonical_json, std::string_view sm3);

// The completed report with this number, or nullopt.
Result<std::optional<StoredReport>> find_report(store::Session& session,
                                                std::string_view report_no);

}  // namespace xj::disclosure
