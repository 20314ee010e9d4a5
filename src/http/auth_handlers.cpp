#include "http/auth_handlers.h"

#include "audit/audit_log.h"
#include "auth/login_throttle.h"
#include "auth/session.h"
#include "core/date.h"
#include "http/body_fields.h"
#include "http/errors.h"
#include "http/json.h"

namespace xj::http {
namespace {

using nlohmann::json;


json user_json(const auth::User& u) {
  return {{"id", u.id},          {"username", u.username}, {"role", auth::to_string(u.role)},
          {"region", u.region},  {"area", or_null(u.area)}, {"uscc", or_null(u.uscc)}};
}

json principal_json(const auth::Principal& p) {
  const bool user = p.kind == auth::Principal::Kind::user;
  return {{"kind", user ? "user" : "api_key"},
          {user ? "username" : "name", p.name},
          {"id", p.id},
          {"role", auth::to_string(p.role)},
          {"region", p.region},
          {"area", or_null(p.area)},
          {"uscc", or_null(p.uscc)},
          {"expires_at", user ? json(audit::format_utc(p.expires_at)) : json(nullptr)}};
}

json entry_json(const audit::Entry& e) {
  return {{"seq", e.seq},
          {"at", e.at},
          {"actor", e.actor.name},
          {"actor_kind", e.actor.kind},
          {"role", e.actor.role},
          {"region", e.actor.region},
          {"action", e.action},
          {"target_uscc", e.target_uscc},
          {"target_id", e.target_id},
          {"request_id", e.request_id},
          {"digest", e.digest},
          {"prev_hash", e.prev_hash},
          {"hash", e.hash}};
}

// An audit time bound: "YYYY-MM-DDTHH:MM:SSZ" as is, or a date → its first (or last) second.
Result<std::optional<std::string>> time_bound(const Request& req, const char* name, bool upper) {
  auto raw = req.query_param(name);
  if (!raw || raw->empty()) return std::optional<std::string>{};
  if (raw->size() == 10 && core::parse_date(*raw) && core::parse_date(*raw)->to_string() == *raw) {
    return std::optional<std::string>{*raw + (upper ? "T23:59:59Z" : "T00:00:00Z")};
  }
  if (raw->size() == 20 && raw->back() == 'Z' && (*raw)[10] == 'T' &&
      core::parse_date(raw->substr(0, 10))) {
    return std::optional<std::string>{*raw};
  }
  return fail(ErrorCode::bad_request, std::string(name) +
                                          " 应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM:SSZ (must be a "
                                          "date or an RFC 3339 UTC time)");
}

Response login(Security& security, Request& req) {
  auto body = parse_json_object(req.body);
  if (!body) return error_response(body.error(), req.request_id);
  auto username = required_string(*body, "username");
  if (!username) return error_response(username.error(), req.request_id);
  auto password = required_string(*body, "password");
  if (!password) return error_response(password.error(), req.request_id);

  auto outcome = auth::login(security.db(),
                             {*username, *password, security.client_address(req), req.request_id},
                             security.now(), security.options().login);
  if (!outcome) return error_response(outcome.error(), req.request_id);
  switch (outcome->kind) {
    case auth::LoginOutcome::Kind::ok:
      return json_response(200, {{"token", outcome->session.token},
                                 {"expires_at", audit::format_utc(outcome->session.expires_at)},
                                 {"user", user_json(outcome->user)}});
    case auth::LoginOutcome::Kind::locked: {
      Response res = error_response(
          Error(ErrorCode::rate_limited,
                "登录失败次数过多，请稍后再试 (too many failed logins; try again later)"),
          req.request_id);
      res.set_header("Retry-After", std::to_string(outcome->retry_after));
      return res;
    }
    case auth::LoginOutcome::Kind::bad_credentials:
      break;
  }
  return error_response(
      Error(ErrorCode::unauthenticated, "用户名或密码错误 (wrong user name or password)"),
      req.request_id);
}

Response logout(Security& security, Request& req) {
  auto who = security.principal(req);
  if (!who) return error_response(who.error(), req.request_id);
  Status done = security.db().write([&](store::Session& s) -> Status {
    XJ_CHECK(auth::revoke_session(s, bearer_token(req), security.now()));
    XJ_CHECK(audit::append(s, security.audit_entry(req, *who, "auth.logout")));
    return {};
  });
  if (!done) return error_response(done.error(), req.request_id);
  return json_response(200, {{"status", "logged_out"}});
}

Response me(Security& security, Request& req) {
  auto who = security.principal(req);
  if (!who) return error_response(who.error(), req.request_id);
  return json_response(200, principal_json(*who));
}

Response lockouts(Security& security, Request& req) {
  std::vector<auth::LockState> states;
  Status read = security.db().read([&](store::Session& s) -> Status {
    XJ_TRY(states, auth::failure_states(s));
    return {};
  });
  if (!read) return error_response(read.error(), req.request_id);
  const std::int64_t now = security.now();
  json items = json::array();
  for (const auto& st : states) {
    items.push_back({{"kind", auth::to_string(st.kind)},
                     {"subject", st.subject},
                     {"failures", st.failures},
                     {"last_failure_at", audit::format_utc(st.last_failure_at)},
                     {"locked", st.locked_until > now},
                     {"locked_until", st.locked_until > now ? json(audit::format_utc(st.locked_until))
                                                            : json(nullptr)}});
  }
  return json_response(200, {{"items", items}});
}

Result<audit::Filter> audit_filter(const Request& req, const auth::Principal& who) {
  audit::Filter f;
  f.actor = req.query_param("actor");
  f.target = req.query_param("target");
  f.action = req.query_param("action");
  XJ_TRY(f.from, time_bound(req, "from", false));
  XJ_TRY(f.to, time_bound(req, "to", true));
  // Admins see everything (api.md); anyone else the entries of actors within its region.
  if (who.role != auth::Role::admin) f.region_prefix = who.region;
  for (auto* field : {&f.actor, &f.target, &f.action}) {
    if (*field && (*field)->empty()) field->reset();
  }
  return f;
}

Response audit_log(Security& security, Request& req) {
  auto who = security.principal(req);
  if (!who) return error_response(who.error(), req.request_id);
  auto filter = audit_filter(req, *who);
  if (!filter) return error_response(filter.error(), req.request_id);
  auto page = parse_page(req);
  if (!page) return error_response(page.error(), req.request_id);
  audit::EntryPage found;
  Status read = security.db().read([&](store::Session& s) -> Status {
    XJ_TRY(found, audit::find(s, *filter, page->offset(), page->page_size));
    return {};
  });
  if (!read) return error_response(read.error(), req.request_id);
  json items = json::array();
  for (const auto& e : found.items) items.push_back(entry_json(e));
  return json_response(200, list_envelope(std::move(items), found.total, *page));
}

}  // namespace

void register_auth_handlers(App& app, Security& security) {
  Router& r = app.router();
  auto bind = [&security](Response (*fn)(Security&, Request&)) {
    return [&security, fn](Request& req) { return fn(security, req); };
  };
  r.post("/api/v1/auth/login", Access::open, "", bind(login));
  r.post("/api/v1/auth/logout", Access::internal, "session.self", bind(logout));
  r.get("/api/v1/auth/me", Access::internal, "session.self", bind(me));
  r.get("/api/v1/auth/lockouts", Access::internal, "user.admin", bind(lockouts));
  r.get("/api/v1/audit", Access::internal, "audit.read", bind(audit_log));
}

}  // namespace xj::http
