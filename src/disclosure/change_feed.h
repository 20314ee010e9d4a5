// The change feed of public records (issue 5 item 5, GET /api/v1/public/changes): which
// enterprises' public records changed, in outbox order, so that consumers need not scrape.
// This file holds the pure parts (the cursor and the limit); which events count and the SQL
// are change_feed_repo.h.
//
//   XJ_TRY(std::int64_t after, decode_cursor(*since));   // "c0" = from the beginning
//   encode_cursor(after) == *since
//
// What the feed can say today (docs/disclosure.md "Change feed"): "added" for the first public-
// relevant event naming an enterprise, "changed" for every later one. Nothing writes an event
// when a record stops being public — a penalty's publicity period lapsing is time-driven, and no
// capability deletes records yet — so "no_longer_public" is not produced.
// Pure; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace xj::disclosure {

enum class Change { added, changed };

// "added" / "changed".
std::string_view to_string(Change change);

// The opaque cursor of an outbox position ("c" + lowercase hex of the event id).
std::string encode_cursor(std::int64_t outbox_id);

// The outbox position of a cursor made by encode_cursor. Errors: 400 bad_request for anything
// else.
Result<std::int64_t> decode_cursor(std::string_view cursor);

// The page size: 100 when absent, 1–1000 otherwise. Errors: 400 bad_request.
Result<std::int64_t> parse_change_limit(const std::optional<std::string>& raw);

}  // namespace xj::disclosure
