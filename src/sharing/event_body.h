// The body POSTed to subscribers (api.md "Events pushed to subscribers"):
//   {"id":"evt-42","type":"dishonest_list.added","occurred_at":"2026-11-28T14:20:57+08:00",
//    "uscc":"9143…","data":{…}}
// `id` is derived from the outbox event alone, so every retry and every subscriber sees the same
// id for the same change (receivers drop duplicates by it; ids increase with the outbox).
// The body is built once, stored, and sent byte for byte on every attempt.
//
// Pure; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace xj::sharing {

struct PushedEvent {
  std::int64_t outbox_id = 0;
  std::string type;         // pushed type (event_types.h)
  std::string uscc;         // "" when the event names no enterprise
  std::string occurred_at;  // RFC 3339 (timestamps.h)
  std::string data_json;    // a JSON object
};

// "evt-" + the outbox id.
std::string event_id(std::int64_t outbox_id);

// The JSON body; `data` is inserted as given (REQUIRES: valid JSON; "{}" when empty).
std::string event_body(const PushedEvent& event);


}  // namespace xj::sharing
