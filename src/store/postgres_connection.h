// One PostgreSQL connection (libpq) as a Session.
//
// Statements are written with `?` and rewritten to $n (placeholders.h). Parameters go as text:
// integers typed int8, reals float8, text untyped so the server infers the column's type
// (date, text, …), NULL as NULL. Results come back as text and are converted by column type:
// int2/int4/int8/oid and bool (0/1) → integer, float4/float8 → real, numeric → integer when
// whole else real, anything else → text. each() streams in single-row mode; stopping early
// still reads (and discards) the rest of the result, so the connection stays usable.
// last_insert_id() fails: use INSERT … RETURNING. SQLSTATE 23505 → ErrorCode::conflict, other
// errors → ErrorCode::internal with the server's message. Not thread-safe: one thread at a time.
#pragma once

#include <libpq-fe.h>

#include <memory>
#include <string>

#include "store/connection.h"

namespace xj::store {

class PostgresConnection final : public Connection {
 public:
  // Connects to a postgresql:// URL with client_encoding UTF8.
  static Result<std::unique_ptr<Connection>> open(const std::string& url);

  Dialect dialect() const override { return Dialect::postgresql; }
  Result<std::int64_t> exec(std::string_view sql, const Params& params = {}) override;
  Result<Rows> query(std::string_view sql, const Params& params = {}) override;
  Status each(std::string_view sql, const Params& params,
              const std::function<bool(const Row&)>& on_row) override;
  Status exec_script(std::string_view sql) override;
  Result<std::int64_t> last_insert_id() override;

  Status commit() override;
  bool usable() const override;
  bool recycle() override;

 private:
  struct Finish {
    void operator()(PGconn* conn) const { PQfinish(conn); }
  };
  struct Clear {
    void operator()(PGresult* result) const { PQclear(result); }
  };
  using PgResult = std::unique_ptr<PGresult, Clear>;

  explicit PostgresConnection(PGconn* conn) : conn_(conn) {}

  // Runs one statement to completion; fails unless it succeeded.
  Result<PgResult> run(std::string_view sql, const Params& params);
  Error error(const PGresult* result, std::string_view sql) const;

  std::unique_ptr<PGconn, Finish> conn_;
};

}  // namespace xj::store
