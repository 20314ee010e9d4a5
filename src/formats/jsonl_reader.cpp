#include "formats/jsonl_reader.h"

#include "core/text.h"
#include "formats/text_decoder.h"

namespace xj::formats {

JsonlReader::JsonlReader(std::istream& in, JsonlOptions options) : in_(in), options_(options) {
  if (options_.chunk_size == 0) options_.chunk_size = 1;
}

Result<std::optional<std::string>> JsonlReader::read_line(bool& too_long) {
  too_long = false;
  std::size_t scanned = 0;  // bytes from pos_ known to hold no LF
  while (true) {
    const std::size_t lf = buf_.find('\n', pos_ + scanned);
    if (lf != std::string::npos) {
      std::string line = buf_.substr(pos_, lf - pos_);
      pos_ = lf + 1;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return std::optional<std::string>(std::move(line));
    }
    scanned = buf_.size() - pos_;
    if (eof_) {
      if (scanned == 0 && !too_long) return std::optional<std::string>();
      std::string line = buf_.substr(pos_);
      pos_ = buf_.size();
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return std::optional<std::string>(std::move(line));
    }
    if (scanned > options_.max_line_bytes) {  // drop what we have; keep looking for the LF
      too_long = true;
      buf_.clear();
      pos_ = scanned = 0;
    }
    buf_.erase(0, pos_);
    pos_ = 0;
    const std::size_t old = buf_.size();
    buf_.resize(old + options_.chunk_size);
    in_.read(buf_.data() + old, static_cast<std::streamsize>(options_.chunk_size));
    buf_.resize(old + static_cast<std::size_t>(in_.gcount()));
    if (in_.bad()) {
      return fail(ErrorCode::bad_request,
                  "第 " + std::to_string(line_number_ + 1) + " 行：读取文件失败 (read error)");
    }
    if (buf_.size() == old) eof_ = true;
  }
}

Result<std::optional<JsonLine>> JsonlReader::next() {
  while (true) {
    bool too_long = false;
    XJ_TRY(std::optional<std::string> text, read_line(too_long));
    if (!text) return std::optional<JsonLine>();
    JsonLine line{++line_number_, std::nullopt, {}};
    std::string_view content = *text;
    if (line.line_number == 1 && content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
    if (too_long) {
      line.error =
          "行过长 (line longer than " + std::to_string(options_.max_line_bytes) + " bytes)";
      return line;
    }
    if (core::trim(content).empty()) continue;
    if (valid_utf8_prefix(content) != content.size()) {
      line.error = "不是有效的 UTF-8 文本 (not valid UTF-8)";
      return line;
    }
    nlohmann::json value = nlohmann::json::parse(content, nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded()) {
      line.error = "不是有效的 JSON (not valid JSON)";
    } else if (!value.is_object()) {
      line.error = "不是 JSON 对象 (not a JSON object)";
    } else {
      line.object = std::move(value);
    }
    return line;
  }
}

}  // namespace xj::formats
