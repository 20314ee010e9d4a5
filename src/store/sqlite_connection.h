// One SQLite connection as a Session, with its prepared-statement cache.
//
// open() applies the per-connection settings: WAL journal, foreign_keys=ON, busy_timeout, a
// deliberate page cache; the writer gets synchronous=FULL (a committed import survives power
// loss), a reader is query_only. Errors per sqlite_error.h. As on PostgreSQL, a failed statement
// aborts the transaction: later statements and the commit fail until recycle() rolls back. Not
// thread-safe: one thread at a time, as lent by the pool.
#pragma once

#include <sqlite3.h>

#include <memory>
#include <string>

#include "store/connection.h"
#include "store/sqlite_statement_cache.h"

namespace xj::store {

class SqliteConnection final : public Connection {
 public:
  enum class Role { writer, reader };

  // Opens (the writer: creates) the database file at `path`.
  static Result<std::unique_ptr<Connection>> open(const std::string& path, Role role,
                                                  const Options& options);

  Dialect dialect() const override { return Dialect::sqlite; }
  Result<std::int64_t> exec(std::string_view sql, const Params& params = {}) override;
  Result<Rows> query(std::string_view sql, const Params& params = {}) override;
  Status each(std::string_view sql, const Params& params,
              const std::function<bool(const Row&)>& on_row) override;
  Status exec_script(std::string_view sql) override;
  Result<std::int64_t> last_insert_id() override;

  Status commit() override;
  bool usable() const override { return true; }
  bool recycle() override;

 private:
  struct Close {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
  };

  explicit SqliteConnection(sqlite3* db) : handle_(db), db_(db), statements_(db) {}

  // Prepares `sql` from the cache and binds params; fails when their number differs.
  Result<StatementCache::Handle> prepare(std::string_view sql, const Params& params);
  // Fails once a statement of the current transaction has failed.
  Status check_not_aborted() const;
  // Marks the current transaction aborted; returns the statement's error.
  tl::unexpected<Error> abort(Error error);
  // Advances stmt: true at a row, false when done.
  Result<bool> step(sqlite3_stmt* stmt, std::string_view sql);

  std::unique_ptr<sqlite3, Close> handle_;  // closed after statements_ is destroyed
  sqlite3* db_;
  StatementCache statements_;
  bool aborted_ = false;  // a statement failed in the current transaction
};

}  // namespace xj::store
