// The revocation of a penalty decision (处罚决定被撤销: by administrative reconsideration,
// litigation or the deciding authority itself). formats.md `penalties` carries no revocation, so
// it arrives through POST /api/v1/penalties/{decision_no}/revocation (an extension of api.md).
//
// revoke_penalty, inside the caller's transaction: sets penalties.revoked_on, keeps the revoking
// decision in penalty_revocations and appends an outbox `penalty.revoked` event. What follows
// from the day is read from revoked_on by each rule: publicity ends that day (docs/rules.md), a
// dishonest entry on that basis is removed (§4.2 "Revoked basis penalty → entry removed"), its
// §4.3 constraints end, and risk no longer counts it.
//
// Errors: not_found (no such decision), conflict (already revoked), validation_failed on
// `revoked_on` (before the decision date, or after today), `reason` (empty).
#pragma once

#include <optional>
#include <string>

#include "core/date.h"
#include "core/result.h"
#include "store/database.h"

namespace xj::collection {

struct PenaltyRevocation {
  std::string decision_no;                   // the revoked penalty
  std::string revoked_on;                    // YYYY-MM-DD, the revoking decision's day
  std::optional<std::string> revocation_no;  // 撤销决定书文号, when there is one
  std::string reason;                        // e.g. 行政复议撤销 (revoked on reconsideration)
  std::string source;                        // the department or API key recording it
};

struct RevokedPenalty {
  std::string uscc;
  std::string decision_no;
  std::string revoked_on;
};

// The USCC a stored penalty belongs to; nullopt when there is none with this decision number.
Result<std::optional<std::string>> penalty_uscc(store::Session& session,
                                                const std::string& decision_no);

Result<RevokedPenalty> revoke_penalty(store::Session& session, const PenaltyRevocation& revocation,
                                      core::Date today);

}  // namespace xj::collection
