// The outbox (architecture.md "In" and "React"): every committed change writes, in its own
// transaction, an event row naming its type, the enterprise and a JSON payload; consumers read
// the events in id order from their own cursor (store/outbox_worker.h).
//
//   XJ_CHECK(store::append_outbox(session, "dishonest_list.added", uscc, payload.dump()));
//
// Event types are `<kind>.<what>`: `penalty.created`, `abnormal_list.added`,
// `dishonest_list.removed`, `repair.granted`, `risk.class_changed`, … (each writer documents its
// own). Errors: ErrorCode::internal from the store. Thread safety: as the Session passed in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/database.h"

namespace xj::store {

struct OutboxEvent {
  std::int64_t id = 0;
  std::string type;
  std::string uscc;        // empty when the event names no enterprise
  std::string payload;     // JSON text
  std::string created_at;  // as stored (UTC)
};

// Appends one event inside the caller's transaction. `uscc` may be empty.
Status append_outbox(Session& session, std::string_view type, std::string_view uscc,
                     std::string_view payload_json);

// The events with id > after_id, oldest first, at most `limit`.
Result<std::vector<OutboxEvent>> read_outbox(Session& session, std::int64_t after_id,
                                             std::int64_t limit);

// The highest event id so far (0 for an empty outbox).
Result<std::int64_t> outbox_last_id(Session& session);

// A consumer's stored position, or nullopt when it has none yet.
Result<std::optional<std::int64_t>> outbox_cursor(Session& session, std::string_view consumer);

// Stores a consumer's position (insert or update).
Status set_outbox_cursor(Session& session, std::string_view consumer, std::int64_t last_id);

}  // namespace xj::store
