#include "store/schema_capabilities.h"
#include "store/schema_text.h"

namespace xj::store {

// Credit repair (信用修复, domain-rules.md §5). Applications are never deleted; a refused
// application (422 not_eligible) is not stored.
//   repairs: target_type penalty (target_id = decision number) | abnormal_list | dishonest_list
//     (target_id = the entry's id); status submitted | pending_second_approval | approved |
//     rejected; due_on = applied_on + 15 working days; repeat_offender 1 → two different officers
//     approve (first_approved_by, then decided_by); region_code = the enterprise's division;
//     commitment_id = its 守信承诺书 in commitments (kind repair).
//   repair_materials: kind text (the text itself in `text`) | file (bytes base64 in `content`);
//     sm3 = lowercase hex SM3 of the original bytes (text: its UTF-8 bytes).
//   repair_decisions: every officer's step (approve | reject) with its reason.
const Migration& repair_migration() {
  static const Migration& m = dialect_migration(10, "repair", R"sql(
CREATE TABLE repairs (
  id {ID},
  uscc TEXT NOT NULL,
  target_type TEXT NOT NULL,
  target_id TEXT NOT NULL,
  applied_on TEXT NOT NULL,
  reason TEXT NOT NULL,
  obligations_fulfilled INTEGER NOT NULL,
  rectified INTEGER NOT NULL,
  commitment_id BIGINT,
  repeat_offender INTEGER NOT NULL,
  status TEXT NOT NULL,
  due_on TEXT NOT NULL,
  region_code TEXT NOT NULL,
  applied_by TEXT NOT NULL,
  first_approved_by TEXT,
  decided_on TEXT,
  decided_by TEXT,
  decision_reason TEXT,
  created_at {TS} NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX repairs_uscc ON repairs (uscc);
CREATE INDEX repairs_queue ON repairs (status, region_code, due_on);

CREATE TABLE repair_materials (
  id {ID},
  repair_id BIGINT NOT NULL REFERENCES repairs (id),
  kind TEXT NOT NULL,
  filename TEXT,
  content_type TEXT,
  size BIGINT NOT NULL,
  sm3 TEXT NOT NULL,
  text TEXT,
  content TEXT,
  added_by TEXT NOT NULL,
  added_on TEXT NOT NULL,
  created_at {TS} NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX repair_materials_repair ON repair_materials (repair_id, id);

CREATE TABLE repair_decisions (
  id {ID},
  repair_id BIGINT NOT NULL REFERENCES repairs (id),
  decision TEXT NOT NULL,
  reason TEXT NOT NULL,
  decided_on TEXT NOT NULL,
  officer TEXT NOT NULL,
  created_at {TS} NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX repair_decisions_repair ON repair_decisions (repair_id, id);
)sql");
  return m;
}

}  // namespace xj::store
