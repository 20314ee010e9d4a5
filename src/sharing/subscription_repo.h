// Subscriptions and their watch lists in the store (tables of store/schema_sharing.cpp).
//
//   XJ_TRY(std::int64_t id, insert_subscription(session, subscription));
//   XJ_TRY(auto found, find_subscription(session, id));     // active ones only
//
// Event types are stored joined with ','. A deleted subscription stays (inactive) for the
// history of its deliveries. Errors: internal from the store. Thread safety: as the Session.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "sharing/matching.h"
#include "store/database.h"

namespace xj::sharing {

// Who made a subscription: a user or an API key (auth::Principal kind and id).
struct Owner {
  std::string kind;  // "user" | "api_key"
  std::int64_t id = 0;
};

struct Subscription {
  std::int64_t id = 0;
  std::string url;
  std::vector<std::string> event_types;
  std::string region_prefix;
  std::string secret;
  Owner owner;
  std::string owner_name;
  std::string owner_role;
  bool internal = false;             // owner_role is not `partner`
  std::int64_t after_outbox_id = 0;  // events up to this outbox id are never pushed to it
  std::string created_at;            // as stored
  std::int64_t watchlist_size = 0;

  SubscriptionFilter filter() const;
};

// Inserts an active subscription (id, created_at and watchlist_size ignored); its new id.
Result<std::int64_t> insert_subscription(store::Session& session, const Subscription& s);

// The active subscription with this id.
Result<std::optional<Subscription>> find_subscription(store::Session& session, std::int64_t id);

// Active subscriptions, oldest first; only `owner`'s when given. Paged like api.md lists.
Result<std::vector<Subscription>> list_subscriptions(store::Session& session,
                                                     const std::optional<Owner>& owner,
                                                     std::int64_t offset, std::int64_t limit);
Result<std::int64_t> count_subscriptions(store::Session& session,
                                         const std::optional<Owner>& owner);

// Every active subscription (the delivery planner's view).
Result<std::vector<Subscription>> active_subscriptions(store::Session& session);

// Marks the subscription inactive (nothing more is planned or sent for it). False when it was
// not active.
Result<bool> deactivate_subscription(store::Session& session, std::int64_t id);

// Watch list: adds / removes USCCs (already present / absent ones are skipped); the count of rows
// changed.
Result<std::int64_t> watch(store::Session& session, std::int64_t id,
                           const std::vector<std::string>& usccs);
Result<std::int64_t> unwatch(store::Session& session, std::int64_t id,
                             const std::vector<std::string>& usccs);

struct WatchedEnterprise {
  std::string uscc;
  std::string added_at;  // as stored
};

// One page of a subscription's watch list, by USCC.
Result<std::vector<WatchedEnterprise>> watchlist(store::Session& session, std::int64_t id,
                                                 std::int64_t offset, std::int64_t limit);

// The ids of the subscriptions watching `uscc`.
Result<std::vector<std::int64_t>> watchers_of(store::Session& session, std::string_view uscc);

// The enterprise's registered division: enterprises.region_code, else the USCC's positions 3–8
// (its registration authority's division); "" for an empty USCC.
Result<std::string> enterprise_region(store::Session& session, std::string_view uscc);

}  // namespace xj::sharing
