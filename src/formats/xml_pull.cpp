#include "formats/xml_pull.h"

#include <algorithm>
#include <charconv>

namespace xj::formats {

namespace {

constexpr std::size_t kReadChunk = 64 * 1024;

std::string_view local_name(std::string_view qualified) {
  const std::size_t colon = qualified.rfind(':');
  return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

void append_utf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

tl::unexpected<Error> malformed(std::string_view what) {
  return fail(ErrorCode::bad_request,
              "xlsx 文件内容损坏 (malformed XML in the workbook: " + std::string(what) + ")");
}

}  // namespace

bool decode_xml_entities(std::string_view raw, std::string& out) {
  std::size_t i = 0;
  while (i < raw.size()) {
    const std::size_t amp = raw.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(raw.substr(i));
      return true;
    }
    out.append(raw.substr(i, amp - i));
    const std::size_t semi = raw.find(';', amp);
    if (semi == std::string_view::npos) return false;
    const std::string_view ref = raw.substr(amp + 1, semi - amp - 1);
    if (ref == "lt") {
      out.push_back('<');
    } else if (ref == "gt") {
      out.push_back('>');
    } else if (ref == "amp") {
      out.push_back('&');
    } else if (ref == "quot") {
      out.push_back('"');
    } else if (ref == "apos") {
      out.push_back('\'');
    } else if (ref.size() >= 2 && ref[0] == '#') {
      const bool hex = ref[1] == 'x' || ref[1] == 'X';
      const std::string_view digits = ref.substr(hex ? 2 : 1);
      std::uint32_t cp = 0;
      const auto [end, ec] =
          std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
      if (ec != std::errc() || end != digits.data() + digits.size() || digits.empty() || cp == 0 ||
          cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return false;
      }
      append_utf8(static_cast<char32_t>(cp), out);
    } else {
      return false;
    }
    i = semi + 1;
  }
  return true;
}

XmlPull::XmlPull(Source source, std::size_t max_token_bytes)
    : source_(std::move(source)), max_token_bytes_(max_token_bytes) {}

std::optional<std::string_view> XmlPull::attribute(std::string_view local) const {
  for (const auto& [key, value] : attributes_) {
    if (key == local) return std::string_view(value);
  }
  return std::nullopt;
}

Result<bool> XmlPull::ensure(std::size_t n) {
  while (buf_.size() - pos_ < n && !source_done_) {
    if (buf_.size() - pos_ > max_token_bytes_) return malformed("token too large");
    buf_.erase(0, pos_);
    pos_ = 0;
    const std::size_t old = buf_.size();
    buf_.resize(old + kReadChunk);
    XJ_TRY(const std::size_t got, source_(buf_.data() + old, kReadChunk));
    buf_.resize(old + got);
    if (got == 0) source_done_ = true;
  }
  return buf_.size() - pos_ >= n;
}

Result<std::optional<std::size_t>> XmlPull::find(std::string_view needle, std::size_t from) {
  while (true) {
    const std::size_t at = buf_.find(needle, pos_ + from);
    if (at != std::string::npos) return at - pos_;
    const std::size_t have = buf_.size() - pos_;
    if (have >= needle.size()) from = std::max(from, have - needle.size() + 1);
    XJ_TRY(const bool more, ensure(have + 1));
    if (!more) return std::optional<std::size_t>();
  }
}

Result<XmlPull::Event> XmlPull::next() {
  if (pending_end_) {
    pending_end_ = false;
    return Event::end;
  }
  while (true) {
    XJ_TRY(const bool any, ensure(1));
    if (!any) return Event::eof;
    if (buf_[pos_] == '<') {
      XJ_TRY(const std::optional<Event> event, read_tag());
      if (event) return *event;
      continue;
    }
    XJ_TRY(const std::optional<std::size_t> lt, find("<"));
    const std::size_t len = lt ? *lt : buf_.size() - pos_;
    text_.clear();
    if (!decode_xml_entities(std::string_view(buf_).substr(pos_, len), text_)) {
      return malformed("bad entity reference");
    }
    pos_ += len;
    return Event::text;
  }
}

Result<std::optional<XmlPull::Event>> XmlPull::read_tag() {
  using Skip = std::pair<std::string_view, std::string_view>;  // opening, closing
  for (const Skip& skip : {Skip{"<?", "?>"}, Skip{"<!--", "-->"}, Skip{"<![CDATA[", "]]>"}}) {
    XJ_TRY(const bool have, ensure(skip.first.size()));
    if (!have || std::string_view(buf_).substr(pos_, skip.first.size()) != skip.first) continue;
    XJ_TRY(const std::optional<std::size_t> close, find(skip.second, skip.first.size()));
    if (!close) return malformed("document ends inside a comment or declaration");
    const bool cdata = skip.first == "<![CDATA[";
    if (cdata) text_.assign(buf_, pos_ + skip.first.size(), *close - skip.first.size());
    pos_ += *close + skip.second.size();
    if (cdata) return std::optional<Event>(Event::text);
    return std::optional<Event>();
  }

  // A start tag may hold '>' inside a quoted attribute value.
  std::size_t offset = 1;
  char quote = 0;
  while (true) {
    XJ_TRY(const bool have, ensure(offset + 1));
    if (!have) return malformed("document ends inside a tag");
    const char c = buf_[pos_ + offset];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      break;
    }
    ++offset;
  }
  std::string_view tag = std::string_view(buf_).substr(pos_ + 1, offset - 1);
  pos_ += offset + 1;  // buf_ is not touched again until the tag has been parsed
  if (tag.starts_with('!')) return std::optional<Event>();  // DOCTYPE
  if (tag.starts_with('/')) {
    tag.remove_prefix(1);
    while (!tag.empty() && is_space(tag.back())) tag.remove_suffix(1);
    name_ = local_name(tag);
    return std::optional<Event>(Event::end);
  }
  pending_end_ = tag.ends_with('/');
  if (pending_end_) tag.remove_suffix(1);
  XJ_CHECK(parse_start_tag(tag));
  return std::optional<Event>(Event::start);
}

Status XmlPull::parse_start_tag(std::string_view tag) {
  std::size_t i = 0;
  while (i < tag.size() && !is_space(tag[i])) ++i;
  name_ = local_name(tag.substr(0, i));
  attributes_.clear();
  while (true) {
    while (i < tag.size() && is_space(tag[i])) ++i;
    if (i == tag.size()) return {};
    const std::size_t key_start = i;
    while (i < tag.size() && tag[i] != '=' && !is_space(tag[i])) ++i;
    const std::string_view key = tag.substr(key_start, i - key_start);
    while (i < tag.size() && is_space(tag[i])) ++i;
    if (i == tag.size() || tag[i] != '=') return malformed("attribute without a value");
    ++i;
    while (i < tag.size() && is_space(tag[i])) ++i;
    if (i == tag.size() || (tag[i] != '"' && tag[i] != '\''))
      return malformed("unquoted attribute");
    const char quote = tag[i++];
    const std::size_t close = tag.find(quote, i);
    if (close == std::string_view::npos) return malformed("unterminated attribute");
    std::string value;
    if (!decode_xml_entities(tag.substr(i, close - i), value)) {
      return malformed("bad entity reference");
    }
    attributes_.emplace_back(std::string(local_name(key)), std::move(value));
    i = close + 1;
  }
}

}  // namespace xj::formats
