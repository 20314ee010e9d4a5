#include "store/postgres_database.h"

#include "store/postgres_connection.h"
#include "store/transaction.h"

namespace xj::store {

PostgresDatabase::PostgresDatabase(const std::string& url, const Options& options)
    : pool_(static_cast<std::size_t>(options.reader_pool),
            [url] { return PostgresConnection::open(url); }) {}

Result<std::unique_ptr<Database>> PostgresDatabase::open(const std::string& url,
                                                         const Options& options) {
  std::unique_ptr<PostgresDatabase> db(new PostgresDatabase(url, options));
  XJ_CHECK(db->pool_.acquire());  // the connection stays in the pool for the first caller
  return std::unique_ptr<Database>(std::move(db));
}

Status PostgresDatabase::write(const std::function<Status(Session&)>& fn) {
  return run_transaction(pool_, "BEGIN", fn);
}

Status PostgresDatabase::read(const std::function<Status(Session&)>& fn) {
  return run_transaction(pool_, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", fn);
}

}  // namespace xj::store
