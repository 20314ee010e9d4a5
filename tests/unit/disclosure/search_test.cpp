#include "disclosure/search.h"

#include <gtest/gtest.h>

#include <limits>

namespace xj::disclosure {
namespace {

const core::LegacyCodes& none() { return core::LegacyCodes::none(); }

TEST(SearchQuery, NormalisedUsccIsAnExactCodeQuery) {
  auto q = parse_search_query("　９１４４０３００１９２２０３８２１６ ", none());
  ASSERT_TRUE(q) << q.error().message;
  EXPECT_EQ(q->kind, SearchKind::uscc);
  EXPECT_EQ(q->text, "914403001922038216");

  auto lower = parse_search_query("91440300708461136t", none());
  ASSERT_TRUE(lower);
  EXPECT_EQ(lower->kind, SearchKind::uscc);
  EXPECT_EQ(lower->text, "91440300708461136T");
}

TEST(SearchQuery, CodeWithWrongCheckCharacterIsNameText) {
  auto q = parse_search_query("914403001922038217", none());
  ASSERT_TRUE(q);
  EXPECT_EQ(q->kind, SearchKind::name);
  EXPECT_EQ(q->text, "914403001922038217");
}

TEST(SearchQuery, LengthDecidesThePath) {
  auto two = parse_search_query(" 食品 ", none());
  ASSERT_TRUE(two);
  EXPECT_EQ(two->kind, SearchKind::short_name);
  EXPECT_EQ(two->text, "食品");
  auto three = parse_search_query("食品厂", none());
  ASSERT_TRUE(three);
  EXPECT_EQ(three->kind, SearchKind::name);
  auto ascii = parse_search_query("ab", none());
  ASSERT_TRUE(ascii);
  EXPECT_EQ(ascii->kind, SearchKind::short_name);
}

TEST(SearchQuery, TooShortTooLongOrInvalidIsBadRequest) {
  for (std::string_view raw : {"", "   ", "食", "%", "　食　"}) {
    auto q = parse_search_query(raw, none());
    ASSERT_FALSE(q) << raw;
    EXPECT_EQ(q.error().code, ErrorCode::bad_request);
  }
  std::string hundred;
  for (int i = 0; i < 100; ++i) hundred += "食";
  EXPECT_TRUE(parse_search_query(hundred, none()));
  EXPECT_FALSE(parse_search_query(hundred + "品", none()));
  EXPECT_FALSE(parse_search_query("ab\xE9", none()));  // truncated UTF-8
}

TEST(Utf8Length, CountsCodePoints) {
  EXPECT_EQ(utf8_length(""), 0u);
  EXPECT_EQ(utf8_length("a食😀"), 3u);
  EXPECT_EQ(utf8_length("\xFF"), std::numeric_limits<std::size_t>::max());
  EXPECT_EQ(utf8_length("\xE9\x41\x41"), std::numeric_limits<std::size_t>::max());
}

TEST(LikePatterns, WildcardsAndEscapesAreLiteral) {
  EXPECT_EQ(like_escape("100%_a\\b"), "100\\%\\_a\\\\b");
  EXPECT_EQ(like_contains("5%"), "%5\\%%");
  EXPECT_EQ(like_prefix("a_"), "a\\_%");
  EXPECT_EQ(like_contains("'; DROP TABLE enterprises; --"), "%'; DROP TABLE enterprises; --%");
}

TEST(FtsPhrase, QuotesTheWholeQuery) {
  EXPECT_EQ(fts_phrase("示例食品"), "\"示例食品\"");
  EXPECT_EQ(fts_phrase("a\"b OR c*"), "\"a\"\"b OR c*\"");
}

}  // namespace
}  // namespace xj::disclosure
