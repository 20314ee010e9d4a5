#include "store/schema_capabilities.h"
#include "store/schema_text.h"

namespace xj::store {

// The abnormal operation list (经营异常名录, domain-rules.md §4.1) and the serious illegal and
// dishonest list (严重违法失信名单, §4.2). Entries are never deleted: removal fills removed_on and
// removal_reason. Other capabilities read these tables (risk, repair, constraints):
//   abnormal_entries: active on day d ⇔ listed_on ≤ d and (removed_on IS NULL or removed_on > d).
//     ground: annual_report | instant_info | false_info | unreachable.
//     removal_reason: cured | revoked_decision | repair.
//     proposed_from: the inspection_no of the spot-check result that proposed it (or NULL).
//   dishonest_entries: status pending_approval | active | rejected | removed; in force on day d ⇔
//     status = 'active' and listed_on ≤ d < expires_on and (removed_on IS NULL or removed_on > d).
//     basis_type: penalty (basis_id = decision number) | abnormal_list (basis_id = entry id).
//     region_code: the proposer's region (approval by a shorter prefix, §4.2).
//     removal_reason: revoked_decision | other | repair.
const Migration& sanctions_migration() {
  static const Migration& m = dialect_migration(8, "sanctions", R"sql(
CREATE TABLE abnormal_entries (
  id {ID},
  uscc TEXT NOT NULL,
  ground TEXT NOT NULL,
  listed_on TEXT NOT NULL,
  decision_no TEXT,
  authority TEXT,
  region_code TEXT NOT NULL,
  proposed_from TEXT,
  removed_on TEXT,
  removal_reason TEXT,
  removal_note TEXT,
  created_by TEXT NOT NULL,
  created_at {TS} NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX abnormal_entries_uscc ON abnormal_entries (uscc);
CREATE INDEX abnormal_entries_active ON abnormal_entries (removed_on, listed_on);

CREATE TABLE dishonest_entries (
  id {ID},
  uscc TEXT NOT NULL,
  basis_type TEXT NOT NULL,
  basis_id TEXT NOT NULL,
  grounds TEXT,
  decision_no TEXT,
  authority TEXT,
  listed_on TEXT NOT NULL,
  expires_on TEXT NOT NULL,
  notice_served_on TEXT,
  hearing_requested INTEGER NOT NULL DEFAULT 0,
  hearing_held_on TEXT,
  status TEXT NOT NULL,
  region_code TEXT NOT NULL,
  proposed_by TEXT NOT NULL,
  approved_by TEXT,
  approved_on TEXT,
  removed_on TEXT,
  removal_reason TEXT,
  removal_note TEXT,
  created_at {TS} NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX dishonest_entries_uscc ON dishonest_entries (uscc);
CREATE INDEX dishonest_entries_status ON dishonest_entries (status, expires_on);
)sql");
  return m;
}

}  // namespace xj::store
