#include "http/app.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "http/errors.h"
#include "http/json.h"

namespace xj::http {
namespace {

using nlohmann::json;

Request request(std::string method, std::string target) {
  Request req;
  req.method = std::move(method);
  req.target = std::move(target);
  req.request_id = "00000000000000aa";
  EXPECT_TRUE(decode_target(req));
  return req;
}

std::string error_code(const Response& r) { return json::parse(r.body)["error"]["code"]; }

TEST(App, ServesHealthzAndMetrics) {
  App app;
  Request health = request("GET", "/healthz");
  Response r = app.handle(health);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(json::parse(r.body), json({{"status", "ok"}}));
  Request metrics = request("GET", "/metrics");
  Response m = app.handle(metrics);
  EXPECT_EQ(m.status, 200);
  EXPECT_EQ(m.content_type, "text/plain; version=0.0.4; charset=utf-8");
  EXPECT_NE(m.body.find("route=\"/healthz\",method=\"GET\",status=\"200\"} 1"), std::string::npos);
}

TEST(App, UnknownPathAndWrongMethod) {
  App app;
  Request missing = request("GET", "/nope");
  Response r404 = app.handle(missing);
  EXPECT_EQ(r404.status, 404);
  EXPECT_EQ(error_code(r404), "not_found");
  EXPECT_EQ(missing.route, "unmatched");

  Request wrong = request("DELETE", "/healthz");
  Response r405 = app.handle(wrong);
  EXPECT_EQ(r405.status, 405);
  EXPECT_EQ(error_code(r405), "method_not_allowed");
  EXPECT_NE(app.metrics().render().find("route=\"unmatched\",method=\"DELETE\",status=\"405\"} 1"),
            std::string::npos);
}

TEST(App, SetsParamsAndRouteThenRunsHooksInOrder) {
  App app;
  std::vector<std::string> calls;
  app.router().get("/things/{id}", Access::internal, "thing.read", [&](Request& req) {
    calls.push_back("handler " + req.param("id") + " " + req.route);
    return json_response(200, json::object());
  });
  app.add_before([&](Request& req, const Route& route) -> std::optional<Response> {
    calls.push_back("first " + route.permission + " " + req.param("id"));
    return std::nullopt;
  });
  app.add_before([&](Request&, const Route&) -> std::optional<Response> {
    calls.push_back("second");
    return std::nullopt;
  });
  Request req = request("GET", "/things/42");
  EXPECT_EQ(app.handle(req).status, 200);
  EXPECT_EQ(calls,
            (std::vector<std::string>{"first thing.read 42", "second", "handler 42 /things/{id}"}));
}

TEST(App, AHookCanAnswerInsteadOfTheHandler) {
  App app;
  bool handler_ran = false;
  app.router().get("/private", Access::internal, "x", [&](Request&) {
    handler_ran = true;
    return json_response(200, json::object());
  });
  app.add_before([](Request& req, const Route& route) -> std::optional<Response> {
    if (route.access == Access::open) return std::nullopt;
    return error_response(Error(ErrorCode::unauthenticated, "需要登录 (login required)"),
                          req.request_id);
  });
  Request open = request("GET", "/healthz");
  EXPECT_EQ(app.handle(open).status, 200);
  Request closed = request("GET", "/private");
  Response r = app.handle(closed);
  EXPECT_EQ(r.status, 401);
  EXPECT_EQ(error_code(r), "unauthenticated");
  EXPECT_FALSE(handler_ran);
}

TEST(App, AFastPathAnswersFirstAndTheHooksStillDecide) {
  App app;
  int hooks = 0;
  app.router().get(
      "/records/{id}", [](Request&) { return json_response(200, {{"from", "handler"}}); },
      [](Request& req) -> std::optional<Response> {
        if (req.param("id") == "miss") return std::nullopt;
        return json_response(200, {{"from", "fast"}, {"route", req.route}});
      });
  app.add_before([&](Request& req, const Route&) -> std::optional<Response> {
    ++hooks;
    if (req.header("x-over-limit").empty()) return std::nullopt;
    return error_response(Error(ErrorCode::rate_limited, "请求过于频繁 (slow down)"),
                          req.request_id);
  });
  Request hit = request("GET", "/records/1");
  std::optional<Response> fast = app.try_fast(hit);
  ASSERT_TRUE(fast);
  EXPECT_EQ(json::parse(fast->body), json({{"from", "fast"}, {"route", "/records/{id}"}}));
  EXPECT_EQ(hooks, 1);

  Request limited = request("GET", "/records/2");
  limited.headers["x-over-limit"] = "1";
  std::optional<Response> refused = app.try_fast(limited);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 429);

  // Declined: no hook has run, so handle() runs them once, then the handler.
  Request miss = request("GET", "/records/miss");
  EXPECT_FALSE(app.try_fast(miss));
  EXPECT_EQ(hooks, 2);
  EXPECT_EQ(json::parse(app.handle(miss).body)["from"], "handler");
  EXPECT_EQ(hooks, 3);

  Request other = request("GET", "/healthz");  // no fast path
  EXPECT_FALSE(app.try_fast(other));
  EXPECT_NE(app.metrics().render().find("route=\"/records/{id}\",method=\"GET\",status=\"429\"} 1"),
            std::string::npos);
}

TEST(App, ExceptionsBecomeInternalErrorsWithoutTheirText) {
  App app;
  app.router().get("/boom", Access::open, "",
                   [](Request&) -> Response { throw std::runtime_error("password=hunter2"); });
  app.router().get("/odd", Access::open, "", [](Request&) -> Response { throw 42; });
  for (const char* path : {"/boom", "/odd"}) {
    Request req = request("GET", path);
    Response r = app.handle(req);
    EXPECT_EQ(r.status, 500);
    EXPECT_EQ(error_code(r), "internal");
    EXPECT_EQ(r.body.find("hunter2"), std::string::npos);
    EXPECT_NE(r.body.find("00000000000000aa"), std::string::npos);
  }
  EXPECT_NE(app.metrics().render().find("route=\"/boom\",method=\"GET\",status=\"500\"} 1"),
            std::string::npos);
}

}  // namespace
}  // namespace xj::http
