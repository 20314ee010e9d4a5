// The PostgreSQL backend: a pool of Options::reader_pool connections, opened on demand and
// replaced when broken, used for reads and writes alike.
//
// write() runs in BEGIN … COMMIT (READ COMMITTED, the server default). read() runs in
// BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY: one snapshot for the whole callback, and a
// stray write fails. Both block while every connection is lent out. Thread-safe.
#pragma once

#include <memory>
#include <string>

#include "store/database.h"
#include "store/pool.h"

namespace xj::store {

class PostgresDatabase final : public Database {
 public:
  // Connects once to check the URL and the server; fails with the server's message.
  static Result<std::unique_ptr<Database>> open(const std::string& url, const Options& options);
  ~PostgresDatabase() override { close(); }

  Dialect dialect() const override { return Dialect::postgresql; }
  Status write(const std::function<Status(Session&)>& fn) override;
  Status read(const std::function<Status(Session&)>& fn) override;
  void close() override { pool_.close(); }

 private:
  PostgresDatabase(const std::string& url, const Options& options);

  Pool pool_;
};

}  // namespace xj::store
