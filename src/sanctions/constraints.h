// Joint punishment (联合惩戒, §4.3): which measures apply to one enterprise on one day, each
// naming its basis record. The facts are read in one statement (one round trip: probes of the
// `uscc` index of dishonest_entries, abnormal_entries, penalties and commitments); a second small
// read happens only for a licence-revoking penalty without an area (is it a food enterprise?).
//
//   XJ_TRY(ConstraintFacts facts, load_constraint_facts(session, uscc));
//   Constraints c = constraints_on(facts, as_of);      // pure
//
// Measures and `until` (last day in force, inclusive; empty = until removal):
//   dishonest entry in force   → restrict_licensing, restrict_procurement, restrict_bidding,
//                                restrict_honours, no_commitment_route, key_supervision;
//                                until expires_on − 1 day (not while its basis penalty is revoked)
//   abnormal entry active      → restrict_procurement, restrict_bidding, restrict_honours,
//                                key_supervision; until empty
//   food penalty with 吊销许可证件 (Food Safety Law Art. 135), not revoked
//                              → restrict_licensing; until decided_on + 5 years − 1 day
//   inconsistent commitment (false commitment found), not repaired
//                              → no_commitment_route, key_supervision;
//                                until verified_on + 3 years − 1 day
// restricted = any measure other than key_supervision. Errors: internal from the store.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "sanctions/entries.h"
#include "store/database.h"

namespace xj::sanctions {

struct FoodLicenceBan {  // a food penalty that revoked a licence (吊销许可证件)
  std::string decision_no;
  std::string decided_on;
  std::optional<std::string> revoked_on;
};

struct RevokedPenalty {
  std::string decision_no;
  std::string revoked_on;
};

struct FalseCommitment {  // verification_result = inconsistent
  std::int64_t id = 0;
  std::string verified_on;
  std::optional<std::string> repaired_on;
};

// The entries carry only what the rules read: id, uscc, listed_on, removed_on and, for dishonest
// entries, expires_on, status, basis_type and basis_id.
struct ConstraintFacts {
  std::vector<DishonestEntry> dishonest;
  std::vector<RevokedPenalty> revoked_basis;  // basis penalties of the dishonest entries, revoked
  std::vector<AbnormalEntry> abnormal;
  std::vector<FoodLicenceBan> food_bans;
  std::vector<FalseCommitment> false_commitments;
};

struct Measure {
  std::string code;
  std::string basis;     // dishonest_list | abnormal_list | penalty | commitment
  std::string basis_id;  // entry or commitment id (digits), or the penalty's decision number
  std::string since;
  std::optional<std::string> until;
};

struct Constraints {
  core::Date as_of;
  bool restricted = false;
  std::vector<Measure> measures;
};

Constraints constraints_on(const ConstraintFacts& facts, core::Date as_of);

Result<ConstraintFacts> load_constraint_facts(store::Session& s, std::string_view uscc);

}  // namespace xj::sanctions
