// The collection tables (issue 4): import jobs and their row problems, and the history of
// changed records. One migration, listed by store/schema.cpp as version 4.
//
// imports: one row per import job (kind, source, mode, status running|done|refused|failed,
// counts, committed 0/1). import_errors: the summary's errors and warnings (severity
// error|warning; row NULL for a file-level warning). record_history: the values a record had
// before each change (record kind + key, version 1…n, before_json, the import and source that
// changed it).
#pragma once

#include "store/migrations.h"

namespace xj::store {

// The migration that creates the tables above; its version is 4.
const Migration& collection_migration();

}  // namespace xj::store
