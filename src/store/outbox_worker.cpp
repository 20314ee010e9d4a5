#include "store/outbox_worker.h"

#include <spdlog/spdlog.h>

namespace xj::store {

OutboxWorker::OutboxWorker(Database& db, OutboxWorkerOptions options)
    : db_(db), options_(options) {}

OutboxWorker::~OutboxWorker() { stop(); }

void OutboxWorker::add_consumer(std::shared_ptr<OutboxConsumer> consumer) {
  consumers_.push_back(std::move(consumer));
}

void OutboxWorker::add_tick(std::function<Status()> tick) { ticks_.push_back(std::move(tick)); }

void OutboxWorker::start() {
  if (thread_.joinable()) return;
  {
    std::lock_guard lock(wake_mutex_);
    stopping_ = false;
  }
  thread_ = std::thread([this] { run(); });
}

void OutboxWorker::stop() {
  {
    std::lock_guard lock(wake_mutex_);
    stopping_ = true;
  }
  wake_cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void OutboxWorker::wake() {
  {
    std::lock_guard lock(wake_mutex_);
    woken_ = true;
  }
  wake_cv_.notify_all();
}

void OutboxWorker::run() {
  std::unique_lock lock(wake_mutex_);
  while (!stopping_) {
    lock.unlock();
    if (auto s = drain(); !s) spdlog::warn("outbox worker: {}", s.error().message);
    lock.lock();
    wake_cv_.wait_for(lock, options_.poll, [this] { return stopping_ || woken_; });
    woken_ = false;
  }
}

Status OutboxWorker::drain_consumer(OutboxConsumer& consumer) {
  const std::string name = consumer.name();
  std::int64_t cursor = 0;
  XJ_CHECK(db_.write([&](Session& s) -> Status {
    XJ_TRY(auto stored, outbox_cursor(s, name));
    if (stored) {
      cursor = *stored;
      return {};
    }
    if (!consumer.start_from_beginning()) {
      XJ_TRY(cursor, outbox_last_id(s));
    }
    return set_outbox_cursor(s, name, cursor);
  }));
  for (;;) {
    std::vector<OutboxEvent> events;
    XJ_CHECK(db_.read([&](Session& s) -> Status {
      XJ_TRY(events, read_outbox(s, cursor, options_.batch));
      return {};
    }));
    if (events.empty()) return {};
    XJ_CHECK(consumer.consume(events));
    cursor = events.back().id;
    XJ_CHECK(db_.write([&](Session& s) { return set_outbox_cursor(s, name, cursor); }));
    if (static_cast<std::int64_t>(events.size()) < options_.batch) return {};
  }
}

Status OutboxWorker::drain() {
  std::lock_guard pass(pass_mutex_);
  Status first;
  auto keep = [&first](Status s, std::string_view who) {
    if (!s) {
      spdlog::warn("outbox {}: {}", who, s.error().message);
      if (first) first = s;
    }
  };
  for (auto& consumer : consumers_) keep(drain_consumer(*consumer), consumer->name());
  for (auto& tick : ticks_) keep(tick(), "tick");
  return first;
}

}  // namespace xj::store
