// The HTTP/1.1 server: Boost.Beast on Asio, hidden here behind a pimpl (server.cpp is the only
// file in the project that includes Boost).
//
//   App app;
//   XJ_TRY(auto server, Server::start(options, [&app](Request& r) { return app.handle(r); }));
//   server->run();          // blocks until stop(), or SIGTERM/SIGINT with handle_signals
//
// `io_threads` threads run one io_context: they accept, parse and write, with keep-alive. Each
// parsed request becomes a Request (decoded path and query, lower-cased headers, peer address, a
// fresh 16-hex-digit request id) and runs on a pool of `worker_threads` because handlers block on
// the database; when every worker is busy and `queue_capacity` requests already wait, the answer
// is 503. A request whose route has a fast path (router.h FastHandler, given as `fast`) is first
// offered to it on the io thread, saving the two thread hand-offs when it answers from memory.
// Every response carries X-Request-Id; each request is logged in one line (spdlog).
//
// Limits (api.md "Limits"): headers over `header_limit` → 400; a body over 1 MiB, or over
// 256 MiB under /api/v1/imports/, → 413 payload_too_large, decided from the path before the body
// is read. A request must arrive within `read_timeout`; an idle keep-alive connection is closed
// after `idle_timeout`.
//
// Shutdown is graceful: stop accepting, close idle connections, let in-flight requests finish and
// their responses be written (at most `shutdown_timeout`), then stop the threads.
//
// Thread-safety: port() and stop() may be called from any thread except the server's own io and
// worker threads (i.e. not from a handler); run() from one thread, and the Server destroyed only
// after run() has returned.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "core/result.h"
#include "http/router.h"

namespace xj::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;                       // 0: an ephemeral port, see Server::port()
  unsigned io_threads = 0;                         // 0: one per core
  unsigned worker_threads = 0;                     // 0: two per core
  std::size_t queue_capacity = 1024;               // requests waiting for a worker, beyond → 503
  std::size_t header_limit = 16 * 1024;            // bytes of request line and headers
  std::size_t json_body_limit = 1u << 20;          // api.md: JSON bodies up to 1 MiB
  std::size_t import_body_limit = 256u << 20;      // api.md: import bodies up to 256 MiB
  std::chrono::milliseconds read_timeout{30'000};  // to receive one request (and to write one)
  std::chrono::milliseconds idle_timeout{60'000};  // between requests on a keep-alive connection
  std::chrono::milliseconds shutdown_timeout{30'000};  // for in-flight requests in stop()
  bool handle_signals = false;  // SIGTERM/SIGINT → graceful stop, and run() returns
};

class ServerCore;

class Server {
 public:
  // Binds host:port and starts serving on background threads.
  // Fails (bad_request) for a host that does not resolve, (internal) when it cannot listen.
  static Result<std::unique_ptr<Server>> start(ServerOptions options, Handler handler,
                                                FastHandler fast = {});

  // Stops as stop() does.
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // The bound port (the real one when options.port was 0).
  std::uint16_t port() const;

  // Blocks until a stop is requested (stop() or a signal), completes the graceful shutdown, and
  // returns.
  void run();

  // Graceful shutdown as described above; returns when it is complete. Idempotent.
  void stop();

 private:
  explicit Server(std::unique_ptr<ServerCore> core);
  std::unique_ptr<ServerCore> core_;
};

}  // namespace xj::http
