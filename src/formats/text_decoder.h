// TextDecoder: turns the bytes of a text file in UTF-8 or GB18030 into UTF-8, chunk by chunk
// (formats.md "Reading rules": UTF-8, UTF-8 with BOM, GB18030, detected or forced).
//
//   TextDecoder decoder(Encoding::detect);
//   std::string utf8;
//   if (!decoder.decode(chunk, utf8)) { /* undecodable: utf8 holds the text before it */ }
//   ...
//   if (!decoder.finish()) { /* the file ends inside a character */ }
//
// The bytes of a character split across two chunks are held back until the next call, so chunks
// may be cut anywhere. A leading UTF-8 BOM is dropped. Detection: a BOM means UTF-8; otherwise
// ASCII passes through undecided, and the first chunk holding a complete non-ASCII character
// decides: valid UTF-8 → UTF-8, anything else → GB18030 (a superset of GBK and GB2312).
// GB18030 is decoded with glibc iconv. Not thread-safe; one decoder per stream.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"

namespace xj::formats {

enum class Encoding {
  detect,
  utf8,
  gb18030,  // also GBK / GB2312 files: GB18030 is a superset of both
};

// Parses an `encoding` option: "" or "auto" → detect; "utf-8", "utf8" → utf8; "gb18030", "gbk",
// "gb2312" → gb18030 (case-insensitive). Anything else → bad_request.
Result<Encoding> parse_encoding(std::string_view name);

// The length of the longest prefix of `text` made of whole, valid UTF-8 characters (no overlong
// forms, surrogates or code points past U+10FFFF).
std::size_t valid_utf8_prefix(std::string_view text);

class TextDecoder {
 public:
  explicit TextDecoder(Encoding encoding);
  ~TextDecoder();
  TextDecoder(const TextDecoder&) = delete;
  TextDecoder& operator=(const TextDecoder&) = delete;

  // Appends the UTF-8 text of `bytes` to `out`. Returns false at the first undecodable sequence;
  // `out` then holds everything decodable before it and the decoder must not be used again.
  [[nodiscard]] bool decode(std::string_view bytes, std::string& out);

  // Call once at the end of the input: false if it ended inside a character.
  [[nodiscard]] bool finish() const;

  // The encoding in use: `detect` while only ASCII has been seen.
  Encoding encoding() const { return encoding_; }

 private:
  bool decode_utf8(std::string_view bytes, std::string& out);
  bool decode_gb18030(std::string_view bytes, std::string& out);

  struct Iconv;
  Encoding encoding_;
  bool at_start_ = true;  // a BOM may still come
  std::string pending_;   // bytes of an incomplete character (or BOM) from the last chunk
  std::unique_ptr<Iconv> iconv_;
};

}  // namespace xj::formats
