#include "http/message.h"

#include <gtest/gtest.h>

namespace xj::http {
namespace {

TEST(PercentDecode, DecodesEscapesAndOptionallyPlus) {
  EXPECT_EQ(percent_decode("a%20b", false).value(), "a b");
  EXPECT_EQ(percent_decode("%E4%B8%AD%e6%96%87", false).value(), "中文");
  EXPECT_EQ(percent_decode("a+b", false).value(), "a+b");
  EXPECT_EQ(percent_decode("a+b", true).value(), "a b");
  EXPECT_EQ(percent_decode("%2B", true).value(), "+");
  EXPECT_EQ(percent_decode("", true).value(), "");
}

TEST(PercentDecode, RejectsMalformedEscapes) {
  for (const char* bad : {"%", "%4", "a%zz", "%g0", "x%00y"}) {
    auto r = percent_decode(bad, false);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::bad_request);
  }
}

TEST(DecodeTarget, SplitsPathAndQuery) {
  Request req;
  req.target = "/api/v1/public/search?q=%E9%95%BF%E6%B2%99+%E8%8D%AF&page=2&&flag&q=2";
  ASSERT_TRUE(decode_target(req));
  EXPECT_EQ(req.path, "/api/v1/public/search");
  EXPECT_EQ(req.query_param("q"), "长沙 药");
  EXPECT_EQ(req.query.count("q"), 2u);
  EXPECT_EQ(req.query_param("page"), "2");
  EXPECT_EQ(req.query_param("flag"), "");
  EXPECT_EQ(req.query_param("absent"), std::nullopt);
  EXPECT_EQ(req.query.size(), 4u);
}

TEST(DecodeTarget, DecodesThePathWithoutPlus) {
  Request req;
  req.target = "/a%20b/c+d";
  ASSERT_TRUE(decode_target(req));
  EXPECT_EQ(req.path, "/a b/c+d");
  EXPECT_TRUE(req.query.empty());
}

TEST(DecodeTarget, RejectsBadTargets) {
  for (const char* bad : {"", "*", "http://x/a", "/a%", "/a?b=%zz"}) {
    Request req;
    req.target = bad;
    auto r = decode_target(req);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::bad_request);
  }
}

TEST(Request, Accessors) {
  Request req;
  req.headers["authorization"] = "Bearer t";
  req.params["uscc"] = "X";
  EXPECT_EQ(req.header("authorization"), "Bearer t");
  EXPECT_EQ(req.header("missing"), "");
  EXPECT_EQ(req.param("uscc"), "X");
  EXPECT_EQ(req.param("id"), "");
}

TEST(Response, SetHeaderReplacesCaseInsensitively) {
  Response r = Response::text(201, "hi");
  EXPECT_EQ(r.status, 201);
  EXPECT_EQ(r.content_type, "text/plain; charset=utf-8");
  r.set_header("Retry-After", "1");
  r.set_header("retry-after", "2");
  r.set_header("X-Other", "x");
  ASSERT_EQ(r.headers.size(), 2u);
  EXPECT_EQ(r.headers[0].second, "2");
  EXPECT_EQ(Response::json(200, "{}").content_type, "application/json; charset=utf-8");
}

}  // namespace
}  // namespace xj::http
