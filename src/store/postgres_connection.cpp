#include "store/postgres_connection.h"

#include <spdlog/spdlog.h>

#include "store/number_text.h"
#include "store/placeholders.h"

namespace xj::store {
namespace {

// Type OIDs from PostgreSQL's catalog/pg_type.h (stable across versions).
constexpr Oid kBoolOid = 16;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kOidOid = 26;
constexpr Oid kFloat4Oid = 700;
constexpr Oid kFloat8Oid = 701;
constexpr Oid kNumericOid = 1700;

constexpr std::string_view kSqlStateUniqueViolation = "23505";

// Parameters in libpq's shape: text values (nullptr for NULL) and their types (0 = inferred).
struct Encoded {
  std::vector<std::string> texts;
  std::vector<const char*> values;
  std::vector<Oid> types;
};

Encoded encode(const Params& params) {
  Encoded out;
  out.texts.reserve(params.size());
  for (const Value& v : params) {
    Oid type = 0;
    if (const auto* n = std::get_if<std::int64_t>(&v)) {
      out.texts.push_back(format_number(*n));
      type = kInt8Oid;
    } else if (const auto* d = std::get_if<double>(&v)) {
      out.texts.push_back(format_number(*d));
      type = kFloat8Oid;
    } else if (const auto* s = std::get_if<std::string>(&v)) {
      out.texts.push_back(*s);
    } else {
      out.texts.emplace_back();
    }
    out.types.push_back(type);
  }
  for (std::size_t i = 0; i < params.size(); ++i) {
    const bool null = std::holds_alternative<std::monostate>(params[i]);
    out.values.push_back(null ? nullptr : out.texts[i].c_str());
  }
  return out;
}

Value column_value(const PGresult* result, int row, int column) {
  if (PQgetisnull(result, row, column)) return Value{};
  const std::string_view text(PQgetvalue(result, row, column),
                              static_cast<std::size_t>(PQgetlength(result, row, column)));
  switch (PQftype(result, column)) {
    case kBoolOid:
      return Value{std::int64_t{text == "t" ? 1 : 0}};
    case kInt2Oid:
    case kInt4Oid:
    case kInt8Oid:
    case kOidOid:
      if (auto n = parse_number<std::int64_t>(text)) return Value{*n};
      break;
    case kNumericOid:
      if (auto n = parse_number<std::int64_t>(text)) return Value{*n};
      [[fallthrough]];
    case kFloat4Oid:
    case kFloat8Oid:
      if (auto d = parse_number<double>(text)) return Value{*d};
      break;
  }
  return Value{std::string(text)};
}

Row result_row(const PGresult* result, int row) {
  const int n = PQnfields(result);
  std::vector<Value> values;
  values.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) values.push_back(column_value(result, row, i));
  return Row(std::move(values));
}

void log_notice(void*, const char* message) {
  std::string_view text(message);
  while (text.ends_with('\n')) text.remove_suffix(1);
  spdlog::debug("postgresql: {}", text);
}

Result<NumberedSql> numbered(std::string_view sql, const Params& params) {
  NumberedSql out = rewrite_placeholders(sql);
  if (out.placeholders != static_cast<int>(params.size())) {
    return fail(ErrorCode::internal, "postgresql: statement takes " +
                                         std::to_string(out.placeholders) + " parameters, got " +
                                         std::to_string(params.size()) + " [" +
                                         std::string(sql.substr(0, 200)) + "]");
  }
  return out;
}

}  // namespace

Result<std::unique_ptr<Connection>> PostgresConnection::open(const std::string& url) {
  // Later keywords override the URL's: the encoding is forced, the application name a default.
  const char* keywords[] = {"application_name", "dbname", "client_encoding", nullptr};
  const char* values[] = {"xinjian", url.c_str(), "UTF8", nullptr};
  std::unique_ptr<PostgresConnection> connection(
      new PostgresConnection(PQconnectdbParams(keywords, values, /*expand_dbname=*/1)));
  PGconn* conn = connection->conn_.get();
  if (conn == nullptr) return fail(ErrorCode::internal, "postgresql: out of memory");
  if (PQstatus(conn) != CONNECTION_OK) {
    return fail(ErrorCode::internal, std::string("postgresql: ") + PQerrorMessage(conn));
  }
  PQsetNoticeProcessor(conn, log_notice, nullptr);
  return std::unique_ptr<Connection>(std::move(connection));
}

