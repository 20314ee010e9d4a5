#include "http/security_hook.h"

#include <cctype>
#include <chrono>
#include <cmath>

#include <spdlog/spdlog.h>

#include "auth/permissions.h"
#include "auth/session.h"
#include "http/errors.h"

namespace xj::http {
namespace {

constexpr std::string_view kPublicPrefix = "/api/v1/public/";
constexpr std::string_view kLoginPath = "/api/v1/auth/login";

double monotonic_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

bool is_rate_limited(const Route& route) {
  return route.pattern.starts_with(kPublicPrefix) || route.pattern == kLoginPath;
}

}  // namespace

std::string bearer_token(const Request& req) {
  const std::string value = req.header("authorization");
  constexpr std::string_view kScheme = "bearer ";
  if (value.size() <= kScheme.size()) return "";
  for (std::size_t i = 0; i < kScheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(value[i])) != kScheme[i]) return "";
  }
  auto token = value.substr(kScheme.size());
  while (!token.empty() && token.front() == ' ') token.erase(0, 1);
  while (!token.empty() && token.back() == ' ') token.pop_back();
  return token;
}

Result<std::unique_ptr<Security>> Security::create(store::Database& db, SecurityOptions options,
                                                   auth::WallClock clock) {
  XJ_TRY(auth::TrustedProxies proxies, auth::TrustedProxies::parse(options.trusted_proxies));
  return std::unique_ptr<Security>(
      new Security(db, std::move(options), std::move(proxies), std::move(clock)));
}

Security::Security(store::Database& db, SecurityOptions options, auth::TrustedProxies proxies,
                   auth::WallClock clock)
    : db_(db),
      options_(std::move(options)),
      proxies_(std::move(proxies)),
      clock_(std::move(clock)),
      public_limiter_(options_.public_rate) {}

BeforeHook Security::hook() {
  return [this](Request& req, const Route& route) { return admit(req, route); };
}

std::optional<Response> Security::admit(Request& req, const Route& route) {
  if (route.access == Access::open) {
    if (!is_rate_limited(route)) return std::nullopt;
    auto wait = public_limiter_.take(client_address(req), monotonic_seconds());
    if (!wait) return std::nullopt;
    Response res = error_response(
        Error(ErrorCode::rate_limited, "请求过于频繁，请稍后再试 (too many requests, slow down)"),
        req.request_id);
    res.set_header("Retry-After", std::to_string(static_cast<long>(std::ceil(*wait))));
    return res;
  }
  auto who = principal(req);
  if (!who) {
    Response res = error_response(who.error(), req.request_id);
    if (who.error().code == ErrorCode::unauthenticated) res.set_header("WWW-Authenticate", "Bearer");
    return res;
  }
  if (!auth::is_known_permission(route.permission)) {
    spdlog::error("route {} {} names permission '{}', which the permission table lacks",
                  route.method, route.pattern, route.permission);
  }
  if (!auth::allows(route.permission, who->role)) {
    return error_response(Error(ErrorCode::forbidden, "无权执行此操作 (your role may not do this)"),
                          req.request_id);
  }
  return std::nullopt;
}

Result<auth::Principal> Security::principal(const Request& req) const {
  const std::string token = bearer_token(req);
  if (token.empty()) {
    return fail(ErrorCode::unauthenticated, "需要登录 (a bearer token is required)");
  }
  return auth::authenticate(db_, token, clock_(), options_.login.session);
}

std::string Security::client_address(const Request& req) const {
  return auth::client_address(req.remote_address, req.header("x-forwarded-for"), proxies_);
}

audit::Entry Security::audit_entry(const Request& req, const auth::Principal& who,
                                   std::string action) const {
  audit::Entry e;
  e.at = audit::format_utc(clock_());
  e.actor = who.actor();
  e.action = std::move(action);
  e.request_id = req.request_id;
  return e;
}

Status check_route_permissions(const Router& router) {
  std::string missing;
  for (const Route& route : router.routes()) {
    if (route.access == Access::internal && !auth::is_known_permission(route.permission)) {
      missing += "\n  " + route.method + " " + route.pattern + " → '" + route.permission + "'";
    }
  }
  if (!missing.empty()) {
    return fail(ErrorCode::bad_request,
                "这些内部路由的权限不在权限表中 (internal routes without a permission-table entry):" +
                    missing);
  }
  return {};
}

}  // namespace xj::http
