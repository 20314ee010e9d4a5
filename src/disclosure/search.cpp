#include "disclosure/search.h"

#include <limits>

#include "core/text.h"
#include "core/uscc.h"

namespace xj::disclosure {

std::size_t utf8_length(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++count) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t len = lead < 0x80           ? 1
                            : (lead >> 5) == 0x6  ? 2
                            : (lead >> 4) == 0xE  ? 3
                            : (lead >> 3) == 0x1E ? 4
                                                  : 0;
    if (len == 0 || i + len > text.size()) return std::numeric_limits<std::size_t>::max();
    for (std::size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) {
        return std::numeric_limits<std::size_t>::max();
      }
    }
    i += len;
  }
  return count;
}

Result<SearchQuery> parse_search_query(std::string_view raw, const core::LegacyCodes& legacy) {
  const std::string_view trimmed = core::trim(raw);
  const std::size_t chars = utf8_length(trimmed);
  if (chars == std::numeric_limits<std::size_t>::max()) {
    return fail(ErrorCode::bad_request, "检索词不是有效的 UTF-8 文本 (q is not valid UTF-8)");
  }
  if (chars < kMinQueryChars) {
    return fail(ErrorCode::bad_request, "检索词至少需要两个字符 (q needs at least 2 characters)");
  }
  if (chars > kMaxQueryChars) {
    return fail(ErrorCode::bad_request, "检索词过长 (q is longer than 100 characters)");
  }
  // §1.1: full-width characters and lower case are normalised before the code is checked.
  const core::UsccCheck check = core::check_uscc(trimmed, legacy);
  if (check.verdict != core::UsccVerdict::invalid) return SearchQuery{SearchKind::uscc, check.code};
  return SearchQuery{chars < 3 ? SearchKind::short_name : SearchKind::name, std::string(trimmed)};
}

std::string like_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\\' || c == '%' || c == '_') out += '\\';
    out += c;
  }
  return out;
}

std::string like_contains(std::string_view text) {
  std::string out = "%";
  out.append(like_escape(text)).append("%");
  return out;
}

std::string like_prefix(std::string_view text) { return like_escape(text) + "%"; }

std::string fts_phrase(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace xj::disclosure
