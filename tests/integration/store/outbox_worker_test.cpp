// The outbox worker: per-consumer cursors, at-least-once (a failed batch is handed again), no
// replay of history for a new consumer, ticks after every pass, the background thread.
#include "store/outbox_worker.h"

#include <chrono>
#include <thread>

#include "integration/store/store_test.h"
#include "store/migrations.h"

namespace xj::store {
namespace {

// Records the event ids it was handed; fails the next `failures` batches.
class Recorder : public OutboxConsumer {
 public:
  explicit Recorder(std::string name, bool from_start = false)
      : name_(std::move(name)), from_start_(from_start) {}
  std::string name() const override { return name_; }
  bool start_from_beginning() const override { return from_start_; }
  Status consume(const std::vector<OutboxEvent>& events) override {
    if (failures > 0) {
      --failures;
      return fail(ErrorCode::internal, "receiver down");
    }
    for (const auto& e : events) seen.push_back(e.id);
    return {};
  }
  std::vector<std::int64_t> seen;
  int failures = 0;

 private:
  std::string name_;
  bool from_start_;
};

class OutboxWorkerTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    ASSERT_TRUE(migrate(*db_));
  }
  void append(int n) {
    ASSERT_TRUE(write([n](Session& s) -> Status {
      for (int i = 0; i < n; ++i) XJ_CHECK(append_outbox(s, "test.event", "91430104MA4EMRA639", "{}"));
      return {};
    }));
  }
};

TEST_F(OutboxWorkerTest, NewConsumerStartsAtTheHeadAndThenSeesEveryEventOnce) {
  append(3);  // history before the consumer existed
  auto late = std::make_shared<Recorder>("late");
  auto replay = std::make_shared<Recorder>("replay", true);
  OutboxWorker worker(*db_, {.poll = std::chrono::milliseconds(10), .batch = 2});
  worker.add_consumer(late);
  worker.add_consumer(replay);
  ASSERT_TRUE(worker.drain());
  EXPECT_TRUE(late->seen.empty());
  EXPECT_EQ(replay->seen.size(), 3u);
  append(5);
  ASSERT_TRUE(worker.drain());
  ASSERT_EQ(late->seen.size(), 5u);  // batches of 2, 2, 1: all drained in one pass
  for (std::size_t i = 1; i < late->seen.size(); ++i) EXPECT_LT(late->seen[i - 1], late->seen[i]);
  ASSERT_TRUE(worker.drain());
  EXPECT_EQ(late->seen.size(), 5u);
  EXPECT_EQ(replay->seen.size(), 8u);
}

TEST_F(OutboxWorkerTest, AFailedBatchIsHandedAgainAndDoesNotHoldUpOthers) {
  auto flaky = std::make_shared<Recorder>("flaky");
  auto steady = std::make_shared<Recorder>("steady");
  OutboxWorker worker(*db_);
  worker.add_consumer(flaky);
  worker.add_consumer(steady);
  ASSERT_TRUE(worker.drain());  // both cursors created at the (empty) head
  append(2);
  flaky->failures = 1;
  EXPECT_FALSE(worker.drain());
  EXPECT_TRUE(flaky->seen.empty());
  EXPECT_EQ(steady->seen.size(), 2u);
  ASSERT_TRUE(worker.drain());
  EXPECT_EQ(flaky->seen.size(), 2u);
}

TEST_F(OutboxWorkerTest, TheCursorSurvivesANewWorker) {
  {
    OutboxWorker first(*db_);
    first.add_consumer(std::make_shared<Recorder>("durable"));
    ASSERT_TRUE(first.drain());
    append(2);
    ASSERT_TRUE(first.drain());
  }
  append(1);
  auto again = std::make_shared<Recorder>("durable");
  OutboxWorker second(*db_);
  second.add_consumer(again);
  ASSERT_TRUE(second.drain());
  EXPECT_EQ(again->seen.size(), 1u);  // only the event after the stored cursor
}

TEST_F(OutboxWorkerTest, TheThreadDrainsAndTicksUntilStopped) {
  auto recorder = std::make_shared<Recorder>("threaded", true);
  std::atomic<int> ticks{0};
  OutboxWorker worker(*db_, {.poll = std::chrono::milliseconds(5)});
  worker.add_consumer(recorder);
  worker.add_tick([&ticks]() -> Status {
    ++ticks;
    return {};
  });
  append(4);
  worker.start();
  for (int i = 0; i < 400 && ticks.load() < 3; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  worker.stop();
  EXPECT_GE(ticks.load(), 3);
  EXPECT_EQ(recorder->seen.size(), 4u);
  const int after_stop = ticks.load();
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  EXPECT_EQ(ticks.load(), after_stop);
}

}  // namespace
}  // namespace xj::store
