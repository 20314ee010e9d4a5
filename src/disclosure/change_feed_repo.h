// Reading the change feed (disclosure/change_feed.h) from the outbox: the public-relevant events
// after a position, oldest first. Public-relevant: the kinds shown in the public record
// (domain-rules.md §2) — enterprise, keylist_entry, licence, penalty, inspection, abnormal_list,
// dishonest_list, a verified commitment; credit events (信用事件), risk and inspectors are
// internal and never appear. An event that ends a record's publicity is "no_longer_public"
// (change_feed.h); otherwise "added" when no earlier public-relevant event names its USCC, else
// "changed".
//
//   XJ_TRY(std::vector<ChangeItem> items, public_changes_after(session, after_id, 100));
//
// On PostgreSQL an identity value is taken before commit, so a transaction that commits late can
// add an event below a cursor already handed out (docs/disclosure.md "Change feed").
// Errors: ErrorCode::internal from the store. Thread safety: as the Session passed in.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "disclosure/change_feed.h"
#include "store/database.h"

namespace xj::disclosure {

struct ChangeItem {
  std::int64_t outbox_id = 0;
  std::string uscc;
  Change change = Change::changed;
  std::string at;     // when the event was written, RFC 3339 UTC
  std::string event;  // the outbox event type ("penalty.created", "dishonest_list.expired", …)
};

// At most `limit` public-relevant events with id > after_id, oldest first.
Result<std::vector<ChangeItem>> public_changes_after(store::Session& session, std::int64_t after_id,
                                                     std::int64_t limit);

}  // namespace xj::disclosure
