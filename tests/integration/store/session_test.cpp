// Statements on a session: values of every type, placeholders, counts, streaming, errors.
#include <limits>

#include "integration/store/store_test.h"

namespace xj::store {
namespace {

using ::xj::ErrorCode;

TEST_F(StoreTest, EveryValueTypeRoundTrips) {
  const std::string chinese = "湖南省市场监督管理局「信用监管」😀";
  const std::int64_t big = std::numeric_limits<std::int64_t>::max() - 1;  // beyond a double
  ASSERT_TRUE(write([&](Session& s) -> Status {
    XJ_CHECK(s.exec("INSERT INTO items(id, code, qty, price, note) VALUES (?, ?, ?, ?, ?)",
                    {Value{std::int64_t{1}}, Value{chinese}, Value{big}, Value{0.1}, Value{}}));
    XJ_CHECK(s.exec("INSERT INTO items(id, code, qty, price, note) VALUES (?, ?, ?, ?, ?)",
                    {Value{std::int64_t{2}}, Value{std::string("b")}, Value{std::int64_t{-5}},
                     Value{-1.5e300}, Value{std::string("")}}));
    return {};
  }));
  const Rows rows = query("SELECT id, code, qty, price, note FROM items ORDER BY id");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows.columns, (std::vector<std::string>{"id", "code", "qty", "price", "note"}));
  EXPECT_EQ(rows[0].value(0), Value{std::int64_t{1}});
  EXPECT_EQ(rows[0].value(1), Value{chinese});
  EXPECT_EQ(rows[0].value(2), Value{big});
  EXPECT_EQ(rows[0].value(3), Value{0.1});
  EXPECT_EQ(rows[0].value(4), Value{});
  EXPECT_EQ(rows[0].opt_text(4), std::nullopt);
  EXPECT_EQ(rows[1].integer(2), -5);
  EXPECT_EQ(rows[1].real(3), -1.5e300);
  EXPECT_EQ(rows[1].opt_text(4), std::optional<std::string>(""));  // empty text is not NULL
}

TEST_F(StoreTest, ChineseTextMatchesInWhereClauses) {
  ASSERT_TRUE(insert_item(1, "长沙市"));
  ASSERT_TRUE(insert_item(2, "株洲市"));
  const Rows rows = query("SELECT id FROM items WHERE code = ?", {Value{std::string("株洲市")}});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].integer(0), 2);
  EXPECT_EQ(query("SELECT length(code) FROM items WHERE id = 1")[0].integer(0), 3);  // characters
}

TEST_F(StoreTest, QuestionMarkInsideALiteralIsNotAPlaceholder) {
  const Rows rows = query("SELECT '?' AS q, ? AS p, 'a''?' AS r", {Value{std::string("x")}});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].text(0), "?");
  EXPECT_EQ(rows[0].text(1), "x");
  EXPECT_EQ(rows[0].text(2), "a'?");
}

TEST_F(StoreTest, NumericParametersKeepTheirTypeInExpressions) {
  const Rows rows = query("SELECT ? + 1, ? * 2", {Value{std::int64_t{41}}, Value{1.25}});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].value(0), Value{std::int64_t{42}});
  EXPECT_EQ(rows[0].value(1), Value{2.5});
}

TEST_F(StoreTest, ExecReturnsTheChangedRowCount) {
  for (int i = 1; i <= 3; ++i) ASSERT_TRUE(insert_item(i, "c" + std::to_string(i)));
  ASSERT_TRUE(write([](Session& s) -> Status {
    XJ_TRY(std::int64_t updated,
           s.exec("UPDATE items SET qty = 1 WHERE id >= ?", {Value{std::int64_t{2}}}));
    EXPECT_EQ(updated, 2);
    XJ_TRY(std::int64_t created, s.exec("CREATE TABLE other (x INTEGER)"));
    EXPECT_EQ(created, 0);
    XJ_TRY(std::int64_t selected, s.exec("SELECT * FROM items"));
    EXPECT_EQ(selected, 0);
    return {};
  }));
}

