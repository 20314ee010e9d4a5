#include "auth/login.h"

#include <algorithm>

#include "audit/audit_log.h"
#include "auth/password.h"
#include "auth/user_repo.h"

namespace xj::auth {
namespace {

// At most 64 bytes, cut at a UTF-8 character boundary: what is counted and logged of a name.
std::string bounded(std::string_view text) {
  if (text.size() <= 64) return std::string(text);
  std::size_t end = 64;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return std::string(text.substr(0, end));
}

// A hash to check against when the user does not exist (same cost as a real check).
const std::string& dummy_hash() {
  static const std::string hash = hash_password("xinjian-no-such-user").value_or("");
  return hash;
}

audit::Entry login_entry(std::string action, const LoginAttempt& attempt, std::int64_t now,
                         const User* user) {
  audit::Entry e;
  e.at = audit::format_utc(now);
  e.actor = user ? audit::Actor{user->username, "user", std::string(to_string(user->role)),
                                user->region}
                 : audit::Actor{bounded(attempt.username), "user", "", ""};
  e.action = std::move(action);
  e.target_id = "address:" + attempt.address;
  e.request_id = attempt.request_id;
  return e;
}

}  // namespace

Result<LoginOutcome> login(store::Database& db, const LoginAttempt& attempt, std::int64_t now,
                           const LoginPolicy& policy) {
  const std::string name = bounded(attempt.username);
  LoginOutcome out;
  std::optional<StoredUser> stored;
  XJ_CHECK(db.read([&](store::Session& s) -> Status {
    XJ_TRY(std::int64_t user_wait, locked_for(s, SubjectKind::user, name, now));
    XJ_TRY(std::int64_t address_wait, locked_for(s, SubjectKind::address, attempt.address, now));
    out.retry_after = std::max(user_wait, address_wait);
    XJ_TRY(stored, find_user(s, attempt.username));
    return {};
  }));

  if (out.retry_after > 0) {
    out.kind = LoginOutcome::Kind::locked;
    XJ_CHECK(audit::append(db, login_entry("auth.login_locked", attempt, now, nullptr)));
    return out;
  }

  const bool known = stored && !stored->disabled;
  const bool password_ok =
      verify_password(known ? stored->password_hash : dummy_hash(), attempt.password) && known;

  XJ_CHECK(db.write([&](store::Session& s) -> Status {
    if (password_ok) {
      XJ_CHECK(clear_failures(s, SubjectKind::user, name));
      XJ_TRY(out.session, open_session(s, stored->user.id, now, policy.session));
      out.user = stored->user;
      out.kind = LoginOutcome::Kind::ok;
      XJ_CHECK(audit::append(s, login_entry("auth.login", attempt, now, &out.user)));
      return {};
    }
    XJ_CHECK(record_failure(s, SubjectKind::user, name, now, policy.throttle));
    XJ_CHECK(record_failure(s, SubjectKind::address, attempt.address, now, policy.throttle));
    XJ_CHECK(audit::append(s, login_entry("auth.login_failed", attempt, now, nullptr)));
    return {};
  }));
  return out;
}

}  // namespace xj::auth
