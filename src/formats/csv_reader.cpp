#include "formats/csv_reader.h"

#include <utility>

namespace xj::formats {

CsvReader::CsvReader(std::istream& in, CsvOptions options)
    : in_(in), options_(options), decoder_(options.encoding) {
  if (options_.chunk_size == 0) options_.chunk_size = 1;
}

Result<std::optional<TableRow>> CsvReader::next() {
  while (ready_.empty() && !error_ && !eof_) read_chunk();
  if (!ready_.empty()) {
    TableRow row = std::move(ready_.front());
    ready_.pop_front();
    return row;
  }
  if (error_) return fail(*error_);
  return std::nullopt;
}

void CsvReader::read_chunk() {
  raw_.resize(options_.chunk_size);
  in_.read(raw_.data(), static_cast<std::streamsize>(raw_.size()));
  raw_.resize(static_cast<std::size_t>(in_.gcount()));
  if (in_.bad()) {
    fail_at_current_row("读取文件失败 (read error)");
    return;
  }
  decoded_.clear();
  const bool decoded = decoder_.decode(raw_, decoded_);
  parse(decoded_);
  if (error_) return;
  if (!decoded) {
    fail_at_current_row(
        "无法按 UTF-8 或 GB18030 解码的文本 (undecodable text; save the file as "
        "UTF-8 or GB18030)");
    return;
  }
  if (!raw_.empty()) return;
  eof_ = true;
  if (!decoder_.finish()) {
    fail_at_current_row("文件在一个字符中间结束 (the file ends inside a character)");
  } else if (state_ == State::quoted) {
    fail_at_current_row("引号未闭合 (a quoted field is not closed)");
  } else if (record_started_) {
    end_record();
  }
}

void CsvReader::parse(std::string_view text) {
  std::size_t i = 0;
  if (after_cr_ && !text.empty()) {
    after_cr_ = false;
    if (text[0] == '\n') i = 1;
  }
  while (i < text.size() && !error_) {
    const char c = text[i];
    switch (state_) {
      case State::field_start:
        if (c == '\r' || c == '\n') {  // an empty line, or an empty last field
          end_line(text, i);
          break;
        }
        record_started_ = true;
        if (c == '"') {
          state_ = State::quoted;
          ++i;
          break;
        }
        state_ = State::unquoted;
        [[fallthrough]];
      case State::unquoted: {
        const std::size_t stop = text.find_first_of(",\r\n", i);
        const std::size_t end = stop == std::string_view::npos ? text.size() : stop;
        field_.append(text.substr(i, end - i));
        row_bytes_ += end - i;
        i = end;
        if (i == text.size()) break;
        if (text[i] == ',') {
          end_field();
          ++i;
        } else {
          end_line(text, i);
        }
        break;
      }
      case State::quoted: {
        const std::size_t quote = text.find('"', i);
        const std::size_t end = quote == std::string_view::npos ? text.size() : quote;
        field_.append(text.substr(i, end - i));
        row_bytes_ += end - i;
        i = end;
        if (i < text.size()) {
          state_ = State::quote_in_quoted;
          ++i;
        }
        break;
      }
      case State::quote_in_quoted:
        if (c == '"') {  // a doubled quote
          field_.push_back('"');
          state_ = State::quoted;
          ++i;
        } else {  // the closing quote: go on as in an unquoted field
          state_ = State::unquoted;
        }
        break;
    }
    if (row_bytes_ > options_.max_row_bytes) fail_at_current_row("行过长 (row too long)");
  }
}

void CsvReader::end_line(std::string_view text, std::size_t& i) {
  const char c = text[i++];
  if (c == '\r') {
    if (i == text.size()) {
      after_cr_ = true;
    } else if (text[i] == '\n') {
      ++i;
    }
  }
  end_record();
}

void CsvReader::end_field() {
  cells_.push_back(Cell{std::move(field_), CellType::text});
  field_.clear();
  state_ = State::field_start;
}

void CsvReader::end_record() {
  if (record_started_) {  // an empty line is counted but not produced
    end_field();
    ready_.push_back(TableRow{record_number_, std::move(cells_)});
  }
  cells_.clear();
  state_ = State::field_start;
  record_started_ = false;
  row_bytes_ = 0;
  ++record_number_;
}

void CsvReader::fail_at_current_row(std::string what) {
  error_ = Error(ErrorCode::bad_request, "第 " + std::to_string(record_number_) + " 行：" + what);
}

}  // namespace xj::formats
