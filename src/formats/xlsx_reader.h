// XlsxReader: a TableReader over the first worksheet of an xlsx workbook (Excel, WPS,
// LibreOffice), formats.md "Reading rules".
//
//   XJ_TRY(std::unique_ptr<XlsxReader> reader, XlsxReader::open_bytes(std::move(body)));
//   XJ_TRY(std::optional<TableRow> header, reader->next());
//
// Cells are placed by their reference (`C5` is column index 2; skipped columns are empty cells).
// Shared and inline strings are text (rich-text runs joined, phonetic runs dropped, `_xHHHH_`
// escapes decoded); numeric cells keep the number as written in the XML, typed `number`, or
// `date` when their style shows a date or time (the text is then the serial in the 1900 date
// system, converted if the workbook uses 1904); booleans are "TRUE"/"FALSE"; formula cells give
// their cached value. Rows absent from the XML, and rows without cells, are not produced.
//
// Memory: the worksheet is parsed as a stream (XmlPull over the inflated entry), so it does not
// grow with the number of rows; the shared-string table is held in memory (at most 512 MiB of
// text), as are the small workbook, relationship and style parts (64 MiB each at most).
// Errors: bad_request for a file that is not a zip, a missing or malformed part, a bad cell
// reference or shared-string index (naming the row). After an error the reader keeps returning
// it. Not thread-safe.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "formats/table_reader.h"

namespace xj::formats {

class XlsxReader final : public TableReader {
 public:
  static Result<std::unique_ptr<XlsxReader>> open_file(const std::filesystem::path& path);
  static Result<std::unique_ptr<XlsxReader>> open_bytes(std::string bytes);

  ~XlsxReader() override;

  Result<std::optional<TableRow>> next() override;

 private:
  struct Impl;
  explicit XlsxReader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace xj::formats
