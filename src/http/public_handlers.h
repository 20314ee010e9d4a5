// Public (no token) routes, api.md "Public"; every one is Access::open with no permission, so the
// security hook only rate-limits them:
//   GET /api/v1/public/enterprises/{uscc}  → 200 the public record (http/enterprise_json.h) from
//       the cached, pre-serialised record (disclosure/record_cache.h), with a strong ETag and
//       Cache-Control: no-cache; If-None-Match → 304. 422 validation_failed / invalid_uscc for
//       a malformed code, 404 not_found for an unknown one.
//   GET /api/v1/public/search?q=&page=&page_size=  → the api.md list envelope of
//       {uscc, name, region_code, status}; an exact USCC (normalised) or a 2+ character part of
//       the name, exact and prefix matches first (disclosure/search_repo.h). 400 bad_request for
//       a missing, 1-character or over-long q.
//   GET /api/v1/public/changes?since=CURSOR&limit=N  → {"items":[{cursor, uscc, change, at}],
//       "next": CURSOR} (disclosure/change_feed.h); since absent: from the beginning; limit
//       100 by default, 1–1000; 400 bad_request for a bad cursor or limit.
//   the open data routes of http/opendata_handlers.h and the credit report routes of
//   http/report_handlers.h.
// Not registered until their data exist: dishonest-list, abnormal-list, exposure, cases
// (the lists' tables come with the sanctions capability).
//
//   auto cache = register_public_handlers(app, db, core::Clock::fixed(today), legacy);
//   cache->invalidate(uscc);   // from a write path, so the next read rebuilds that record
//
// `db` and `legacy` must outlive the app; the returned cache is shared with the handlers.
// Handlers read through Database::read and are thread-safe.
#pragma once

#include <memory>

#include "core/clock.h"
#include "core/uscc_legacy.h"
#include "disclosure/record_cache.h"
#include "http/app.h"
#include "store/database.h"

namespace xj::http {

// Registers the routes on app.router(); `clock` gives the business date of every request.
// Returns the public record cache so that write paths can invalidate().
std::shared_ptr<disclosure::PublicRecordCache> register_public_handlers(
    App& app, store::Database& db, core::Clock clock,
    const core::LegacyCodes& legacy = core::LegacyCodes::none(),
    disclosure::PublicRecordCache::Options cache_options = {});

}  // namespace xj::http
