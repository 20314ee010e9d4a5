// Login (POST /api/v1/auth/login): password check, throttling, session, audit entry.
//
//   XJ_TRY(LoginOutcome out, login(db, {username, password, address, request_id}, now, policy));
//   switch (out.kind) { case ok: …out.session.token…; case bad_credentials: 401; case locked: 429 }
//
// Every attempt appends one audit entry ("auth.login", "auth.login_failed" or
// "auth.login_locked"). The Argon2id check runs outside any transaction; an unknown user name
// costs the same check against a dummy hash, so timing does not reveal which names exist.
// Errors (Result) are database failures only. Thread-safe as the Database is.
#pragma once

#include <cstdint>
#include <string>

#include "auth/login_throttle.h"
#include "auth/session.h"
#include "auth/user.h"
#include "core/result.h"
#include "store/database.h"

namespace xj::auth {

struct LoginPolicy {
  SessionPolicy session;
  ThrottlePolicy throttle;
};

struct LoginAttempt {
  std::string username;
  std::string password;
  std::string address;     // the client address (after trusted proxies)
  std::string request_id;  // for the audit entry
};

struct LoginOutcome {
  enum class Kind { ok, bad_credentials, locked };
  Kind kind = Kind::bad_credentials;
  std::int64_t retry_after = 0;  // locked: seconds until the next attempt is considered
  IssuedSession session;         // ok
  User user;                     // ok
};

Result<LoginOutcome> login(store::Database& db, const LoginAttempt& attempt, std::int64_t now,
                           const LoginPolicy& policy);

}  // namespace xj::auth
