#include "store/outbox.h"

namespace xj::store {

Status append_outbox(Session& session, std::string_view type, std::string_view uscc,
                     std::string_view payload_json) {
  Value who = uscc.empty() ? Value{} : Value{std::string(uscc)};
  XJ_CHECK(session.exec("INSERT INTO outbox (type, uscc, payload) VALUES (?, ?, ?)",
                        {std::string(type), who, std::string(payload_json)}));
  return {};
}

Result<std::vector<OutboxEvent>> read_outbox(Session& session, std::int64_t after_id,
                                             std::int64_t limit) {
  std::vector<OutboxEvent> events;
  XJ_CHECK(session.each(
      "SELECT id, type, uscc, payload, CAST(created_at AS TEXT) FROM outbox WHERE id > ? "
      "ORDER BY id LIMIT ?",
      {after_id, limit}, [&](const Row& row) {
        events.push_back(
            OutboxEvent{row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4)});
        return true;
      }));
  return events;
}

Result<std::int64_t> outbox_last_id(Session& session) {
  XJ_TRY(Rows rows, session.query("SELECT COALESCE(MAX(id), 0) FROM outbox"));
  return rows[0].integer(0);
}

Result<std::optional<std::int64_t>> outbox_cursor(Session& session, std::string_view consumer) {
  XJ_TRY(Rows rows, session.query("SELECT last_id FROM outbox_cursors WHERE consumer = ?",
                                  {std::string(consumer)}));
  if (rows.empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{rows[0].integer(0)};
}

Status set_outbox_cursor(Session& session, std::string_view consumer, std::int64_t last_id) {
  XJ_CHECK(session.exec(
      "INSERT INTO outbox_cursors (consumer, last_id) VALUES (?, ?) ON CONFLICT (consumer) DO "
      "UPDATE SET last_id = excluded.last_id, updated_at = CURRENT_TIMESTAMP",
      {std::string(consumer), last_id}));
  return {};
}

}  // namespace xj::store
