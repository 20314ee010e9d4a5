#include <gtest/gtest.h>

#include <stdexcept>

#include "store/database.h"

namespace xj::store {
namespace {

TEST(Row, ReadsEachValueTypeAsItself) {
  const Row row({Value{}, Value{std::int64_t{42}}, Value{2.5}, Value{std::string("信监")}});
  EXPECT_TRUE(row.is_null(0));
  EXPECT_FALSE(row.is_null(1));
  EXPECT_EQ(row.integer(1), 42);
  EXPECT_DOUBLE_EQ(row.real(2), 2.5);
  EXPECT_EQ(row.text(3), "信监");
}

TEST(Row, NullReadsAsEmptyOrZeroOrNullopt) {
  const Row row({Value{}});
  EXPECT_EQ(row.text(0), "");
  EXPECT_EQ(row.opt_text(0), std::nullopt);
  EXPECT_EQ(row.integer(0), 0);
  EXPECT_EQ(row.opt_integer(0), std::nullopt);
  EXPECT_EQ(row.real(0), 0.0);
}

TEST(Row, ConvertsBetweenNumbersAndText) {
  const Row row({Value{std::string("-9007199254740993")}, Value{std::string("0.1")},
                 Value{std::int64_t{7}}, Value{0.1}, Value{std::string("12.0")}});
  EXPECT_EQ(row.integer(0), -9007199254740993);
  EXPECT_DOUBLE_EQ(row.real(1), 0.1);
  EXPECT_EQ(row.text(2), "7");
  EXPECT_EQ(row.text(3), "0.1");  // shortest form that reads back exactly
  EXPECT_DOUBLE_EQ(row.real(2), 7.0);
  EXPECT_EQ(row.integer(4), 12);
}

TEST(Row, ReadingTextAsANumberIsABug) {
  const Row row({Value{std::string("abc")}});
  EXPECT_THROW((void)row.integer(0), std::logic_error);
  EXPECT_THROW((void)row.real(0), std::logic_error);
  EXPECT_THROW((void)row.text(1), std::out_of_range);
}

TEST(NullOr, MapsEmptyOptionalsToNull) {
  EXPECT_EQ(null_or(std::optional<std::string>()), Value{});
  EXPECT_EQ(null_or(std::optional<std::string>("x")), Value{std::string("x")});
  EXPECT_EQ(null_or(std::optional<std::int64_t>()), Value{});
  EXPECT_EQ(null_or(std::optional<std::int64_t>(5)), Value{std::int64_t{5}});
}

}  // namespace
}  // namespace xj::store
