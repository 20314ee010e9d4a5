// The application behind the server: the router, the metrics and the "before" hooks, put
// together into one entry point, handle(), that the server calls on a worker thread.
//
//   App app;                                   // has GET /healthz and GET /metrics already
//   app.router().get("/api/v1/x", Access::internal, "x.read", handler);
//   app.add_before(auth_hook);                 // runs after routing, before the handler
//   Server::start(options, [&app](Request& r) { return app.handle(r); });
//
// handle(): no route → 404 not_found, another method → 405 method_not_allowed (api.md envelope);
// then each hook in order — the first that returns a Response ends the request with it; then the
// handler. An exception from a hook or handler becomes a 500 `internal` whose body names the
// request id and never the exception text (that goes to the log). Every request is counted in
// metrics() under its route pattern, or "unmatched".
//
// try_fast(): the same for a route with a fast path (router.h FastHandler), on the server's io
// thread: nullopt when there is none or it declines, and the server then calls handle() on a
// worker. The fast answer is computed first and the hooks run only when there is one, so a
// declined request passes the hooks once (hooks must not block for open routes).
//
// Configure (router(), add_before()) before serving; handle() and try_fast() are then
// thread-safe.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

#include "http/message.h"
#include "http/metrics.h"
#include "http/router.h"

namespace xj::http {

// Returns a Response to answer the request without running the handler (401, 403, 429, ...),
// or nullopt to continue. May read and annotate the request.
using BeforeHook = std::function<std::optional<Response>(Request&, const Route&)>;

class App {
 public:
  App();

  Router& router() { return router_; }
  Metrics& metrics() { return metrics_; }
  void add_before(BeforeHook hook);

  // Routes, runs the hooks and the handler; never throws.
  Response handle(Request& req);
  // The fast path, if the route has one and it answers; never throws.
  std::optional<Response> try_fast(Request& req);

 private:
  Response dispatch(Request& req, const Match& match);
  std::optional<Response> run_hooks(Request& req, const Route& route);
  void observe(const Request& req, int status, std::chrono::steady_clock::time_point started);

  Router router_;
  Metrics metrics_;
  std::vector<BeforeHook> before_;
};

}  // namespace xj::http
