// JsonlReader: JSON Lines input, one JSON object a line (formats.md `jsonl`).
//
//   JsonlReader reader(stream);
//   while (true) {
//     XJ_TRY(std::optional<JsonLine> line, reader.next());
//     if (!line) break;
//     if (!line->object) report(line->line_number, "invalid_json", line->error);
//   }
//
// Lines end with LF or CRLF and are numbered from 1; blank lines are skipped (but counted). A UTF-8
// BOM before the first line is ignored. A line that is not one JSON object (a syntax error, an
// array, invalid UTF-8, more than `max_line_bytes`) is returned with `error` set, so the importer
// can report it and go on. Memory stays within about `chunk_size` plus the longest line.
// Errors: bad_request only when the stream cannot be read. Not thread-safe.
//
// This header includes nlohmann/json: include it only where JSON Lines are read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/result.h"

namespace xj::formats {

struct JsonLine {
  std::int64_t line_number = 0;
  std::optional<nlohmann::json> object;  // set when the line is a JSON object
  std::string error;                     // otherwise why not (Chinese, then English)
};

struct JsonlOptions {
  std::size_t chunk_size = 64 * 1024;
  std::size_t max_line_bytes = 16 * 1024 * 1024;
};

class JsonlReader {
 public:
  // REQUIRES: `in` outlives the reader and was opened in binary mode.
  explicit JsonlReader(std::istream& in, JsonlOptions options = {});

  // The next non-blank line, or nullopt at the end of the input.
  Result<std::optional<JsonLine>> next();

 private:
  // The next line without its line break, or nullopt at the end; `too_long` if it was cut.
  Result<std::optional<std::string>> read_line(bool& too_long);

  std::istream& in_;
  JsonlOptions options_;
  std::string buf_;
  std::size_t pos_ = 0;
  bool eof_ = false;
  std::int64_t line_number_ = 0;
};

}  // namespace xj::formats
