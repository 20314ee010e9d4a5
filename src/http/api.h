// The whole HTTP API wired on one App: every capability's routes, the public record cache and
// the security hook (authentication, permissions, rate limits). `xinjian serve` runs it; tests
// build it to check properties of every route (permissions, the OpenAPI file).
//
//   XJ_TRY(auto api, Api::create(db, ApiOptions{clock, legacy, security_options}));
//   Server::start(options, [&](Request& r) { return api->handle(r); });
//
// create() fails (internal) when a route names a permission missing from the permission table
// (auth/permissions.cpp), so no route can be served without one. `db` must outlive the Api.
// handle() is thread-safe.
//
// Audit (issue 3): every successful internal write (POST, PUT, DELETE answered 2xx) and every
// successful read of an enterprise's non-public records appends an audit entry naming the
// actor, the route, the enterprise and record, the request id and an SM3 digest of the request
// and response bodies. It is appended right after the handler's own transaction; a failure to
// append is logged as an error (the write has already been committed).
#pragma once

#include <memory>

#include "core/clock.h"
#include "core/uscc_legacy.h"
#include "http/app.h"
#include "http/security_hook.h"
#include "store/database.h"

namespace xj::http {

struct ApiOptions {
  core::Clock clock = core::Clock::real();
  core::LegacyCodes legacy;
  SecurityOptions security;
};

class Api {
 public:
  static Result<std::unique_ptr<Api>> create(store::Database& db, ApiOptions options);

  App& app() { return app_; }
  Response handle(Request& req);

 private:
  Api(store::Database& db, ApiOptions options) : db_(db), options_(std::move(options)) {}
  void audit(const Request& req, const Response& res);

  store::Database& db_;

  ApiOptions options_;  // the legacy list lives here: handlers refer to it
  App app_;
  std::unique_ptr<Security> security_;
};

}  // namespace xj::http
