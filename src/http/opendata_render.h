// The file forms of an open data set (formats.md "Open data sets"), shared by
// GET /api/v1/public/opendata/{dataset}.csv|.jsonl and `xinjian export opendata`:
//   csv   — UTF-8 with BOM, the Chinese header row, RFC 4180 quoting, CRLF; list values joined
//           with '；', money in yuan.
//   jsonl — one JSON object a line with the English keys (no BOM: JSON text must not start with
//           one); lists as arrays, money as numbers.
//
//   std::string out = opendata_header(set, OpenDataFormat::csv);
//   each_public_row(…, [&](const OpenDataRow& row) { append_opendata_row(out, set, row, f); … });
//
// Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "disclosure/opendata.h"

namespace xj::http {

enum class OpenDataFormat { csv, jsonl };

// "csv" | "jsonl", nullopt otherwise.
std::optional<OpenDataFormat> opendata_format(std::string_view extension);
std::string_view extension_of(OpenDataFormat format);  // "csv" | "jsonl"
std::string_view content_type_of(OpenDataFormat format);

// What comes before the rows: the BOM and the header line (csv), nothing (jsonl).
std::string opendata_header(const disclosure::DatasetInfo& set, OpenDataFormat format);

// Appends one row. REQUIRES: row has one cell per column of `set`.
void append_opendata_row(std::string& out, const disclosure::DatasetInfo& set,
                         const disclosure::OpenDataRow& row, OpenDataFormat format);

}  // namespace xj::http
