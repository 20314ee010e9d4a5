#include "spotcheck/draw_repo.h"

#include <algorithm>

#include "spotcheck/catalogue_repo.h"

namespace xj::spotcheck {

Result<std::vector<Candidate>> population_of(store::Session& s, const Plan& plan,
                                             std::string_view today,
                                             std::string_view exclude_after) {
  const std::string region = "COALESCE(NULLIF(e.region_code, ''), SUBSTR(k.uscc, 3, 6))";
  std::string sql = "SELECT k.uscc, MIN(COALESCE(e.name, k.name)), MIN(" + region +
                    ") FROM keylist_entries k LEFT JOIN enterprises e ON e.uscc = k.uscc"
                    " WHERE k.removed_on IS NULL AND k.area IN (";
  store::Params params;
  for (std::size_t i = 0; i < plan.areas.size(); ++i) {
    sql += i == 0 ? "?" : ", ?";
    params.push_back(plan.areas[i]);
  }
  // §8.2: N = 0 gives today < d ≤ today, which excludes nothing.
  sql += ") AND " + region +
         " LIKE ? || '%' AND (e.status IS NULL OR e.status NOT IN ('注销', '吊销', '迁出'))"
         " AND NOT EXISTS (SELECT 1 FROM inspections i WHERE i.uscc = k.uscc"
         " AND i.checked_on > ? AND i.checked_on <= ?) GROUP BY k.uscc";
  params.push_back(plan.region_prefix);
  params.push_back(std::string(exclude_after));
  params.push_back(std::string(today));
  std::vector<Candidate> out;
  XJ_CHECK(s.each(sql, params, [&](const store::Row& r) {
    out.push_back({r.text(0), r.text(1), r.text(2)});
    return true;
  }));
  return out;
}

Result<std::vector<PoolInspector>> pool_of(store::Session& s, std::string_view region_prefix,
                                           const std::optional<std::string>& domain) {
  std::vector<PoolInspector> out;
  XJ_CHECK(
      s.each("SELECT id, name, unit, domains FROM inspectors"
             " WHERE status = '在岗' AND region_code LIKE ? || '%'",
             {std::string(region_prefix)}, [&](const store::Row& r) {
               const auto domains = split_list(r.text(3));
               auto has = [&](std::string_view d) {
                 return std::find(domains.begin(), domains.end(), d) != domains.end();
               };
               if (!domain || has(*domain) || has("综合")) {
                 out.push_back({r.text(0), r.text(1), r.text(2)});
               }
               return true;
             }));
  std::sort(out.begin(), out.end(),
            [](const PoolInspector& a, const PoolInspector& b) { return a.id < b.id; });
  return out;
}

Result<std::unordered_map<std::string, std::vector<std::string>>> previous_inspectors(
    store::Session& s) {
  std::unordered_map<std::string, std::vector<std::string>> out;
  XJ_CHECK(
      s.each("SELECT t.uscc, ti.inspector_id FROM spotcheck_tasks t"
             " JOIN spotcheck_task_inspectors ti ON ti.task_id = t.id"
             " WHERE t.id = (SELECT MAX(t2.id) FROM spotcheck_tasks t2 WHERE t2.uscc = t.uscc)"
             " ORDER BY t.uscc, ti.seq",
             {}, [&](const store::Row& r) {
               out[r.text(0)].push_back(r.text(1));
               return true;
             }));
  return out;
}

Result<std::int64_t> insert_draw(store::Session& s, const StoredDraw& d) {
  XJ_TRY(auto existing, s.query("SELECT id FROM spotcheck_draws WHERE plan_id = ?", {d.plan_id}));
  if (!existing.empty()) {
    return fail(ErrorCode::conflict,
                "该计划已抽取，不能重复抽取 (this plan has already been drawn)");
  }
  XJ_TRY(auto rows, s.query("INSERT INTO spotcheck_draws (plan_id, drawn_on, population_size,"
                            " population_digest, record, public_record, drawn_by)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                            {d.plan_id, d.drawn_on, d.population_size, d.population_digest,
                             d.record, d.public_record, d.drawn_by}));
  return rows[0].integer(0);
}

Result<std::int64_t> insert_task(store::Session& s, const TaskRow& t, std::int64_t seq) {
  XJ_TRY(auto rows,
         s.query("INSERT INTO spotcheck_tasks (plan_id, draw_id, seq, uscc, name, region_code,"
                 " due_on, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending') RETURNING id",
                 {t.plan_id, t.draw_id, seq, t.uscc, t.name, t.region_code, t.due_on}));
  const std::int64_t id = rows[0].integer(0);
  for (std::size_t i = 0; i < t.inspectors.size(); ++i) {
    XJ_CHECK(
        s.exec("INSERT INTO spotcheck_task_inspectors (task_id, seq, inspector_id, unit)"
               " VALUES (?, ?, ?, ?)",
               {id, static_cast<std::int64_t>(i), t.inspectors[i].id, t.inspectors[i].unit}));
  }
  return id;
}

Result<std::optional<DrawRow>> find_draw(store::Session& s, std::int64_t id) {
  XJ_TRY(auto rows, s.query("SELECT d.id, d.plan_id, p.region_prefix, d.record, d.public_record"
                            " FROM spotcheck_draws d JOIN spotcheck_plans p ON p.id = d.plan_id"
                            " WHERE d.id = ?",
                            {id}));
  if (rows.empty()) return std::optional<DrawRow>();
  const auto& r = rows[0];
  return std::optional<DrawRow>(
      DrawRow{r.integer(0), r.integer(1), r.text(2), r.text(3), r.text(4)});
}

}  // namespace xj::spotcheck
