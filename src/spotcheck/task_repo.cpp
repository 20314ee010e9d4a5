#include "spotcheck/task_repo.h"

#include "collection/record_repo.h"
#include "spotcheck/catalogue_repo.h"

namespace xj::spotcheck {
namespace {

constexpr const char* kColumns =
    "t.id, t.plan_id, t.draw_id, t.uscc, t.name, t.region_code, t.due_on, t.status, t.results,"
    " t.findings, t.checked_on, t.entered_on, t.inspection_no";

TaskRow task_of(const store::Row& r) {
  TaskRow t;
  t.id = r.integer(0);
  t.plan_id = r.integer(1);
  t.draw_id = r.integer(2);
  t.uscc = r.text(3);
  t.name = r.text(4);
  t.region_code = r.text(5);
  t.due_on = r.text(6);
  t.status = r.text(7);
  t.results = split_list(r.text(8));
  t.findings = r.opt_text(9);
  t.checked_on = r.opt_text(10);
  t.entered_on = r.opt_text(11);
  t.inspection_no = r.opt_text(12);
  return t;
}

std::string where(const TaskFilter& f, store::Params& params) {
  std::string sql = " WHERE t.region_code LIKE ? || '%'";
  params.push_back(f.region_prefix);
  if (f.plan_id) {
    sql += " AND t.plan_id = ?";
    params.push_back(*f.plan_id);
  }
  if (f.status) {
    sql += " AND t.status = ?";
    params.push_back(*f.status);
  }
  if (f.inspector) {
    sql +=
        " AND EXISTS (SELECT 1 FROM spotcheck_task_inspectors x WHERE x.task_id = t.id"
        " AND x.inspector_id = ?)";
    params.push_back(*f.inspector);
  }
  return sql;
}

Status load_inspectors(store::Session& s, TaskRow& t) {
  XJ_TRY(auto rows, s.query("SELECT ti.inspector_id, COALESCE(i.name, ''), ti.unit"
                            " FROM spotcheck_task_inspectors ti"
                            " LEFT JOIN inspectors i ON i.id = ti.inspector_id"
                            " WHERE ti.task_id = ? ORDER BY ti.seq",
                            {t.id}));
  for (const auto& r : rows.rows) t.inspectors.push_back({r.text(0), r.text(1), r.text(2)});
  return {};
}

}  // namespace

Result<std::vector<TaskRow>> list_tasks(store::Session& s, const TaskFilter& filter,
                                        std::int64_t offset, std::int64_t limit) {
  store::Params params;
  const std::string sql = std::string("SELECT ") + kColumns + " FROM spotcheck_tasks t" +
                          where(filter, params) + " ORDER BY t.plan_id, t.seq LIMIT ? OFFSET ?";
  params.push_back(limit);
  params.push_back(offset);
  XJ_TRY(auto rows, s.query(sql, params));
  std::vector<TaskRow> out;
  for (const auto& r : rows.rows) {
    out.push_back(task_of(r));
    XJ_CHECK(load_inspectors(s, out.back()));
  }
  return out;
}

Result<std::int64_t> count_tasks(store::Session& s, const TaskFilter& filter) {
  store::Params params;
  const std::string sql = "SELECT COUNT(*) FROM spotcheck_tasks t" + where(filter, params);
  XJ_TRY(auto rows, s.query(sql, params));
  return rows[0].integer(0);
}

Result<std::optional<TaskRow>> find_task(store::Session& s, std::int64_t id) {
  XJ_TRY(
      auto rows,
      s.query(std::string("SELECT ") + kColumns + " FROM spotcheck_tasks t WHERE t.id = ?", {id}));
  if (rows.empty()) return std::optional<TaskRow>();
  TaskRow t = task_of(rows[0]);
  XJ_CHECK(load_inspectors(s, t));
  return std::optional<TaskRow>(std::move(t));
}

Status set_task_result(store::Session& s, const TaskRow& t, std::string_view entered_by) {
  XJ_CHECK(
      s.exec("UPDATE spotcheck_tasks SET status = 'done', results = ?, findings = ?,"
             " checked_on = ?, entered_on = ?, entered_by = ?, inspection_no = ? WHERE id = ?",
             {collection::join_list(t.results), store::null_or(t.findings),
              store::null_or(t.checked_on), store::null_or(t.entered_on), std::string(entered_by),
              store::null_or(t.inspection_no), t.id}));
  return {};
}

}  // namespace xj::spotcheck
