// The console's dashboard figures (GET /api/v1/dashboard, C12): counts and 12-month trends for
// one region prefix on the business date. Internal (never public: it includes risk classes).
//
//   XJ_TRY(Dashboard d, casebook::dashboard(session, "4301", today));
//
// Every figure is limited to enterprises whose region_code starts with the prefix. Risk classes
// are those of the `general` model (unclassified = enterprises without one). Overdue: repair
// applications past their due date still undecided (§5), spot-check tasks without a result past
// their publication deadline (§8.8, spotcheck/task_service.h), commitments past verify_by still
// pending (§6). Errors: internal from the store.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/working_days.h"
#include "core/result.h"
#include "store/database.h"

namespace xj::casebook {

struct MonthCount {
  std::string month;  // YYYY-MM
  std::int64_t count = 0;
};

struct Dashboard {
  std::string region;
  std::string as_of;
  std::int64_t enterprises = 0;
  std::map<std::string, std::int64_t> keylist;  // area → active entries
  std::vector<MonthCount> penalties;            // the 12 months up to as_of, oldest first
  std::vector<MonthCount> inspections;
  std::int64_t abnormal_active = 0;
  std::int64_t dishonest_active = 0;
  std::int64_t dishonest_pending_approval = 0;
  std::map<std::string, std::int64_t> risk;  // A B C D unclassified
  std::int64_t overdue_repairs = 0;
  std::int64_t overdue_tasks = 0;
  std::int64_t overdue_verifications = 0;
};

Result<Dashboard> dashboard(store::Session& session, const std::string& region, core::Date today,
                            const core::WorkingCalendar& calendar);

}  // namespace xj::casebook