Error PostgresConnection::error(const PGresult* result, std::string_view sql) const {
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const char* text = result != nullptr && *PQresultErrorMessage(result) != '\0'
                         ? PQresultErrorMessage(result)
                         : PQerrorMessage(conn_.get());
  std::string message = "postgresql: ";
  message += text;
  while (!message.empty() && message.back() == '\n') message.pop_back();
  message += " [";
  message += sql.substr(0, 200);
  message += "]";
  const bool unique = state != nullptr && state == kSqlStateUniqueViolation;
  return Error(unique ? ErrorCode::conflict : ErrorCode::internal, std::move(message));
}

Result<PostgresConnection::PgResult> PostgresConnection::run(std::string_view sql,
                                                             const Params& params) {
  XJ_TRY(NumberedSql statement, numbered(sql, params));
  const Encoded encoded = encode(params);
  PgResult result(PQexecParams(conn_.get(), statement.sql.c_str(), static_cast<int>(params.size()),
                               encoded.types.data(), encoded.values.data(), nullptr, nullptr,
                               /*resultFormat=*/0));
  const ExecStatusType status = PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    return fail(error(result.get(), sql));
  }
  return result;
}

Result<std::int64_t> PostgresConnection::exec(std::string_view sql, const Params& params) {
  XJ_TRY(PgResult result, run(sql, params));
  // PQcmdTuples counts a SELECT's rows too; only changed rows count here, as on SQLite.
  if (std::string_view(PQcmdStatus(result.get())).starts_with("SELECT")) return 0;
  return parse_number<std::int64_t>(PQcmdTuples(result.get())).value_or(0);
}

Result<Rows> PostgresConnection::query(std::string_view sql, const Params& params) {
  XJ_TRY(PgResult result, run(sql, params));
  Rows rows;
  const PGresult* r = result.get();
  for (int i = 0; i < PQnfields(r); ++i) rows.columns.emplace_back(PQfname(r, i));
  rows.rows.reserve(static_cast<std::size_t>(PQntuples(r)));
  for (int i = 0; i < PQntuples(r); ++i) rows.rows.push_back(result_row(r, i));
  return rows;
}

Status PostgresConnection::each(std::string_view sql, const Params& params,
                                const std::function<bool(const Row&)>& on_row) {
  XJ_TRY(NumberedSql statement, numbered(sql, params));
  const Encoded encoded = encode(params);
  PGconn* conn = conn_.get();
  if (!PQsendQueryParams(conn, statement.sql.c_str(), static_cast<int>(params.size()),
                         encoded.types.data(), encoded.values.data(), nullptr, nullptr, 0)) {
    return fail(error(nullptr, sql));
  }
  PQsetSingleRowMode(conn);
  // Every result must be read (until nullptr) before the connection takes the next statement.
  std::optional<Error> failure;
  bool wanted = true;
  while (PgResult result{PQgetResult(conn)}) {
    switch (PQresultStatus(result.get())) {
      case PGRES_SINGLE_TUPLE:
        if (wanted) wanted = on_row(result_row(result.get(), 0));
        break;
      case PGRES_TUPLES_OK:
      case PGRES_COMMAND_OK:
        break;
      default:
        if (!failure) failure = error(result.get(), sql);
    }
  }
  if (failure) return fail(std::move(*failure));
  return {};
}

Status PostgresConnection::exec_script(std::string_view sql) {
  const std::string script(sql);
  PgResult result(PQexec(conn_.get(), script.c_str()));
  const ExecStatusType status = PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) {
    return fail(error(result.get(), sql));
  }
  return {};
}

Status PostgresConnection::commit() {
  XJ_TRY(PgResult result, run("COMMIT", {}));
  // COMMIT of a transaction in which a statement failed succeeds, reporting ROLLBACK.
  if (std::string_view(PQcmdStatus(result.get())) != "COMMIT") {
    return fail(ErrorCode::internal, "postgresql: transaction was rolled back at COMMIT");
  }
  return {};
}

Result<std::int64_t> PostgresConnection::last_insert_id() {
  return fail(ErrorCode::internal, "postgresql: last_insert_id() is unsupported; use RETURNING");
}

bool PostgresConnection::usable() const { return PQstatus(conn_.get()) == CONNECTION_OK; }

bool PostgresConnection::recycle() {
  switch (PQtransactionStatus(conn_.get())) {
    case PQTRANS_IDLE:
      return true;
    case PQTRANS_INTRANS:
    case PQTRANS_INERROR: {
      PgResult result(PQexec(conn_.get(), "ROLLBACK"));
      return PQresultStatus(result.get()) == PGRES_COMMAND_OK;
    }
    default:  // a statement still running (a callback threw mid-stream) or a lost connection
      return false;
  }
}

}  // namespace xj::store
