#include "http/app.h"

#include <chrono>
#include <exception>

#include "http/errors.h"
#include "http/json.h"

namespace xj::http {

namespace {

constexpr const char* kUnmatched = "unmatched";

Response internal_error(const Request& req, const char* what) {
  return error_response(Error(ErrorCode::internal, std::string("uncaught exception in ") +
                                                       req.method + " " + req.route + ": " + what),
                        req.request_id);
}

}  // namespace

App::App() {
  router_.get("/healthz", Access::open, "", [](Request&) {
    return json_response(200, {{"status", "ok"}});
  });
  router_.get("/metrics", Access::open, "", [this](Request&) {
    return Response::text(200, metrics_.render(), "text/plain; version=0.0.4; charset=utf-8");
  });
}

void App::add_before(BeforeHook hook) { before_.push_back(std::move(hook)); }

Response App::handle(Request& req) {
  auto started = std::chrono::steady_clock::now();
  Match match = router_.match(req.method, req.path);
  req.route = match.route ? match.route->pattern : kUnmatched;
  Response res = dispatch(req, match);
  observe(req, res.status, started);
  return res;
}

std::optional<Response> App::try_fast(Request& req) {
  auto started = std::chrono::steady_clock::now();
  Match match = router_.match(req.method, req.path);
  if (!match.route || !match.route->fast) return std::nullopt;
  req.route = match.route->pattern;
  req.params = match.params;
  std::optional<Response> res;
  try {
    res = match.route->fast(req);
    if (!res) return std::nullopt;
    if (std::optional<Response> early = run_hooks(req, *match.route)) res = std::move(early);
  } catch (const std::exception& e) {
    res = internal_error(req, e.what());
  } catch (...) {
    res = internal_error(req, "unknown exception");
  }
  observe(req, res->status, started);
  return res;
}

std::optional<Response> App::run_hooks(Request& req, const Route& route) {
  for (const BeforeHook& hook : before_) {
    if (std::optional<Response> early = hook(req, route)) return early;
  }
  return std::nullopt;
}

void App::observe(const Request& req, int status, std::chrono::steady_clock::time_point started) {
  std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - started;
  metrics_.observe(req.route, req.method, status, elapsed.count());
}

Response App::dispatch(Request& req, const Match& match) {
  if (!match.route) {
    return match.path_exists ? method_not_allowed(match.allowed) : route_not_found();
  }
  req.params = match.params;
  try {
    if (std::optional<Response> early = run_hooks(req, *match.route)) return std::move(*early);
    return match.route->handler(req);
  } catch (const std::exception& e) {
    return internal_error(req, e.what());
  } catch (...) {
    return internal_error(req, "unknown exception");
  }
}

}  // namespace xj::http
