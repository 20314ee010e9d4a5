// The real server on 127.0.0.1, an ephemeral port, exercised by a real client.
#include "http/server.h"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <future>
#include <nlohmann/json.hpp>
#include <thread>

#include "http/app.h"
#include "http/json.h"
#include "support/http_client.h"

namespace xj::http {
namespace {

using nlohmann::json;
using testing::ClientRequest;
using testing::ClientResponse;
using testing::TestClient;

ServerOptions test_options() {
  ServerOptions o;
  o.host = "127.0.0.1";
  o.port = 0;
  o.io_threads = 2;
  o.worker_threads = 2;
  o.shutdown_timeout = std::chrono::seconds(20);
  return o;
}

// A started server whose run() blocks on a thread of its own.
class Running {
 public:
  explicit Running(App& app, ServerOptions options = test_options()) {
    auto started = Server::start(
        std::move(options), [&app](Request& r) { return app.handle(r); },
        [&app](Request& r) { return app.try_fast(r); });
    if (!started) throw std::runtime_error(started.error().message);
    server_ = std::move(*started);
    runner_ = std::thread([this] {
      server_->run();
      returned_.set_value();
    });
  }
  ~Running() { stop(); }

  std::uint16_t port() const { return server_->port(); }
  void stop() {
    server_->stop();
    if (runner_.joinable()) runner_.join();
  }
  // Whether run() returns within the timeout.
  bool run_returned(std::chrono::seconds timeout) {
    return run_done_.wait_for(timeout) == std::future_status::ready;
  }

