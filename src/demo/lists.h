// Demo list entries (经营异常名录 §4.1, 严重违法失信名单 §4.2) for `xinjian demo`: a few per
// prefecture, deterministic from each enterprise's USCC and records (same seed and today → the
// same entries), written straight into the list tables like a migration of historical decisions
// (no outbox events: nothing is subscribed while the demo loads).
//
//   XJ_CHECK(demo::write_demo_lists(session, records, today));
//
// - dishonest: about one in three enterprises whose penalty is heavier by its types (§3: the demo
//   marks serious penalties with 吊销许可证件, 责令停产停业 …) decided within the last 3 years,
//   listed by the province 30 days after the decision (active, so public);
// - abnormal: about one enterprise in 150, ground and listing date from its USCC, a fifth of them
//   already removed (cured).
// Re-running the demo adds nothing twice (an entry is looked up before it is written).
// Errors: the store's. Thread safety: as the Session.
#pragma once

#include "core/date.h"
#include "core/result.h"
#include "demo/records.h"
#include "store/database.h"

namespace xj::demo {

Status write_demo_lists(store::Session& s, const DemoRecords& r, core::Date today);

}  // namespace xj::demo
