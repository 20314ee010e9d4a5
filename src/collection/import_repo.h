// Import jobs in the `imports` and `import_errors` tables (store/schema_collection.h).
//
//   XJ_TRY(std::int64_t id, create_import(session, summary));      // status running
//   XJ_CHECK(finish_import(session, summary));                      // counts, status, problems
//   XJ_TRY(auto found, find_import(session, id));                   // nullopt when unknown
//
// Errors: internal from the store. Thread safety: as the Session passed in.
#pragma once

#include <cstdint>
#include <optional>

#include "collection/import_summary.h"
#include "core/result.h"
#include "store/database.h"

namespace xj::collection {

// Records a new job (kind, mode, format, source of `summary`; created_by may be empty).
Result<std::int64_t> create_import(store::Session& session, const ImportSummary& summary,
                                   std::string_view created_by);

// Stores the final counts, status and committed flag of summary.import_id and its errors and
// warnings.
Status finish_import(store::Session& session, const ImportSummary& summary);

// The job with its errors and warnings.
Result<std::optional<ImportSummary>> find_import(store::Session& session, std::int64_t id);

}  // namespace xj::collection
