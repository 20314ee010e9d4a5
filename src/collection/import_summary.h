// ImportSummary: the outcome of one import job (formats.md "Summary"), as returned by the
// importer and as stored in the `imports` and `import_errors` tables. Plain data.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "collection/import_kind.h"
#include "collection/row_input.h"
#include "core/result.h"

namespace xj::collection {

// formats.md: `partial` (default) stores the valid rows; `all_or_nothing` stores nothing if any
// row is rejected.
enum class ImportMode { partial, all_or_nothing };

// "" → partial; "partial", "all_or_nothing"; bad_request otherwise.
Result<ImportMode> parse_import_mode(std::string_view text);
std::string_view to_string(ImportMode mode);

struct ImportSummary {
  std::int64_t import_id = 0;
  ImportKind kind = ImportKind::keylist;
  ImportMode mode = ImportMode::partial;
  std::string format;              // csv | xlsx | jsonl
  std::string source;              // providing department or API key name
  std::string status = "running";  // running | done | refused | failed
  bool committed = false;          // false when all_or_nothing refused the file
  std::int64_t rows = 0;           // data rows read (blank rows are not counted)
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
  std::int64_t unchanged = 0;
  std::int64_t rejected = 0;
  std::vector<RowIssue> errors;    // one per rejected row, in file order
  std::vector<RowIssue> warnings;  // file-level (row nullopt) first, then per row
  std::string created_at;          // as stored (loaded summaries only)
  std::string finished_at;
};

}  // namespace xj::collection
