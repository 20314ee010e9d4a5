// Entering a task's result (domain-rules.md §8.8): the result becomes an inspection record
// (kind 双随机抽查) stored through collection — same validation as an import row, history and an
// outbox event, so risk, sanctions and the public record react — in the same transaction as the
// task update. The result codes are carried verbatim (the three of §8 that propose an
// abnormal-list entry are derived from the inspection by the sanctions capability).
//
//   XJ_TRY(TaskRow done, enter_result(session, task_id, entry, ctx, authorize));
//
// Errors: not_found (no such task), conflict (result already entered), validation_failed (as
// for POST /inspections, the field `result` reported as `results`), whatever `authorize`
// returns, internal from the store. Thread safety: as the Session.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "core/uscc_legacy.h"
#include "core/working_days.h"
#include "spotcheck/model.h"
#include "store/database.h"

namespace xj::spotcheck {

struct ResultEntry {
  std::vector<std::string> results;       // §8 result codes, several allowed
  std::optional<std::string> findings;    // 问题描述
  std::optional<std::string> checked_on;  // default today
};

struct EntryContext {
  core::Date today;
  const core::LegacyCodes& legacy;
  std::string entered_by;
};

Result<TaskRow> enter_result(store::Session& s, std::int64_t task_id, const ResultEntry& entry,
                             const EntryContext& ctx,
                             const std::function<Status(const TaskRow&)>& authorize);

// §8.8: results are published within 20 working days. The deadline of a task: 20 working days
// after its check date, or, while no result is entered, after its due date.
core::Date publication_deadline(const TaskRow& task, const core::WorkingCalendar& calendar);

// Overdue: no result and today is past the deadline, or the result was entered after it.
bool publication_overdue(const TaskRow& task, const core::WorkingCalendar& calendar,
                         core::Date today);

// The inspection number of a task's result: "SPOT-<plan>-<task>".
std::string inspection_no_of(const TaskRow& task);

}  // namespace xj::spotcheck
