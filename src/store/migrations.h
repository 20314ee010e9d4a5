// Versioned schema migrations, applied in order and recorded in schema_migrations.
//
// Each migration has a version, a name and one script per dialect (they differ only where the
// dialects do: identity columns, full-text search). migrate() applies every migration whose
// version is not yet recorded, each in its own transaction, and is safe to call at every start.
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

// The migrations of this build, in version order.
const std::vector<Migration>& migrations();

// Applies the pending migrations; returns the number applied.
Result<int> migrate(Database& db);

}  // namespace xj::store
