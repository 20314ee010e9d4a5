// The commitment tables (store/schema_commitment.cpp) and the one fact of the dishonest list the
// approval route needs. SQL only; no rules.
//
//   XJ_TRY(std::int64_t id, insert_commitment(session, c));
//   XJ_TRY(auto found, find_commitment(session, id));
//
// Errors: internal from the store. Thread safety: as the Session passed in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commitment/model.h"
#include "core/date.h"
#include "core/result.h"
#include "store/database.h"

namespace xj::commitment {

Result<std::int64_t> insert_template(store::Session& session, const Template& t);
Result<std::optional<Template>> find_template(store::Session& session, std::int64_t id);
// Templates, newest first; `kind` filters when given.
Result<std::vector<Template>> list_templates(store::Session& session,
                                             const std::optional<std::string>& kind);

Result<std::int64_t> insert_commitment(store::Session& session, const Commitment& c);
Result<std::optional<Commitment>> find_commitment(store::Session& session, std::int64_t id);
// Every commitment of one enterprise, oldest first.
Result<std::vector<Commitment>> commitments_of(store::Session& session, std::string_view uscc);

struct CommitmentFilter {
  std::optional<std::string> uscc;
  std::string region_prefix;            // region_code LIKE prefix%
  std::optional<std::string> kind;
  bool pending_only = false;            // verification_result = pending
  std::optional<std::string> overdue_on;  // pending with verify_by before this day
};
Result<std::int64_t> count_commitments(store::Session& session, const CommitmentFilter& f);
Result<std::vector<Commitment>> list_commitments(store::Session& session, const CommitmentFilter& f,
                                                 std::int64_t offset, std::int64_t limit);

// Records a verification; `is_public` becomes 1 for an inconsistent finding (§6). Only a pending
// commitment is changed: false when it was no longer pending.
Result<bool> record_verification(store::Session& session, std::int64_t id, std::string_view result,
                                 std::string_view verified_on,
                                 const std::optional<std::string>& action,
                                 const std::optional<std::string>& note);

// §4.2 "in force" on day d for the enterprise's dishonest entries (table dishonest_entries).
Result<bool> dishonest_in_force(store::Session& session, std::string_view uscc, core::Date d);

}  // namespace xj::commitment
