#include "demo/loader.h"

#include <algorithm>

#include "collection/record_repo.h"
#include "demo/codes.h"
#include "demo/generator.h"
#include "demo/lists.h"
#include "demo/showcase.h"
#include "registry/enterprise_repo.h"
#include "registry/keylist_repo.h"

namespace xj::demo {
namespace {

Status write_one(store::Session& s, const DemoRecords& r, core::Date today, DemoSummary& summary) {
  XJ_CHECK(registry::upsert_enterprise(s, r.enterprise, kRegistrationSource));
  XJ_CHECK(collection::upsert_licence(s, r.licence));
  // registry/keylist_repo.h can list an entry but not remove one: a removed entry is left out
  // rather than stored as active (which would keep a 注销 enterprise on the list).
  if (!r.keylist_entry.removed_on) {
    XJ_CHECK(registry::insert_keylist_entry(s, r.keylist_entry, r.keylist_source));
    summary.keylist_entries += 1;
  }
  for (const auto& p : r.penalties) XJ_CHECK(collection::upsert_penalty(s, p));
  for (const auto& i : r.inspections) XJ_CHECK(collection::upsert_inspection(s, i));
  for (const auto& e : r.events) XJ_CHECK(collection::upsert_event(s, e));
  XJ_CHECK(write_demo_lists(s, r, today));
  summary.enterprises += 1;
  summary.licences += 1;
  summary.penalties += r.penalties.size();
  summary.inspections += r.inspections.size();
  summary.events += r.events.size();
  return {};
}

Status check_options(const DemoOptions& o) {
  if (o.enterprises < kShowcaseCount || o.enterprises > kMaxEnterprises) {
    return fail(ErrorCode::bad_request, "企业数量须在 " + std::to_string(kShowcaseCount) + " 至 " +
                                            std::to_string(kMaxEnterprises) +
                                            " 之间 (enterprises out of range)");
  }
  if (o.today < *core::Date::from_ymd(2021, 1, 1)) {
    return fail(ErrorCode::bad_request, "业务日期不得早于 2021-01-01 (today before 2021-01-01)");
  }
  if (o.batch_size == 0) {
    return fail(ErrorCode::bad_request, "批量大小须大于 0 (batch_size must be positive)");
  }
  return {};
}

}  // namespace

Result<DemoSummary> load_demo(store::Database& db, const DemoOptions& options) {
  XJ_CHECK(check_options(options));
  Generator generator(options.seed, options.today);
  DemoSummary summary;
  while (summary.enterprises < options.enterprises) {
    const std::uint64_t batch =
        std::min(options.batch_size, options.enterprises - summary.enterprises);
    DemoSummary batch_summary;
    XJ_CHECK(db.write([&](store::Session& s) -> Status {
      for (std::uint64_t i = 0; i < batch; ++i)
        XJ_CHECK(write_one(s, generator.next(), options.today, batch_summary));
      return {};
    }));
    summary.enterprises += batch_summary.enterprises;
    summary.keylist_entries += batch_summary.keylist_entries;
    summary.licences += batch_summary.licences;
    summary.penalties += batch_summary.penalties;
    summary.inspections += batch_summary.inspections;
    summary.events += batch_summary.events;
    if (options.progress) options.progress(summary.enterprises, options.enterprises);
  }
  const auto inspectors = generator.inspectors(options.enterprises);
  XJ_CHECK(db.write([&](store::Session& s) -> Status {
    for (const auto& in : inspectors) XJ_CHECK(collection::upsert_inspector(s, in));
    return {};
  }));
  summary.inspectors = inspectors.size();
  return summary;
}

}  // namespace xj::demo
