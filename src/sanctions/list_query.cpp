#include "sanctions/list_query.h"

namespace xj::sanctions {
namespace {

constexpr const char* kRegion = "COALESCE(e.region_code, substr({t}.uscc, 3, 6))";

std::string region_expr(const char* table) {
  std::string out = kRegion;
  out.replace(out.find("{t}"), 3, table);
  return out;
}

// The state filter of one list, as SQL over alias `a` (abnormal) or `d` (dishonest), with its
// parameters (the day, repeated as needed).
Result<std::string> abnormal_state(const std::optional<std::string>& state, const std::string& day,
                                   store::Params& params) {
  if (!state) return std::string();
  if (*state == "active") {
    params.insert(params.end(), {store::Value{day}, store::Value{day}});
    return std::string(" AND a.listed_on <= ? AND (a.removed_on IS NULL OR a.removed_on > ?)");
  }
  if (*state == "removed") {
    params.push_back(store::Value{day});
    return std::string(" AND a.removed_on <= ?");
  }
  return invalid("active", "invalid_enum", "状态取值无效 (unknown state)");
}

Result<std::string> dishonest_state(const std::optional<std::string>& state, const std::string& day,
                                    store::Params& params) {
  if (!state) return std::string();
  if (*state == "active") {  // in force on the day (store/schema_sanctions.cpp)
    params.insert(params.end(), {store::Value{day}, store::Value{day}, store::Value{day}});
    return std::string(" AND d.status = 'active' AND d.listed_on <= ? AND d.expires_on > ? AND "
                       "(d.removed_on IS NULL OR d.removed_on > ?)");
  }
  if (*state == "expired") {
    params.push_back(store::Value{day});
    return std::string(" AND d.status = 'active' AND d.expires_on <= ?");
  }
  if (*state == "pending_approval" || *state == "removed" || *state == "rejected") {
    params.push_back(store::Value{*state});
    return std::string(" AND d.status = ?");
  }
  return invalid("status", "invalid_enum",
                 "状态应为 active、pending_approval、expired、removed 或 rejected (unknown status)");
}

template <typename Entry, typename Map>
Result<ListPage<Entry>> run(store::Session& s, const char* table, const char* alias,
                            const char* columns, const ListQuery& q, const std::string& state_sql,
                            store::Params params, Map map) {
  const std::string region = region_expr(alias);
  std::string from = std::string(" FROM ") + table + " " + alias +
                     " LEFT JOIN enterprises e ON e.uscc = " + alias + ".uscc WHERE " + region +
                     " LIKE ?" + state_sql;
  params.insert(params.begin(), store::Value{q.region_prefix + "%"});
  if (q.uscc) {
    from += std::string(" AND ") + alias + ".uscc = ?";
    params.push_back(store::Value{*q.uscc});
  }
  ListPage<Entry> page;
  XJ_TRY(auto count, s.query("SELECT COUNT(*)" + from, params));
  page.total = count.empty() ? 0 : count[0].integer(0);
  store::Params paged = params;
  paged.push_back(store::Value{q.limit});
  paged.push_back(store::Value{q.offset});
  XJ_TRY(auto rows, s.query(std::string("SELECT ") + columns + ", COALESCE(e.name, ''), " + region +
                                from + " ORDER BY " + alias + ".listed_on DESC, " + alias +
                                ".id DESC LIMIT ? OFFSET ?",
                            paged));
  for (const auto& r : rows.rows) {
    const std::size_t n = r.size();
    page.items.push_back({map(r), r.text(n - 2), r.text(n - 1)});
  }
  return page;
}

}  // namespace

Result<ListPage<AbnormalEntry>> list_abnormal(store::Session& s, const ListQuery& q) {
  store::Params params;
  XJ_TRY(std::string state, abnormal_state(q.state, q.as_of.to_string(), params));
  return run<AbnormalEntry>(s, "abnormal_entries", "a", kAbnormalColumns, q, state,
                            std::move(params), abnormal_from_row);
}

Result<ListPage<DishonestEntry>> list_dishonest(store::Session& s, const ListQuery& q) {
  store::Params params;
  XJ_TRY(std::string state, dishonest_state(q.state, q.as_of.to_string(), params));
  return run<DishonestEntry>(s, "dishonest_entries", "d", kDishonestColumns, q, state,
                             std::move(params), dishonest_from_row);
}

}  // namespace xj::sanctions
