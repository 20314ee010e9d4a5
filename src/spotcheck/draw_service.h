// Performing a plan's draw (domain-rules.md §8) inside one write transaction: the seed checked
// against the commitment, the population and strata fixed as of today, the selection, the
// inspector assignment, then the draw record (internal and public, with the full population)
// and one task per selected enterprise stored together — or, on any failure, nothing.
//
//   XJ_TRY(std::string record, perform_draw(session, {plan_id, seed, today, who.name}, authorize));
//
// Errors: not_found (no such plan), conflict (already drawn), validation_failed (malformed
// seed), seed_mismatch (SM3(seed) ≠ commitment), insufficient_inspectors (naming the
// enterprise), whatever `authorize` returns, internal from the store. Thread safety: as the
// Session.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "core/date.h"
#include "core/result.h"
#include "spotcheck/model.h"
#include "store/database.h"

namespace xj::spotcheck {

struct DrawRequest {
  std::int64_t plan_id = 0;
  std::string seed;  // 64 lowercase hex
  core::Date today;
  std::string drawn_by;
};

// Returns the internal draw record's JSON text (api.md), draw_id included.
Result<std::string> perform_draw(store::Session& s, const DrawRequest& request,
                                 const std::function<Status(const Plan&)>& authorize);

}  // namespace xj::spotcheck
