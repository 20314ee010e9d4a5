// The migrations of the later capabilities (issues 6–8), one file each, listed by
// store/schema.cpp in version order. Schema texts use the {ID}/{TS} markers of store/schema.cpp.
//
//   7  outbox_cursors  (schema_outbox.cpp)     each outbox consumer's position
//   8  sanctions       (schema_sanctions.cpp)  abnormal and dishonest list entries
//   9  commitment      (schema_commitment.cpp) commitment templates and commitments
//  10  repair          (schema_repair.cpp)     repair applications and decisions
//  11  risk            (schema_risk.cpp)       assessments, current classes, runs
//  12  spotcheck       (schema_spotcheck.cpp)  matters, plans, draws, tasks, recusals, items
//  13  sharing         (schema_sharing.cpp)    subscriptions, watch lists, deliveries
//  14  keylist         (schema_keylist.cpp)    key-area list proposals (declared in schema_keylist.h)
//  15  casebook        (schema_casebook.cpp)   typical cases
//  16  revocation      (schema_revocation.cpp) revoked penalty decisions
#pragma once

#include "store/migrations.h"

namespace xj::store {

const Migration& outbox_migration();
const Migration& sanctions_migration();
const Migration& commitment_migration();
const Migration& repair_migration();
const Migration& risk_migration();
const Migration& spotcheck_migration();
const Migration& sharing_migration();
const Migration& casebook_migration();
const Migration& revocation_migration();

}  // namespace xj::store
