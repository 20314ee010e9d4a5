// CsvReader: a TableReader over CSV (RFC 4180) in UTF-8, UTF-8 with BOM or GB18030
// (formats.md "Reading rules").
//
//   std::ifstream file(path, std::ios::binary);
//   XJ_TRY(Encoding enc, parse_encoding(query_encoding));
//   CsvReader reader(file, {.encoding = enc});
//   XJ_TRY(std::optional<TableRow> header, reader.next());
//
// Fields are separated by commas; a field may be quoted with `"` (a doubled quote inside is one
// quote) and then may hold commas and line breaks. Records end with CRLF, LF or a lone CR. Row
// numbers count physical records, header = 1: a quoted field spanning several lines is one row, and
// an empty line is a row that is not produced. As in Excel, a quote inside an unquoted field is
// kept as a character, and characters after a closing quote are appended to the field.
//
// Errors (bad_request, naming the row): text that is not valid in the encoding, a quote left open
// at the end of the file, a row longer than `max_row_bytes`, a failed read.
// Memory stays within about `chunk_size` × 4 plus the longest row. Not thread-safe.
#pragma once

#include <cstddef>
#include <deque>
#include <istream>
#include <optional>
#include <string>

#include "formats/table_reader.h"
#include "formats/text_decoder.h"

namespace xj::formats {

struct CsvOptions {
  Encoding encoding = Encoding::detect;
  std::size_t chunk_size = 64 * 1024;  // bytes read from the stream at a time
  std::size_t max_row_bytes = 16 * 1024 * 1024;
};

class CsvReader final : public TableReader {
 public:
  // REQUIRES: `in` outlives the reader and was opened in binary mode.
  explicit CsvReader(std::istream& in, CsvOptions options = {});

  Result<std::optional<TableRow>> next() override;

 private:
  // Reads and parses one more chunk; sets eof_ at the end of the input.
  void read_chunk();
  void parse(std::string_view text);
  // Ends the record at the line break text[i] (CRLF, LF or CR); advances i past it.
  void end_line(std::string_view text, std::size_t& i);
  void end_field();
  void end_record();
  void fail_at_current_row(std::string what);

  enum class State { field_start, unquoted, quoted, quote_in_quoted };

  std::istream& in_;
  CsvOptions options_;
  TextDecoder decoder_;
  std::string raw_;      // the chunk read from the stream
  std::string decoded_;  // its UTF-8 text
  State state_ = State::field_start;
  bool after_cr_ = false;        // a CR ended the last record: skip one LF
  bool record_started_ = false;  // the current record has at least one character
  std::int64_t record_number_ = 1;
  std::size_t row_bytes_ = 0;
  std::string field_;
  std::vector<Cell> cells_;
  std::deque<TableRow> ready_;
  std::optional<Error> error_;  // reported once the rows before it have been returned
  bool eof_ = false;
};

}  // namespace xj::formats
