#include "risk/engine.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <set>

#include "risk/assessment_repo.h"
#include "risk/fact_repo.h"
#include "risk/full_run.h"
#include "risk/scoring.h"

namespace xj::risk {
namespace {

constexpr std::string_view kConsumerName = "risk";

class Rescorer final : public store::OutboxConsumer {
 public:
  explicit Rescorer(std::shared_ptr<Engine> engine) : engine_(std::move(engine)) {}
  std::string name() const override { return std::string(kConsumerName); }
  // Events written before the first start still re-score their enterprises.
  bool start_from_beginning() const override { return true; }
  Status consume(const std::vector<store::OutboxEvent>& events) override {
    std::set<std::string> usccs;
    for (const auto& e : events) {
      if (e.uscc.empty() || e.type.starts_with("risk.")) continue;  // not our own events
      usccs.insert(e.uscc);
    }
    if (usccs.empty()) return {};
    return engine_->rescore({usccs.begin(), usccs.end()});
  }

 private:
  std::shared_ptr<Engine> engine_;
};

std::string error_list(const std::vector<LoadError>& errors) {
  std::string out;
  for (const auto& e : errors) out += (out.empty() ? "" : "; ") + e.text();
  return out;
}

}  // namespace

Engine::Engine(store::Database& db, core::Clock clock, std::filesystem::path models_dir,
               std::int64_t chunk)
    : db_(db),
      clock_(clock),
      models_dir_(std::move(models_dir)),
      chunk_(chunk),
      models_(std::make_shared<ModelSet>()) {}

Engine::~Engine() {
  {
    std::lock_guard lock(queue_mu_);
    stopping_ = true;
  }
  cancel_ = true;
  queue_cv_.notify_all();
  if (worker_.joinable()) worker_.join();
}

std::vector<LoadError> Engine::load() {
  LoadedModels loaded = load_models(models_dir_);
  for (const auto& e : loaded.errors) spdlog::error("risk model refused: {}", e.text());
  std::lock_guard lock(models_mu_);
  models_ = std::make_shared<const ModelSet>(std::move(loaded.set));
  return loaded.errors;
}

Result<Engine::Reloaded> Engine::reload() {
  LoadedModels loaded = load_models(models_dir_);
  if (!loaded.errors.empty()) {
    std::vector<ErrorDetail> details;
    for (const auto& e : loaded.errors) {
      details.push_back({e.file + ":" + std::to_string(e.line), "invalid_model", e.message});
    }
    return fail(ErrorCode::validation_failed,
                "模型文件有误，仍使用原模型 (model file refused, the models in force stay): " +
                    error_list(loaded.errors),
                std::move(details));
  }
  Reloaded out;
  out.models = std::make_shared<const ModelSet>(std::move(loaded.set));
  {
    std::lock_guard lock(models_mu_);
    models_ = out.models;
  }
  // New models change results: re-score everything with them.
  XJ_TRY(out.run_id, submit({}, "reload"));
  return out;
}

std::shared_ptr<const ModelSet> Engine::models() const {
  std::lock_guard lock(models_mu_);
  return models_;
}

Status Engine::rescore(const std::vector<std::string>& usccs) {
  const auto models = this->models();
  const core::Date today = clock_.today();
  const FactWindows windows = windows_of(*models);
  std::vector<std::string> ids;
  for (const auto& m : models->models) ids.push_back(m.id);
  std::lock_guard lock(guard_.mutex());
  XJ_CHECK(db_.write([&](store::Session& s) -> Status {
    for (const auto& uscc : usccs) {
      const UsccScope scope = UsccScope::one(uscc);
      XJ_TRY(auto facts, load_facts(s, scope, today, windows));
      XJ_TRY(auto priors, load_priors(s, scope));
      std::vector<Assessment> fresh;
      if (!facts.empty()) fresh = evaluate_all(*models, facts.front(), today);
      XJ_CHECK(store_assessments(s, uscc, fresh, ids, priors, std::nullopt));
    }
    return {};
  }));
  for (const auto& uscc : usccs) guard_.stamp(uscc);
  return {};
}

Result<std::vector<std::string>> Engine::model_ids(const std::vector<std::string>& requested) const {
  const auto models = this->models();
  std::vector<std::string> out;
  if (requested.empty()) {
    for (const auto& m : models->models) out.push_back(m.id);
    return out;
  }
  for (const auto& id : requested) {
    if (!models->find(id)) {
      return invalid("models", "invalid_enum", "未知的风险分类模型 (unknown model): " + id);
    }
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  }
  return out;
}

Result<std::int64_t> Engine::submit(const std::vector<std::string>& models,
                                    std::string_view origin) {
  XJ_TRY(auto ids, model_ids(models));
  std::int64_t id = 0;
  XJ_CHECK(db_.write([&](store::Session& s) -> Status {
    XJ_TRY(id, create_run(s, ids, origin, clock_.today()));
    return {};
  }));
  {
    std::lock_guard lock(queue_mu_);
    queue_.emplace_back(id, std::move(ids));
    if (!worker_.joinable()) worker_ = std::thread([this] { work(); });
  }
  queue_cv_.notify_all();
  return id;
}

void Engine::work() {
  for (;;) {
    std::pair<std::int64_t, std::vector<std::string>> job;
    {
      std::unique_lock lock(queue_mu_);
      queue_cv_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (stopping_) break;
      job = std::move(queue_.front());
      queue_.pop_front();
    }
    if (auto s = execute(job.first, job.second, clock_.today()); !s) {
      spdlog::error("risk run {} failed: {}", job.first, s.error().message);
    }
  }
  // Queued runs that will not run now are not left "queued" for ever.
  std::lock_guard lock(queue_mu_);
  for (const auto& [id, models] : queue_) {
    (void)db_.write([&](store::Session& s) {
      return finish_run(s, id, false, "服务停止，未运行 (not run: the service stopped)");
    });
  }
  queue_.clear();
}

Status Engine::execute(std::int64_t id, const std::vector<std::string>& models,
                       core::Date today) {
  FullRun run{db_, this->models(), models, today, id, chunk_, &cancel_};
  auto totals = run_full(run, guard_);
  XJ_CHECK(db_.write([&](store::Session& s) {
    return finish_run(s, id, totals.has_value(), totals ? "" : totals.error().message);
  }));
  if (!totals) return fail(totals.error());
  spdlog::info("risk run {}: {} enterprises, {} assessments changed", id, totals->enterprises,
               totals->changed);
  return {};
}

Result<Run> Engine::run_now(const std::vector<std::string>& models, std::string_view origin) {
  XJ_TRY(auto ids, model_ids(models));
  const core::Date today = clock_.today();
  std::int64_t id = 0;
  XJ_CHECK(db_.write([&](store::Session& s) -> Status {
    XJ_TRY(id, create_run(s, ids, origin, today));
    return {};
  }));
  XJ_CHECK(execute(id, ids, today));
  XJ_TRY(auto run, find(id));
  return std::move(*run);
}

Result<std::optional<Run>> Engine::find(std::int64_t id) {
  std::optional<Run> out;
  XJ_CHECK(db_.read([&](store::Session& s) -> Status {
    XJ_TRY(out, find_run(s, id));
    return {};
  }));
  return out;
}

Status Engine::monthly_tick() {
  // §7 "in full monthly" (config: the business month of the clock).
  const core::Date today = clock_.today();
  const std::string month = today.to_string().substr(0, 7);
  {
    std::lock_guard lock(queue_mu_);
    if (scheduled_month_ == month) return {};
  }
  bool ran = false;
  XJ_CHECK(db_.read([&](store::Session& s) -> Status {
    XJ_TRY(ran, ran_in_month(s, today));
    return {};
  }));
  if (!ran) XJ_CHECK(submit({}, "schedule"));
  std::lock_guard lock(queue_mu_);
  scheduled_month_ = month;
  return {};
}

std::shared_ptr<store::OutboxConsumer> Engine::consumer() {
  return std::make_shared<Rescorer>(shared_from_this());
}

}  // namespace xj::risk
