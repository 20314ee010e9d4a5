#include "risk/full_run.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#include "risk/assessment_repo.h"
#include "risk/fact_repo.h"
#include "risk/run_repo.h"
#include "risk/scoring.h"

namespace xj::risk {
namespace {

struct Scored {
  std::string uscc;
  std::vector<Assessment> fresh;
};

// One key range, read and scored, waiting to be written.
struct Range {
  std::vector<Scored> items;
  Priors priors;
  std::int64_t epoch = 0;
  std::int64_t enterprises = 0;  // registered enterprises in the range (progress)
  std::optional<Error> error;
};

// A bounded hand-over between the reader thread and the writer.
class Pipe {
 public:
  explicit Pipe(std::size_t capacity) : capacity_(capacity) {}
  // false when the writer has given up.
  bool push(Range r) {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return q_.size() < capacity_ || abandoned_; });
    if (abandoned_) return false;
    q_.push_back(std::move(r));
    cv_.notify_all();
    return true;
  }
  void close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    cv_.notify_all();
  }
  void abandon() {
    std::lock_guard lock(mu_);
    abandoned_ = true;
    cv_.notify_all();
  }
  // nullopt once closed and empty.
  std::optional<Range> pop() {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return !q_.empty() || closed_; });
    if (q_.empty()) return std::nullopt;
    Range r = std::move(q_.front());
    q_.pop_front();
    cv_.notify_all();
    return r;
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Range> q_;  // guarded by mu_
  std::size_t capacity_;
  bool closed_ = false;     // guarded by mu_
  bool abandoned_ = false;  // guarded by mu_
};

Range read_range(const FullRun& run, WriteGuard& guard, const FactWindows& windows,
                 const UsccScope& scope) {
  Range range;
  range.epoch = guard.epoch();
  std::vector<EnterpriseFacts> facts;
  auto status = run.db.read([&](store::Session& s) -> Status {
    XJ_TRY(facts, load_facts(s, scope, run.today, windows));
    XJ_TRY(range.priors, load_priors(s, scope));
    return {};
  });
  if (!status) {
    range.error = status.error();
    return range;
  }
  range.items.reserve(facts.size());
  for (const auto& f : facts) {
    if (f.registered) ++range.enterprises;
    range.items.push_back({f.uscc, evaluate_all(*run.models, f, run.today)});
  }
  return range;
}

bool cancelled(const FullRun& run) { return run.cancel && run.cancel->load(); }

}  // namespace

Result<RunTotals> run_full(const FullRun& run, WriteGuard& guard) {
  Chunks chunks;
  XJ_CHECK(run.db.read([&](store::Session& s) -> Status {
    XJ_TRY(chunks, chunk_starts(s, run.chunk));
    return {};
  }));
  if (run.run_id > 0) {
    XJ_CHECK(run.db.write(
        [&](store::Session& s) { return start_run(s, run.run_id, chunks.enterprises); }));
  }
  guard.run_started();
  const FactWindows windows = windows_of(*run.models);
  Pipe pipe(2);
  std::thread reader([&] {
    for (std::size_t i = 0; i < chunks.starts.size() && !cancelled(run); ++i) {
      std::optional<std::string> to;
      if (i + 1 < chunks.starts.size()) to = chunks.starts[i + 1];
      Range r = read_range(run, guard, windows, UsccScope::range(chunks.starts[i], to));
      const bool failed = r.error.has_value();
      if (!pipe.push(std::move(r)) || failed) break;
    }
    pipe.close();
  });
  RunTotals totals;
  std::optional<Error> error;
  while (auto range = pipe.pop()) {
    if (range->error) {
      error = range->error;
      break;
    }
    if (cancelled(run)) {
      error = Error(ErrorCode::internal, "运行被中止 (run cancelled)");
      break;
    }
    std::lock_guard lock(guard.mutex());
    auto written = run.db.write([&](store::Session& s) -> Status {
      for (const auto& item : range->items) {
        if (guard.rescored_since(item.uscc, range->epoch)) continue;  // fresher result stored
        XJ_TRY(auto changed, store_assessments(s, item.uscc, item.fresh, run.model_ids,
                                               range->priors, run.run_id));
        totals.changed += changed;
      }
      totals.enterprises += range->enterprises;
      if (run.run_id > 0) XJ_CHECK(record_progress(s, run.run_id, totals.enterprises, totals.changed));
      return {};
    });
    if (!written) {
      error = written.error();
      break;
    }
  }
  pipe.abandon();
  reader.join();
  guard.run_ended();
  if (error) return fail(*error);
  return totals;
}

}  // namespace xj::risk
