// The delivery queue in the store (tables sharing_events and sharing_deliveries of
// store/schema_sharing.cpp). Instants are Unix milliseconds.
//
//   XJ_CHECK(save_event(session, event, body));
//   XJ_CHECK(enqueue(session, subscription_id, event, now_ms));
//   XJ_TRY(auto due, due_deliveries(session, now_ms, 100));
//
// Ordering (api.md "in order per enterprise"): due_deliveries() offers, per (subscription, uscc),
// only the pending delivery of the lowest outbox id, so a failing delivery holds back the later
// ones of the same enterprise on the same subscription and nothing else. Dead letters hold back
// nothing. Errors: internal from the store. Thread safety: as the Session passed in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "sharing/event_body.h"
#include "store/database.h"

namespace xj::sharing {

// Stores the pushed event of an outbox event once (a second call changes nothing).
Status save_event(store::Session& session, const PushedEvent& event, std::string_view body);

// Queues the event for the subscription, due at `now_ms`; a second call for the same pair
// changes nothing (consumers are re-run after a crash).
Status enqueue(store::Session& session, std::int64_t subscription_id, const PushedEvent& event,
               std::int64_t now_ms);

struct DueDelivery {
  std::int64_t id = 0;
  std::int64_t subscription_id = 0;
  std::int64_t outbox_id = 0;
  int attempts = 0;
  std::string url;
  std::string secret;
  std::string body;
};

// Up to `limit` deliveries that may be attempted now (see ordering above), of active
// subscriptions, in queue order.
Result<std::vector<DueDelivery>> due_deliveries(store::Session& session, std::int64_t now_ms,
                                                std::int64_t limit);

// The outcome of one attempt.
struct Attempt {
  std::int64_t at_ms = 0;
  bool delivered = false;
  std::optional<int> http_status;        // when the receiver answered
  std::string error;                     // why it failed ("" when delivered)
  std::optional<std::int64_t> retry_at;  // next attempt; empty and not delivered: dead letter
};

Status record_attempt(store::Session& session, std::int64_t delivery_id, const Attempt& attempt);

enum class DeliveryStatus { pending, delivered, dead };
std::string_view to_string(DeliveryStatus status);
std::optional<DeliveryStatus> parse_delivery_status(std::string_view text);

struct DeliveryView {
  std::int64_t id = 0;
  std::int64_t subscription_id = 0;
  std::int64_t outbox_id = 0;
  std::string type;
  std::string uscc;
  std::string status;
  int attempts = 0;
  std::int64_t next_attempt_at = 0;
  std::optional<std::int64_t> last_attempt_at;
  std::optional<std::int64_t> last_status;
  std::optional<std::string> last_error;
  std::optional<std::int64_t> delivered_at;
};

// One page of a subscription's deliveries, newest first, optionally of one status.
Result<std::vector<DeliveryView>> deliveries_of(store::Session& session,
                                                std::int64_t subscription_id,
                                                std::optional<DeliveryStatus> status,
                                                std::int64_t offset, std::int64_t limit);
Result<std::int64_t> count_deliveries(store::Session& session, std::int64_t subscription_id,
                                      std::optional<DeliveryStatus> status);

// One delivery of the subscription.
Result<std::optional<DeliveryView>> find_delivery(store::Session& session,
                                                  std::int64_t subscription_id,
                                                  std::int64_t delivery_id);

struct DeliveryStats {
  std::int64_t pending = 0;
  std::int64_t delivered = 0;
  std::int64_t dead = 0;
};
Result<DeliveryStats> delivery_stats(store::Session& session, std::int64_t subscription_id);

// Puts a dead letter of the subscription back in the queue with a fresh attempt count, due at
// `now_ms`. False when the subscription has no such dead delivery.
Result<bool> requeue_dead(store::Session& session, std::int64_t subscription_id,
                          std::int64_t delivery_id, std::int64_t now_ms);

}  // namespace xj::sharing
