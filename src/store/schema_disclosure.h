// The disclosure tables (issue 5): the name index behind GET /api/v1/public/search. One
// migration, listed by store/schema.cpp as version 5.
//
// SQLite: `enterprise_names`, an FTS5 table with the trigram tokenizer (uscc UNINDEXED, name),
// filled from `enterprises` and kept in step by triggers on insert, delete and a change of name.
// Trigram matching needs 3+ characters; 2-character queries go to LIKE (disclosure/search_repo).
// PostgreSQL: a pg_trgm GIN index on enterprises.name serving ILIKE '%…%'. The migration runs
// `CREATE EXTENSION IF NOT EXISTS pg_trgm`, which needs a superuser or a database owner with the
// extension allowed (pg_trgm is a trusted extension since PostgreSQL 13): in production the DBA
// creates it once beforehand (docs/operations).
#pragma once

#include "store/migrations.h"

namespace xj::store {

// The migration that creates the index above; its version is 5.
const Migration& disclosure_migration();

}  // namespace xj::store
