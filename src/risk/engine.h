// The risk service (信用风险分类, domain-rules.md §7): the models in force, incremental re-scoring,
// full runs as background jobs, and the monthly schedule. One Engine per process serves the
// HTTP routes, the outbox consumer and the CLI.
//
//   auto engine = std::make_shared<Engine>(db, clock, config_dir / "models");
//   engine->load();                                   // at start: good files, errors logged
//   XJ_CHECK(engine->rescore({uscc}));               // one enterprise, all applicable models
//   XJ_TRY(auto id, engine->submit({}, "api"));      // full run on the background thread
//   XJ_TRY(auto run, engine->run_now({}, "cli"));    // full run in the calling thread
//
// reload() is atomic: when any model file is refused, the models in force stay and the error
// lists every refused file with its line. A reload that changes any model starts a full run.
// Thread-safe. The destructor stops a running job (marked failed) and joins its thread.
#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "risk/model.h"
#include "risk/model_loader.h"
#include "risk/run_repo.h"
#include "risk/write_guard.h"
#include "store/database.h"
#include "store/outbox_worker.h"

namespace xj::risk {

class Engine : public std::enable_shared_from_this<Engine> {
 public:
  Engine(store::Database& db, core::Clock clock, std::filesystem::path models_dir,
         std::int64_t chunk = 20000);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Loads the model files, keeping every good one; returns the refused files.
  std::vector<LoadError> load();
  // Reloads atomically: validation_failed naming each refused file and line (nothing changes),
  // else the new models are in force; `run_id` is set when a full run was started.
  struct Reloaded {
    std::shared_ptr<const ModelSet> models;
    std::optional<std::int64_t> run_id;
  };
  Result<Reloaded> reload();
  std::shared_ptr<const ModelSet> models() const;

  // Re-scores these enterprises with every applicable model, in one transaction.
  Status rescore(const std::vector<std::string>& usccs);

  // validation_failed unless every id names a model in force; empty = all models.
  Result<std::vector<std::string>> model_ids(const std::vector<std::string>& requested) const;
  // Queues a full run for the background thread.
  Result<std::int64_t> submit(const std::vector<std::string>& models, std::string_view origin);
  // Runs a full run in the calling thread; the run as finished.
  Result<Run> run_now(const std::vector<std::string>& models, std::string_view origin);
  Result<std::optional<Run>> find(std::int64_t id);

  // The monthly schedule (an outbox tick): queues a full run when none ran in this business
  // month.
  Status monthly_tick();

  // The outbox consumer "risk": every event naming an enterprise, except risk.* events,
  // re-scores it. REQUIRES: this Engine is owned by a shared_ptr (the consumer keeps it).
  std::shared_ptr<store::OutboxConsumer> consumer();

 private:
  Status execute(std::int64_t id, const std::vector<std::string>& models, core::Date today);
  void work();

  store::Database& db_;
  const core::Clock clock_;
  const std::filesystem::path models_dir_;
  const std::int64_t chunk_;
  WriteGuard guard_;
  mutable std::mutex models_mu_;
  std::shared_ptr<const ModelSet> models_;  // guarded by models_mu_
  std::mutex queue_mu_;
  std::condition_variable queue_cv_;
  std::deque<std::pair<std::int64_t, std::vector<std::string>>> queue_;  // guarded by queue_mu_
  bool stopping_ = false;                                                // guarded by queue_mu_
  std::string scheduled_month_;  // the month the schedule last found a run; guarded by queue_mu_
  std::atomic<bool> cancel_{false};
  std::thread worker_;  // started on the first submit()
};

}  // namespace xj::risk
