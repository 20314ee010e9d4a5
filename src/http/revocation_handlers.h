// POST /api/v1/penalties/{decision_no}/revocation   record.write   (extension of api.md)
//   body {revoked_on: YYYY-MM-DD, reason, [revocation_no]} → 200 {decision_no, uscc, revoked_on,
//   revocation_no, reason}. Records that a penalty decision was revoked (collection/
//   penalty_revocation.h); the enterprise must lie within the caller's region (403), an unknown
//   decision is 404, a second revocation 409. The outbox event wakes the worker at once, so the
//   public record, lists, constraints and risk follow within one tick.
#pragma once

#include "http/capabilities.h"

namespace xj::http {

void register_revocation_handlers(App& app, const Capabilities& caps);

}  // namespace xj::http
