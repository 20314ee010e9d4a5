// Putting enterprises on the lists (§4.1, §4.2) inside the caller's transaction, with the outbox
// events other capabilities react to:
//   abnormal_list.added  {"id","uscc","ground","listed_on"}           at creation;
//   dishonest_list.added {"id","uscc","listed_on","expires_on"}      when the entry becomes
//                                                                     active (creation or approval).
//
//   XJ_TRY(AbnormalEntry e, sanctions::add_abnormal_entry(session, request));
//   XJ_TRY(DishonestEntry d, sanctions::propose_dishonest_entry(session, proposal, facts));
//
// Errors: validation_failed (invalid_enum, invalid_date with the field), not_eligible (each failed
// basis condition in details, see basis.h), conflict (the inspection already proposed an entry;
// approval of an entry that is not pending or whose term is over), internal from the store.
#pragma once

#include <optional>
#include <string>

#include "core/date.h"
#include "core/result.h"
#include "sanctions/basis.h"
#include "sanctions/entries.h"
#include "store/database.h"

namespace xj::sanctions {

struct NewAbnormalEntry {
  std::string uscc;
  std::string ground;
  core::Date listed_on;
  std::optional<std::string> decision_no;
  std::optional<std::string> authority;
  std::string region_code;  // the enterprise's division
  std::optional<std::string> proposed_from;
  std::string created_by;
};

Result<AbnormalEntry> add_abnormal_entry(store::Session& s, const NewAbnormalEntry& e);

// §4.2: a proposal by a user whose region prefix is 4 or 6 digits (city, county) waits for the
// approval of a higher level (pending_approval, no effect, not public); a province-level proposal
// is active at once.
bool needs_approval(std::string_view proposer_region);

// Checks the basis (basis.h, facts read here) and stores the entry, pending or active.
Result<DishonestEntry> propose_dishonest_entry(store::Session& s, const DishonestProposal& p);

// Activates a pending entry (§4.2 upper-level approval); the caller has checked the approver's
// level. The basis is checked again as of the listing date (a revoked penalty can no longer
// found a listing).
Result<DishonestEntry> approve_dishonest_entry(store::Session& s, std::int64_t id,
                                               core::Date approved_on, const std::string& approver);

}  // namespace xj::sanctions
