// The risk routes (risk_handlers.h).
#include "http/risk_handlers.h"

#include <charconv>

#include <spdlog/spdlog.h>

#include "core/region_code.h"
#include "core/uscc.h"
#include "http/errors.h"
#include "http/json.h"
#include "http/list_scope.h"
#include "http/risk_json.h"
#include "registry/enterprise_repo.h"
#include "registry/keylist_export.h"
#include "registry/keylist_repo.h"
#include "risk/assessment_repo.h"
#include "risk/engine.h"

namespace xj::http {
namespace {

using nlohmann::json;

struct RiskDeps {
  store::Database& db;
  const core::LegacyCodes& legacy;
  const Security& security;
  std::shared_ptr<risk::Engine> engine;
};

Result<json> assessments(const RiskDeps& deps, const Request& req) {
  XJ_TRY(core::Uscc uscc, core::Uscc::parse(req.param("uscc"), deps.legacy));
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  const std::string& code = uscc.str();
  const auto models = deps.engine->models();
  json items = json::array();
  XJ_CHECK(deps.db.read([&](store::Session& s) -> Status {
    XJ_TRY(auto enterprise, registry::find_enterprise(s, code));
    if (!enterprise) {
      XJ_TRY(auto entries, registry::keylist_entries_of(s, code));
      if (entries.empty()) {
        return fail(ErrorCode::not_found, "未找到该市场主体 (no enterprise with this code)");
      }
    }
    const std::string region =
        enterprise && !enterprise->region_code.empty() ? enterprise->region_code : code.substr(2, 6);
    XJ_CHECK(who.require_enterprise_read(code, region));
    XJ_TRY(auto stored, risk::assessments_of(s, code));
    // In the order of the models in force (general first).
    for (const auto& m : models->models) {
      for (const auto& a : stored) {
        if (a.model == m.id) items.push_back(to_json(a, &m));
      }
    }
    for (const auto& a : stored) {
      if (!models->find(a.model)) items.push_back(to_json(a, nullptr));
    }
    return {};
  }));
  return json{{"uscc", code}, {"assessments", items}};
}

Result<json> summary(const RiskDeps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  const auto models = deps.engine->models();
  const std::string model_id = req.query_param("model").value_or("general");
  risk::SummaryFilter filter;
  filter.model = models->find(model_id.empty() ? "general" : model_id);
  if (!filter.model) {
    return fail(ErrorCode::bad_request, "未知的风险分类模型 (unknown model): " + model_id);
  }
  XJ_TRY(filter.region_prefix, scoped_region(req, who));
  XJ_TRY(filter.area, scoped_area(req, who));
  std::map<std::string, std::int64_t> counts;
  XJ_CHECK(deps.db.read([&](store::Session& s) -> Status {
    XJ_TRY(counts, risk::class_counts(s, filter));
    return {};
  }));
  return json(counts);
}

json models_json(const risk::ModelSet& models) {
  json items = json::array();
  for (const auto& m : models.models) items.push_back(to_json(m));
  return json{{"models", items}};
}

Result<json> reload(const RiskDeps& deps) {
  XJ_TRY(auto reloaded, deps.engine->reload());
  json out = models_json(*reloaded.models);
  out["run_id"] = reloaded.run_id ? json(*reloaded.run_id) : json(nullptr);
  return out;
}

Result<json> start_run(const RiskDeps& deps, const Request& req) {
  std::vector<std::string> models;
  if (!req.body.empty()) {
    XJ_TRY(json body, parse_json_object(req.body));
    if (body.contains("models") && !body["models"].is_null()) {
      const json& list = body["models"];
      if (!list.is_array()) {
        return invalid("models", "invalid_enum", "models 应为模型 id 数组 (models: array of ids)");
      }
      for (const auto& m : list) {
        if (!m.is_string()) {
          return invalid("models", "invalid_enum", "models 应为模型 id 数组 (models: array of ids)");
        }
        models.push_back(m.get<std::string>());
      }
    }
  }
  XJ_TRY(std::int64_t id, deps.engine->submit(models, "api"));
  XJ_TRY(auto run, deps.engine->find(id));
  if (!run) return fail(ErrorCode::internal, "risk run vanished");
  return to_json(*run);
}

Result<json> run_status(const RiskDeps& deps, const Request& req) {
  const std::string text = req.param("id");
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  XJ_TRY(auto run, ec == std::errc() && end == text.data() + text.size()
                       ? deps.engine->find(id)
                       : Result<std::optional<risk::Run>>(std::nullopt));
  if (!run) return fail(ErrorCode::not_found, "未找到该分类任务 (no such risk run)");
  return to_json(*run);
}

template <typename T>
Response answer(const Result<T>& r, const Request& req, int status = 200) {
  if (!r) return error_response(r.error(), req.request_id);
  return json_response(status, *r);
}

}  // namespace

void register_risk_handlers(App& app, const Capabilities& caps) {
  auto engine = std::make_shared<risk::Engine>(caps.db, caps.clock, caps.config_dir / "models");
  engine->load();  // refused files are logged; the good ones are in force
  if (auto s = caps.db.write([](store::Session& session) { return risk::fail_abandoned_runs(session); });
      !s) {
    spdlog::warn("risk: {}", s.error().message);
  }
  caps.outbox.add_consumer(engine->consumer());
  caps.outbox.add_tick([engine] { return engine->monthly_tick(); });
  const RiskDeps deps{caps.db, caps.legacy, caps.security, engine};
  Router& r = app.router();
  r.get("/api/v1/risk/summary", Access::internal, "risk.read",
        [deps](Request& req) { return answer(summary(deps, req), req); });
  r.get("/api/v1/risk/models", Access::internal, "risk.read", [deps](Request&) {
    return json_response(200, models_json(*deps.engine->models()));
  });
  r.post("/api/v1/risk/models/reload", Access::internal, "risk.admin",
         [deps](Request& req) { return answer(reload(deps), req); });
  r.post("/api/v1/risk/runs", Access::internal, "risk.admin",
         [deps](Request& req) { return answer(start_run(deps, req), req, 202); });
  r.get("/api/v1/risk/runs/{id}", Access::internal, "risk.read",
        [deps](Request& req) { return answer(run_status(deps, req), req); });
  r.get("/api/v1/risk/{uscc}", Access::internal, "risk.read",
        [deps](Request& req) { return answer(assessments(deps, req), req); });
}

}  // namespace xj::http
