// Change feed cursors and limits: round trips, one spelling per position, and every malformed
// form refused as bad_request.
#include "disclosure/change_feed.h"

#include <gtest/gtest.h>

#include <limits>

namespace xj::disclosure {
namespace {

TEST(ChangeCursor, RoundTrips) {
  for (std::int64_t id : {std::int64_t{0}, std::int64_t{1}, std::int64_t{255},
                          std::int64_t{1'000'000'007}, std::numeric_limits<std::int64_t>::max()}) {
    auto back = decode_cursor(encode_cursor(id));
    ASSERT_TRUE(back) << id;
    EXPECT_EQ(*back, id);
  }
  EXPECT_EQ(encode_cursor(0), "c0");
  EXPECT_EQ(encode_cursor(255), "cff");
}

TEST(ChangeCursor, MalformedRefused) {
  for (const char* bad : {"", "c", "0", "ff", "cFF", "c0f", "c-1", "c 1", "x1", "c1g",
                          "c8000000000000000", "c10000000000000000", "c1;DROP TABLE outbox"}) {
    auto id = decode_cursor(bad);
    ASSERT_FALSE(id) << bad;
    EXPECT_EQ(id.error().code, ErrorCode::bad_request) << bad;
  }
}

TEST(ChangeLimit, DefaultAndBounds) {
  EXPECT_EQ(*parse_change_limit(std::nullopt), 100);
  EXPECT_EQ(*parse_change_limit("1"), 1);
  EXPECT_EQ(*parse_change_limit("1000"), 1000);
  for (const char* bad : {"0", "1001", "-5", "", "10x", "1e3"}) {
    auto limit = parse_change_limit(std::string(bad));
    ASSERT_FALSE(limit) << bad;
    EXPECT_EQ(limit.error().code, ErrorCode::bad_request) << bad;
  }
}

TEST(ChangeKind, Spelling) {
  EXPECT_EQ(to_string(Change::added), "added");
  EXPECT_EQ(to_string(Change::changed), "changed");
}

}  // namespace
}  // namespace xj::disclosure
