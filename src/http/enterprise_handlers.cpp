// GET /api/v1/enterprises, GET /api/v1/enterprises/{uscc} (enterprise_handlers.h).
#include "http/enterprise_handlers.h"

#include "core/uscc.h"
#include "disclosure/search.h"
#include "http/collection_json.h"
#include "http/errors.h"
#include "http/json.h"
#include "http/list_scope.h"
#include "registry/enterprise_query.h"
#include "registry/enterprise_repo.h"
#include "registry/keylist_export.h"
#include "registry/keylist_repo.h"

namespace xj::http {
namespace {

using nlohmann::json;

constexpr std::string_view kDefaultModel = "general";  // 通用型模型
constexpr std::size_t kMaxModelChars = 64;

bool is_risk_class(std::string_view c) {
  return c == "A" || c == "B" || c == "C" || c == "D" || c == "unclassified";
}

// ?q=: an exact USCC or a part of the name (disclosure/search.h, as the public search).
Status add_query(registry::EnterpriseFilter& f, std::string_view raw, store::Dialect dialect,
                 const core::LegacyCodes& legacy) {
  XJ_TRY(disclosure::SearchQuery q, disclosure::parse_search_query(raw, legacy));
  if (q.kind == disclosure::SearchKind::uscc) {
    if (f.uscc && *f.uscc != q.text) f.uscc = "";  // an enterprise user asking for another code
    if (!f.uscc) f.uscc = q.text;
    return {};
  }
  registry::NameMatch m{q.text, disclosure::like_contains(q.text), disclosure::like_prefix(q.text),
                        std::nullopt};
  if (dialect == store::Dialect::sqlite && q.kind == disclosure::SearchKind::name) {
    m.fts_phrase = disclosure::fts_phrase(q.text);
  }
  f.name = std::move(m);
  return {};
}

json tags_json(const std::vector<registry::Tag>& tags) {
  json out = json::array();
  for (const auto& t : tags)
    out.push_back({{"area", t.area}, {"subcategory", or_null(t.subcategory)}});
  return out;
}

Result<json> search(const Capabilities& caps, const Request& req) {
  XJ_TRY(auth::Principal who, caps.security.principal(req));
  XJ_TRY(Page page, parse_page(req));
  const bool officer = who.role != auth::Role::enterprise;
  registry::EnterpriseFilter filter;
  if (!officer) filter.uscc = who.uscc.value_or("");
  XJ_TRY(std::string region, scoped_region(req, who));
  if (officer) filter.region_prefix = region;
  if (auto area = req.query_param("area"); area && !area->empty()) {
    XJ_CHECK(registry::area_name(*area));
    filter.area = *area;
  }
  std::string model = req.query_param("model").value_or("");
  if (model.empty()) model = kDefaultModel;
  if (model.size() > kMaxModelChars) {
    return fail(ErrorCode::bad_request, "model 过长 (model name too long)");
  }
  if (auto cls = req.query_param("risk_class"); cls && !cls->empty()) {
    if (!is_risk_class(*cls)) {
      return fail(ErrorCode::bad_request,
                  "risk_class 应为 A、B、C、D 或 unclassified (bad risk_class)");
    }
    if (!officer) {
      return fail(ErrorCode::forbidden, "风险分类仅限内部使用 (risk classes are internal)");
    }
    filter.risk = registry::RiskFilter{model, *cls};
  }
  registry::EnterprisePage found;
  XJ_CHECK(caps.db.read([&](store::Session& s) -> Status {
    if (auto q = req.query_param("q"); q && !q->empty()) {
      XJ_CHECK(add_query(filter, *q, s.dialect(), caps.legacy));
    }
    XJ_TRY(found, registry::search_enterprises(s, filter, model, page.page_size, page.offset()));
    return {};
  }));
  json items = json::array();
  for (const auto& hit : found.items) {
    json item = {{"uscc", hit.uscc},
                 {"name", hit.name},
                 {"region_code", hit.region_code},
                 {"status", hit.status},
                 {"tags", tags_json(hit.tags)}};
    // Classes are internal (domain-rules §2 "Never public"): officers only.
    if (officer) item["risk_class"] = hit.risk_class.value_or("unclassified");
    items.push_back(std::move(item));
  }
  json out = list_envelope(std::move(items), found.total, page);
  if (officer) out["model"] = model;
  return out;
}

Result<json> view(const Capabilities& caps, const Request& req) {
  XJ_TRY(core::Uscc uscc, core::Uscc::parse(req.param("uscc"), caps.legacy));
  XJ_TRY(auth::Principal who, caps.security.principal(req));
  const std::string& code = uscc.str();
  json out;
  XJ_CHECK(caps.db.read([&](store::Session& s) -> Status {
    XJ_TRY(auto enterprise, registry::find_enterprise(s, code));
    XJ_TRY(auto entries, registry::keylist_entries_of(s, code));
    if (!enterprise && entries.empty()) {
      return fail(ErrorCode::not_found, "未找到该市场主体 (no enterprise with this code)");
    }
    XJ_TRY(std::string region, registry::enterprise_region(s, code));
    XJ_CHECK(who.require_enterprise_read(code, region));
    if (enterprise) {
      out = to_json(*enterprise);
    } else {  // known from the key-area list only: no master data yet
      out = {{"uscc", code}, {"name", entries.back().name}, {"region_code", region}};
    }
    XJ_TRY(auto tags, registry::tags_of(s, code));
    out["tags"] = tags_json(tags);
    json key_areas = json::array();
    for (const auto& e : entries) {
      if (!e.removed_on) key_areas.push_back(to_json(e));
    }
    out["key_areas"] = std::move(key_areas);
    if (who.role == auth::Role::enterprise) return {};  // classes are internal
    XJ_TRY(auto classes, registry::risk_classes_of(s, code));
    json risk = json::array();
    for (const auto& c : classes) {
      risk.push_back({{"model", c.model},
                      {"model_version", c.model_version},
                      {"class", c.risk_class},
                      {"score", c.score},
                      {"computed_at", c.computed_at}});
    }
    out["risk"] = std::move(risk);
    return {};
  }));
  return out;
}

template <typename T>
Response answer(const Result<T>& r, const Request& req) {
  if (!r) return error_response(r.error(), req.request_id);
  return json_response(200, *r);
}

}  // namespace

void register_enterprise_handlers(App& app, const Capabilities& caps) {
  app.router().get("/api/v1/enterprises", Access::internal, "enterprise.read",
                   [caps](Request& req) { return answer(search(caps, req), req); });
  app.router().get("/api/v1/enterprises/{uscc}", Access::internal, "enterprise.read",
                   [caps](Request& req) { return answer(view(caps, req), req); });
  register_keylist_proposal_handlers(app, caps);
}

}  // namespace xj::http
