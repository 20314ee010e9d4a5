// Transactions: commit, rollback, conflicts, read-only reads, concurrent readers and a writer.
#include <atomic>
#include <stdexcept>
#include <thread>

#include "integration/store/store_test.h"

namespace xj::store {
namespace {

using ::xj::ErrorCode;

TEST_F(StoreTest, WriteCommitsWhenTheCallbackSucceeds) {
  ASSERT_TRUE(insert_item(1, "a"));
  EXPECT_EQ(count("items"), 1);
}

TEST_F(StoreTest, WriteRollsBackWhenTheCallbackFails) {
  const Status status = write([](Session& s) -> Status {
    XJ_CHECK(s.exec("INSERT INTO items(id, code) VALUES (1, 'a')"));
    XJ_CHECK(s.exec("INSERT INTO items(id, code) VALUES (2, 'b')"));
    return fail(ErrorCode::validation_failed, "第二行无效 (row 2 invalid)");
  });
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, ErrorCode::validation_failed);  // the callback's own error
  EXPECT_EQ(count("items"), 0);
}

TEST_F(StoreTest, WriteRollsBackWhenTheCallbackThrows) {
  EXPECT_THROW((void)write([](Session& s) -> Status {
                 XJ_CHECK(s.exec("INSERT INTO items(id, code) VALUES (1, 'a')"));
                 throw std::runtime_error("bug");
               }),
               std::runtime_error);
  ASSERT_TRUE(insert_item(2, "b"));  // the writer is usable again
  EXPECT_EQ(count("items"), 1);
}

TEST_F(StoreTest, UniqueViolationIsAConflict) {
  ASSERT_TRUE(insert_item(1, "a"));
  const Status duplicate_code = insert_item(2, "a");
  ASSERT_FALSE(duplicate_code);
  EXPECT_EQ(duplicate_code.error().code, ErrorCode::conflict);
  const Status duplicate_key = insert_item(1, "b");
  ASSERT_FALSE(duplicate_key);
  EXPECT_EQ(duplicate_key.error().code, ErrorCode::conflict);
  EXPECT_EQ(count("items"), 1);
}

TEST_F(StoreTest, OtherConstraintViolationsAreInternal) {
  const Status status = write([](Session& s) -> Status {
    XJ_CHECK(s.exec("INSERT INTO items(id, code) VALUES (1, NULL)"));
    return {};
  });
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, ErrorCode::internal);
}

// A failed statement ends the transaction on both backends, even when the callback carries on.
TEST_F(StoreTest, AFailedStatementAbortsTheTransaction) {
  const Status status = write([](Session& s) -> Status {
    XJ_CHECK(s.exec("INSERT INTO items(id, code) VALUES (1, 'a')"));
    EXPECT_FALSE(s.exec("INSERT INTO items(id, code) VALUES (2, 'a')"));  // ignored conflict
    EXPECT_FALSE(s.exec("INSERT INTO items(id, code) VALUES (3, 'c')"));
    return {};
  });
  EXPECT_FALSE(status);
  EXPECT_EQ(count("items"), 0);
  ASSERT_TRUE(insert_item(4, "d"));
  EXPECT_EQ(count("items"), 1);
}

TEST_F(StoreTest, ReadTransactionsAreReadOnly) {
  const Status status = db_->read([](Session& s) -> Status {
    XJ_CHECK(s.exec("INSERT INTO items(id, code) VALUES (1, 'a')"));
    return {};
  });
  ASSERT_FALSE(status);
  EXPECT_EQ(count("items"), 0);
}

TEST_F(StoreTest, ClosedDatabaseRefusesWork) {
  db_->close();
  EXPECT_FALSE(insert_item(1, "a"));
  EXPECT_FALSE(db_->read([](Session&) -> Status { return {}; }));
}

// Each write moves an amount between two rows (+k and -k), so every consistent snapshot sums to
// zero and holds an even number of rows; readers check that while the writer works.
TEST_F(StoreTest, ReadersSeeConsistentSnapshotsWhileAWriterWrites) {
  ASSERT_TRUE(write([](Session& s) {
    return s.exec_script("CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount BIGINT NOT NULL)");
  }));
  constexpr int kWrites = 150;
  constexpr int kReaders = 3;
  std::atomic<bool> writing = true;
  std::atomic<int> snapshots = 0;
  std::atomic<int> inconsistent = 0;
  std::vector<std::thread> readers;
  for (int r = 0; r < kReaders; ++r) {
    readers.emplace_back([&] {
      while (writing) {
        const Status status = db_->read([&](Session& s) -> Status {
          XJ_TRY(Rows first, s.query("SELECT count(*), COALESCE(sum(amount), 0) FROM ledger"));
          XJ_TRY(Rows again, s.query("SELECT count(*) FROM ledger"));
          const std::int64_t rows = first[0].integer(0);
          if (first[0].integer(1) != 0 || rows % 2 != 0 || again[0].integer(0) != rows) {
            ++inconsistent;
          }
          ++snapshots;
          return {};
        });
        if (!status) ++inconsistent;
      }
    });
  }
  Status written;
  for (std::int64_t k = 1; k <= kWrites && written; ++k) {
    written = write([&](Session& s) -> Status {
      XJ_CHECK(s.exec("INSERT INTO ledger(id, amount) VALUES (?, ?)", {Value{2 * k}, Value{k}}));
      XJ_CHECK(
          s.exec("INSERT INTO ledger(id, amount) VALUES (?, ?)", {Value{2 * k + 1}, Value{-k}}));
      return {};
    });
  }
  writing = false;
  for (std::thread& t : readers) t.join();
  ASSERT_TRUE(written) << written.error().message;
  EXPECT_EQ(inconsistent, 0);
  EXPECT_GT(snapshots, 0);
  EXPECT_EQ(count("ledger"), 2 * kWrites);
}

TEST_F(StoreTest, ConcurrentWritersAreSerialised) {
  constexpr int kThreads = 4;
  constexpr int kEach = 25;
  std::vector<std::thread> threads;
  std::atomic<int> failures = 0;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        const std::int64_t id = t * kEach + i;
        if (!insert_item(id, "w" + std::to_string(id))) ++failures;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(count("items"), kThreads * kEach);
}

}  // namespace
}  // namespace xj::store
