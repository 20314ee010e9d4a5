#include "store/schema_keylist.h"

#include "store/schema_text.h"

namespace xj::store {

// keylist_proposals: proposals to list (kind add) or to remove (kind remove) a key-area list
//   entry, made from licences (issue 4 item 1). status pending | accepted | rejected |
//   withdrawn (no longer supported by the licences). entry_id: for a removal the entry to
//   remove, for an accepted addition the entry made. reason: licence_issued | licence_expired |
//   licence_revoked | licence_rescinded | licence_cancelled; licence_status as shown when
//   proposed (有效 过期 吊销 撤销 注销). Rows are never deleted.
// keylist_expiry_checks: one row per business date on which the daily expiry check ran.
const Migration& keylist_migration() {
  static const Migration& m = dialect_migration(14, "keylist_proposals", R"sql(
CREATE TABLE keylist_proposals (
  id {ID},
  kind TEXT NOT NULL,
  area TEXT NOT NULL,
  subcategory TEXT,
  uscc TEXT NOT NULL,
  name TEXT NOT NULL,
  licence_no TEXT NOT NULL,
  entry_id BIGINT,
  reason TEXT NOT NULL,
  licence_status TEXT NOT NULL,
  proposed_on TEXT NOT NULL,
  status TEXT NOT NULL,
  decided_on TEXT,
  decided_by TEXT,
  decision_reason TEXT,
  created_at {TS} NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX keylist_proposals_uscc ON keylist_proposals (uscc);
CREATE INDEX keylist_proposals_status ON keylist_proposals (status, area);

CREATE TABLE keylist_expiry_checks (
  checked_on TEXT PRIMARY KEY,
  proposed BIGINT NOT NULL,
  created_at {TS} NOT NULL DEFAULT CURRENT_TIMESTAMP
);
)sql");
  return m;
}

}  // namespace xj::store
