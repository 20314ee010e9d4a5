// Matching a file's header row to the columns an import kind expects (formats.md "Reading
// rules": by the Chinese name or the English key, case-insensitive, surrounding ASCII and
// full-width spaces ignored, column order free).
//
//   constexpr ColumnSpec kColumns[] = {{"uscc", "统一社会信用代码", true}, {"remark", "备注",
//   false}}; XJ_TRY(HeaderMap map, match_header(header_row.cells, kColumns)); if (map.index[0])
//   row.cells[*map.index[0]];          // the USCC cell (the row may be short) map.names[0]; // the
//   header text as written, trimmed map.unknown;                                           // for
//   one warning
//
// Errors: missing_column naming the first missing required column (Chinese name in the message
// and in details[0].field); bad_request when two header cells name the same column. Pure,
// thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "formats/table_reader.h"

namespace xj::formats {

struct ColumnSpec {
  std::string_view key;           // English key, e.g. "uscc"
  std::string_view chinese_name;  // e.g. "统一社会信用代码"
  bool required = false;
};

struct HeaderMap {
  std::vector<std::optional<std::size_t>> index;  // per spec: its column, if present
  std::vector<std::string> names;                 // per spec: header text as written (trimmed),
                                                  // or the Chinese name if absent
  std::vector<std::string> unknown;               // header texts matching no spec, in file order
};

Result<HeaderMap> match_header(std::span<const Cell> header, std::span<const ColumnSpec> specs);

}  // namespace xj::formats
