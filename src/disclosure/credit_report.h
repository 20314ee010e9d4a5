// The credit report (信用报告, issue 5 item 6): the public record of one enterprise as of a date,
// numbered and digested so that anyone can check a printed copy against
// GET /api/v1/public/reports/{no}. This file holds the pure rules; storage is report_repo.h, the
// canonical JSON and the printable page are in http/ (docs/disclosure.md "Credit report").
//
//   XJ_TRY(core::Date as_of, parse_as_of(req.query_param("as_of"), today));
//   report_number(today, 123) == "XJ-20260615-000123"
//
// Pure; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/date.h"
#include "core/result.h"
#include "disclosure/public_record.h"

namespace xj::disclosure {

// "XJ-" + the issue date as YYYYMMDD + "-" + the serial, zero-padded to at least 6 digits. The
// serial is the report's row id, so numbers are unique across days and servers.
std::string report_number(core::Date issued_on, std::int64_t serial);

// The report date: `today` when `raw` is absent, else a date (core::parse_date forms) not after
// `today`. Errors: 422 validation_failed, detail {as_of, invalid_date}.
Result<core::Date> parse_as_of(const std::optional<std::string>& raw, core::Date today);

// The record as it stood on `as_of` as far as stored dates tell: drops key-area entries listed,
// licences issued and inspections checked after `as_of` (public_record() already applies the
// penalty publicity periods and licence expiry for the date it is given). Entries removed from
// the key-area list are not kept with their history, so one removed after `as_of` is missing.
void drop_records_after(PublicRecord& record, core::Date as_of);

}  // namespace xj::disclosure
