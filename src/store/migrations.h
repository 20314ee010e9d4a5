// Versioned schema migrations, applied in order and recorded in schema_migrations.
//
// Each migration has a version, a name and one script per dialect (they differ only where the
// dialects do: identity columns, full-text search). migrate() applies every migration whose
// version is not yet recorded, each in its own write transaction together with its record, so a
// failed migration leaves nothing behind and the next start retries it. Safe to call at every
// start and from several processes at once: on PostgreSQL a transaction-scoped advisory lock
// serialises the runners, on SQLite the writer lock (BEGIN IMMEDIATE) does.
//
//   XJ_TRY(int applied, store::migrate(*db));
#pragma once

#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/database.h"

namespace xj::store {

struct Migration {
  int version;
  std::string_view name;
  std::string_view sqlite_sql;
  std::string_view postgresql_sql;
};

// The migrations of this build, in version order (store/schema.cpp).
const std::vector<Migration>& migrations();

// Applies the pending migrations of `list`; returns the number applied. Fails (ErrorCode::internal)
// when the versions are not strictly ascending or a script fails; the message names the
// migration.
Result<int> migrate(Database& db, const std::vector<Migration>& list);

// Applies the pending migrations of this build.
inline Result<int> migrate(Database& db) { return migrate(db, migrations()); }

}  // namespace xj::store
