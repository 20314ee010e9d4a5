// RowSource: the data rows of an import file, whatever its format, as RowInputs of one kind.
//
//   XJ_TRY(auto source, open_row_source(kind, InputFormat::csv, stream_or_bytes...));
//   source->warnings();                       // file-level: unknown columns (row nullopt)
//   while (true) {
//     XJ_TRY(std::optional<SourceRow> row, source->next());
//     if (!row) break;
//     if (row->error) reject(*row->error);   // e.g. invalid_json
//   }
//
// Tabular sources match the header row first (formats.md: by Chinese name or English key);
// opening fails with missing_column, or bad_request for an empty or unreadable file. Rows are
// read one at a time. Not thread-safe.
#pragma once

#include <istream>
#include <memory>
#include <optional>
#include <vector>

#include "collection/import_kind.h"
#include "collection/row_input.h"
#include "core/result.h"
#include "formats/table_reader.h"

namespace xj::collection {

struct SourceRow {
  RowInput input;
  std::optional<RowIssue> error;  // the row could not be read as a record at all
};

class RowSource {
 public:
  virtual ~RowSource() = default;
  virtual Result<std::optional<SourceRow>> next() = 0;
  // File-level warnings found so far (unknown columns or keys), each once.
  std::vector<RowIssue>& warnings() { return warnings_; }

 protected:
  std::vector<RowIssue> warnings_;
};

// Over a CSV or xlsx reader positioned before the header row.
Result<std::unique_ptr<RowSource>> table_row_source(ImportKind kind,
                                                    std::unique_ptr<formats::TableReader> reader);

// Over JSON Lines. REQUIRES: `in` outlives the source.
std::unique_ptr<RowSource> jsonl_row_source(ImportKind kind, std::istream& in);

}  // namespace xj::collection
