// What every capability's routes are given by http::Api (issues 6–8): the database, the business
// clock, the legacy USCC list, the security hook (for the principal and its region scope), the
// configuration folder (risk models, holidays), the working-day calendar loaded from it once
// (Monday–Friday with a logged warning when it cannot be read) and the outbox worker (to register
// consumers and periodic ticks, and to wake it after a write). All outlive the routes.
//
// Each capability registers its routes with one function, declared in its own header:
//   register_sanctions_handlers(app, caps);    http/sanctions_handlers.h
//   register_commitment_handlers(app, caps);   http/commitment_handlers.h
//   register_repair_handlers(app, caps);       http/repair_handlers.h
//   register_risk_handlers(app, caps);         http/risk_handlers.h
//   register_spotcheck_handlers(app, caps);    http/spotcheck_handlers.h
//   register_sharing_handlers(app, caps);      http/sharing_handlers.h
// State a capability keeps (loaded models, delivery queues) is held by shared_ptr in its route
// closures and in the consumers it registers with the outbox worker.
#pragma once

#include <filesystem>
#include <memory>

#include "core/clock.h"
#include "core/working_days.h"
#include "core/uscc_legacy.h"
#include "http/app.h"
#include "http/security_hook.h"
#include "store/database.h"
#include "store/outbox_worker.h"

namespace xj::http {

struct Capabilities {
  store::Database& db;
  core::Clock clock;
  const core::LegacyCodes& legacy;
  const Security& security;
  std::filesystem::path config_dir;
  std::shared_ptr<const core::WorkingCalendar> calendar;
  store::OutboxWorker& outbox;
};

// The calendar of config_dir/holidays, or Monday–Friday with a warning when it cannot be read.
std::shared_ptr<const core::WorkingCalendar> load_working_calendar(
    const std::filesystem::path& config_dir);

}  // namespace xj::http
