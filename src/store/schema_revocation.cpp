#include "store/schema_capabilities.h"
#include "store/schema_text.h"

namespace xj::store {

// Revocations of penalty decisions (处罚决定被撤销 — by reconsideration, litigation or the
// deciding authority). formats.md `penalties` has no such column: the day lives in
// penalties.revoked_on (read by every rule), the decision that revoked it here.
const Migration& revocation_migration() {
  static const Migration& m = dialect_migration(16, "revocation", R"sql(
CREATE TABLE penalty_revocations (
  decision_no TEXT PRIMARY KEY,
  uscc TEXT NOT NULL,
  revoked_on TEXT NOT NULL,
  revocation_no TEXT,
  reason TEXT NOT NULL,
  source TEXT NOT NULL,
  created_at {TS} NOT NULL DEFAULT CURRENT_TIMESTAMP
);
)sql");
  return m;
}

}  // namespace xj::store
