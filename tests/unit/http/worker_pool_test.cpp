#include "http/worker_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <future>

namespace xj::http {
namespace {

TEST(WorkerPool, RunsEveryAcceptedTaskBeforeShutdownReturns) {
  std::atomic<int> ran{0};
  WorkerPool pool(2, 100);
  for (int i = 0; i < 50; ++i) ASSERT_TRUE(pool.try_submit([&ran] { ++ran; }));
  pool.shutdown();
  EXPECT_EQ(ran.load(), 50);
  EXPECT_FALSE(pool.try_submit([] {}));
}

TEST(WorkerPool, RefusesBeyondIdleThreadsPlusCapacity) {
  std::promise<void> entered;
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  WorkerPool pool(1, 1);
  ASSERT_TRUE(pool.try_submit([&] {
    entered.set_value();
    released.wait();
  }));
  entered.get_future().wait();           // the only thread is busy
  EXPECT_TRUE(pool.try_submit([] {}));   // waits in the queue
  EXPECT_FALSE(pool.try_submit([] {}));  // the queue is full
  release.set_value();
}

TEST(WorkerPool, ZeroCapacityAcceptsOnlyWhenAThreadIsIdle) {
  std::promise<void> entered;
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  WorkerPool pool(1, 0);
  ASSERT_TRUE(pool.try_submit([&] {
    entered.set_value();
    released.wait();
  }));
  entered.get_future().wait();
  EXPECT_FALSE(pool.try_submit([] {}));
  release.set_value();
}

}  // namespace
}  // namespace xj::http
