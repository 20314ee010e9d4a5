// A real http::Server for integration tests: 127.0.0.1, an ephemeral port, one I/O thread and
// two workers, run() on a background thread until stop() or destruction (graceful stop + join).
//
//   TestServer server;
//   ASSERT_TRUE(server.start([&](http::Request& r) { return app.handle(r); }));
//   TestClient client(server.port());
#pragma once

#include <cstdint>
#include <memory>
#include <thread>

#include "core/result.h"
#include "http/router.h"
#include "http/server.h"

namespace xj::testing {

class TestServer {
 public:
  TestServer() = default;
  ~TestServer() { stop(); }
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;

  // Starts serving `handler` (and the fast path `fast`, as `xinjian serve` does); the error of
  // Server::start otherwise.
  Status start(http::Handler handler, http::FastHandler fast = {});
  // Graceful stop; idempotent.
  void stop();
  bool running() const { return server_ != nullptr; }
  std::uint16_t port() const { return server_->port(); }

 private:
  std::unique_ptr<http::Server> server_;
  std::thread runner_;
};

}  // namespace xj::testing
