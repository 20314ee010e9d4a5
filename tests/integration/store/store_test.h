// The fixture of the storage suite: a fresh database of the backend under test (XJ_TEST_DB)
// with a small table of every column type, and helpers to run one statement in a transaction.
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "store/database.h"
#include "support/test_db.h"

namespace xj::store {

// items: one column per Value type; `code` is unique.
inline constexpr std::string_view kItemsTable =
    "CREATE TABLE items (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, qty BIGINT, "
    "price DOUBLE PRECISION, note TEXT)";

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = testing::fresh_database();
    ASSERT_TRUE(write([](Session& s) { return s.exec_script(kItemsTable); }));
  }

  Status write(const std::function<Status(Session&)>& fn) { return db_->write(fn); }

  // Runs one query in a read transaction; fails the test on error.
  Rows query(std::string_view sql, const Params& params = {}) {
    Rows rows;
    const Status status = db_->read([&](Session& s) -> Status {
      XJ_TRY(rows, s.query(sql, params));
      return {};
    });
    EXPECT_TRUE(status) << status.error().message;
    return rows;
  }

  std::int64_t count(std::string_view table) {
    const Rows rows = query("SELECT count(*) FROM " + std::string(table));
    return rows.empty() ? -1 : rows[0].integer(0);
  }

  // Inserts one item in its own transaction.
  Status insert_item(std::int64_t id, const std::string& code) {
    return write([&](Session& s) -> Status {
      XJ_CHECK(s.exec("INSERT INTO items(id, code) VALUES (?, ?)", {Value{id}, Value{code}}));
      return {};
    });
  }

  std::unique_ptr<Database> db_;
};

}  // namespace xj::store
