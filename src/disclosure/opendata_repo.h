// The rows of an open data set (disclosure/opendata.h) as the disclosure rules show them today,
// streamed from the database one row at a time (Session::each), never materialised.
//
//   XJ_CHECK(each_public_row(session, *find_dataset("penalties"), today, {},
//                            [&](const OpenDataRow& row) { write(row); return true; }));
//
// keylist: active entries; licences: all, status as shown today; penalties: public today
// (domain-rules.md §2), facts masked; inspections: not marked non-public, failed items and
// findings masked; abnormal_list: entries active today (listed, not removed); dishonest_list:
// entries in force today (active, listed_on ≤ today < expires_on, not removed), grounds masked;
// spotcheck_results: public 双随机抽查 inspections, findings masked. Ordered by record id
// (stable across calls). on_row returns false to stop, and must not use the session.
// Errors: ErrorCode::internal from the store. Thread safety: as the Session passed in.
#pragma once

#include <functional>

#include "core/date.h"
#include "core/result.h"
#include "disclosure/opendata.h"
#include "disclosure/publicity.h"
#include "store/database.h"

namespace xj::disclosure {

Status each_public_row(store::Session& session, const DatasetInfo& dataset, core::Date today,
                       const PublicityConfig& config,
                       const std::function<bool(const OpenDataRow&)>& on_row);

}  // namespace xj::disclosure
