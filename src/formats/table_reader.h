// TableReader: the streaming row source every tabular import format (CSV, xlsx) offers.
//
//   XJ_TRY(auto reader, CsvReader::open(stream, options));
//   while (true) {
//     XJ_TRY(std::optional<TableRow> row, reader->next());
//     if (!row) break;                       // end of the table
//     row->row_number;                       // spreadsheet row number, header = 1
//     row->cells[2].text;                    // UTF-8
//   }
//
// Rows come one at a time; a reader's memory does not grow with the size of the file. Row numbers
// are those a person sees in a spreadsheet program, so error reports can cite them; rows that do
// not exist in the source (blank CSV lines, rows absent from a worksheet) are not produced, so
// numbers may skip. A reader is not thread-safe; distinct readers are independent.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace xj::formats {

// What the source said a cell was. CSV cells are always `text`.
enum class CellType {
  text,     // a string cell (shared, inline, formula string) or any CSV field
  number,   // an xlsx numeric cell without a date style; `text` is the number as written
            // ("50000", "9.14309E+17"): a code column holding one lost its digits in Excel
  date,     // an xlsx numeric cell with a date/time style; `text` is the 1900-system serial
            // ("45852", "45852.5")
  boolean,  // an xlsx boolean cell; `text` is "TRUE" or "FALSE"
};

struct Cell {
  std::string text;
  CellType type = CellType::text;
};

struct TableRow {
  std::int64_t row_number = 0;  // 1-based; the header is row 1
  std::vector<Cell> cells;      // column A first; a column missing in the source is an empty cell
};

class TableReader {
 public:
  virtual ~TableReader() = default;

  // The next row, or nullopt at the end of the table. Errors (bad_request) name the row; after
  // an error the reader is finished and keeps returning it.
  virtual Result<std::optional<TableRow>> next() = 0;
};

}  // namespace xj::formats
