#include "http/json.h"

#include <gtest/gtest.h>

namespace xj::http {
namespace {

using nlohmann::json;

TEST(ParseJson, AcceptsValuesAndObjects) {
  EXPECT_EQ(parse_json("[1,2]").value(), json({1, 2}));
  EXPECT_EQ(parse_json_object(R"({"name":"长沙"})").value()["name"], "长沙");
}

TEST(ParseJson, MalformedOrNonObjectIsBadRequest) {
  for (const char* bad : {"", "{", "{\"a\":}", "nul"}) {
    auto r = parse_json(bad);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::bad_request);
  }
  for (const char* not_object : {"[]", "1", "\"x\"", "null"}) {
    auto r = parse_json_object(not_object);
    ASSERT_FALSE(r) << not_object;
    EXPECT_EQ(r.error().code, ErrorCode::bad_request);
  }
}

TEST(JsonResponse, SerialisesUtf8AndSurvivesInvalidBytes) {
  Response r = json_response(201, {{"name", "信监"}});
  EXPECT_EQ(r.status, 201);
  EXPECT_EQ(r.body, R"({"name":"信监"})");
  EXPECT_EQ(r.content_type, "application/json; charset=utf-8");
  Response bad = json_response(200, {{"x", std::string("\xff")}});
  EXPECT_EQ(bad.status, 200);
  EXPECT_TRUE(json::accept(bad.body));
}

Request with_query(std::string target) {
  Request req;
  req.target = std::move(target);
  EXPECT_TRUE(decode_target(req));
  return req;
}

TEST(Page, DefaultsAndExplicitValues) {
  Page def = parse_page(with_query("/x")).value();
  EXPECT_EQ(def.page, 1);
  EXPECT_EQ(def.page_size, 20);
  EXPECT_EQ(def.offset(), 0);
  Page p = parse_page(with_query("/x?page=3&page_size=200")).value();
  EXPECT_EQ(p.page, 3);
  EXPECT_EQ(p.page_size, 200);
  EXPECT_EQ(p.offset(), 400);
}

TEST(Page, OutOfRangeOrNonNumericIsBadRequest) {
  for (const char* bad : {"/x?page=0", "/x?page=-1", "/x?page=a", "/x?page=", "/x?page_size=201",
                          "/x?page_size=0", "/x?page_size=20x", "/x?page=99999999999"}) {
    auto r = parse_page(with_query(bad));
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::bad_request);
  }
}

TEST(ListEnvelope, HasTheFourFields) {
  Page p = parse_page(with_query("/x?page=2&page_size=5")).value();
  EXPECT_EQ(list_envelope(json::array({1, 2}), 7, p),
            json({{"items", {1, 2}}, {"total", 7}, {"page", 2}, {"page_size", 5}}));
}

}  // namespace
}  // namespace xj::http
