#include "store/sqlite_error.h"

#include <string>

namespace xj::store {

Error sqlite_error(sqlite3* db, int rc, std::string_view sql) {
  constexpr std::size_t kSqlShown = 200;
  std::string message = "sqlite: ";
  message += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  message += " [";
  message += sql.substr(0, kSqlShown);
  message += sql.size() > kSqlShown ? "…]" : "]";
  const bool unique = rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY;
  return Error(unique ? ErrorCode::conflict : ErrorCode::internal, std::move(message));
}

}  // namespace xj::store
