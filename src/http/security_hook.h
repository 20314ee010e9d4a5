// The security gate of the API (issue 3): the before-hook that authenticates and authorises
// every internal route, and rate-limits the public ones; plus what handlers need from it.
//
//   XJ_TRY(auto security, Security::create(db, options));     // must outlive the app
//   XJ_CHECK(check_route_permissions(app.router()));            // at start-up, after all routes
//   app.add_before(security->hook());
//
// The hook, per route:
//   Access::internal → `Authorization: Bearer <session token or API key>`; missing or invalid →
//     401 unauthenticated (with WWW-Authenticate: Bearer); a role the permission table
//     (auth/permissions.h) does not allow, or a permission the table does not know → 403.
//   Access::open under /api/v1/public/ and POST /api/v1/auth/login → one token of the client
//     address's bucket (auth/rate_limiter.h); none left → 429 rate_limited with Retry-After.
//   Other open routes (/healthz, /metrics) pass.
// Region, area and USCC scope are checked by each handler through principal() (auth/principal.h).
//
// Thread-safe after create().
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "audit/entry.h"
#include "auth/client_address.h"
#include "auth/login.h"
#include "auth/principal.h"
#include "auth/rate_limiter.h"
#include "auth/wall_clock.h"
#include "core/result.h"
#include "http/app.h"
#include "store/database.h"

namespace xj::http {

struct SecurityOptions {
  auth::LoginPolicy login;                   // session lifetime, failed-login throttle
  auth::RateLimit public_rate;               // per client address: 20/s, burst 60
  std::vector<std::string> trusted_proxies;  // addresses or CIDR blocks whose X-Forwarded-For counts
};

class Security {
 public:
  // bad_request for a malformed trusted proxy. `db` must outlive the Security.
  static Result<std::unique_ptr<Security>> create(store::Database& db, SecurityOptions options,
                                                  auth::WallClock clock = auth::system_wall_clock());

  // The before-hook described above; it refers to this object.
  BeforeHook hook();

  // The principal of an internal route's request (the hook has already admitted it).
  // unauthenticated when the request carries no valid token.
  Result<auth::Principal> principal(const Request& req) const;

  // The client address after trusted proxies.
  std::string client_address(const Request& req) const;

  // An audit entry with time, actor and request id filled; the caller sets action and targets.
  audit::Entry audit_entry(const Request& req, const auth::Principal& who,
                           std::string action) const;

  store::Database& db() const { return db_; }
  const SecurityOptions& options() const { return options_; }
  std::int64_t now() const { return clock_(); }

 private:
  Security(store::Database& db, SecurityOptions options, auth::TrustedProxies proxies,
           auth::WallClock clock);
  std::optional<Response> admit(Request& req, const Route& route);

  store::Database& db_;
  const SecurityOptions options_;
  const auth::TrustedProxies proxies_;
  const auth::WallClock clock_;
  auth::RateLimiter public_limiter_;  // internally synchronised
};

// The bearer secret of `Authorization: Bearer …`, or "" when absent or another scheme.
std::string bearer_token(const Request& req);

// Every Access::internal route of the router names a permission of the table. bad_request
// listing each route that does not (a wiring bug: serve refuses to start).
Status check_route_permissions(const Router& router);

}  // namespace xj::http
