#include "collection/bounded_queue.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace xj::collection {
namespace {

TEST(BoundedQueue, HandsOverInOrderAndEndsWhenClosed) {
  BoundedQueue<int> q(2);
  std::thread producer([&] {
    for (int i = 0; i < 1000; ++i) ASSERT_TRUE(q.push(i));
    q.close();
  });
  std::vector<int> got;
  while (auto v = q.pop()) got.push_back(*v);
  producer.join();
  ASSERT_EQ(got.size(), 1000u);
  for (int i = 0; i < 1000; ++i) EXPECT_EQ(got[static_cast<std::size_t>(i)], i);
}

TEST(BoundedQueue, ProducerWaitsWhileFull) {
  BoundedQueue<int> q(3);
  std::atomic<int> pushed{0};
  std::thread producer([&] {
    for (int i = 0; i < 5; ++i) {
      if (!q.push(i)) return;
      ++pushed;
    }
  });
  // The producer can get 3 items in and no more until the consumer takes one.
  while (pushed.load() < 3) std::this_thread::yield();
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(pushed.load(), 3);
  EXPECT_EQ(q.pop(), 0);
  while (pushed.load() < 4) std::this_thread::yield();
  q.close();
  producer.join();
  EXPECT_EQ(pushed.load(), 4);  // the fifth push was refused by close()
}

TEST(BoundedQueue, ConsumerClosingReleasesABlockedProducer) {
  BoundedQueue<int> q(1);
  bool refused = false;
  std::thread producer([&] {
    q.push(1);
    refused = !q.push(2);  // blocks: full, until close()
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  q.close();
  producer.join();
  EXPECT_TRUE(refused);
  EXPECT_EQ(q.pop(), 1);  // what was queued before close() is still delivered
  EXPECT_EQ(q.pop(), std::nullopt);
}

TEST(BoundedQueue, ClosedEmptyQueueReturnsAtOnce) {
  BoundedQueue<std::vector<int>> q(4);
  q.close();
  q.close();
  EXPECT_FALSE(q.pop());
  EXPECT_FALSE(q.push({1}));
}

}  // namespace
}  // namespace xj::collection