TEST_F(StoreTest, InsertReturningGivesTheNewKey) {
  ASSERT_TRUE(write([](Session& s) -> Status {
    XJ_TRY(Rows rows, s.query("INSERT INTO items(id, code) VALUES (?, ?) RETURNING id, code",
                              {Value{std::int64_t{7}}, Value{std::string("r")}}));
    EXPECT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].integer(0), 7);
    EXPECT_EQ(rows[0].text(1), "r");
    return {};
  }));
}

TEST_F(StoreTest, LastInsertIdWorksOnSqliteOnly) {
  ASSERT_TRUE(write([&](Session& s) -> Status {
    XJ_CHECK(s.exec("INSERT INTO items(id, code) VALUES (?, ?)",
                    {Value{std::int64_t{9}}, Value{std::string("x")}}));
    const Result<std::int64_t> id = s.last_insert_id();
    if (db_->dialect() == Dialect::sqlite) {
      EXPECT_EQ(id.value_or(-1), 9);
    } else {
      EXPECT_FALSE(id);
    }
    return {};
  }));
}

TEST_F(StoreTest, EachStreamsRowsAndStopsEarly) {
  ASSERT_TRUE(write([](Session& s) -> Status {
    for (std::int64_t i = 1; i <= 10; ++i) {
      XJ_CHECK(s.exec("INSERT INTO items(id, code) VALUES (?, ?)",
                      {Value{i}, Value{std::to_string(i)}}));
    }
    return {};
  }));
  std::vector<std::int64_t> seen;
  ASSERT_TRUE(db_->read([&](Session& s) -> Status {
    XJ_CHECK(s.each("SELECT id FROM items WHERE id > ? ORDER BY id", {Value{std::int64_t{2}}},
                    [&](const Row& row) {
                      seen.push_back(row.integer(0));
                      return seen.size() < 3;
                    }));
    // The session is still usable after stopping early.
    XJ_TRY(Rows rows, s.query("SELECT count(*) FROM items"));
    EXPECT_EQ(rows[0].integer(0), 10);
    return {};
  }));
  EXPECT_EQ(seen, (std::vector<std::int64_t>{3, 4, 5}));
}

TEST_F(StoreTest, ExecScriptRunsSeveralStatements) {
  ASSERT_TRUE(write([](Session& s) {
    return s.exec_script(
        "INSERT INTO items(id, code) VALUES (1, 'a');\n"
        "INSERT INTO items(id, code) VALUES (2, 'b; still a literal');\n"
        "UPDATE items SET qty = 5;");
  }));
  EXPECT_EQ(query("SELECT sum(qty) FROM items")[0].integer(0), 10);
}

TEST_F(StoreTest, StatementErrorsAreInternalWithTheCause) {
  const Status status = db_->read([](Session& s) -> Status {
    XJ_CHECK(s.query("SELECT nope FROM items"));
    return {};
  });
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, ErrorCode::internal);
  EXPECT_NE(status.error().message.find("nope"), std::string::npos) << status.error().message;
}

TEST_F(StoreTest, WrongParameterCountIsAnError) {
  const Status status = db_->read([](Session& s) -> Status {
    XJ_CHECK(s.query("SELECT ? + ?", {Value{std::int64_t{1}}}));
    return {};
  });
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, ErrorCode::internal);
}

TEST_F(StoreTest, HotStatementsRunRepeatedlyWithFreshParameters) {
  ASSERT_TRUE(write([](Session& s) -> Status {
    for (std::int64_t i = 1; i <= 50; ++i) {
      XJ_CHECK(s.exec(
          "INSERT INTO items(id, code, note) VALUES (?, ?, ?)",
          {Value{i}, Value{"c" + std::to_string(i)}, i % 2 ? Value{} : Value{std::string("n")}}));
    }
    return {};
  }));
  EXPECT_EQ(query("SELECT count(*) FROM items WHERE note IS NULL")[0].integer(0), 25);
  EXPECT_EQ(query("SELECT code FROM items WHERE id = ?", {Value{std::int64_t{50}}})[0].text(0),
            "c50");
}

}  // namespace
}  // namespace xj::store
