// RowInput: one data row of an import or one submitted record, its cells lined up with the
// columns of its kind (collection/import_kind.h), and RowIssue: a problem found in it.
//
// Tabular files fill `cells` through the header map; JSON Lines and API bodies through the
// English keys (json_row.h). Plain values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "formats/table_reader.h"

namespace xj::collection {

struct RowInput {
  std::int64_t row_number = 0;                      // spreadsheet row (header = 1) or line number
  std::vector<std::optional<formats::Cell>> cells;  // per column of the kind; nullopt = absent
  const std::vector<std::string>* names = nullptr;  // per column: the name to report

  // True when every present cell is empty after trimming (formats.md: such rows are skipped).
  bool blank() const;
};

// A rejected row's reason or a warning (formats.md summary `errors` / `warnings`).
struct RowIssue {
  std::optional<std::int64_t> row;  // nullopt: a file-level warning
  std::string column;
  std::string code;     // api.md field code (invalid_uscc, missing_field, …) or a warning code
  std::string message;  // Chinese first, English in parentheses

  friend bool operator==(const RowIssue&, const RowIssue&) = default;
};

}  // namespace xj::collection
