#include "http/errors.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <utility>

namespace xj::http {
namespace {

using nlohmann::json;

TEST(ErrorResponse, EachCodeHasItsStatusAndTheEnvelope) {
  const std::pair<ErrorCode, int> table[] = {
      {ErrorCode::bad_request, 400},
      {ErrorCode::missing_column, 400},
      {ErrorCode::unauthenticated, 401},
      {ErrorCode::forbidden, 403},
      {ErrorCode::not_found, 404},
      {ErrorCode::conflict, 409},
      {ErrorCode::payload_too_large, 413},
      {ErrorCode::validation_failed, 422},
      {ErrorCode::not_eligible, 422},
      {ErrorCode::seed_mismatch, 422},
      {ErrorCode::insufficient_inspectors, 422},
      {ErrorCode::rate_limited, 429},
  };
  for (const auto& [code, status] : table) {
    Response r = error_response(Error(code, "说明 (explanation)"), "0123456789abcdef");
    EXPECT_EQ(r.status, status) << to_string(code);
    EXPECT_EQ(r.content_type, "application/json; charset=utf-8");
    json expected = {{"error",
                      {{"code", to_string(code)},
                       {"message", "说明 (explanation)"},
                       {"details", json::array()}}}};
    EXPECT_EQ(json::parse(r.body), expected) << to_string(code);
  }
}

TEST(ErrorResponse, CarriesDetails) {
  Error e(ErrorCode::validation_failed, "字段有误",
          {{"uscc", "invalid_uscc", "统一社会信用代码校验位错误"},
           {"name", "missing_field", "缺少名称"}});
  json body = json::parse(error_response(e, "id").body);
  EXPECT_EQ(
      body["error"]["details"],
      json::parse(R"([{"field":"uscc","code":"invalid_uscc","message":"统一社会信用代码校验位错误"},
                            {"field":"name","code":"missing_field","message":"缺少名称"}])"));
}

TEST(ErrorResponse, InternalHidesItsMessageAndNamesTheRequestId) {
  Response r = error_response(Error(ErrorCode::internal, "SELECT * FROM secrets failed"),
                              "00000000deadbeef");
  EXPECT_EQ(r.status, 500);
  json error = json::parse(r.body)["error"];
  EXPECT_EQ(error["code"], "internal");
  EXPECT_EQ(error["details"], json::array());
  std::string message = error["message"];
  EXPECT_NE(message.find("00000000deadbeef"), std::string::npos);
  EXPECT_EQ(r.body.find("SELECT"), std::string::npos);
}

TEST(ErrorResponse, RouteErrorsUseTheSameEnvelope) {
  Response missing = route_not_found();
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(json::parse(missing.body)["error"]["code"], "not_found");
  EXPECT_EQ(json::parse(missing.body)["error"]["details"], json::array());

  Response wrong = method_not_allowed({"GET", "POST"});
  EXPECT_EQ(wrong.status, 405);
  EXPECT_EQ(json::parse(wrong.body)["error"]["code"], "method_not_allowed");
  ASSERT_EQ(wrong.headers.size(), 1u);
  EXPECT_EQ(wrong.headers[0], std::make_pair(std::string("Allow"), std::string("GET, POST")));
}

}  // namespace
}  // namespace xj::http
