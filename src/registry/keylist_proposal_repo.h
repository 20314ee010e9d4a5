// The SQL of the key-area list proposals (registry/keylist_proposal.h): table keylist_proposals
// and keylist_expiry_checks (store/schema_keylist.h), and the licence facts the rules read from
// table licences.
//
//   XJ_TRY(auto facts, licence_facts_of(session, uscc));
//   XJ_TRY(std::int64_t id, insert_proposal(session, draft));
//
// A proposal's region is its enterprise's region_code, else positions 3–8 of its USCC
// (domain-rules §1.1). Lists come newest first (by id). Errors: internal from the store.
// Thread safety: as the Session passed in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "registry/keylist_proposal.h"
#include "store/database.h"

namespace xj::registry {

struct ProposalFilter {
  std::optional<std::string> area;
  std::optional<std::string> status;         // pending | accepted | rejected | withdrawn
  std::optional<std::string> region_prefix;  // 2, 4 or 6 digits
};

Result<std::vector<LicenceFact>> licence_facts_of(store::Session& session, std::string_view uscc);

// Every proposal of one enterprise, any status, by id.
Result<std::vector<Proposal>> proposals_of(store::Session& session, std::string_view uscc);

Result<std::optional<Proposal>> find_proposal(store::Session& session, std::int64_t id);

Result<std::int64_t> insert_proposal(store::Session& session, const Proposal& p);

// Stores status, decision fields and entry_id of `p` (by p.id).
Status update_proposal(store::Session& session, const Proposal& p);

Result<std::int64_t> count_proposals(store::Session& session, const ProposalFilter& filter);
Result<std::vector<Proposal>> list_proposals(store::Session& session, const ProposalFilter& filter,
                                             std::int64_t offset, std::int64_t limit);

// The enterprises the daily check looks at on `today`: an active entry backed by a licence on
// file that is not in force, or a pending proposal.
Result<std::vector<std::string>> usccs_due_for_check(store::Session& session, core::Date today);

// Whether the daily check already ran for `today`; recording it (idempotent).
Result<bool> expiry_checked(store::Session& session, core::Date today);
Status record_expiry_check(store::Session& session, core::Date today, std::int64_t proposed);

}  // namespace xj::registry
