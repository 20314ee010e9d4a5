// Commitment rules (domain-rules.md §6, §2, §4.3) as pure functions: what is public, the default
// verification deadline, when a false commitment is in force, and the refusal of the approval
// route (告知承诺).
//
//   auto refusals = approval_route_refusals(dishonest_in_force, commitments_of_uscc, made_on, {});
//   if (!refusals.empty()) return fail(ErrorCode::not_eligible, "…", refusals);
//
// Thread-safe.
#pragma once

#include <vector>

#include "commitment/model.h"
#include "core/date.h"
#include "core/result.h"
#include "core/working_days.h"

namespace xj::commitment {

struct CommitmentRules {
  int approval_verify_working_days = 30;  // §6: approval commitments verified within (config)
  int false_commitment_years = 3;         // §4.3: a finding constrains 3 years (config)
};

// §2: voluntary, registration and approval commitments are public; a repair commitment is not
// (until an inconsistent finding, which is always public).
bool is_public_kind(std::string_view kind);

// §6: approval commitments default to made_on + 30 working days; other kinds have none.
std::optional<core::Date> default_verify_by(std::string_view kind, core::Date made_on,
                                            const core::WorkingCalendar& calendar,
                                            const CommitmentRules& rules);

// §4.3: an inconsistent finding is in force on verified_on ≤ d < verified_on + 3 years, ended
// early by a repair (repaired_on ≤ d).
bool false_commitment_in_force(const Commitment& c, core::Date d, const CommitmentRules& rules);

// §6: an enterprise with a dishonest entry in force, or with a false commitment in force, cannot
// use the approval route on day d. One detail per reason: `on_list` (field uscc) and
// `false_commitment` (field uscc, naming the finding's commitment id); empty when allowed.
std::vector<ErrorDetail> approval_route_refusals(bool dishonest_in_force,
                                                 const std::vector<Commitment>& commitments,
                                                 core::Date d, const CommitmentRules& rules);

}  // namespace xj::commitment
