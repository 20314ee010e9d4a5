// The SQL of spot-check tasks (抽查任务): listing, finding and recording a result. Runs inside
// the caller's transaction. Errors: internal from the store. Thread safety: as the Session.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "spotcheck/model.h"
#include "store/database.h"

namespace xj::spotcheck {

struct TaskFilter {
  std::string region_prefix;  // the enterprise's region lies within it ("" = all)
  std::optional<std::int64_t> plan_id;
  std::optional<std::string> inspector;  // 执法证号: tasks this inspector is assigned to
  std::optional<std::string> status;     // pending | done
};

// Tasks by plan and position, with their inspectors (rank order, names and units).
Result<std::vector<TaskRow>> list_tasks(store::Session& s, const TaskFilter& filter,
                                        std::int64_t offset, std::int64_t limit);
Result<std::int64_t> count_tasks(store::Session& s, const TaskFilter& filter);

Result<std::optional<TaskRow>> find_task(store::Session& s, std::int64_t id);

// Marks the task done with its result (the inspection record is written by the caller).
Status set_task_result(store::Session& s, const TaskRow& task, std::string_view entered_by);

}  // namespace xj::spotcheck
