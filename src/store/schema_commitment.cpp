#include "store/schema_capabilities.h"
#include "store/schema_text.h"

namespace xj::store {

// Credit commitments (信用承诺, domain-rules.md §6). Other capabilities read `commitments`
// (risk: false commitment in 3 years; constraints: §4.3; the public record):
//   kind: approval | registration | voluntary | repair.
//   verification_result: pending | consistent | inconsistent ("false commitment found" =
//     inconsistent, dated verified_on); action: terminate | rectify | revoke | penalty.
//   repaired_on: a repair that ended the constraints of an inconsistent finding early.
//   is_public: 1 when the commitment is published (voluntary and approval commitments and every
//     inconsistent finding are public).
const Migration& commitment_migration() {
  static const Migration& m = dialect_migration(9, "commitment", R"sql(
CREATE TABLE commitment_templates (
  id {ID},
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  matter TEXT,
  region_code TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at {TS} NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE commitments (
  id {ID},
  uscc TEXT NOT NULL,
  kind TEXT NOT NULL,
  template_id BIGINT,
  text TEXT NOT NULL,
  matter TEXT,
  made_on TEXT NOT NULL,
  verify_by TEXT,
  verification_result TEXT NOT NULL DEFAULT 'pending',
  verified_on TEXT,
  action TEXT,
  note TEXT,
  repaired_on TEXT,
  is_public INTEGER NOT NULL,
  region_code TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at {TS} NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX commitments_uscc ON commitments (uscc);
CREATE INDEX commitments_pending ON commitments (verification_result, verify_by);
)sql");
  return m;
}

}  // namespace xj::store
