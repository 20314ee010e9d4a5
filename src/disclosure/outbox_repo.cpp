#include "disclosure/outbox_repo.h"

#include "disclosure/search.h"

namespace xj::disclosure {
namespace {

constexpr std::string_view kChangesSince =
    "SELECT id, uscc FROM outbox WHERE id > ? ORDER BY id LIMIT ?";

constexpr std::string_view kHead = "SELECT COALESCE(MAX(id), 0) FROM outbox";

// LIKE with the prefix escaped; the two dialects format a timestamp differently.
constexpr std::string_view kLastEventSqlite = R"sql(
SELECT strftime('%Y-%m-%dT%H:%M:%SZ', MAX(created_at)) FROM outbox
WHERE type LIKE ? ESCAPE '\'
)sql";
constexpr std::string_view kLastEventPostgresql = R"sql(
SELECT to_char(MAX(created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') FROM outbox
WHERE type LIKE ? ESCAPE '\'
)sql";

}  // namespace

Result<OutboxChanges> outbox_changes_since(store::Session& session, std::int64_t after_id,
                                           std::int64_t limit) {
  OutboxChanges out;
  out.last_id = after_id;
  XJ_CHECK(session.each(kChangesSince, {after_id, limit}, [&](const store::Row& r) {
    out.last_id = r.integer(0);
    if (!r.is_null(1)) out.usccs.push_back(r.text(1));
    return true;
  }));
  return out;
}

Result<std::int64_t> outbox_head(store::Session& session) {
  XJ_TRY(store::Rows rows, session.query(kHead));
  return rows.empty() ? 0 : rows[0].integer(0);
}

Result<std::optional<std::string>> last_event_at(store::Session& session,
                                                 std::string_view type_prefix) {
  const bool sqlite = session.dialect() == store::Dialect::sqlite;
  XJ_TRY(store::Rows rows, session.query(sqlite ? kLastEventSqlite : kLastEventPostgresql,
                                         {like_prefix(type_prefix)}));
  if (rows.empty()) return std::nullopt;
  return rows[0].opt_text(0);
}

}  // namespace xj::disclosure
