// The day-boundary job that writes an outbox event for each record that stops being public by
// the passage of time alone (issue 5 item 5): nothing else would tell the change feed, partners
// or the public-record cache that a penalty's publicity period ended or a dishonest entry
// expired. Registered by http::Api as an outbox-worker tick.
//
//   XJ_CHECK(disclosure::run_publicity_lapses(db, clock.today(), {}));
//
// For each business day d after the last one processed, up to today:
//   - every penalty whose public_until (publicity.h) is d − 1 → `penalty.publicity_ended`
//     {"kind":"penalty","key":decision_no,"public_until"};
//   - every active dishonest entry whose expires_on is d (§4.2: in force until the day before)
//     → `dishonest_list.expired` {"id","uscc","expires_on"}.
// Each day is one transaction together with the stored position (outbox_cursors row
// `publicity_lapses`, last_id = the day as days since 1970-01-01), so a crash repeats nothing.
// The first run only records today (history is not replayed); after a long stop at most 400
// days are caught up. Errors: internal from the store.
#pragma once

#include "core/date.h"
#include "core/result.h"
#include "disclosure/publicity.h"
#include "store/database.h"

namespace xj::disclosure {

Status run_publicity_lapses(store::Database& db, core::Date today, const PublicityConfig& config);

}  // namespace xj::disclosure
