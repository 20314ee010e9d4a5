#include "store/sqlite_connection.h"

#include "store/sqlite_error.h"

namespace xj::store {
namespace {

// Page cache per connection, in KiB (a negative cache_size). Debian's default is 2 MB; bulk
// imports and index builds on the writer benefit most.
constexpr int kWriterCacheKib = 64 * 1024;
constexpr int kReaderCacheKib = 32 * 1024;

Value column_value(sqlite3_stmt* stmt, int i) {
  switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_INTEGER:
      return Value{static_cast<std::int64_t>(sqlite3_column_int64(stmt, i))};
    case SQLITE_FLOAT:
      return Value{sqlite3_column_double(stmt, i)};
    case SQLITE_NULL:
      return Value{};
    default: {  // TEXT and BLOB: bytes as they are
      const auto* bytes = static_cast<const char*>(sqlite3_column_blob(stmt, i));
      return Value{std::string(bytes == nullptr ? "" : bytes,
                               static_cast<std::size_t>(sqlite3_column_bytes(stmt, i)))};
    }
  }
}

Row current_row(sqlite3_stmt* stmt) {
  const int n = sqlite3_column_count(stmt);
  std::vector<Value> values;
  values.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) values.push_back(column_value(stmt, i));
  return Row(std::move(values));
}

int bind(sqlite3_stmt* stmt, int index, const Value& value) {
  if (const auto* n = std::get_if<std::int64_t>(&value)) return sqlite3_bind_int64(stmt, index, *n);
  if (const auto* d = std::get_if<double>(&value)) return sqlite3_bind_double(stmt, index, *d);
  if (const auto* s = std::get_if<std::string>(&value)) {
    // SQLITE_STATIC: the handle clears the bindings before params goes out of scope.
    return sqlite3_bind_text64(stmt, index, s->data(), s->size(), SQLITE_STATIC, SQLITE_UTF8);
  }
  return sqlite3_bind_null(stmt, index);
}

// Process-wide settings, which SQLite accepts only before it initialises (at the first open):
// no memory statistics, which cost a global mutex on every allocation and which xinjian never
// reads (bench/import: about 3 % of the writing thread). Later calls are refused harmlessly.
void configure_sqlite_once() {
  static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)configured;
}

}  // namespace

Result<std::unique_ptr<Connection>> SqliteConnection::open(const std::string& path, Role role,
                                                           const Options& options) {
  configure_sqlite_once();
  const int flags =
      SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (role == Role::writer ? SQLITE_OPEN_CREATE : 0);
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  std::unique_ptr<SqliteConnection> connection(new SqliteConnection(db));  // closes db on failure
  if (rc != SQLITE_OK) return fail(sqlite_error(db, rc, "open " + path));
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, options.busy_timeout_ms);
  const int cache_kib = role == Role::writer ? kWriterCacheKib : kReaderCacheKib;
  std::string pragmas =
      "PRAGMA foreign_keys=ON; PRAGMA cache_size=-" + std::to_string(cache_kib) + ";";
  pragmas += role == Role::writer ? "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                                  : "PRAGMA query_only=ON;";
  XJ_CHECK(connection->exec_script(pragmas));
  if (role == Role::writer) {  // journal_mode reports what it could set, without failing
    XJ_TRY(Rows mode, connection->query("PRAGMA journal_mode"));
    if (mode.empty() || mode[0].text(0) != "wal") {
      return fail(ErrorCode::internal, "sqlite: cannot use WAL journal mode for " + path);
    }
  }
  return std::unique_ptr<Connection>(std::move(connection));
}

Status SqliteConnection::check_not_aborted() const {
  if (aborted_) {
    return fail(ErrorCode::internal, "sqlite: transaction aborted by an earlier failed statement");
  }
  return {};
}

tl::unexpected<Error> SqliteConnection::abort(Error error) {
  aborted_ = true;
  return fail(std::move(error));
}

Result<StatementCache::Handle> SqliteConnection::prepare(std::string_view sql,
                                                         const Params& params) {
  XJ_CHECK(check_not_aborted());
  Result<StatementCache::Handle> handle = statements_.acquire(sql);
  if (!handle) return abort(std::move(handle).error());
  sqlite3_stmt* stmt = handle->get();
  const int expected = sqlite3_bind_parameter_count(stmt);
  if (expected != static_cast<int>(params.size())) {
    return abort(Error(ErrorCode::internal, "sqlite: statement takes " + std::to_string(expected) +
                                                " parameters, got " +
                                                std::to_string(params.size()) + " [" +
                                                std::string(sql.substr(0, 200)) + "]"));
  }
  for (std::size_t i = 0; i < params.size(); ++i) {
    const int rc = bind(stmt, static_cast<int>(i) + 1, params[i]);
    if (rc != SQLITE_OK) return abort(sqlite_error(db_, rc, sql));
  }
  return handle;
}

Result<bool> SqliteConnection::step(sqlite3_stmt* stmt, std::string_view sql) {
  const int rc = sqlite3_step(stmt);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return abort(sqlite_error(db_, rc, sql));
}

Result<std::int64_t> SqliteConnection::exec(std::string_view sql, const Params& params) {
  XJ_TRY(StatementCache::Handle handle, prepare(sql, params));
  // changes64() keeps the count of the last INSERT/UPDATE/DELETE, so a statement that changed
  // nothing (DDL, a query) is recognised by the total not moving.
  const std::int64_t total_before = sqlite3_total_changes64(db_);
  for (;;) {
    XJ_TRY(bool row, step(handle.get(), sql));
    if (!row) break;
  }
  return sqlite3_total_changes64(db_) == total_before ? 0 : sqlite3_changes64(db_);
}

Result<Rows> SqliteConnection::query(std::string_view sql, const Params& params) {
  XJ_TRY(StatementCache::Handle handle, prepare(sql, params));
  sqlite3_stmt* stmt = handle.get();
  Rows rows;
  for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
    rows.columns.emplace_back(sqlite3_column_name(stmt, i));
  }
  for (;;) {
    XJ_TRY(bool row, step(stmt, sql));
    if (!row) return rows;
    rows.rows.push_back(current_row(stmt));
  }
}

Status SqliteConnection::each(std::string_view sql, const Params& params,
                              const std::function<bool(const Row&)>& on_row) {
  XJ_TRY(StatementCache::Handle handle, prepare(sql, params));
  for (;;) {
    XJ_TRY(bool row, step(handle.get(), sql));
    if (!row || !on_row(current_row(handle.get()))) return {};
  }
}

Status SqliteConnection::exec_script(std::string_view sql) {
  XJ_CHECK(check_not_aborted());
  const std::string script(sql);  // sqlite3_exec wants a terminated string
  const int rc = sqlite3_exec(db_, script.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return abort(sqlite_error(db_, rc, sql));
  return {};
}

Result<std::int64_t> SqliteConnection::last_insert_id() { return sqlite3_last_insert_rowid(db_); }

Status SqliteConnection::commit() {
  XJ_CHECK(exec("COMMIT"));
  return {};
}

bool SqliteConnection::recycle() {
  if (sqlite3_get_autocommit(db_) == 0) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  aborted_ = false;
  return true;
}

}  // namespace xj::store
