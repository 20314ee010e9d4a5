#include "store/sqlite_database.h"

#include <filesystem>
#include <system_error>

#include "store/sqlite_connection.h"
#include "store/transaction.h"

namespace xj::store {

SqliteDatabase::SqliteDatabase(const std::string& path, const Options& options)
    : writer_(1,
              [path, options] {
                return SqliteConnection::open(path, SqliteConnection::Role::writer, options);
              }),
      readers_(static_cast<std::size_t>(options.reader_pool), [path, options] {
        return SqliteConnection::open(path, SqliteConnection::Role::reader, options);
      }) {}

Result<std::unique_ptr<Database>> SqliteDatabase::open(const std::string& path,
                                                       const Options& options) {
  const std::filesystem::path folder = std::filesystem::path(path).parent_path();
  std::error_code ec;
  if (!folder.empty()) std::filesystem::create_directories(folder, ec);
  if (ec) {
    return fail(ErrorCode::internal,
                "sqlite: cannot create folder " + folder.string() + ": " + ec.message());
  }
  std::unique_ptr<SqliteDatabase> db(new SqliteDatabase(path, options));
  // Open the writer now: it creates the file and switches it to WAL before any reader opens it.
  XJ_TRY(Pool::Lease writer, db->writer_.acquire());
  XJ_CHECK(writer->query("SELECT count(*) FROM sqlite_schema"));  // fails on a non-database
  return std::unique_ptr<Database>(std::move(db));
}

Status SqliteDatabase::write(const std::function<Status(Session&)>& fn) {
  return run_transaction(writer_, "BEGIN IMMEDIATE", fn);
}

Status SqliteDatabase::read(const std::function<Status(Session&)>& fn) {
  return run_transaction(readers_, "BEGIN", fn);
}

void SqliteDatabase::close() {
  writer_.close();
  readers_.close();
}

}  // namespace xj::store
