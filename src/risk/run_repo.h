// Full re-scoring runs (table risk_runs, store/schema_risk.cpp): created queued, then running
// with progress, then done or failed.
//
//   XJ_TRY(auto id, create_run(session, {"general"}, "api", today));
//
// Errors: internal from the store. Thread safety: as the Session passed in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/database.h"

namespace xj::risk {

struct Run {
  std::int64_t id = 0;
  std::vector<std::string> models;
  std::string status;  // queued | running | done | failed
  std::string origin;  // api | cli | schedule | reload
  std::string business_date;
  std::int64_t total = 0;    // enterprises to score
  std::int64_t done = 0;     // enterprises scored so far
  std::int64_t changed = 0;  // (enterprise, model) assessments that changed
  std::optional<std::string> error;
  std::string created_at, started_at, finished_at;  // RFC 3339 or empty
  double progress() const { return total > 0 ? static_cast<double>(done) / total : (status == "done" ? 1.0 : 0.0); }
};

Result<std::int64_t> create_run(store::Session& session, const std::vector<std::string>& models,
                                std::string_view origin, core::Date business_date);
Status start_run(store::Session& session, std::int64_t id, std::int64_t total);
Status record_progress(store::Session& session, std::int64_t id, std::int64_t done,
                       std::int64_t changed);
Status finish_run(store::Session& session, std::int64_t id, bool ok, const std::string& error);
Result<std::optional<Run>> find_run(store::Session& session, std::int64_t id);

// Whether a run (not failed) was created for a business date in the month of `day`.
Result<bool> ran_in_month(store::Session& session, core::Date day);

// Runs left queued or running by a process that ended are marked failed (at start-up).
Status fail_abandoned_runs(store::Session& session);

}  // namespace xj::risk
