#include "sharing/matching.h"

#include <algorithm>

#include "sharing/event_types.h"

namespace xj::sharing {

bool receives(const SubscriptionFilter& filter, const EventFacts& event) {
  if (!event.region_code.starts_with(filter.region_prefix)) return false;
  if (event.type == kRiskClassChanged && !filter.internal) return false;
  const bool asked = std::find(filter.event_types.begin(), filter.event_types.end(), event.type) !=
                     filter.event_types.end();
  if (!filter.has_watchlist) return asked;
  return event.watched && (asked || is_public_type(event.type));
}

}  // namespace xj::sharing
