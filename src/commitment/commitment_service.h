// Commitment use cases (domain-rules.md §6) inside the caller's write transaction: making a
// commitment (with the refusal of the approval route) and recording its verification, each with
// its outbox event so that the public record, risk and constraints react.
//
//   XJ_TRY(Commitment c, make_commitment(session, input, {today, calendar, {}, actor, region}));
//
// Events: `commitment.created` {"id","uscc","kind","made_on","is_public"} and
// `commitment.verified` {"id","uscc","result","verified_on","action"}.
// Errors: validation_failed (dates, kinds, actions, missing text), not_found (template or
// commitment), not_eligible (approval route refused, §6), conflict (already verified), internal.
// Thread safety: as the Session passed in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "commitment/model.h"
#include "commitment/rules.h"
#include "core/date.h"
#include "core/result.h"
#include "core/working_days.h"
#include "store/database.h"

namespace xj::commitment {

struct Context {
  core::Date today;
  const core::WorkingCalendar& calendar;
  CommitmentRules rules;
  std::string actor;        // username or API key name
};

struct NewCommitment {
  std::string uscc;         // normalised, valid
  std::string kind;
  std::optional<std::int64_t> template_id;
  std::optional<std::string> text;  // defaults to the template's text
  std::optional<core::Date> made_on;
  std::optional<std::string> matter;
  std::optional<core::Date> verify_by;
  std::string region_code;  // the enterprise's division
};

Result<Commitment> make_commitment(store::Session& session, const NewCommitment& input,
                                   const Context& context);

struct Verification {
  std::string result;  // consistent | inconsistent
  std::optional<core::Date> verified_on;
  std::optional<std::string> action;  // required when inconsistent
  std::optional<std::string> note;
};

Result<Commitment> verify_commitment(store::Session& session, std::int64_t id,
                                     const Verification& input, const Context& context);

}  // namespace xj::commitment
