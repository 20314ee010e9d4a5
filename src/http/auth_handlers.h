// Routes of the security core (api.md "Authentication and roles", issue 3):
//   POST /api/v1/auth/login     open, rate-limited  {"username","password"} → 200
//        {"token","expires_at","user":{…}}; 401 wrong credentials; 429 + Retry-After while the
//        user name or the client address is locked out; 422 missing fields.
//   POST /api/v1/auth/logout    session.self   revokes the presented session token → 200
//   GET  /api/v1/auth/me        session.self   the principal behind the token
//   GET  /api/v1/auth/lockouts  user.admin     failed-login counters and lockouts
//   GET  /api/v1/audit          audit.read     ?actor=&target=&action=&from=&to=&page=&page_size=
//        (from/to: RFC 3339 UTC "…Z", or a date = that UTC day), newest first; an admin sees
//        every entry, a credit_officer those of actors within its region prefix.
//
//   register_auth_handlers(app, security);   // `security` must outlive the app
//
// Handlers are thread-safe.
#pragma once

#include "http/app.h"
#include "http/security_hook.h"

namespace xj::http {

void register_auth_handlers(App& app, Security& security);

}  // namespace xj::http
