// The whole HTTP API wired on one App: every capability's routes, the public record cache and
// the security hook (authentication, permissions, rate limits). `xinjian serve` runs it; tests
// build it to check properties of every route (permissions, the OpenAPI file).
//
//   XJ_TRY(auto api, Api::create(db, options));   // ApiOptions: clock, legacy, security, …
//   Server::start(options, [&](Request& r) { return api->handle(r); },
//                 [&](Request& r) { return api->try_fast(r); });   // app.h try_fast()
//
// create() fails (internal) when a route names a permission missing from the permission table
// (auth/permissions.cpp), so no route can be served without one. `db` must outlive the Api.
// handle() and try_fast() are thread-safe.
//
// Background work (architecture.md "React"): the capabilities register outbox consumers and
// periodic ticks with outbox(); start_background() starts its thread (`xinjian serve` does; tests
// may instead call outbox().drain() to run one pass synchronously). The destructor stops it.
//
// Audit (issue 3): every successful internal write (POST, PUT, DELETE answered 2xx) and every
// successful read of an enterprise's non-public records appends an audit entry naming the
// actor, the route, the enterprise and record, the request id and an SM3 digest of the request
// and response bodies. It is appended right after the handler's own transaction; a failure to
// append is logged as an error (the write has already been committed).
#pragma once

#include <filesystem>
#include <memory>

#include "core/clock.h"
#include "core/config_dir.h"
#include "core/uscc_legacy.h"
#include "http/app.h"
#include "http/security_hook.h"
#include "store/database.h"
#include "store/outbox_worker.h"

namespace xj::http {

struct ApiOptions {
  core::Clock clock = core::Clock::real();
  core::LegacyCodes legacy;
  SecurityOptions security;
  std::filesystem::path config_dir = core::config_dir();  // models/, holidays/
  store::OutboxWorkerOptions outbox;
};

class Api {
 public:
  static Result<std::unique_ptr<Api>> create(store::Database& db, ApiOptions options);
  ~Api();
  Api(const Api&) = delete;
  Api& operator=(const Api&) = delete;

  App& app() { return app_; }
  Response handle(Request& req);
  // The fast path of open routes (never audited: public reads are not).
  std::optional<Response> try_fast(Request& req) { return app_.try_fast(req); }
  store::OutboxWorker& outbox() { return *outbox_; }
  void start_background();

 private:
  Api(store::Database& db, ApiOptions options) : db_(db), options_(std::move(options)) {}
  void audit(const Request& req, const Response& res);

  store::Database& db_;

  ApiOptions options_;  // the legacy list lives here: handlers refer to it
  App app_;
  std::unique_ptr<Security> security_;
  std::unique_ptr<store::OutboxWorker> outbox_;  // stopped before the rest is destroyed
};

}  // namespace xj::http
