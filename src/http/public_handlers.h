// Public (no token) enterprise routes, api.md "Public":
//   GET /api/v1/public/enterprises/{uscc}  → 200 the public record (http/enterprise_json.h),
//                                            422 validation_failed / invalid_uscc for a malformed
//                                            code, 404 not_found for an unknown one.
//
//   register_public_handlers(app, db, core::Clock::fixed(today), legacy);
//
// `db` and `legacy` must outlive the app. Handlers read through Database::read and are
// thread-safe.
#pragma once

#include "core/clock.h"
#include "core/uscc_legacy.h"
#include "http/app.h"
#include "store/database.h"

namespace xj::http {

// Registers the routes on app.router(); `clock` gives the business date of every request.
void register_public_handlers(App& app, store::Database& db, core::Clock clock,
                              const core::LegacyCodes& legacy = core::LegacyCodes::none());

}  // namespace xj::http
