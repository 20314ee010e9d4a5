#include "sharing/delivery_repo.h"

namespace xj::sharing {
namespace {

// The head of each (subscription, uscc) queue: no pending delivery of a lower outbox id.
constexpr std::string_view kDue = R"sql(
SELECT d.id, d.subscription_id, d.outbox_id, d.attempts, s.url, s.secret, e.body
FROM sharing_deliveries d
JOIN sharing_subscriptions s ON s.id = d.subscription_id
JOIN sharing_events e ON e.outbox_id = d.outbox_id
WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND s.active = 1
  AND NOT EXISTS (SELECT 1 FROM sharing_deliveries p
                  WHERE p.subscription_id = d.subscription_id AND p.uscc = d.uscc
                    AND p.status = 'pending' AND p.outbox_id < d.outbox_id)
ORDER BY d.id
LIMIT ?
)sql";

constexpr std::string_view kViewColumns = R"sql(
SELECT d.id, d.subscription_id, d.outbox_id, e.type, d.uscc, d.status, d.attempts,
       d.next_attempt_at, d.last_attempt_at, d.last_status, d.last_error, d.delivered_at
FROM sharing_deliveries d JOIN sharing_events e ON e.outbox_id = d.outbox_id
WHERE d.subscription_id = ?
)sql";

Result<std::vector<DeliveryView>> select_views(store::Session& session, const std::string& sql,
                                               const store::Params& params) {
  std::vector<DeliveryView> out;
  XJ_CHECK(session.each(sql, params, [&](const store::Row& r) {
    out.push_back({r.integer(0), r.integer(1), r.integer(2), r.text(3), r.text(4), r.text(5),
                   static_cast<int>(r.integer(6)), r.integer(7), r.opt_integer(8), r.opt_integer(9),
                   r.opt_text(10), r.opt_integer(11)});
    return true;
  }));
  return out;
}

}  // namespace

Status save_event(store::Session& session, const PushedEvent& event, std::string_view body) {
  XJ_CHECK(
      session.exec("INSERT INTO sharing_events (outbox_id, type, uscc, body) VALUES "
                   "(?, ?, ?, ?) ON CONFLICT (outbox_id) DO NOTHING",
                   {event.outbox_id, event.type, event.uscc, std::string(body)}));
  return {};
}

Status enqueue(store::Session& session, std::int64_t subscription_id, const PushedEvent& event,
               std::int64_t now_ms) {
  XJ_CHECK(session.exec(
      "INSERT INTO sharing_deliveries (subscription_id, outbox_id, uscc, next_attempt_at) "
      "VALUES (?, ?, ?, ?) ON CONFLICT (subscription_id, outbox_id) DO NOTHING",
      {subscription_id, event.outbox_id, event.uscc, now_ms}));
  return {};
}

Result<std::vector<DueDelivery>> due_deliveries(store::Session& session, std::int64_t now_ms,
                                                std::int64_t limit) {
  std::vector<DueDelivery> out;
  XJ_CHECK(session.each(kDue, {now_ms, limit}, [&](const store::Row& r) {
    out.push_back({r.integer(0), r.integer(1), r.integer(2), static_cast<int>(r.integer(3)),
                   r.text(4), r.text(5), r.text(6)});
    return true;
  }));
  return out;
}

Status record_attempt(store::Session& session, std::int64_t delivery_id, const Attempt& a) {
  const store::Value status =
      a.http_status ? store::Value{std::int64_t{*a.http_status}} : store::Value{};
  if (a.delivered) {
    XJ_CHECK(session.exec(
        "UPDATE sharing_deliveries SET status = 'delivered', attempts = attempts + 1, "
        "last_attempt_at = ?, last_status = ?, last_error = NULL, delivered_at = ? WHERE id = ?",
        {a.at_ms, status, a.at_ms, delivery_id}));
    return {};
  }
  const std::string next_status = a.retry_at ? "pending" : "dead";
  XJ_CHECK(session.exec(
      "UPDATE sharing_deliveries SET status = ?, attempts = attempts + 1, next_attempt_at = ?, "
      "last_attempt_at = ?, last_status = ?, last_error = ? WHERE id = ?",
      {next_status, a.retry_at.value_or(a.at_ms), a.at_ms, status, a.error, delivery_id}));
  return {};
}

std::string_view to_string(DeliveryStatus status) {
  switch (status) {
    case DeliveryStatus::pending:
      return "pending";
    case DeliveryStatus::delivered:
      return "delivered";
    case DeliveryStatus::dead:
      return "dead";
  }
  return "pending";
}

std::optional<DeliveryStatus> parse_delivery_status(std::string_view text) {
  for (auto s : {DeliveryStatus::pending, DeliveryStatus::delivered, DeliveryStatus::dead}) {
    if (to_string(s) == text) return s;
  }
  return std::nullopt;
}

Result<std::vector<DeliveryView>> deliveries_of(store::Session& session,
                                                std::int64_t subscription_id,
                                                std::optional<DeliveryStatus> status,
                                                std::int64_t offset, std::int64_t limit) {
  std::string sql(kViewColumns);
  store::Params params{subscription_id};
  if (status) {
    sql += " AND d.status = ?";
    params.push_back(std::string(to_string(*status)));
  }
  sql += " ORDER BY d.id DESC LIMIT ? OFFSET ?";
  params.push_back(limit);
  params.push_back(offset);
  return select_views(session, sql, params);
}

Result<std::optional<DeliveryView>> find_delivery(store::Session& session,
                                                  std::int64_t subscription_id,
                                                  std::int64_t delivery_id) {
  XJ_TRY(auto found, select_views(session, std::string(kViewColumns) + " AND d.id = ?",
                                  {subscription_id, delivery_id}));
  if (found.empty()) return std::optional<DeliveryView>{};
  return std::optional<DeliveryView>{std::move(found[0])};
}

Result<std::int64_t> count_deliveries(store::Session& session, std::int64_t subscription_id,
                                      std::optional<DeliveryStatus> status) {
  std::string sql = "SELECT COUNT(*) FROM sharing_deliveries WHERE subscription_id = ?";
  store::Params params{subscription_id};
  if (status) {
    sql += " AND status = ?";
    params.push_back(std::string(to_string(*status)));
  }
  XJ_TRY(auto rows, session.query(sql, params));
  return rows[0].integer(0);
}

Result<DeliveryStats> delivery_stats(store::Session& session, std::int64_t subscription_id) {
  DeliveryStats stats;
  XJ_CHECK(session.each(
      "SELECT status, COUNT(*) FROM sharing_deliveries WHERE subscription_id = ? GROUP BY status",
      {subscription_id}, [&](const store::Row& r) {
        const auto s = parse_delivery_status(r.text(0));
        if (s == DeliveryStatus::pending) stats.pending = r.integer(1);
        if (s == DeliveryStatus::delivered) stats.delivered = r.integer(1);
        if (s == DeliveryStatus::dead) stats.dead = r.integer(1);
        return true;
      }));
  return stats;
}

Result<bool> requeue_dead(store::Session& session, std::int64_t subscription_id,
                          std::int64_t delivery_id, std::int64_t now_ms) {
  XJ_TRY(auto changed,
         session.exec("UPDATE sharing_deliveries SET status = 'pending', attempts = 0, "
                      "next_attempt_at = ? WHERE id = ? AND subscription_id = ? AND "
                      "status = 'dead'",
                      {now_ms, delivery_id, subscription_id}));
  return changed > 0;
}

}  // namespace xj::sharing
