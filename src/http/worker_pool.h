// A fixed set of threads running submitted tasks, with a bounded wait queue: the server runs
// handlers here because they block on SQLite and libpq, and answers 503 when try_submit() refuses.
//
// A task is accepted while the tasks waiting number fewer than `queue_capacity` plus the idle
// threads, so capacity 0 means "only when a thread is free". Tasks must not throw.
//
// Thread-safe. shutdown() (also run by the destructor) lets the threads finish every accepted
// task, then joins them; it must not be called from a task.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace xj::http {

class WorkerPool {
 public:
  WorkerPool(unsigned threads, std::size_t queue_capacity);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Queues the task; false when the queue is full or the pool is shut down.
  [[nodiscard]] bool try_submit(std::function<void()> task);

  void shutdown();

 private:
  void work();

  const std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> tasks_;  // guarded by mutex_
  std::size_t idle_;                         // threads not running a task; guarded by mutex_
  bool stopping_ = false;                    // guarded by mutex_
  std::vector<std::thread> threads_;
};

}  // namespace xj::http
