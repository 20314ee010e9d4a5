// Which cell styles of an xlsx workbook show numbers as dates or times (xl/styles.xml), so that
// the reader can tell a date serial (45852 = 2025-07-14) from an amount. Internal to formats/.
// Pure functions; thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "core/result.h"

namespace xj::formats {

// True if number format `id` with format code `code` (empty for a built-in format) displays a
// date or time: built-in ids 14–22 and 45–47, the East Asian built-in dates 27–36 and 50–58
// (ECMA-376 Part 1 §18.8.30), and custom codes with a y, m, d, h or s token outside quoted text,
// [brackets] and escaped characters.
bool is_date_format(int id, std::string_view code);

// For each cell style (the `s` attribute of a cell, an index into cellXfs), whether it is a date
// style. bad_request if the XML cannot be parsed.
Result<std::vector<bool>> parse_date_styles(std::string_view styles_xml);

}  // namespace xj::formats