 private:
  std::unique_ptr<Server> server_;
  std::promise<void> returned_;
  std::future<void> run_done_ = returned_.get_future();
  std::thread runner_;
};

json error_of(const ClientResponse& r) { return json::parse(r.body).at("error"); }

TEST(Server, HealthzAnswersWithARequestId) {
  App app;
  Running server(app);
  TestClient client(server.port());
  ClientResponse r = client.get("/healthz");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(json::parse(r.body), json({{"status", "ok"}}));
  EXPECT_EQ(r.header("content-type"), "application/json; charset=utf-8");
  std::string id = r.header("x-request-id");
  ASSERT_EQ(id.size(), 16u);
  EXPECT_EQ(id.find_first_not_of("0123456789abcdef"), std::string::npos);
}

TEST(Server, UnknownRouteIs404AndWrongMethodIs405) {
  App app;
  Running server(app);
  TestClient client(server.port());
  ClientResponse missing = client.get("/api/v1/nothing-here");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(error_of(missing)["code"], "not_found");
  EXPECT_EQ(error_of(missing)["details"], json::array());

  ClientResponse wrong = client.send({"POST", "/healthz", "{}", {}, false});
  EXPECT_EQ(wrong.status, 405);
  EXPECT_EQ(error_of(wrong)["code"], "method_not_allowed");
  EXPECT_EQ(wrong.header("allow"), "GET");
  EXPECT_FALSE(wrong.header("x-request-id").empty());
}

TEST(Server, KeepsTheConnectionAliveAcrossRequests) {
  App app;
  Running server(app);
  TestClient client(server.port());
  ClientResponse first = client.get("/healthz");
  ClientResponse second = client.get("/healthz");
  EXPECT_EQ(first.status, 200);
  EXPECT_TRUE(first.keep_alive);
  EXPECT_EQ(second.status, 200);
  EXPECT_NE(first.header("x-request-id"), second.header("x-request-id"));
}

TEST(Server, PassesDecodedPathQueryHeadersAndPeer) {
  App app;
  app.router().get("/echo/{word}", Access::open, "", [](Request& req) {
    json q = json::array();
    auto [from, to] = req.query.equal_range("q");
    for (auto it = from; it != to; ++it) q.push_back(it->second);
    return json_response(200, {{"path", req.path},
                               {"word", req.param("word")},
                               {"q", q},
                               {"test", req.header("x-test")},
                               {"remote", req.remote_address},
                               {"id", req.request_id},
                               {"route", req.route}});
  });
  Running server(app);
  TestClient client(server.port());
  ClientResponse r =
      client.send({"GET", "/echo/%E4%B8%AD?q=a+b&q=%E4%B8%AD%2B", "", {{"X-Test", "yes"}}, false});
  ASSERT_EQ(r.status, 200) << r.body;
  json body = json::parse(r.body);
  EXPECT_EQ(body["path"], "/echo/中");
  EXPECT_EQ(body["word"], "中");
  EXPECT_EQ(body["q"], json({"a b", "中+"}));
  EXPECT_EQ(body["test"], "yes");
  EXPECT_EQ(body["remote"], "127.0.0.1");
  EXPECT_EQ(body["id"], r.header("x-request-id"));
  EXPECT_EQ(body["route"], "/echo/{word}");

  ClientResponse bad = client.get("/echo/%zz");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(error_of(bad)["code"], "bad_request");
}

class BodyLimits : public ::testing::Test {
 protected:
  BodyLimits() {
    auto size = [](Request& req) { return json_response(200, {{"bytes", req.body.size()}}); };
    app_.router().post("/api/v1/echo", Access::open, "", size);
    app_.router().post("/api/v1/imports/{kind}", Access::open, "", size);
  }
  App app_;
  Running server_{app_};
  const std::string two_mib_ = std::string(2u << 20, 'x');
};

TEST_F(BodyLimits, JsonBodyOverOneMiBIs413) {
  TestClient client(server_.port());
  ClientResponse r = client.send({"POST", "/api/v1/echo", two_mib_, {}, false});
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(error_of(r)["code"], "payload_too_large");
  EXPECT_FALSE(r.keep_alive);
}

TEST_F(BodyLimits, ChunkedBodyOverTheLimitIs413) {
  TestClient client(server_.port());
  ClientResponse r = client.send({"POST", "/api/v1/echo", two_mib_, {}, true});
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(error_of(r)["code"], "payload_too_large");
}

TEST_F(BodyLimits, ImportPathAcceptsTwoMiB) {
  TestClient client(server_.port());
  ClientResponse r = client.send({"POST", "/api/v1/imports/licences", two_mib_, {}, false});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["bytes"], two_mib_.size());
  EXPECT_EQ(client.send({"POST", "/api/v1/echo", "{}", {}, false}).status, 200);  // still open
}

TEST_F(BodyLimits, ImportBodyOver256MiBIs413) {
  TestClient client(server_.port());
  client.send_raw(
      "POST /api/v1/imports/licences HTTP/1.1\r\nHost: a\r\n"
      "Content-Length: 268435457\r\n\r\nsome of the body");
  ClientResponse r = client.read_response();
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(error_of(r)["code"], "payload_too_large");
}

TEST_F(BodyLimits, ExpectContinueIsAnsweredBeforeTheBody) {
  TestClient client(server_.port());
  client.send_raw(
      "POST /api/v1/imports/licences HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n"
      "Expect: 100-continue\r\n\r\n");
  EXPECT_EQ(client.read_response().status, 100);
  client.send_raw("hello");
  ClientResponse r = client.read_response();
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(json::parse(r.body)["bytes"], 5);

  TestClient refused(server_.port());
  refused.send_raw(
      "POST /api/v1/echo HTTP/1.1\r\nHost: a\r\nContent-Length: 2000000\r\n"
      "Expect: 100-continue\r\n\r\n");
  EXPECT_EQ(refused.read_response().status, 413);
}

TEST(Server, OversizedHeadersAre400) {
  App app;
  Running server(app);
  TestClient client(server.port());
  ClientResponse r =
      client.send({"GET", "/healthz", "", {{"X-Big", std::string(20 * 1024, 'a')}}, false});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(error_of(r)["code"], "bad_request");
}

TEST(Server, ThrowingHandlerIs500WithoutTheExceptionText) {
  App app;
  app.router().get("/boom", Access::open, "",
                   [](Request&) -> Response { throw std::runtime_error("secret SQL text"); });
  Running server(app);
  TestClient client(server.port());
  ClientResponse r = client.get("/boom");
  EXPECT_EQ(r.status, 500);
  json error = error_of(r);
  EXPECT_EQ(error["code"], "internal");
  std::string message = error["message"];
  EXPECT_NE(message.find(r.header("x-request-id")), std::string::npos);
  EXPECT_EQ(r.body.find("secret"), std::string::npos);
  EXPECT_EQ(client.get("/healthz").status, 200);  // the connection and server survive
}

TEST(Server, MetricsCountRequestsByRoutePattern) {
  App app;
  app.router().get("/things/{id}", Access::open, "",
                   [](Request&) { return json_response(200, json::object()); });
  Running server(app);
  TestClient client(server.port());
  client.get("/things/1");
  client.get("/things/2");
  client.get("/nope");
  ClientResponse r = client.get("/metrics");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.header("content-type"), "text/plain; version=0.0.4; charset=utf-8");
  EXPECT_NE(r.body.find("xinjian_http_requests_total{route=\"/things/{id}\",method=\"GET\","
                        "status=\"200\"} 2\n"),
            std::string::npos)
      << r.body;
  EXPECT_NE(r.body.find("xinjian_http_requests_total{route=\"unmatched\",method=\"GET\","
                        "status=\"404\"} 1\n"),
            std::string::npos);
  EXPECT_NE(r.body.find("xinjian_http_request_duration_seconds_count{route=\"/things/{id}\"} 2\n"),
            std::string::npos);
}

