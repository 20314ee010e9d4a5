#include "sharing/subscription_repo.h"

namespace xj::sharing {
namespace {

constexpr std::string_view kColumns = R"sql(
SELECT s.id, s.url, s.event_types, s.region_prefix, s.secret, s.owner_kind, s.owner_id,
       s.owner_name, s.owner_role, s.internal, s.after_outbox_id, CAST(s.created_at AS TEXT),
       (SELECT COUNT(*) FROM sharing_watchlist w WHERE w.subscription_id = s.id)
FROM sharing_subscriptions s WHERE s.active = 1
)sql";

std::vector<std::string> split_types(const std::string& joined) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= joined.size()) {
    const auto end = joined.find(',', start);
    std::string piece = joined.substr(start, end == std::string::npos ? end : end - start);
    if (!piece.empty()) out.push_back(std::move(piece));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

std::string join_types(const std::vector<std::string>& types) {
  std::string out;
  for (const auto& t : types) {
    if (!out.empty()) out += ',';
    out += t;
  }
  return out;
}

Subscription from_row(const store::Row& r) {
  Subscription s;
  s.id = r.integer(0);
  s.url = r.text(1);
  s.event_types = split_types(r.text(2));
  s.region_prefix = r.text(3);
  s.secret = r.text(4);
  s.owner = {r.text(5), r.integer(6)};
  s.owner_name = r.text(7);
  s.owner_role = r.text(8);
  s.internal = r.integer(9) != 0;
  s.after_outbox_id = r.integer(10);
  s.created_at = r.text(11);
  s.watchlist_size = r.integer(12);
  return s;
}

Result<std::vector<Subscription>> select(store::Session& session, std::string sql,
                                         const store::Params& params) {
  std::vector<Subscription> out;
  XJ_CHECK(session.each(sql, params, [&](const store::Row& r) {
    out.push_back(from_row(r));
    return true;
  }));
  return out;
}

}  // namespace

SubscriptionFilter Subscription::filter() const {
  return {event_types, region_prefix, internal, watchlist_size > 0};
}

Result<std::int64_t> insert_subscription(store::Session& session, const Subscription& s) {
  XJ_TRY(auto rows,
         session.query(
             "INSERT INTO sharing_subscriptions (url, event_types, region_prefix, "
             "secret, owner_kind, owner_id, owner_name, owner_role, internal, "
             "after_outbox_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
             {s.url, join_types(s.event_types), s.region_prefix, s.secret, s.owner.kind, s.owner.id,
              s.owner_name, s.owner_role, std::int64_t{s.internal ? 1 : 0}, s.after_outbox_id}));
  return rows[0].integer(0);
}

Result<std::optional<Subscription>> find_subscription(store::Session& session, std::int64_t id) {
  XJ_TRY(auto found, select(session, std::string(kColumns) + " AND s.id = ?", {id}));
  if (found.empty()) return std::optional<Subscription>{};
  return std::optional<Subscription>{std::move(found[0])};
}

Result<std::vector<Subscription>> list_subscriptions(store::Session& session,
                                                     const std::optional<Owner>& owner,
                                                     std::int64_t offset, std::int64_t limit) {
  std::string sql(kColumns);
  store::Params params;
  if (owner) {
    sql += " AND s.owner_kind = ? AND s.owner_id = ?";
    params = {owner->kind, owner->id};
  }
  sql += " ORDER BY s.id LIMIT ? OFFSET ?";
  params.push_back(limit);
  params.push_back(offset);
  return select(session, sql, params);
}

Result<std::int64_t> count_subscriptions(store::Session& session,
                                         const std::optional<Owner>& owner) {
  std::string sql = "SELECT COUNT(*) FROM sharing_subscriptions WHERE active = 1";
  store::Params params;
  if (owner) {
    sql += " AND owner_kind = ? AND owner_id = ?";
    params = {owner->kind, owner->id};
  }
  XJ_TRY(auto rows, session.query(sql, params));
  return rows[0].integer(0);
}

Result<std::vector<Subscription>> active_subscriptions(store::Session& session) {
  return select(session, std::string(kColumns) + " ORDER BY s.id", {});
}

Result<bool> deactivate_subscription(store::Session& session, std::int64_t id) {
  XJ_TRY(auto changed, session.exec("UPDATE sharing_subscriptions SET active = 0, deleted_at = "
                                    "CURRENT_TIMESTAMP WHERE id = ? AND active = 1",
                                    {id}));
  return changed > 0;
}

Result<std::int64_t> watch(store::Session& session, std::int64_t id,
                           const std::vector<std::string>& usccs) {
  std::int64_t added = 0;
  for (const auto& uscc : usccs) {
    XJ_TRY(auto n, session.exec("INSERT INTO sharing_watchlist (subscription_id, uscc) VALUES "
                                "(?, ?) ON CONFLICT (subscription_id, uscc) DO NOTHING",
                                {id, uscc}));
    added += n;
  }
  return added;
}

Result<std::int64_t> unwatch(store::Session& session, std::int64_t id,
                             const std::vector<std::string>& usccs) {
  std::int64_t removed = 0;
  for (const auto& uscc : usccs) {
    XJ_TRY(auto n,
           session.exec("DELETE FROM sharing_watchlist WHERE subscription_id = ? AND uscc = ?",
                        {id, uscc}));
    removed += n;
  }
  return removed;
}

Result<std::vector<WatchedEnterprise>> watchlist(store::Session& session, std::int64_t id,
                                                 std::int64_t offset, std::int64_t limit) {
  std::vector<WatchedEnterprise> out;
  XJ_CHECK(session.each(
      "SELECT uscc, CAST(added_at AS TEXT) FROM sharing_watchlist WHERE subscription_id = ? "
      "ORDER BY uscc LIMIT ? OFFSET ?",
      {id, limit, offset}, [&](const store::Row& r) {
        out.push_back({r.text(0), r.text(1)});
        return true;
      }));
  return out;
}

Result<std::vector<std::int64_t>> watchers_of(store::Session& session, std::string_view uscc) {
  std::vector<std::int64_t> out;
  XJ_CHECK(session.each("SELECT subscription_id FROM sharing_watchlist WHERE uscc = ?",
                        {std::string(uscc)}, [&](const store::Row& r) {
                          out.push_back(r.integer(0));
                          return true;
                        }));
  return out;
}

Result<std::string> enterprise_region(store::Session& session, std::string_view uscc) {
  if (uscc.empty()) return std::string();
  XJ_TRY(auto rows,
         session.query("SELECT region_code FROM enterprises WHERE uscc = ?", {std::string(uscc)}));
  if (!rows.empty() && !rows[0].text(0).empty()) return rows[0].text(0);
  return uscc.size() >= 8 ? std::string(uscc.substr(2, 6)) : std::string();
}

}  // namespace xj::sharing
