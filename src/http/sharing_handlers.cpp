// Pushed events for partners (docs/sharing.md): subscriptions, watch lists, deliveries, and the
// wiring of the sharing capability into the outbox worker (the planner consumer and the sender
// tick). A subscription is visible to its owner and to admins; to anyone else it does not exist
// (404).
#include "http/sharing_handlers.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "core/region_code.h"
#include "core/uscc.h"
#include "disclosure/public_record.h"
#include "http/enterprise_json.h"
#include "http/errors.h"
#include "http/json.h"
#include "sharing/delivery_planner.h"
#include "sharing/delivery_repo.h"
#include "sharing/delivery_sender.h"
#include "sharing/event_types.h"
#include "sharing/settings.h"
#include "sharing/signature.h"
#include "sharing/subscription_repo.h"
#include "sharing/target_url.h"
#include "sharing/timestamps.h"
#include "store/outbox.h"

namespace xj::http {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxWatchPerRequest = 1000;
constexpr std::int64_t kMaxWatchlist = 10'000;
constexpr std::int64_t kDeadLettersShown = 10;

struct Deps {
  store::Database& db;
  const core::LegacyCodes& legacy;
  const Security& security;
  sharing::DeliverySettings settings;
};

sharing::Owner owner_of(const auth::Principal& who) {
  return {who.kind == auth::Principal::Kind::api_key ? "api_key" : "user", who.id};
}

bool owns(const auth::Principal& who, const sharing::Subscription& s) {
  const auto o = owner_of(who);
  return o.kind == s.owner.kind && o.id == s.owner.id;
}

auto no_subscription() { return fail(ErrorCode::not_found, "未找到该订阅 (no such subscription)"); }

Result<std::int64_t> id_param(const Request& req, const std::string& name) {
  const std::string text = req.param(name);
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) return no_subscription();
  return id;
}

// The subscription of the path, if the principal may see it (its owner, or an admin).
Result<sharing::Subscription> visible_subscription(store::Session& s, const auth::Principal& who,
                                                   std::int64_t id) {
  XJ_TRY(auto found, sharing::find_subscription(s, id));
  if (!found || (who.role != auth::Role::admin && !owns(who, *found))) return no_subscription();
  return std::move(*found);
}

std::string timestamp(const std::string& stored) {
  return sharing::rfc3339_of_stored(stored).value_or(stored);
}

json optional_ms(const std::optional<std::int64_t>& ms) {
  return ms ? json(sharing::rfc3339_of_unix_ms(*ms)) : json(nullptr);
}

json delivery_json(const sharing::DeliveryView& d) {
  return {{"id", d.id},
          {"event_id", sharing::event_id(d.outbox_id)},
          {"type", d.type},
          {"uscc", d.uscc},
          {"status", d.status},
          {"attempts", d.attempts},
          {"next_attempt_at", d.status == "pending"
                                  ? json(sharing::rfc3339_of_unix_ms(d.next_attempt_at))
                                  : json(nullptr)},
          {"last_attempt_at", optional_ms(d.last_attempt_at)},
          {"last_status", or_null(d.last_status)},
          {"last_error", or_null(d.last_error)},
          {"delivered_at", optional_ms(d.delivered_at)}};
}

// A subscription with its delivery counts and latest dead letters (never its secret).
Result<json> subscription_json(store::Session& s, const sharing::Subscription& sub) {
  XJ_TRY(auto stats, sharing::delivery_stats(s, sub.id));
  XJ_TRY(auto dead,
         sharing::deliveries_of(s, sub.id, sharing::DeliveryStatus::dead, 0, kDeadLettersShown));
  json dead_letters = json::array();
  for (const auto& d : dead) dead_letters.push_back(delivery_json(d));
  return json{
      {"id", sub.id},
      {"url", sub.url},
      {"event_types", sub.event_types},
      {"region_prefix", sub.region_prefix},
      {"internal", sub.internal},
      {"owner", {{"kind", sub.owner.kind}, {"name", sub.owner_name}, {"role", sub.owner_role}}},
      {"created_at", timestamp(sub.created_at)},
      {"watchlist_size", sub.watchlist_size},
      {"deliveries",
       {{"pending", stats.pending}, {"delivered", stats.delivered}, {"dead", stats.dead}}},
      {"dead_letters", std::move(dead_letters)}};
}

