#include "formats/text_decoder.h"

#include <iconv.h>

#include <cerrno>

#include "core/text.h"

namespace xj::formats {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// How much of `s` is whole valid UTF-8, and whether the rest is the start of a valid character
// cut short by the end of `s`.
struct Utf8Scan {
  std::size_t valid = 0;
  bool incomplete_tail = false;
};

Utf8Scan scan_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      if (b == 0xE0) lo = 0xA0;  // overlong
      if (b == 0xED) hi = 0x9F;  // surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      if (b == 0xF0) lo = 0x90;  // overlong
      if (b == 0xF4) hi = 0x8F;  // past U+10FFFF
    } else {
      return {i, false};
    }
    for (std::size_t k = 1; k < len; ++k) {
      if (i + k == s.size()) return {i, true};
      const auto c = static_cast<unsigned char>(s[i + k]);
      const unsigned char min = k == 1 ? lo : 0x80, max = k == 1 ? hi : 0xBF;
      if (c < min || c > max) return {i, false};
    }
    i += len;
  }
  return {i, false};
}

}  // namespace

struct TextDecoder::Iconv {
  iconv_t cd = reinterpret_cast<iconv_t>(-1);
  ~Iconv() {
    if (cd != reinterpret_cast<iconv_t>(-1)) iconv_close(cd);
  }
};

Result<Encoding> parse_encoding(std::string_view name) {
  const std::string n = core::to_upper_ascii(core::trim(name));
  if (n.empty() || n == "AUTO") return Encoding::detect;
  if (n == "UTF-8" || n == "UTF8") return Encoding::utf8;
  if (n == "GB18030" || n == "GBK" || n == "GB2312") return Encoding::gb18030;
  return fail(ErrorCode::bad_request, "不支持的编码：" + std::string(name) +
                                          " (unsupported encoding; use utf-8 or gb18030)");
}

std::size_t valid_utf8_prefix(std::string_view text) { return scan_utf8(text).valid; }

TextDecoder::TextDecoder(Encoding encoding) : encoding_(encoding) {}

TextDecoder::~TextDecoder() = default;

bool TextDecoder::decode(std::string_view bytes, std::string& out) {
  std::string joined;
  if (!pending_.empty()) {
    joined = std::move(pending_);
    pending_.clear();
    joined.append(bytes);
    bytes = joined;
  }
  if (at_start_ && encoding_ != Encoding::gb18030) {
    const std::size_t n = std::min(bytes.size(), kUtf8Bom.size());
    if (bytes.substr(0, n) == kUtf8Bom.substr(0, n)) {
      if (n < kUtf8Bom.size()) {  // too few bytes to tell yet
        pending_.assign(bytes);
        return true;
      }
      bytes.remove_prefix(n);
      encoding_ = Encoding::utf8;
    }
  }
  at_start_ = false;
  if (encoding_ == Encoding::utf8) return decode_utf8(bytes, out);
  if (encoding_ == Encoding::gb18030) return decode_gb18030(bytes, out);

  std::size_t ascii = 0;
  while (ascii < bytes.size() && static_cast<unsigned char>(bytes[ascii]) < 0x80) ++ascii;
  out.append(bytes.substr(0, ascii));
  bytes.remove_prefix(ascii);
  if (bytes.empty()) return true;
  const Utf8Scan scan = scan_utf8(bytes);
  if (scan.valid == bytes.size() || scan.incomplete_tail) {
    if (scan.valid == 0) {  // only the start of one character: decide on the next chunk
      pending_.assign(bytes);
      return true;
    }
    encoding_ = Encoding::utf8;
    return decode_utf8(bytes, out);
  }
  encoding_ = Encoding::gb18030;
  return decode_gb18030(bytes, out);
}

bool TextDecoder::decode_utf8(std::string_view bytes, std::string& out) {
  const Utf8Scan scan = scan_utf8(bytes);
  out.append(bytes.substr(0, scan.valid));
  if (scan.valid == bytes.size()) return true;
  if (!scan.incomplete_tail) return false;
  pending_.assign(bytes.substr(scan.valid));
  return true;
}

bool TextDecoder::decode_gb18030(std::string_view bytes, std::string& out) {
  if (!iconv_) {
    iconv_ = std::make_unique<Iconv>();
    iconv_->cd = iconv_open("UTF-8", "GB18030");
    // glibc always ships the GB18030 converter; without it nothing can be decoded.
    if (iconv_->cd == reinterpret_cast<iconv_t>(-1)) return false;
  }
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  while (in_left > 0) {
    // A GB18030 character never needs more than twice its bytes in UTF-8.
    const std::size_t used = out.size();
    out.resize(used + 2 * in_left + 8);
    char* dst = out.data() + used;
    std::size_t dst_left = out.size() - used;
    const std::size_t rc = iconv(iconv_->cd, &in, &in_left, &dst, &dst_left);
    const int err = errno;
    out.resize(out.size() - dst_left);
    if (rc != static_cast<std::size_t>(-1)) break;
    if (err == E2BIG) continue;
    if (err == EINVAL) {  // a character cut by the end of the chunk
      pending_.assign(in, in_left);
      return true;
    }
    return false;  // EILSEQ
  }
  return true;
}

bool TextDecoder::finish() const { return pending_.empty(); }

}  // namespace xj::formats
