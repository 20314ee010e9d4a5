// The background worker that drains the outbox (architecture.md "React"): each registered
// consumer reads the events after its own cursor (table outbox_cursors), in id order, in batches;
// the cursor advances only after the consumer returned success, so delivery is at-least-once and
// consumers must be idempotent. Ticks are callbacks run on the same thread after every poll
// (periodic work: retries, scheduled runs); they decide themselves whether anything is due.
//
//   store::OutboxWorker worker(db, {.poll = std::chrono::milliseconds(200)});
//   worker.add_consumer(risk_rescorer);   // before start()
//   worker.add_tick([&] { return deliveries->retry_due(); });
//   worker.start();  … worker.stop();     // stop() also runs in the destructor
//
// A consumer seen for the first time starts after the events that exist then (it does not replay
// history) unless its start_from_beginning() says otherwise. A failing consumer or tick is logged
// and retried at the next poll; it does not hold up the others. drain() runs one full pass
// synchronously (tests and the CLI use it instead of the thread).
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/result.h"
#include "store/database.h"
#include "store/outbox.h"

namespace xj::store {

class OutboxConsumer {
 public:
  virtual ~OutboxConsumer() = default;
  // The cursor's key in outbox_cursors; unique per consumer, stable across releases.
  virtual std::string name() const = 0;
  // Handles one batch (oldest first). Success advances the cursor past the whole batch.
  virtual Status consume(const std::vector<OutboxEvent>& events) = 0;
  virtual bool start_from_beginning() const { return false; }
};

struct OutboxWorkerOptions {
  std::chrono::milliseconds poll{200};
  std::int64_t batch = 1000;
};

class OutboxWorker {
 public:
  explicit OutboxWorker(Database& db, OutboxWorkerOptions options = {});
  ~OutboxWorker();
  OutboxWorker(const OutboxWorker&) = delete;
  OutboxWorker& operator=(const OutboxWorker&) = delete;

  void add_consumer(std::shared_ptr<OutboxConsumer> consumer);
  void add_tick(std::function<Status()> tick);

  void start();
  void stop();
  // Wakes the thread now (after a write whose effects should show at once).
  void wake();
  // One pass: every consumer until it has caught up, then every tick. The first error is
  // returned after all of them ran.
  Status drain();

 private:
  Status drain_consumer(OutboxConsumer& consumer);
  void run();

  Database& db_;
  OutboxWorkerOptions options_;
  std::vector<std::shared_ptr<OutboxConsumer>> consumers_;
  std::vector<std::function<Status()>> ticks_;
  std::mutex pass_mutex_;  // one pass at a time (thread and drain())
  std::mutex wake_mutex_;
  std::condition_variable wake_cv_;
  bool woken_ = false;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace xj::store
