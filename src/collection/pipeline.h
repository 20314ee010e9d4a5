// run_pipeline: two stages on two threads joined by a BoundedQueue (bounded_queue.h) — the
// import reads and checks rows on one core while it writes them to the database on the other.
//
//   Status s = run_pipeline<Batch>(8,
//       [&]() -> Result<std::optional<Batch>> { … },   // second thread; nullopt = no more
//       [&](Batch& b) -> Status { … });                 // calling thread, in production order
//
// `produce` runs on a new thread until it returns nullopt or an error, or until `consume` fails;
// `consume` runs on the calling thread (so it may use that thread's database session). The first
// failure wins: a failing consume stops the producer (its pending items are dropped); a failing
// produce ends the consumption after the items produced before it and is returned. Returns once
// the producer thread has ended. An exception escaping `produce` becomes ErrorCode::internal
// (a thread must not end the process). At most `capacity` items wait between the stages.
//
// Consumed items go back to the producing thread to be destroyed there: memory is best freed by
// the thread that allocated it (glibc frees another thread's blocks under its arena's lock, which
// took a sixth of the writing thread's time in bench/import).
#pragma once

#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "collection/bounded_queue.h"
#include "core/result.h"

namespace xj::collection {

// Items handed back by the consuming thread, destroyed by the producing one. Never blocks the
// consumer; holds at most the items in flight (the queue's capacity and two).
template <typename T>
class ItemsToDestroy {
 public:
  void add(T item) {
    std::lock_guard lock(mu_);
    items_.push_back(std::move(item));
  }
  void destroy_all() {
    std::vector<T> doomed;
    {
      std::lock_guard lock(mu_);
      doomed.swap(items_);
    }
  }  // `doomed` is destroyed here, outside the lock

 private:
  std::mutex mu_;
  std::vector<T> items_;  // guarded by mu_
};

template <typename T>
Status run_pipeline(std::size_t capacity, const std::function<Result<std::optional<T>>()>& produce,
                    const std::function<Status(T&)>& consume) {
  BoundedQueue<T> queue(capacity);
  ItemsToDestroy<T> consumed_items;
  Status produced;  // written by the producer thread, read after join()
  std::thread producer([&] {
    try {
      while (true) {
        consumed_items.destroy_all();
        Result<std::optional<T>> item = produce();
        if (!item) {
          produced = fail(std::move(item).error());
          break;
        }
        if (!*item || !queue.push(std::move(**item))) break;
      }
    } catch (const std::exception& e) {
      produced = fail(ErrorCode::internal, std::string("import reader: ") + e.what());
    }
    queue.close();
  });
  Status consumed;
  try {
    while (std::optional<T> item = queue.pop()) {
      consumed = consume(*item);
      if (!consumed) break;
      consumed_items.add(std::move(*item));
    }
  } catch (...) {  // the thread must be joined before `producer` is destroyed
    queue.close();
    producer.join();
    throw;
  }
  queue.close();  // when consume failed: releases a producer waiting to push
  producer.join();
  if (!consumed) return consumed;
  return produced;
}

}  // namespace xj::collection
