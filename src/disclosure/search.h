// The public search query (api.md `GET /api/v1/public/search?q=`): an exact USCC, or any part of
// the name of 2+ characters. Pure and thread-safe.
//
//   XJ_TRY(SearchQuery q, parse_search_query("  ９１４４０３００１９２２０３８２１６ ", legacy));
//   q.kind == SearchKind::uscc && q.text == "914403001922038216"
//
// Everything else in the query is text, never syntax: like_pattern() escapes LIKE's wildcards and
// fts_phrase() quotes the text as one FTS5 phrase.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"
#include "core/uscc_legacy.h"

namespace xj::disclosure {

enum class SearchKind {
  uscc,        // a valid (or legacy) USCC after normalisation: exact match
  short_name,  // 2 characters: too short for a trigram index, a substring scan
  name,        // 3+ characters: the trigram index
};

struct SearchQuery {
  SearchKind kind = SearchKind::name;
  std::string text;  // the normalised USCC, or the trimmed name part
};

inline constexpr std::size_t kMinQueryChars = 2;
inline constexpr std::size_t kMaxQueryChars = 100;

// Classifies `raw`. Fails with bad_request when the trimmed text has fewer than 2 or more than
// 100 characters (code points) or is not valid UTF-8.
Result<SearchQuery> parse_search_query(std::string_view raw, const core::LegacyCodes& legacy);

// The number of code points of valid UTF-8 text; SIZE_MAX for invalid UTF-8.
std::size_t utf8_length(std::string_view text);

// `text` with '\', '%' and '_' escaped by '\' (for `LIKE ? ESCAPE '\'`).
std::string like_escape(std::string_view text);

// The LIKE pattern that matches `text` anywhere ("%…%") or at the start ("…%").
std::string like_contains(std::string_view text);
std::string like_prefix(std::string_view text);

// `text` as one FTS5 string ("…" with '"' doubled): a phrase, so that FTS5 operators, column
// filters and '*' in the query are plain characters.
std::string fts_phrase(std::string_view text);

}  // namespace xj::disclosure
