#include "http/api.h"

#include <spdlog/spdlog.h>

#include "audit/audit_log.h"
#include "disclosure/publicity_lapses.h"
#include "http/auth_handlers.h"
#include "http/casebook_handlers.h"
#include "http/revocation_handlers.h"
#include "http/collection_handlers.h"
#include "http/commitment_handlers.h"
#include "http/enterprise_handlers.h"
#include "http/json.h"
#include "http/public_handlers.h"
#include "http/repair_handlers.h"
#include "http/risk_handlers.h"
#include "http/sanctions_handlers.h"
#include "http/sharing_handlers.h"
#include "http/spotcheck_handlers.h"

namespace xj::http {
namespace {

// Routes whose successful GET reveals non-public enterprise data to an officer.
constexpr std::string_view kNonPublicReads[] = {"/api/v1/enterprises/{uscc}/records",
                                                "/api/v1/enterprises/{uscc}"};

bool is_audited(const Request& req, const Response& res) {
  if (res.status < 200 || res.status >= 300) return false;
  if (!req.route.starts_with("/api/v1/") || req.route.starts_with("/api/v1/public/") ||
      req.route.starts_with("/api/v1/auth/")) {
    return false;  // public reads; logins and logouts audit themselves
  }
  if (req.method != "GET") return true;
  for (auto route : kNonPublicReads) {
    if (req.route == route) return true;
  }
  return false;
}

// The enterprise a request is about: the {uscc} of its path, else a "uscc" in its JSON body.
std::string target_uscc(const Request& req) {
  if (auto p = req.param("uscc"); !p.empty()) return p;
  auto body = nlohmann::json::parse(req.body, nullptr, false);
  if (body.is_object() && body.contains("uscc") && body["uscc"].is_string()) {
    return body["uscc"].get<std::string>();
  }
  return "";
}

}  // namespace

std::shared_ptr<const core::WorkingCalendar> load_working_calendar(
    const std::filesystem::path& config_dir) {
  auto loaded = core::WorkingCalendar::load(config_dir / "holidays");
  if (!loaded) {
    spdlog::warn("工作日历加载失败，按周一至周五计算 (holiday calendar not loaded: {})",
                 loaded.error().message);
    return std::make_shared<const core::WorkingCalendar>();
  }
  return std::make_shared<const core::WorkingCalendar>(std::move(*loaded));
}

Response Api::handle(Request& req) {
  Response res = app_.handle(req);
  if (is_audited(req, res)) audit(req, res);
  return res;
}

void Api::audit(const Request& req, const Response& res) {
  auto who = security_->principal(req);
  if (!who) return;  // the hook admitted no one: nothing was done
  audit::Entry entry = security_->audit_entry(req, *who, req.method + " " + req.route);
  entry.target_uscc = target_uscc(req);
  entry.target_id = req.param("id").empty() ? req.param("kind") : req.param("id");
  entry.digest = audit::change_digest(req.body, req.method == "GET" ? "" : res.body);
  if (auto appended = audit::append(db_, std::move(entry)); !appended) {
    spdlog::error("audit append failed for request {}: {}", req.request_id,
                  appended.error().message);
  }
}

Api::~Api() {
  if (outbox_) outbox_->stop();
}

void Api::start_background() { outbox_->start(); }

Result<std::unique_ptr<Api>> Api::create(store::Database& db, ApiOptions options) {
  std::unique_ptr<Api> api(new Api(db, std::move(options)));
  XJ_TRY(api->security_, Security::create(db, api->options_.security));
  App& app = api->app_;
  register_public_handlers(app, db, api->options_.clock, api->options_.legacy);
  register_auth_handlers(app, *api->security_);
  register_collection_handlers(app, db, api->options_.clock, api->options_.legacy,
                               *api->security_);
  api->outbox_ = std::make_unique<store::OutboxWorker>(db, api->options_.outbox);
  const Capabilities caps{db,
                          api->options_.clock,
                          api->options_.legacy,
                          *api->security_,
                          api->options_.config_dir,
                          load_working_calendar(api->options_.config_dir),
                          *api->outbox_};
  api->outbox_->add_tick([&db, clock = caps.clock] {
    return disclosure::run_publicity_lapses(db, clock.today(), {});
  });
  register_sanctions_handlers(app, caps);
  register_commitment_handlers(app, caps);
  register_repair_handlers(app, caps);
  register_risk_handlers(app, caps);
  register_spotcheck_handlers(app, caps);
  register_sharing_handlers(app, caps);
  register_casebook_handlers(app, caps);
  register_revocation_handlers(app, caps);
  register_enterprise_handlers(app, caps);
  XJ_CHECK(check_route_permissions(app.router()));  // after the last route
  app.add_before(api->security_->hook());
  return api;
}

}  // namespace xj::http
