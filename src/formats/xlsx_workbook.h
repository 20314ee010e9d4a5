// Where the parts the xlsx reader needs live in a package: xl/workbook.xml and
// xl/_rels/workbook.xml.rels name the first worksheet (tab order, chart sheets skipped), the
// shared strings and the styles. Internal to formats/. Not thread-safe (reads the archive).
#pragma once

#include <string>

#include "core/result.h"
#include "formats/zip_archive.h"

namespace xj::formats {

struct WorkbookParts {
  std::string first_sheet;     // e.g. "xl/worksheets/sheet1.xml"
  std::string shared_strings;  // empty if the workbook has none
  std::string styles;          // empty if the workbook has none
  bool date1904 = false;       // serials count from 1904-01-01 (old Mac Excel)
};

// bad_request if a part is missing or malformed, or the workbook has no worksheet.
Result<WorkbookParts> read_workbook_parts(ZipArchive& zip);

}  // namespace xj::formats