// event_types: a non-empty array of pushed types (duplicates dropped); risk.class_changed only
// for internal roles (api.md: internal partners only).
Result<std::vector<std::string>> parse_event_types(const json& body, const auth::Principal& who) {
  if (!body.contains("event_types")) {
    return invalid("event_types", "missing_field", "请填写事件类型 (event_types is required)");
  }
  const json& types = body["event_types"];
  if (!types.is_array() || types.empty()) {
    return invalid("event_types", "missing_field",
                   "事件类型应为非空数组 (event_types must be a non-empty array)");
  }
  std::vector<std::string> out;
  std::vector<ErrorDetail> details;
  for (std::size_t i = 0; i < types.size(); ++i) {
    const std::string field = "event_types[" + std::to_string(i) + "]";
    if (!types[i].is_string() || !sharing::is_pushed_type(types[i].get<std::string>())) {
      details.push_back({field, "invalid_enum", "未知的事件类型 (unknown event type)"});
      continue;
    }
    std::string type = types[i].get<std::string>();
    if (std::find(out.begin(), out.end(), type) == out.end()) out.push_back(std::move(type));
  }
  if (!details.empty()) {
    return fail(ErrorCode::validation_failed, "事件类型无效 (invalid event types)",
                std::move(details));
  }
  const bool wants_risk =
      std::find(out.begin(), out.end(), sharing::kRiskClassChanged) != out.end();
  if (wants_risk && who.role == auth::Role::partner) {
    return fail(ErrorCode::forbidden,
                "risk.class_changed 仅向内部订阅推送 (risk.class_changed is for internal "
                "subscribers only)");
  }
  return out;
}

// region_prefix: optional, default the principal's scope; within it (403 outside).
Result<std::string> parse_region(const json& body, const auth::Principal& who) {
  if (!body.contains("region_prefix") || body["region_prefix"].is_null()) return who.region;
  const json& v = body["region_prefix"];
  if (!v.is_string() || !core::is_region_prefix(v.get<std::string>())) {
    return invalid("region_prefix", "invalid_region",
                   "区划前缀应为 2、4 或 6 位区划代码 (region_prefix must be 2, 4 or 6 digits)");
  }
  std::string region = v.get<std::string>();
  if (!region.starts_with(who.region)) {
    return fail(ErrorCode::forbidden, "超出本账号的区划范围 (outside this account's region)");
  }
  return region;
}

// secret: optional, 16–256 characters; generated when absent (then returned once).
Result<std::optional<std::string>> parse_secret(const json& body) {
  if (!body.contains("secret") || body["secret"].is_null()) return std::optional<std::string>{};
  const json& v = body["secret"];
  if (!v.is_string() || v.get<std::string>().size() < 16 || v.get<std::string>().size() > 256) {
    return invalid("secret", "too_long",
                   "签名密钥应为 16–256 个字符 (secret must be 16–256 characters)");
  }
  return std::optional<std::string>{v.get<std::string>()};
}

Result<json> create(const Deps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(json body, parse_json_object(req.body));
  if (!body.contains("url") || !body["url"].is_string()) {
    return invalid("url", "missing_field", "请填写接收地址 (url is required)");
  }
  XJ_TRY(sharing::TargetUrl url, sharing::parse_target_url(body["url"].get<std::string>()));
  XJ_CHECK(sharing::require_allowed(url, deps.settings.allowed_targets));
  sharing::Subscription sub;
  sub.url = body["url"].get<std::string>();
  XJ_TRY(sub.event_types, parse_event_types(body, who));
  XJ_TRY(sub.region_prefix, parse_region(body, who));
  XJ_TRY(auto given_secret, parse_secret(body));
  if (given_secret) {
    sub.secret = std::move(*given_secret);
  } else {
    XJ_TRY(sub.secret, sharing::random_secret());
  }
  sub.owner = owner_of(who);
  sub.owner_name = who.name;
  sub.owner_role = std::string(auth::to_string(who.role));
  sub.internal = who.role != auth::Role::partner;
  json out;
  XJ_CHECK(deps.db.write([&](store::Session& s) -> Status {
    XJ_TRY(sub.after_outbox_id, store::outbox_last_id(s));
    XJ_TRY(sub.id, sharing::insert_subscription(s, sub));
    XJ_TRY(auto stored, sharing::find_subscription(s, sub.id));
    XJ_TRY(out, subscription_json(s, *stored));
    return {};
  }));
  if (!given_secret) out["secret"] = sub.secret;  // shown once
  return out;
}

Result<json> list(const Deps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(Page page, parse_page(req));
  std::optional<sharing::Owner> owner;
  if (who.role != auth::Role::admin) owner = owner_of(who);
  json items = json::array();
  std::int64_t total = 0;
  XJ_CHECK(deps.db.read([&](store::Session& s) -> Status {
    XJ_TRY(total, sharing::count_subscriptions(s, owner));
    XJ_TRY(auto subs, sharing::list_subscriptions(s, owner, page.offset(), page.page_size));
    for (const auto& sub : subs) {
      XJ_TRY(json item, subscription_json(s, sub));
      items.push_back(std::move(item));
    }
    return {};
  }));
  return list_envelope(std::move(items), total, page);
}

