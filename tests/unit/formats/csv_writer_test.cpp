#include "formats/csv_writer.h"

#include <gtest/gtest.h>

namespace xj::formats {
namespace {

TEST(CsvWriter, QuotesOnlyWhatRfc4180Requires) {
  std::string out;
  append_csv_line(out, {"长沙湘江食品有限公司", "a,b", "说\"明\"", "two\nlines", ""});
  EXPECT_EQ(out, "长沙湘江食品有限公司,\"a,b\",\"说\"\"明\"\"\",\"two\nlines\",\r\n");
}

TEST(CsvWriter, CarriageReturnIsQuotedToo) {
  std::string out;
  append_csv_field(out, "x\ry");
  EXPECT_EQ(out, "\"x\ry\"");
}

}  // namespace
}  // namespace xj::formats
