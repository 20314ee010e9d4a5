// Which subscriptions receive a pushed event (docs/sharing.md "Who receives what"). Pure rules
// over plain values, so that they are tested without a database.
//
//   if (receives(filter, {"penalty.published", "430102", /*watched=*/true})) enqueue(…);
//
// Thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace xj::sharing {

struct SubscriptionFilter {
  std::vector<std::string> event_types;  // pushed types asked for
  std::string region_prefix;             // division-code prefix the enterprise must lie in
  bool internal = false;                 // owned by an internal role (not `partner`)
  bool has_watchlist = false;            // at least one USCC on its watch list
};

struct EventFacts {
  std::string_view type;         // pushed type
  std::string_view region_code;  // the enterprise's registered division ("" when unknown)
  bool watched = false;          // the enterprise is on this subscription's watch list
};

// True when:
//   - the enterprise lies within region_prefix, and
//   - risk.class_changed goes to internal subscriptions only, and
//   - without a watch list: the type is one of event_types;
//     with a watch list: the enterprise is watched and the type is one of event_types or any
//     public type (a watch list asks for every public change of its enterprises).
bool receives(const SubscriptionFilter& filter, const EventFacts& event);

}  // namespace xj::sharing
