#include "registry/keylist_query.h"

#include "registry/keylist_repo.h"

namespace xj::registry {
namespace {

constexpr std::string_view kColumns =
    "k.id, k.area, k.subcategory, k.uscc, k.name, k.licence_no, k.remark, k.listed_on, "
    "k.removed_on, k.removal_reason, k.import_id";

// §1.1: the enterprise's region_code, else positions 3–8 of the USCC.
constexpr std::string_view kRegion =
    "COALESCE((SELECT e.region_code FROM enterprises e WHERE e.uscc = k.uscc), "
    "SUBSTR(k.uscc, 3, 6))";

std::string where_clause(const KeylistFilter& f, store::Params& params) {
  std::string sql = " FROM keylist_entries k WHERE 1 = 1";
  if (f.area) {
    sql += " AND k.area = ?";
    params.emplace_back(*f.area);
  }
  if (f.region_prefix) {
    sql += " AND " + std::string(kRegion) + " LIKE ?";
    params.emplace_back(*f.region_prefix + "%");
  }
  if (!f.include_removed) sql += " AND k.removed_on IS NULL";
  return sql;
}

}  // namespace

Result<std::int64_t> count_keylist(store::Session& session, const KeylistFilter& filter) {
  store::Params params;
  const std::string sql = "SELECT COUNT(*)" + where_clause(filter, params);
  XJ_TRY(auto rows, session.query(sql, params));
  return rows[0].integer(0);
}

Status each_keylist_entry(store::Session& session, const KeylistFilter& filter, std::int64_t offset,
                          std::int64_t limit, const std::function<void(const KeyListEntry&)>& fn) {
  store::Params params;
  std::string sql = "SELECT " + std::string(kColumns) + where_clause(filter, params) +
                    " ORDER BY k.area, k.listed_on, k.id";
  if (limit >= 0) {
    sql += " LIMIT ? OFFSET ?";
    params.emplace_back(limit);
    params.emplace_back(offset);
  }
  return session.each(sql, params, [&](const store::Row& r) {
    fn(keylist_entry_of_row(r));
    return true;
  });
}

Result<std::optional<KeyListEntry>> find_keylist_entry(store::Session& session, std::int64_t id) {
  const std::string sql =
      "SELECT " + std::string(kColumns) + " FROM keylist_entries k WHERE k.id = ?";
  XJ_TRY(auto rows, session.query(sql, {id}));
  if (rows.empty()) return std::optional<KeyListEntry>();
  return std::optional<KeyListEntry>(keylist_entry_of_row(rows[0]));
}

Status remove_keylist_entry(store::Session& session, std::int64_t id, std::string_view removed_on,
                            std::string_view reason) {
  XJ_TRY(auto found, find_keylist_entry(session, id));
  if (!found) return fail(ErrorCode::not_found, "未找到该清单条目 (no such key-area list entry)");
  if (found->removed_on) {
    return fail(ErrorCode::conflict, "该条目已移出清单 (the entry was already removed)");
  }
  XJ_CHECK(
      session.exec("UPDATE keylist_entries SET removed_on = ?, removal_reason = ? WHERE id = ?",
                   {std::string(removed_on), std::string(reason), id}));
  XJ_CHECK(session.exec("INSERT INTO outbox (type, uscc, payload) VALUES (?, ?, ?)",
                        {std::string("keylist_entry.removed"), found->uscc,
                         "{\"kind\":\"keylist_entry\",\"id\":" + std::to_string(id) + "}"}));
  return {};
}

}  // namespace xj::registry
