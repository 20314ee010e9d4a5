// A full re-scoring run (§7 "in full monthly", POST /api/v1/risk/runs, `xinjian classify`):
// set-based and on both cores. The enterprises are cut into key ranges of `chunk` USCCs; a
// reader thread loads each range's facts with one query per table (risk/fact_repo.h) and scores
// them, while the calling thread writes the previous range's changes in one transaction and
// records the progress. Memory holds at most three ranges.
//
//   FullRun run{db, models, {"general"}, today, run_id};
//   XJ_CHECK(run_full(run, guard));
//
// Thread safety: run_full blocks the caller; `guard` is shared with incremental re-scoring.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "risk/model.h"
#include "risk/write_guard.h"
#include "store/database.h"

namespace xj::risk {

struct FullRun {
  store::Database& db;
  std::shared_ptr<const ModelSet> models;
  std::vector<std::string> model_ids;  // the models whose results are stored
  core::Date today;
  std::int64_t run_id = 0;
  std::int64_t chunk = 20000;
  const std::atomic<bool>* cancel = nullptr;  // set → the run stops after the current range
};

struct RunTotals {
  std::int64_t enterprises = 0;
  std::int64_t changed = 0;
};

Result<RunTotals> run_full(const FullRun& run, WriteGuard& guard);

}  // namespace xj::risk
