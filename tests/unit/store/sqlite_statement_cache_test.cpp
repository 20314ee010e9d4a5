#include "store/sqlite_statement_cache.h"

#include <gtest/gtest.h>

namespace xj::store {
namespace {

class StatementCacheTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_EQ(sqlite3_open(":memory:", &db_), SQLITE_OK); }
  void TearDown() override { sqlite3_close_v2(db_); }
  sqlite3* db_ = nullptr;
};

TEST_F(StatementCacheTest, ReusesTheStatementForTheSameText) {
  StatementCache cache(db_);
  sqlite3_stmt* first = nullptr;
  {
    auto handle = cache.acquire("SELECT ?");
    ASSERT_TRUE(handle);
    first = handle->get();
    sqlite3_bind_int(first, 1, 7);
  }
  auto again = cache.acquire("SELECT ?");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->get(), first);
  ASSERT_EQ(sqlite3_step(again->get()), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_type(again->get(), 0), SQLITE_NULL);  // bindings were cleared
}

TEST_F(StatementCacheTest, LendsAFreshStatementWhileTheCachedOneIsInUse) {
  StatementCache cache(db_);
  auto outer = cache.acquire("SELECT 1");
  auto inner = cache.acquire("SELECT 1");
  ASSERT_TRUE(outer && inner);
  EXPECT_NE(outer->get(), inner->get());
}

TEST_F(StatementCacheTest, RejectsSeveralStatementsAndSyntaxErrors) {
  StatementCache cache(db_);
  EXPECT_FALSE(cache.acquire("SELECT 1; SELECT 2"));
  EXPECT_FALSE(cache.acquire("SELEC 1"));
  EXPECT_TRUE(cache.acquire("SELECT 1;  "));
}

TEST_F(StatementCacheTest, StaysUsableBeyondItsCapacity) {
  StatementCache cache(db_);
  auto held = cache.acquire("SELECT 0");
  ASSERT_TRUE(held);
  for (int i = 1; i <= 600; ++i) {
    auto handle = cache.acquire("SELECT " + std::to_string(i));
    ASSERT_TRUE(handle);
    ASSERT_EQ(sqlite3_step(handle->get()), SQLITE_ROW);
    ASSERT_EQ(sqlite3_column_int(handle->get(), 0), i);
  }
  ASSERT_EQ(sqlite3_step(held->get()), SQLITE_ROW);  // a lent statement survives eviction
  EXPECT_EQ(sqlite3_column_int(held->get(), 0), 0);
}

}  // namespace
}  // namespace xj::store