Result<json> show(const Deps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(std::int64_t id, id_param(req, "id"));
  json out;
  XJ_CHECK(deps.db.read([&](store::Session& s) -> Status {
    XJ_TRY(auto sub, visible_subscription(s, who, id));
    XJ_TRY(out, subscription_json(s, sub));
    return {};
  }));
  return out;
}

Result<json> remove(const Deps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(std::int64_t id, id_param(req, "id"));
  json out;
  XJ_CHECK(deps.db.write([&](store::Session& s) -> Status {
    XJ_TRY(auto sub, visible_subscription(s, who, id));
    XJ_TRY(out, subscription_json(s, sub));
    XJ_TRY(bool removed, sharing::deactivate_subscription(s, id));
    if (!removed) return no_subscription();
    return {};
  }));
  out["active"] = false;
  return out;
}

// {"uscc": [...]}: 1–1000 valid codes, normalised; every invalid one named in the details.
Result<std::vector<std::string>> parse_usccs(const Deps& deps, const Request& req) {
  XJ_TRY(json body, parse_json_object(req.body));
  if (!body.contains("uscc") || !body["uscc"].is_array() || body["uscc"].empty()) {
    return invalid("uscc", "missing_field",
                   "请以数组给出统一社会信用代码 (uscc must be a non-empty array)");
  }
  if (body["uscc"].size() > kMaxWatchPerRequest) {
    return invalid("uscc", "too_long", "每次最多 1000 个代码 (at most 1000 codes per request)");
  }
  std::vector<std::string> out;
  std::vector<ErrorDetail> details;
  for (std::size_t i = 0; i < body["uscc"].size(); ++i) {
    const json& v = body["uscc"][i];
    const std::string field = "uscc[" + std::to_string(i) + "]";
    auto code = core::Uscc::parse(v.is_string() ? v.get<std::string>() : "", deps.legacy, field);
    if (!code) {
      for (auto& d : code.error().details) details.push_back(std::move(d));
      continue;
    }
    out.push_back(code->str());
  }
  if (!details.empty()) {
    return fail(ErrorCode::validation_failed, "统一社会信用代码无效 (invalid uscc)",
                std::move(details));
  }
  return out;
}

Result<json> watchlist_change(const Deps& deps, const Request& req, bool add) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(std::int64_t id, id_param(req, "id"));
  XJ_TRY(auto usccs, parse_usccs(deps, req));
  json out;
  XJ_CHECK(deps.db.write([&](store::Session& s) -> Status {
    XJ_TRY(auto sub, visible_subscription(s, who, id));
    XJ_TRY(std::int64_t changed,
           add ? sharing::watch(s, id, usccs) : sharing::unwatch(s, id, usccs));
    XJ_TRY(auto after, sharing::find_subscription(s, id));
    if (after->watchlist_size > kMaxWatchlist) {
      return invalid("uscc", "too_long",
                     "关注名单最多 10000 个代码 (a watch list holds at most 10000 codes)");
    }
    out = {{"subscription_id", id},
           {add ? "added" : "removed", changed},
           {"watchlist_size", after->watchlist_size}};
    return {};
  }));
  return out;
}

Result<json> watchlist_read(const Deps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(std::int64_t id, id_param(req, "id"));
  XJ_TRY(Page page, parse_page(req));
  json items = json::array();
  std::int64_t total = 0;
  XJ_CHECK(deps.db.read([&](store::Session& s) -> Status {
    XJ_TRY(auto sub, visible_subscription(s, who, id));
    total = sub.watchlist_size;
    XJ_TRY(auto rows, sharing::watchlist(s, id, page.offset(), page.page_size));
    for (const auto& w : rows) {
      items.push_back({{"uscc", w.uscc}, {"added_at", timestamp(w.added_at)}});
    }
    return {};
  }));
  return list_envelope(std::move(items), total, page);
}

Result<json> deliveries(const Deps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(std::int64_t id, id_param(req, "id"));
  XJ_TRY(Page page, parse_page(req));
  std::optional<sharing::DeliveryStatus> status;
  if (auto q = req.query_param("status"); q && !q->empty()) {
    status = sharing::parse_delivery_status(*q);
    if (!status) {
      return fail(ErrorCode::bad_request,
                  "status 应为 pending、delivered 或 dead (status must be pending, delivered or "
                  "dead)");
    }
  }
  json items = json::array();
  std::int64_t total = 0;
  XJ_CHECK(deps.db.read([&](store::Session& s) -> Status {
    XJ_TRY(auto sub, visible_subscription(s, who, id));
    XJ_TRY(total, sharing::count_deliveries(s, id, status));
    XJ_TRY(auto rows, sharing::deliveries_of(s, id, status, page.offset(), page.page_size));
    for (const auto& d : rows) items.push_back(delivery_json(d));
    return {};
  }));
  return list_envelope(std::move(items), total, page);
}

