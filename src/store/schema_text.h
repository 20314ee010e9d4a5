// Making one migration out of one schema text written for both dialects (store/schema.cpp):
// the markers {ID} (identity primary key) and {TS} (timestamp type) are replaced per dialect.
//
//   const Migration& sanctions_migration() {
//     static const Migration& m = dialect_migration(8, "sanctions", kText);
//     return m;
//   }
//
// The scripts are kept alive for the program's lifetime (Migration holds views). Thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "store/database.h"
#include "store/migrations.h"

namespace xj::store {

// `text` with the markers replaced for `dialect`.
std::string for_dialect(std::string_view text, Dialect dialect);

// A migration whose two scripts are `text` for SQLite and for PostgreSQL.
const Migration& dialect_migration(int version, std::string_view name, std::string_view text);

}  // namespace xj::store
