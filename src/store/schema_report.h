// The credit report table (issue 5, item 6): every issued report with its canonical JSON and
// SM3 digest, so that GET /api/v1/public/reports/{no} returns the exact bytes that were digested.
// One migration, listed by store/schema.cpp after the disclosure migration.
//
// credit_reports: id (allocates the report number), report_no (unique once filled), uscc, as_of
// (YYYY-MM-DD), issued_at (RFC 3339 UTC), canonical_json and sm3 (filled in the same transaction
// that reserved the row: a reserved row never outlives a failed issue).
#pragma once

#include "store/migrations.h"

namespace xj::store {

// The migration that creates the table above.
const Migration& report_migration();

}  // namespace xj::store
