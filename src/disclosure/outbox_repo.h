// Reading the outbox (architecture.md "React") for the disclosure capability: which enterprises
// changed since a position, so that their cached public records are rebuilt.
//
//   XJ_TRY(OutboxChanges c, outbox_changes_since(session, last_id, 10'000));
//
// Errors: ErrorCode::internal from the store. Thread safety: as the Session passed in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/database.h"

namespace xj::disclosure {

struct OutboxChanges {
  std::vector<std::string> usccs;  // USCCs named by the events, in event order, repeats kept
  std::int64_t last_id = 0;        // the highest event id read (the argument when none)
};

// The events with id > after_id, at most `limit` of them, oldest first.
Result<OutboxChanges> outbox_changes_since(store::Session& session, std::int64_t after_id,
                                           std::int64_t limit);

// The highest event id so far (0 for an empty outbox).
Result<std::int64_t> outbox_head(store::Session& session);

// When the last event whose type starts with `type_prefix` ("penalty.") was written, as
// RFC 3339 UTC ("2026-03-05T08:30:00Z"), or nullopt when there is none.
Result<std::optional<std::string>> last_event_at(store::Session& session,
                                                 std::string_view type_prefix);

}  // namespace xj::disclosure
