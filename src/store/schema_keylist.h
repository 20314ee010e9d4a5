// Migration 14 (schema_keylist.cpp): the key-area list proposals made from licences
// (registry/keylist_proposals.h). Listed by store/schema.cpp after sharing_migration().
#pragma once

#include "store/migrations.h"

namespace xj::store {

const Migration& keylist_migration();

}  // namespace xj::store
