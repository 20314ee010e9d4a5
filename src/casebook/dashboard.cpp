#include "casebook/dashboard.h"

#include <fmt/format.h>

#include "repair/repair_repo.h"
#include "spotcheck/task_repo.h"
#include "spotcheck/task_service.h"

namespace xj::casebook {
namespace {

// The enterprises of the region, as a condition on a table's uscc column.
std::string in_region(std::string_view uscc_column) {
  return fmt::format("{} IN (SELECT uscc FROM enterprises WHERE region_code LIKE ?)", uscc_column);
}

Result<std::int64_t> count(store::Session& s, const std::string& sql, const store::Params& p) {
  XJ_TRY(store::Rows rows, s.query(sql, p));
  return rows[0].integer(0);
}

// Counts per month of a date column over the 12 months up to `today`, zero months included.
Result<std::vector<MonthCount>> monthly(store::Session& s, std::string_view table,
                                        std::string_view date_column, const std::string& like,
                                        core::Date today) {
  std::vector<MonthCount> months;
  for (int back = 11; back >= 0; --back) {
    months.push_back({core::add_months(today, -back).to_string().substr(0, 7), 0});
  }
  const std::string first = months.front().month + "-01";
  XJ_CHECK(s.each(fmt::format("SELECT substr({0}, 1, 7), count(*) FROM {1} WHERE {0} >= ? AND "
                              "{0} <= ? AND {2} GROUP BY substr({0}, 1, 7)",
                              date_column, table, in_region("uscc")),
                  {first, today.to_string(), like}, [&](const store::Row& r) {
                    for (auto& m : months) {
                      if (m.month == r.text(0)) m.count = r.integer(1);
                    }
                    return true;
                  }));
  return months;
}

}  // namespace

Result<Dashboard> dashboard(store::Session& s, const std::string& region, core::Date today,
                            const core::WorkingCalendar& calendar) {
  Dashboard d;
  d.region = region;
  d.as_of = today.to_string();
  const std::string like = region + "%";
  const std::string day = today.to_string();
  XJ_TRY(d.enterprises,
         count(s, "SELECT count(*) FROM enterprises WHERE region_code LIKE ?", {like}));
  XJ_CHECK(s.each("SELECT area, count(*) FROM keylist_entries WHERE removed_on IS NULL AND " +
                      in_region("uscc") + " GROUP BY area",
                  {like}, [&](const store::Row& r) {
                    d.keylist[r.text(0)] = r.integer(1);
                    return true;
                  }));
  XJ_TRY(d.penalties, monthly(s, "penalties", "decided_on", like, today));
  XJ_TRY(d.inspections, monthly(s, "inspections", "checked_on", like, today));
  // §4.1 / §4.2 "in force on day d" (store/schema_sanctions.cpp).
  XJ_TRY(d.abnormal_active,
         count(s,
               "SELECT count(*) FROM abnormal_entries WHERE listed_on <= ? AND (removed_on IS "
               "NULL OR removed_on > ?) AND " + in_region("uscc"),
               {day, day, like}));
  XJ_TRY(d.dishonest_active,
         count(s,
               "SELECT count(*) FROM dishonest_entries WHERE status = 'active' AND listed_on <= ? "
               "AND expires_on > ? AND (removed_on IS NULL OR removed_on > ?) AND " +
                   in_region("uscc"),
               {day, day, day, like}));
  XJ_TRY(d.dishonest_pending_approval,
         count(s,
               "SELECT count(*) FROM dishonest_entries WHERE status = 'pending_approval' AND " +
                   in_region("uscc"),
               {like}));
  for (const char* cls : {"A", "B", "C", "D"}) d.risk[cls] = 0;
  std::int64_t classified = 0;
  XJ_CHECK(s.each("SELECT class, count(*) FROM risk_current WHERE model = 'general' AND " +
                      in_region("uscc") + " GROUP BY class",
                  {like}, [&](const store::Row& r) {
                    d.risk[r.text(0)] = r.integer(1);
                    classified += r.integer(1);
                    return true;
                  }));
  d.risk["unclassified"] = d.enterprises - classified;
  repair::RepairFilter repairs;
  repairs.region_prefix = region;
  repairs.overdue_on = day;
  XJ_TRY(d.overdue_repairs, repair::count_repairs(s, repairs));
  spotcheck::TaskFilter pending;
  pending.region_prefix = region;
  pending.status = "pending";
  XJ_TRY(const auto tasks, spotcheck::list_tasks(s, pending, 0, 1'000'000));
  for (const auto& task : tasks) {
    if (spotcheck::publication_overdue(task, calendar, today)) ++d.overdue_tasks;  // §8.8
  }
  XJ_TRY(d.overdue_verifications,
         count(s,
               "SELECT count(*) FROM commitments WHERE verification_result = 'pending' AND "
               "verify_by IS NOT NULL AND verify_by < ? AND " + in_region("uscc"),
               {day, like}));
  return d;
}

}  // namespace xj::casebook
