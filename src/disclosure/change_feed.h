// The change feed of public records (issue 5 item 5, GET /api/v1/public/changes): which
// enterprises' public records changed, in outbox order, so that consumers need not scrape.
// This file holds the pure parts (the cursor and the limit); which events count and the SQL
// are change_feed_repo.h.
//
//   XJ_TRY(std::int64_t after, decode_cursor(*since));   // "c0" = from the beginning
//   encode_cursor(after) == *since
//
// What the feed says (docs/disclosure.md "Change feed"): "no_longer_public" for an event that
// ends a record's publicity (ends_publicity), else "added" for the first public-relevant event
// naming an enterprise and "changed" for every later one. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace xj::disclosure {

enum class Change { added, changed, no_longer_public };

// "added" / "changed" / "no_longer_public".
std::string_view to_string(Change change);

// Whether an outbox event type means that one of the enterprise's records left its public
// record: a penalty's publicity period ended (disclosure/publicity_lapses.h) or it was repaired,
// a list entry was removed or a dishonest entry expired.
bool ends_publicity(std::string_view event_type);

// The opaque cursor of an outbox position ("c" + lowercase hex of the event id).
std::string encode_cursor(std::int64_t outbox_id);

// The outbox position of a cursor made by encode_cursor. Errors: 400 bad_request for anything
// else.
Result<std::int64_t> decode_cursor(std::string_view cursor);

// The page size: 100 when absent, 1–1000 otherwise. Errors: 400 bad_request.
Result<std::int64_t> parse_change_limit(const std::optional<std::string>& raw);

}  // namespace xj::disclosure
