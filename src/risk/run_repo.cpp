#include "risk/run_repo.h"

#include "risk/assessment_repo.h"

namespace xj::risk {
namespace {

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ",") + i;
  return out;
}

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string time_or_empty(const store::Row& r, std::size_t i) {
  return r.is_null(i) ? "" : rfc3339_utc(r.text(i));
}

}  // namespace

Result<std::int64_t> create_run(store::Session& s, const std::vector<std::string>& models,
                                std::string_view origin, core::Date business_date) {
  XJ_TRY(auto rows, s.query("INSERT INTO risk_runs (models, status, origin, business_date) "
                            "VALUES (?, 'queued', ?, ?) RETURNING id",
                            {join(models), std::string(origin), business_date.to_string()}));
  return rows[0].integer(0);
}

Status start_run(store::Session& s, std::int64_t id, std::int64_t total) {
  XJ_CHECK(s.exec("UPDATE risk_runs SET status = 'running', total = ?, "
                  "started_at = CURRENT_TIMESTAMP WHERE id = ?",
                  {total, id}));
  return {};
}

Status record_progress(store::Session& s, std::int64_t id, std::int64_t done,
                       std::int64_t changed) {
  XJ_CHECK(s.exec("UPDATE risk_runs SET done = ?, changed = ? WHERE id = ?", {done, changed, id}));
  return {};
}

Status finish_run(store::Session& s, std::int64_t id, bool ok, const std::string& error) {
  XJ_CHECK(s.exec("UPDATE risk_runs SET status = ?, error = ?, finished_at = CURRENT_TIMESTAMP "
                  "WHERE id = ?",
                  {std::string(ok ? "done" : "failed"),
                   ok ? store::Value{} : store::Value{error}, id}));
  return {};
}

Result<std::optional<Run>> find_run(store::Session& s, std::int64_t id) {
  XJ_TRY(auto rows, s.query("SELECT id, models, status, origin, business_date, total, done, "
                            "changed, error, created_at, started_at, finished_at "
                            "FROM risk_runs WHERE id = ?",
                            {id}));
  if (rows.empty()) return std::optional<Run>();
  const store::Row& r = rows[0];
  Run run;
  run.id = r.integer(0);
  run.models = split(r.text(1));
  run.status = r.text(2);
  run.origin = r.text(3);
  run.business_date = r.text(4);
  run.total = r.integer(5);
  run.done = r.integer(6);
  run.changed = r.integer(7);
  run.error = r.opt_text(8);
  run.created_at = time_or_empty(r, 9);
  run.started_at = time_or_empty(r, 10);
  run.finished_at = time_or_empty(r, 11);
  return std::optional<Run>(std::move(run));
}

Result<bool> ran_in_month(store::Session& s, core::Date day) {
  const std::string month = day.to_string().substr(0, 7);
  XJ_TRY(auto rows, s.query("SELECT COUNT(*) FROM risk_runs WHERE status <> 'failed' "
                            "AND business_date >= ? AND business_date <= ?",
                            {month + "-01", month + "-31"}));
  return rows[0].integer(0) > 0;
}

Status fail_abandoned_runs(store::Session& s) {
  XJ_CHECK(s.exec("UPDATE risk_runs SET status = 'failed', error = ?, "
                  "finished_at = CURRENT_TIMESTAMP WHERE status IN ('queued', 'running')",
                  {std::string("进程结束时未完成 (interrupted: the process ended)")}));
  return {};
}

}  // namespace xj::risk
