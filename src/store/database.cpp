#include "store/database.h"

#include <string>

#include "store/postgres_database.h"
#include "store/sqlite_database.h"

namespace xj::store {

Result<std::unique_ptr<Database>> open(std::string_view url, const Options& options) {
  constexpr std::string_view kSqlite = "sqlite:";
  if (url.starts_with(kSqlite) && url.size() > kSqlite.size()) {
    return SqliteDatabase::open(std::string(url.substr(kSqlite.size())), options);
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return PostgresDatabase::open(std::string(url), options);
  }
  return fail(ErrorCode::bad_request,
              "数据库地址应为 sqlite:路径 或 postgresql://… (database URL must be sqlite:PATH or "
              "postgresql://…): " +
                  std::string(url));
}

}  // namespace xj::store