// With the one worker blocked and no queue, a request for the pool is refused with 503, while a
// fast path (router.h FastHandler) still answers on the io thread.
TEST(Server, BusyWorkersAnswer503ButAFastPathStillAnswers) {
  App app;
  std::promise<void> entered;
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  app.router().get("/block", Access::open, "", [&](Request&) {
    entered.set_value();
    released.wait();
    return json_response(200, json::object());
  });
  app.router().get(
      "/cached/{key}", [](Request&) { return json_response(200, {{"from", "worker"}}); },
      [](Request& req) -> std::optional<Response> {
        if (req.param("key") != "hot") return std::nullopt;
        return json_response(200, {{"from", "io"}});
      });
  ServerOptions options = test_options();
  options.worker_threads = 1;
  options.queue_capacity = 0;
  Running server(app, options);
  std::uint16_t port = server.port();
  auto blocked = std::async(std::launch::async, [port] { return TestClient(port).get("/block"); });
  entered.get_future().wait();
  TestClient client(port);
  ClientResponse busy = client.get("/healthz");
  ClientResponse hot = TestClient(port).get("/cached/hot");
  ClientResponse cold = TestClient(port).get("/cached/cold");  // declined: needs the busy worker
  release.set_value();
  EXPECT_EQ(busy.status, 503);
  EXPECT_EQ(error_of(busy)["code"], "unavailable");
  EXPECT_EQ(busy.header("retry-after"), "1");
  EXPECT_EQ(hot.status, 200);
  EXPECT_EQ(json::parse(hot.body)["from"], "io");
  EXPECT_FALSE(hot.header("x-request-id").empty());
  EXPECT_EQ(cold.status, 503);
  EXPECT_EQ(blocked.get().status, 200);
  EXPECT_EQ(json::parse(TestClient(port).get("/cached/cold").body)["from"], "worker");
}

TEST(Server, ClosesConnectionsThatSendNothing) {
  App app;
  ServerOptions options = test_options();
  options.read_timeout = std::chrono::milliseconds(200);
  options.idle_timeout = std::chrono::milliseconds(200);
  Running server(app, options);
  TestClient silent(server.port());
  EXPECT_TRUE(silent.closed_by_server());
  TestClient idle(server.port());
  EXPECT_EQ(idle.get("/healthz").status, 200);
  EXPECT_TRUE(idle.closed_by_server());
}

