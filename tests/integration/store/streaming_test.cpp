// A large read streamed row by row with each().
#include "integration/store/store_test.h"

namespace xj::store {
namespace {

TEST_F(StoreTest, EachStreamsALargeResultInOrder) {
  constexpr std::int64_t kRows = 100'000;
  ASSERT_TRUE(write([&](Session& s) -> Status {
    XJ_CHECK(s.exec_script("CREATE TABLE numbers (n BIGINT PRIMARY KEY, label TEXT NOT NULL)"));
    XJ_TRY(std::int64_t inserted,
           s.exec("INSERT INTO numbers(n, label) "
                  "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?) "
                  "SELECT n, '第' || n || '号' FROM seq",
                  {Value{kRows}}));
    EXPECT_EQ(inserted, kRows);
    return {};
  }));
  std::int64_t rows = 0;
  std::int64_t sum = 0;
  bool in_order = true;
  ASSERT_TRUE(db_->read([&](Session& s) {
    return s.each("SELECT n, label FROM numbers ORDER BY n", {}, [&](const Row& row) {
      ++rows;
      sum += row.integer(0);
      in_order =
          in_order && row.integer(0) == rows && row.text(1) == "第" + std::to_string(rows) + "号";
      return true;
    });
  }));
  EXPECT_EQ(rows, kRows);
  EXPECT_EQ(sum, kRows * (kRows + 1) / 2);
  EXPECT_TRUE(in_order);
}

}  // namespace
}  // namespace xj::store
