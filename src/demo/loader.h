// load_demo: writes the demo data set (generator.h) into a migrated database through the
// registry and collection repos — the entry point of `xinjian demo`.
//
//   demo::DemoOptions options{.enterprises = 10'000, .seed = 1, .today = clock.today()};
//   options.progress = [](std::uint64_t done, std::uint64_t total) { … };
//   XJ_TRY(demo::DemoSummary summary, demo::load_demo(*db, options));
//
// Streams: enterprises are generated and written `batch_size` at a time, one write transaction
// per batch, so memory stays flat up to kMaxEnterprises (a million loads in minutes). A failed
// batch is rolled back and ends the load with its error (the earlier batches stay; running the
// demo again with the same options rewrites the same records, as every write is keyed).
// Errors: bad_request for options out of range; the store's errors otherwise.
// Thread safety: one call at a time per database (it holds the writer for each batch).
#pragma once

#include <cstdint>
#include <functional>

#include "core/date.h"
#include "core/result.h"
#include "store/database.h"

namespace xj::demo {

struct DemoOptions {
  std::uint64_t enterprises = 10'000;  // the showcase enterprises included; ≥ kShowcaseCount
  std::uint64_t seed = 1;
  core::Date today;                   // the business date; ≥ 2021-01-01
  std::uint64_t batch_size = 10'000;  // enterprises per write transaction; ≥ 1
  // Called after each committed batch with the enterprises written so far and the total.
  std::function<void(std::uint64_t done, std::uint64_t total)> progress;
};

// What was written, per record kind.
struct DemoSummary {
  std::uint64_t enterprises = 0;
  std::uint64_t keylist_entries = 0;  // active entries (removed ones are not written: the keylist repo cannot remove)
  std::uint64_t licences = 0;
  std::uint64_t penalties = 0;
  std::uint64_t inspections = 0;
  std::uint64_t events = 0;
  std::uint64_t inspectors = 0;
};

Result<DemoSummary> load_demo(store::Database& db, const DemoOptions& options);

}  // namespace xj::demo
