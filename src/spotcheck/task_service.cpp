#include "spotcheck/task_service.h"

#include <algorithm>

#include "collection/json_row.h"
#include "collection/record_writer.h"
#include "collection/row_validator.h"
#include "spotcheck/catalogue_repo.h"
#include "spotcheck/plan_repo.h"
#include "spotcheck/task_repo.h"

namespace xj::spotcheck {
namespace {

constexpr int kPublicationWorkingDays = 20;  // §8.8

// The distinct items joined with 、 (two inspectors of one unit name it once).
std::string joined(const std::vector<std::string>& items) {
  std::vector<std::string> seen;
  std::string out;
  for (const auto& item : items) {
    if (std::find(seen.begin(), seen.end(), item) != seen.end()) continue;
    seen.push_back(item);
    out += (out.empty() ? "" : "、") + item;
  }
  return out;
}

core::Date date_of(const std::string& text) {
  auto d = core::parse_date(text);
  return d ? *d : core::Date();
}

}  // namespace

std::string inspection_no_of(const TaskRow& task) {
  return "SPOT-" + std::to_string(task.plan_id) + "-" + std::to_string(task.id);
}

core::Date publication_deadline(const TaskRow& task, const core::WorkingCalendar& calendar) {
  const std::string& from = task.checked_on ? *task.checked_on : task.due_on;
  return calendar.add_working_days(date_of(from), kPublicationWorkingDays);
}

bool publication_overdue(const TaskRow& task, const core::WorkingCalendar& calendar,
                         core::Date today) {
  const core::Date deadline = publication_deadline(task, calendar);
  if (task.entered_on) return date_of(*task.entered_on) > deadline;
  return today > deadline;
}

Result<TaskRow> enter_result(store::Session& s, std::int64_t task_id, const ResultEntry& entry,
                             const EntryContext& ctx,
                             const std::function<Status(const TaskRow&)>& authorize) {
  XJ_TRY(auto found, find_task(s, task_id));
  if (!found) return fail(ErrorCode::not_found, "未找到该抽查任务 (no such task)");
  TaskRow task = std::move(*found);
  XJ_CHECK(authorize(task));
  if (task.status == "done") {
    return fail(ErrorCode::conflict, "该任务已录入结果 (this task's result has been entered)");
  }
  XJ_TRY(auto plan, find_plan(s, task.plan_id));
  if (!plan) return fail(ErrorCode::internal, "task without plan");
  XJ_TRY(auto matters, matters_named(s, plan->matter_codes));
  std::vector<std::string> matter_names, units;
  for (const auto& m : matters) matter_names.push_back(m.name);
  for (const auto& i : task.inspectors) units.push_back(i.unit);

  // The same rules as POST /inspections (formats.md `inspections`).
  nlohmann::json row = {{"inspection_no", inspection_no_of(task)},
                        {"uscc", task.uscc},
                        {"name", task.name},
                        {"kind", "双随机抽查"},
                        {"matter", joined(matter_names)},
                        {"checked_on", entry.checked_on.value_or(ctx.today.to_string())},
                        {"result", entry.results},
                        {"authority", joined(units)}};
  if (entry.findings) row["findings"] = *entry.findings;
  const auto kind = collection::ImportKind::inspections;
  auto v = collection::validate_row(kind, collection::row_from_json(row, kind, 1), ctx.today,
                                    ctx.legacy);
  if (v.error) {
    const std::string field = v.error->column == "result" ? "results" : v.error->column;
    return fail(ErrorCode::validation_failed, v.error->message,
                {ErrorDetail{field, v.error->code, v.error->message}});
  }
  XJ_CHECK(collection::store_record(s, *v.record, {ctx.entered_by, std::nullopt}));
  const auto& inspection = std::get<collection::Inspection>(*v.record);
  task.status = "done";
  task.results = inspection.results;
  task.findings = inspection.findings;
  task.checked_on = inspection.checked_on;
  task.entered_on = ctx.today.to_string();
  task.inspection_no = inspection.inspection_no;
  XJ_CHECK(set_task_result(s, task, ctx.entered_by));
  return task;
}

}  // namespace xj::spotcheck