Result<json> retry(const Deps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(std::int64_t id, id_param(req, "id"));
  XJ_TRY(std::int64_t delivery_id, id_param(req, "delivery_id"));
  json out;
  XJ_CHECK(deps.db.write([&](store::Session& s) -> Status {
    XJ_TRY(auto sub, visible_subscription(s, who, id));
    XJ_TRY(auto found, sharing::find_delivery(s, id, delivery_id));
    if (!found) return fail(ErrorCode::not_found, "未找到该投递 (no such delivery)");
    XJ_TRY(bool requeued, sharing::requeue_dead(s, id, delivery_id, sharing::unix_ms_now()));
    if (!requeued) {
      return fail(ErrorCode::conflict, "只有死信可以重新投递 (only dead letters can be retried)");
    }
    XJ_TRY(found, sharing::find_delivery(s, id, delivery_id));
    out = delivery_json(*found);
    return {};
  }));
  return out;
}

// penalty.published data: the penalty as the public record shows it today, when it does.
sharing::PenaltyPublication penalty_publication(core::Clock clock) {
  return [clock](store::Session& s,
                 const store::OutboxEvent& e) -> Result<std::optional<std::string>> {
    const json payload = json::parse(e.payload, nullptr, false);
    if (!payload.is_object() || !payload.contains("key") || !payload["key"].is_string() ||
        e.uscc.empty()) {
      return std::optional<std::string>{};
    }
    auto record = disclosure::public_record(s, e.uscc, clock.today());
    if (!record) {
      if (record.error().code == ErrorCode::not_found) return std::optional<std::string>{};
      return fail(record.error());
    }
    const json shown = to_json(*record);
    for (const json& p : shown["penalties"]) {
      if (p.value("decision_no", "") == payload["key"].get<std::string>()) {
        return std::optional<std::string>{p.dump(-1, ' ', false, json::error_handler_t::replace)};
      }
    }
    return std::optional<std::string>{};
  };
}

template <typename T>
Response answer(const Result<T>& r, const Request& req, int status = 200) {
  if (!r) return error_response(r.error(), req.request_id);
  return json_response(status, *r);
}

}  // namespace

void register_sharing_handlers(App& app, const Capabilities& caps) {
  auto settings = sharing::load_delivery_settings(caps.config_dir);
  if (!settings) throw std::runtime_error(settings.error().message);  // start-up configuration
  const Deps deps{caps.db, caps.legacy, caps.security, *settings};
  caps.outbox.add_consumer(
      std::make_shared<sharing::DeliveryPlanner>(caps.db, penalty_publication(caps.clock)));
  auto sender = std::make_shared<sharing::DeliverySender>(caps.db, *settings);
  caps.outbox.add_tick([sender] { return sender->tick(); });

  auto& r = app.router();
  const std::string perm = "subscription.manage";
  r.post("/api/v1/subscriptions", Access::internal, perm,
         [deps](Request& req) { return answer(create(deps, req), req, 201); });
  r.get("/api/v1/subscriptions", Access::internal, perm,
        [deps](Request& req) { return answer(list(deps, req), req); });
  r.get("/api/v1/subscriptions/{id}", Access::internal, perm,
        [deps](Request& req) { return answer(show(deps, req), req); });
  r.del("/api/v1/subscriptions/{id}", Access::internal, perm,
        [deps](Request& req) { return answer(remove(deps, req), req); });
  r.get("/api/v1/subscriptions/{id}/watchlist", Access::internal, perm,
        [deps](Request& req) { return answer(watchlist_read(deps, req), req); });
  r.post("/api/v1/subscriptions/{id}/watchlist", Access::internal, perm,
         [deps](Request& req) { return answer(watchlist_change(deps, req, true), req); });
  r.del("/api/v1/subscriptions/{id}/watchlist", Access::internal, perm,
        [deps](Request& req) { return answer(watchlist_change(deps, req, false), req); });
  r.get("/api/v1/subscriptions/{id}/deliveries", Access::internal, perm,
        [deps](Request& req) { return answer(deliveries(deps, req), req); });
  r.post("/api/v1/subscriptions/{id}/deliveries/{delivery_id}/retry", Access::internal, perm,
         [deps](Request& req) { return answer(retry(deps, req), req); });
}

}  // namespace xj::http
