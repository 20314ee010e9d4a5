#include "auth/session.h"

#include "auth/api_key.h"
#include "auth/token.h"
#include "auth/user_repo.h"

namespace xj::auth {
namespace {

tl::unexpected<Error> not_authenticated() {
  return fail(ErrorCode::unauthenticated,
              "登录已失效或令牌无效 (the token is invalid, expired or revoked)");
}

Result<Principal> session_principal(store::Database& db, const std::string& hash,
                                    std::int64_t now, const SessionPolicy& policy) {
  std::optional<Principal> found;
  std::int64_t last_seen = 0;
  XJ_CHECK(db.read([&](store::Session& s) -> Status {
    XJ_TRY(store::Rows rows,
           s.query("SELECT u.id, u.username, u.role, u.region, u.area, u.uscc, "
                   "s.expires_at, s.last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id "
                   "WHERE s.token_hash = ? AND s.revoked_at IS NULL AND u.disabled = 0",
                   {hash}));
    if (rows.empty() || rows[0].integer(6) <= now) return {};
    User u = user_from_row(rows[0], 0);
    found = Principal{Principal::Kind::user, u.id, u.username, u.role, u.region, u.area, u.uscc,
                      rows[0].integer(6)};
    last_seen = rows[0].integer(7);
    return {};
  }));
  if (!found) return not_authenticated();
  if (now - last_seen >= policy.touch_interval_seconds) {
    found->expires_at = now + policy.ttl_seconds;
    XJ_CHECK(db.write([&](store::Session& s) -> Status {
      XJ_CHECK(s.exec("UPDATE sessions SET expires_at = ?, last_seen_at = ? "
                      "WHERE token_hash = ? AND revoked_at IS NULL",
                      {found->expires_at, now, hash}));
      return {};
    }));
  }
  return *found;
}

}  // namespace

Result<IssuedSession> open_session(store::Session& s, std::int64_t user_id, std::int64_t now,
                                   const SessionPolicy& policy) {
  IssuedSession issued{new_session_token(), now + policy.ttl_seconds};
  XJ_CHECK(s.exec("INSERT INTO sessions (token_hash, user_id, created_at, expires_at, "
                  "last_seen_at) VALUES (?, ?, ?, ?, ?)",
                  {secret_hash(issued.token), user_id, now, issued.expires_at, now}));
  return issued;
}

Result<Principal> authenticate(store::Database& db, std::string_view secret, std::int64_t now,
                               const SessionPolicy& policy) {
  if (secret.empty() || secret.size() > 128) return not_authenticated();
  const std::string hash = secret_hash(secret);
  if (is_api_key(secret)) {
    XJ_TRY(std::optional<Principal> key, find_api_key(db, hash));
    if (!key) return not_authenticated();
    return *key;
  }
  return session_principal(db, hash, now, policy);
}

Status revoke_session(store::Session& s, std::string_view token, std::int64_t now) {
  XJ_CHECK(s.exec("UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL",
                  {now, secret_hash(token)}));
  return {};
}

}  // namespace xj::auth
