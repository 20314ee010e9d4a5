#include "collection/pipeline.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <thread>
#include <vector>

namespace xj::collection {
namespace {

// A producer of the numbers 0 … n−1, one per call, recording the thread it ran on.
struct Numbers {
  int n;
  int next = 0;
  std::thread::id thread;
  Result<std::optional<int>> operator()() {
    thread = std::this_thread::get_id();
    if (next == n) return std::optional<int>();
    return std::optional<int>(next++);
  }
};

TEST(Pipeline, ConsumesEverythingInOrderOnTheCallingThread) {
  Numbers numbers{10'000};
  std::vector<int> got;
  std::thread::id consumer;
  Status s = run_pipeline<int>(4, std::ref(numbers), [&](int& v) -> Status {
    consumer = std::this_thread::get_id();
    got.push_back(v);
    return {};
  });
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ(consumer, std::this_thread::get_id());
  EXPECT_NE(numbers.thread, consumer);  // read after the producer thread was joined
  ASSERT_EQ(got.size(), 10'000u);
  for (int i = 0; i < 10'000; ++i) EXPECT_EQ(got[static_cast<std::size_t>(i)], i);
}

TEST(Pipeline, AFailingConsumerStopsTheProducerAndItsErrorWins) {
  Numbers numbers{1'000'000};
  int consumed = 0;
  Status s = run_pipeline<int>(2, std::ref(numbers), [&](int& v) -> Status {
    ++consumed;
    if (v == 10) return fail(ErrorCode::conflict, "stop");
    return {};
  });
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, ErrorCode::conflict);
  EXPECT_EQ(consumed, 11);
  EXPECT_LT(numbers.next, 1'000'000);  // the producer was stopped, not run to the end
}

TEST(Pipeline, AFailingProducerEndsAfterWhatItProducedBefore) {
  int next = 0;
  std::vector<int> got;
  Status s = run_pipeline<int>(
      8,
      [&]() -> Result<std::optional<int>> {
        if (next == 5) return fail(ErrorCode::bad_request, "unreadable");
        return std::optional<int>(next++);
      },
      [&](int& v) -> Status {
        got.push_back(v);
        return {};
      });
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, ErrorCode::bad_request);
  EXPECT_EQ(got, (std::vector<int>{0, 1, 2, 3, 4}));
}

TEST(Pipeline, AnExceptionInTheProducerBecomesAnInternalError) {
  Status s = run_pipeline<int>(
      2, []() -> Result<std::optional<int>> { throw std::runtime_error("boom"); },
      [](int&) -> Status { return {}; });
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, ErrorCode::internal);
}

}  // namespace
}  // namespace xj::collection
