// The SQLite backend: one writer connection and a pool of reader connections over one file in
// WAL mode, so readers see a consistent snapshot while the writer writes.
//
// write() runs on the writer (a pool of one: callers queue for it) inside BEGIN IMMEDIATE, so a
// transaction never fails halfway for want of the write lock; another process holding it is
// waited for up to Options::busy_timeout_ms. read() borrows one of Options::reader_pool reader
// connections (blocking while all are busy) inside a deferred BEGIN. Thread-safe.
#pragma once

#include <memory>
#include <string>

#include "store/database.h"
#include "store/pool.h"

namespace xj::store {

class SqliteDatabase final : public Database {
 public:
  // Creates the file's folder and the file when missing; fails when it is not a database.
  static Result<std::unique_ptr<Database>> open(const std::string& path, const Options& options);
  ~SqliteDatabase() override { close(); }

  Dialect dialect() const override { return Dialect::sqlite; }
  Status write(const std::function<Status(Session&)>& fn) override;
  Status read(const std::function<Status(Session&)>& fn) override;
  void close() override;

 private:
  SqliteDatabase(const std::string& path, const Options& options);

  Pool writer_;
  Pool readers_;
};

}  // namespace xj::store