TEST(Server, StopFinishesInFlightRequestsThenRunReturns) {
  App app;
  std::promise<void> entered;
  app.router().get("/slow", Access::open, "", [&](Request&) {
    entered.set_value();
    std::this_thread::sleep_for(std::chrono::seconds(1));  // the deliberately slow handler
    return json_response(200, {{"done", true}});
  });
  Running server(app);
  std::uint16_t port = server.port();
  TestClient idle(port);
  ASSERT_EQ(idle.get("/healthz").status, 200);
  auto slow = std::async(std::launch::async, [port] { return TestClient(port).get("/slow"); });
  entered.get_future().wait();

  auto before = std::chrono::steady_clock::now();
  server.stop();
  // The idle keep-alive connection did not hold the stop until the 20 s deadline.
  EXPECT_LT(std::chrono::steady_clock::now() - before, std::chrono::seconds(10));
  ClientResponse r = slow.get();
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(json::parse(r.body)["done"], true);
  EXPECT_FALSE(r.keep_alive);
  EXPECT_TRUE(server.run_returned(std::chrono::seconds(0)));
  EXPECT_TRUE(idle.closed_by_server());
  EXPECT_THROW(TestClient{port}, std::runtime_error);  // no longer accepting
}

TEST(Server, SigtermStopsAServerThatHandlesSignals) {
  App app;
  ServerOptions options = test_options();
  options.handle_signals = true;
  Running server(app, options);
  ASSERT_EQ(TestClient(server.port()).get("/healthz").status, 200);
  std::raise(SIGTERM);
  EXPECT_TRUE(server.run_returned(std::chrono::seconds(10)));
}

TEST(Server, ReportsAPortInUse) {
  App app;
  Running first(app);
  ServerOptions options = test_options();
  options.port = first.port();
  auto second = Server::start(options, [&app](Request& r) { return app.handle(r); });
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().code, ErrorCode::internal);
}

}  // namespace
}  // namespace xj::http

namespace xj::http {
namespace {

// A body of `lines` numbered lines, produced in small pieces.
Status numbered_lines(BodySink& sink, int lines) {
  for (int i = 0; i < lines; ++i) {
    if (!sink.write("line " + std::to_string(i) + "\n")) return {};
  }
  return {};
}

std::string expected_lines(int lines) {
  std::string out;
  for (int i = 0; i < lines; ++i) out += "line " + std::to_string(i) + "\n";
  return out;
}

TEST(ServerStreaming, StreamsAChunkedBodyAndKeepsTheConnection) {
  App app;
  app.router().get("/stream", Access::open, "", [](Request&) {
    Response res;
    res.content_type = "text/csv; charset=utf-8";
    res.stream = [](BodySink& sink) { return numbered_lines(sink, 100'000); };  // ~1.1 MB
    return res;
  });
  Running server(app);
  TestClient client(server.port());
  ClientResponse r = client.get("/stream");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.header("transfer-encoding"), "chunked");
  EXPECT_EQ(r.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_EQ(r.body, expected_lines(100'000));
  EXPECT_TRUE(r.keep_alive);
  EXPECT_EQ(client.get("/healthz").status, 200);  // the same connection goes on
}

TEST(ServerStreaming, AnErrorAfterTheHeadTruncatesTheTransfer) {
  App app;
  app.router().get("/broken", Access::open, "", [](Request&) {
    Response res;
    res.stream = [](BodySink& sink) -> Status {
      XJ_CHECK(numbered_lines(sink, 20'000));
      return fail(ErrorCode::internal, "database went away");
    };
    return res;
  });
  Running server(app);
  TestClient client(server.port());
  // No final chunk: the client cannot mistake the truncated body for a whole one.
  EXPECT_THROW(client.get("/broken"), std::runtime_error);
}

}  // namespace
}  // namespace xj::http
