// Sessions (login tokens) and bearer authentication, kept in the database so that any server
// behind a load balancer can answer (architecture.md "Data").
//
// A session token is shown once, at login; only its SHA-256 is stored. It expires `ttl` after
// its last use (sliding, default 8 h); to spare the database a write per request the expiry is
// moved at most once per `touch_interval`. authenticate() also accepts API keys (auth/api_key.h).
//
//   XJ_TRY(IssuedSession issued, open_session(s, user.id, now, policy));   // in a write txn
//   XJ_TRY(Principal who, authenticate(db, bearer, now, policy));          // 401 when not valid
//
// Thread-safe as the Database is.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "auth/principal.h"
#include "core/result.h"
#include "store/database.h"

namespace xj::auth {

struct SessionPolicy {
  std::int64_t ttl_seconds = 8 * 3600;  // issue 3: 8 h sliding, configurable
  std::int64_t touch_interval_seconds = 60;
};

struct IssuedSession {
  std::string token;
  std::int64_t expires_at = 0;  // Unix seconds
};

// Creates a session for the user inside the caller's write transaction.
Result<IssuedSession> open_session(store::Session& s, std::int64_t user_id, std::int64_t now,
                                   const SessionPolicy& policy);

// The principal behind a bearer secret: a live session of an enabled user, or an unrevoked API
// key. unauthenticated (401) for anything else; internal for database failures.
Result<Principal> authenticate(store::Database& db, std::string_view secret, std::int64_t now,
                               const SessionPolicy& policy);

// Ends the session of `token` (logout); a no-op for an unknown or already revoked one.
Status revoke_session(store::Session& s, std::string_view token, std::int64_t now);

}  // namespace xj::auth
