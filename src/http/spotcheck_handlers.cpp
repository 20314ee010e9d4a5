#include "http/spotcheck_handlers.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <memory>

#include "collection/json_row.h"
#include "collection/record_writer.h"
#include "collection/row_validator.h"
#include "core/region_code.h"
#include "core/uscc.h"
#include "core/working_days.h"
#include "http/errors.h"
#include "http/json.h"
#include "http/list_scope.h"
#include "spotcheck/catalogue_repo.h"
#include "spotcheck/draw_json.h"
#include "spotcheck/draw_repo.h"
#include "spotcheck/draw_service.h"
#include "spotcheck/plan_json.h"
#include "spotcheck/plan_repo.h"
#include "spotcheck/task_repo.h"
#include "spotcheck/task_service.h"

namespace xj::http {
namespace {

using nlohmann::json;
using spotcheck::Plan;
using spotcheck::TaskRow;

constexpr std::string_view kAreas[] = {"food_production", "special_equipment"};
constexpr std::string_view kBuiltInModels[] = {"general", "food_production", "elevator_maintenance",
                                               "lpg_filling"};

struct Deps {
  store::Database& db;
  core::Clock clock;
  const core::LegacyCodes& legacy;
  const Security& security;
  std::filesystem::path config_dir;
  std::shared_ptr<const core::WorkingCalendar> calendar;
};

Response answer(const Result<json>& r, const Request& req, int status = 200) {
  if (!r) return error_response(r.error(), req.request_id);
  return json_response(status, *r);
}

Response answer_text(const Result<std::string>& r, const Request& req, int status) {
  if (!r) return error_response(r.error(), req.request_id);
  return Response::json(status, *r);
}

Result<std::int64_t> path_id(const Request& req, std::string_view what) {
  const std::string text = req.param("id");
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size()) {
    return fail(ErrorCode::not_found, "未找到 (not found): " + std::string(what));
  }
  return id;
}

std::optional<std::string> query(const Request& req, const std::string& name) {
  auto v = req.query_param(name);
  if (!v || v->empty()) return std::nullopt;
  return v;
}

Result<std::optional<std::string>> area_param(const Request& req) {
  auto area = query(req, "area");
  if (area && std::find(std::begin(kAreas), std::end(kAreas), *area) == std::end(kAreas)) {
    return fail(ErrorCode::bad_request,
                "area 应为 food_production 或 special_equipment (unknown area)");
  }
  return area;
}

// A required non-empty text field of a body; optional ones give nullopt when absent or empty.
Result<std::string> required_text(const json& body, const char* key, const char* label) {
  auto it = body.find(key);
  if (it == body.end() || !it->is_string() || it->get<std::string>().empty()) {
    return invalid(key, "missing_field",
                   std::string("必填项为空：") + label + " (" + key + " is required)");
  }
  return it->get<std::string>();
}

std::optional<std::string> optional_text(const json& body, const char* key) {
  auto it = body.find(key);
  if (it == body.end() || !it->is_string() || it->get<std::string>().empty()) return std::nullopt;
  return it->get<std::string>();
}

Result<std::string> area_field(const json& body) {
  XJ_TRY(std::string area, required_text(body, "area", "领域"));
  if (std::find(std::begin(kAreas), std::end(kAreas), area) == std::end(kAreas)) {
    return invalid("area", "invalid_enum",
                   "领域应为 food_production 或 special_equipment (unknown area)");
  }
  return area;
}

// ---- matters ----------------------------------------------------------------------------------

json matter_json(const spotcheck::Matter& m) {
  return {{"code", m.code}, {"name", m.name}, {"basis", or_null(m.basis)},
          {"area", m.area}, {"kind", m.kind}, {"method", or_null(m.method)}};
}

Result<json> list_matters(const Deps& deps, const Request& req) {
  XJ_TRY(Page page, parse_page(req));
  XJ_TRY(auto area, area_param(req));
  json items = json::array();
  std::int64_t total = 0;
  XJ_CHECK(deps.db.read([&](store::Session& s) -> Status {
    XJ_TRY(total, spotcheck::count_matters(s, area));
    XJ_TRY(auto list, spotcheck::list_matters(s, area, page.offset(), page.page_size));
    for (const auto& m : list) items.push_back(matter_json(m));
    return {};
  }));
  return list_envelope(std::move(items), total, page);
}

Result<json> add_matter(const Deps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(json body, parse_json_object(req.body));
  spotcheck::Matter m;
  XJ_TRY(m.code, required_text(body, "code", "事项编码"));
  XJ_TRY(m.name, required_text(body, "name", "事项名称"));
  XJ_TRY(m.area, area_field(body));
  XJ_TRY(m.kind, required_text(body, "kind", "事项类别"));
  if (m.kind != "general" && m.kind != "key") {
    return invalid("kind", "invalid_enum", "事项类别应为 general 或 key (kind: general | key)");
  }
  if (m.code.size() > 64) return invalid("code", "too_long", "事项编码过长 (code is too long)");
  m.basis = optional_text(body, "basis");
  m.method = optional_text(body, "method");
  XJ_CHECK(deps.db.write([&](store::Session& s) -> Status {
    XJ_TRY(auto existing, spotcheck::matters_named(s, {m.code}));
    if (!existing.empty()) {
      return fail(ErrorCode::conflict, "抽查事项编码已存在 (a matter with this code exists)");
    }
    return spotcheck::insert_matter(s, m, who.name);
  }));
  return matter_json(m);
}

// ---- inspectors -------------------------------------------------------------------------------

json inspector_json(const collection::Inspector& i) {
  return {{"id", i.id},           {"name", i.name},
          {"unit", i.unit},       {"region_code", i.region_code},
          {"domains", i.domains}, {"status", i.status}};
}

Result<json> list_inspectors(const Deps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(Page page, parse_page(req));
  spotcheck::InspectorFilter filter;
  XJ_TRY(filter.region_prefix, scoped_region(req, who));
  filter.domain = query(req, "domain");
  filter.status = query(req, "status");
  json items = json::array();
  std::int64_t total = 0;
  XJ_CHECK(deps.db.read([&](store::Session& s) -> Status {
    XJ_TRY(total, spotcheck::count_inspectors(s, filter));
    XJ_TRY(auto list, spotcheck::list_inspectors(s, filter, page.offset(), page.page_size));
    for (const auto& i : list) items.push_back(inspector_json(i));
    return {};
  }));
  return list_envelope(std::move(items), total, page);
}

// The same validation as an `inspectors` import row; 201 when new, 200 when it updated or
// matched the stored inspector.
Result<std::pair<int, json>> add_inspector(const Deps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(json body, parse_json_object(req.body));
  const auto kind = collection::ImportKind::inspectors;
  auto v = collection::validate_row(kind, collection::row_from_json(body, kind, 1),
                                    deps.clock.today(), deps.legacy);
  if (v.error) {
    return fail(ErrorCode::validation_failed, v.error->message,
                {ErrorDetail{v.error->column, v.error->code, v.error->message}});
  }
  const auto& inspector = std::get<collection::Inspector>(*v.record);
  XJ_CHECK(who.require_write(inspector.region_code));
  std::pair<int, json> out;
  XJ_CHECK(deps.db.write([&](store::Session& s) -> Status {
    XJ_TRY(auto change, collection::store_record(s, *v.record, {who.name, std::nullopt}));
    out.first = change == collection::Change::inserted ? 201 : 200;
    return {};
  }));
  out.second = inspector_json(inspector);
  return out;
}

// 回避: {uscc, reason, [valid_until]} by an officer within the inspector's region, or by the
// inspector itself (username = certificate number).
Result<json> declare_conflict(const Deps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  const std::string id = req.param("id");
  json out;
  XJ_CHECK(deps.db.write([&](store::Session& s) -> Status {
    XJ_TRY(auto inspector, spotcheck::find_inspector(s, id));
    if (!inspector) return fail(ErrorCode::not_found, "未找到该检查人员 (no such inspector)");
    if (who.role == auth::Role::inspector) {
      if (who.name != inspector->id) {
        return fail(ErrorCode::forbidden,
                    "检查人员只能申报本人的回避 (an inspector declares only its own conflicts)");
      }
    } else {
      XJ_CHECK(who.require_write(inspector->region_code));
    }
    XJ_TRY(json body, parse_json_object(req.body));
    XJ_TRY(std::string uscc_text, required_text(body, "uscc", "统一社会信用代码"));
    XJ_TRY(core::Uscc uscc, core::Uscc::parse(uscc_text, deps.legacy));
    spotcheck::Declaration d;
    d.inspector = inspector->id;
    d.uscc = uscc.str();
    XJ_TRY(d.reason, required_text(body, "reason", "回避理由"));
    d.declared_on = deps.clock.today().to_string();
    if (auto until = optional_text(body, "valid_until")) {
      XJ_TRY(core::Date date, core::parse_date(*until, "valid_until"));
      d.valid_until = date.to_string();
    }
    d.declared_by = who.name;
    XJ_TRY(d.id, spotcheck::insert_declaration(s, d));
    out = {{"id", d.id},
           {"inspector", d.inspector},
           {"uscc", d.uscc},
           {"reason", d.reason},
           {"declared_on", d.declared_on},
           {"valid_until", or_null(d.valid_until)}};
    return {};
  }));
  return out;
}

// ---- key supervision items --------------------------------------------------------------------

json item_json(const spotcheck::SupervisionItem& i) {
  return {{"id", i.id},
          {"region", i.region_code},
          {"area", i.area},
          {"item", i.item},
          {"subject", or_null(i.subject)},
          {"object", or_null(i.object)},
          {"measures", or_null(i.measures)}};
}

Result<json> list_items(const Deps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(Page page, parse_page(req));
  XJ_TRY(std::string region, scoped_region(req, who));
  XJ_TRY(auto area, area_param(req));
  json items = json::array();
  std::int64_t total = 0;
  XJ_CHECK(deps.db.read([&](store::Session& s) -> Status {
    XJ_TRY(total, spotcheck::count_items(s, region, area));
    XJ_TRY(auto list, spotcheck::list_items(s, region, area, page.offset(), page.page_size));
    for (const auto& i : list) items.push_back(item_json(i));
    return {};
  }));
  return list_envelope(std::move(items), total, page);
}

Result<json> add_item(const Deps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(json body, parse_json_object(req.body));
  spotcheck::SupervisionItem item;
  item.region_code = optional_text(body, "region").value_or(who.region);
  if (!core::is_region_prefix(item.region_code)) {
    return invalid("region", "invalid_region",
                   "区划应为 2、4 或 6 位数字 (a region: 2, 4 or 6 digits)");
  }
  XJ_CHECK(who.require_write(item.region_code));
  XJ_TRY(item.area, area_field(body));
  XJ_TRY(item.item, required_text(body, "item", "监管事项"));
  item.subject = optional_text(body, "subject");
  item.object = optional_text(body, "object");
  item.measures = optional_text(body, "measures");
  XJ_CHECK(deps.db.write([&](store::Session& s) -> Status {
    XJ_TRY(item.id, spotcheck::insert_item(s, item, who.name));
    return {};
  }));
  return item_json(item);
}

// ---- plans and draws --------------------------------------------------------------------------

bool is_model(const Deps& deps, std::string_view name) {
  if (std::find(std::begin(kBuiltInModels), std::end(kBuiltInModels), name) !=
      std::end(kBuiltInModels)) {
    return true;
  }
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  std::error_code ec;
  return !name.empty() &&
         std::filesystem::exists(deps.config_dir / "models" / (std::string(name) + ".toml"), ec);
}

Result<json> list_plans(const Deps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(Page page, parse_page(req));
  XJ_TRY(std::string region, scoped_region(req, who));
  json items = json::array();
  std::int64_t total = 0;
  XJ_CHECK(deps.db.read([&](store::Session& s) -> Status {
    XJ_TRY(total, spotcheck::count_plans(s, region));
    XJ_TRY(auto list, spotcheck::list_plans(s, region, page.offset(), page.page_size));
    for (const auto& p : list) items.push_back(spotcheck::plan_json(p));
    return {};
  }));
  return list_envelope(std::move(items), total, page);
}

Result<json> add_plan(const Deps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(json body, parse_json_object(req.body));
  XJ_TRY(Plan plan, spotcheck::plan_from_json(
                        body, who.region, [&](std::string_view m) { return is_model(deps, m); }));
  XJ_CHECK(who.require_write(plan.region_prefix));
  XJ_CHECK(who.require_write(plan.filter_region_prefix));
  plan.created_on = deps.clock.today().to_string();
  plan.created_by = who.name;
  XJ_CHECK(deps.db.write([&](store::Session& s) -> Status {
    XJ_TRY(auto known, spotcheck::matters_named(s, plan.matter_codes));
    std::vector<ErrorDetail> unknown;
    for (const auto& code : plan.matter_codes) {
      if (std::none_of(known.begin(), known.end(), [&](const auto& m) { return m.code == code; })) {
        unknown.push_back(
            {"matter_codes", "invalid_enum", "未知的抽查事项 (unknown matter) " + code});
      }
    }
    if (!unknown.empty()) {
      std::string message = unknown.front().message;
      return fail(ErrorCode::validation_failed, std::move(message), std::move(unknown));
    }
    XJ_TRY(plan.id, spotcheck::insert_plan(s, plan));
    return {};
  }));
  return spotcheck::plan_json(plan);
}

Result<std::string> draw(const Deps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(std::int64_t plan_id, path_id(req, "plan"));
  XJ_TRY(json body, parse_json_object(req.body));
  XJ_TRY(std::string seed, required_text(body, "seed", "种子"));
  std::string record;
  XJ_CHECK(deps.db.write([&](store::Session& s) -> Status {
    XJ_TRY(record, spotcheck::perform_draw(
                       s, {plan_id, seed, deps.clock.today(), who.name},
                       [&](const Plan& p) { return who.require_write(p.region_prefix); }));
    return {};
  }));
  return record;
}

Result<std::string> draw_record(const Deps& deps, const Request& req, bool internal) {
  XJ_TRY(std::int64_t id, path_id(req, "draw"));
  std::optional<spotcheck::DrawRow> found;
  XJ_CHECK(deps.db.read([&](store::Session& s) -> Status {
    XJ_TRY(found, spotcheck::find_draw(s, id));
    return {};
  }));
  if (!found) return fail(ErrorCode::not_found, "未找到该抽取记录 (no such draw)");
  if (!internal) return spotcheck::with_draw_id(found->public_record, id);
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_CHECK(who.require_read(found->region_prefix));
  return spotcheck::with_draw_id(found->record, id);
}

Result<json> public_plans(const Deps& deps, const Request& req) {
  XJ_TRY(Page page, parse_page(req));
  json items = json::array();
  std::int64_t total = 0;
  XJ_CHECK(deps.db.read([&](store::Session& s) -> Status {
    XJ_TRY(total, spotcheck::count_plans(s, ""));
    XJ_TRY(auto list, spotcheck::list_plans(s, "", page.offset(), page.page_size));
    for (const auto& p : list) {
      XJ_TRY(auto matters, spotcheck::matters_named(s, p.matter_codes));
      items.push_back(spotcheck::public_plan_json(p, matters));
    }
    return {};
  }));
  return list_envelope(std::move(items), total, page);
}

// ---- tasks ------------------------------------------------------------------------------------

json task_json(const Deps& deps, const TaskRow& t) {
  json inspectors = json::array();
  for (const auto& i : t.inspectors) {
    inspectors.push_back({{"id", i.id}, {"name", i.name}, {"unit", i.unit}});
  }
  const core::Date today = deps.clock.today();
  return {{"id", t.id},
          {"plan_id", t.plan_id},
          {"draw_id", t.draw_id},
          {"uscc", t.uscc},
          {"name", t.name},
          {"region_code", t.region_code},
          {"due_on", t.due_on},
          {"status", t.status},
          {"inspectors", inspectors},
          {"results", t.results},
          {"findings", or_null(t.findings)},
          {"checked_on", or_null(t.checked_on)},
          {"entered_on", or_null(t.entered_on)},
          {"inspection_no", or_null(t.inspection_no)},
          {"publish_by", spotcheck::publication_deadline(t, *deps.calendar).to_string()},
          {"overdue", spotcheck::publication_overdue(t, *deps.calendar, today)}};
}

Result<json> list_tasks(const Deps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(Page page, parse_page(req));
  spotcheck::TaskFilter filter;
  filter.inspector = query(req, "inspector");
  if (who.role == auth::Role::inspector) {
    // An inspector sees its own tasks only, wherever the enterprise is.
    if (filter.inspector && *filter.inspector != who.name) {
      return fail(ErrorCode::forbidden,
                  "检查人员只能查看本人的任务 (an inspector sees only its own tasks)");
    }
    filter.inspector = who.name;
    filter.region_prefix = "";
  } else {
    XJ_TRY(filter.region_prefix, scoped_region(req, who));
  }
  if (auto plan = query(req, "plan")) {
    std::int64_t id = 0;
    auto [end, ec] = std::from_chars(plan->data(), plan->data() + plan->size(), id);
    if (ec != std::errc() || end != plan->data() + plan->size()) {
      return fail(ErrorCode::bad_request, "plan 应为计划编号 (plan must be a plan id)");
    }
    filter.plan_id = id;
  }
  filter.status = query(req, "status");
  json items = json::array();
  std::int64_t total = 0;
  XJ_CHECK(deps.db.read([&](store::Session& s) -> Status {
    XJ_TRY(total, spotcheck::count_tasks(s, filter));
    XJ_TRY(auto list, spotcheck::list_tasks(s, filter, page.offset(), page.page_size));
    for (const auto& t : list) items.push_back(task_json(deps, t));
    return {};
  }));
  return list_envelope(std::move(items), total, page);
}

Result<json> enter_result(const Deps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(std::int64_t id, path_id(req, "task"));
  XJ_TRY(json body, parse_json_object(req.body));
  spotcheck::ResultEntry entry;
  if (auto it = body.find("results"); it != body.end() && it->is_array()) {
    for (const auto& r : *it) {
      if (!r.is_string())
        return invalid("results", "invalid_enum", "检查结果应为文本 (results are strings)");
      entry.results.push_back(r.get<std::string>());
    }
  }
  entry.findings = optional_text(body, "findings");
  entry.checked_on = optional_text(body, "checked_on");
  auto authorize = [&](const TaskRow& t) -> Status {
    if (who.role == auth::Role::inspector) {
      for (const auto& i : t.inspectors) {
        if (i.id == who.name) return {};
      }
      return fail(ErrorCode::forbidden,
                  "只能录入本人任务的结果 (an inspector enters results of its own tasks only)");
    }
    return who.require_enterprise_write(t.uscc, t.region_code);
  };
  json out;
  XJ_CHECK(deps.db.write([&](store::Session& s) -> Status {
    XJ_TRY(TaskRow done, spotcheck::enter_result(
                             s, id, entry, {deps.clock.today(), deps.legacy, who.name}, authorize));
    out = task_json(deps, done);
    return {};
  }));
  return out;
}

}  // namespace

void register_spotcheck_handlers(App& app, const Capabilities& caps) {
  const Deps deps{caps.db,       caps.clock,      caps.legacy,
                  caps.security, caps.config_dir, caps.calendar};
  Router& r = app.router();
  r.get("/api/v1/spotcheck/matters", Access::internal, "spotcheck.read",
        [deps](Request& req) { return answer(list_matters(deps, req), req); });
  r.post("/api/v1/spotcheck/matters", Access::internal, "spotcheck.write",
         [deps](Request& req) { return answer(add_matter(deps, req), req, 201); });
  r.get("/api/v1/spotcheck/inspectors", Access::internal, "spotcheck.read",
        [deps](Request& req) { return answer(list_inspectors(deps, req), req); });
  r.post("/api/v1/spotcheck/inspectors", Access::internal, "spotcheck.write",
         [deps](Request& req) -> Response {
           auto out = add_inspector(deps, req);
           if (!out) return error_response(out.error(), req.request_id);
           return json_response(out->first, out->second);
         });
  r.post("/api/v1/spotcheck/inspectors/{id}/conflicts", Access::internal, "spotcheck.conflict",
         [deps](Request& req) { return answer(declare_conflict(deps, req), req, 201); });
  r.get("/api/v1/key-supervision-items", Access::internal, "supervision.read",
        [deps](Request& req) { return answer(list_items(deps, req), req); });
  r.post("/api/v1/key-supervision-items", Access::internal, "supervision.write",
         [deps](Request& req) { return answer(add_item(deps, req), req, 201); });
  r.get("/api/v1/spotcheck/plans", Access::internal, "spotcheck.read",
        [deps](Request& req) { return answer(list_plans(deps, req), req); });
  r.post("/api/v1/spotcheck/plans", Access::internal, "spotcheck.write",
         [deps](Request& req) { return answer(add_plan(deps, req), req, 201); });
  r.post("/api/v1/spotcheck/plans/{id}/draw", Access::internal, "spotcheck.write",
         [deps](Request& req) { return answer_text(draw(deps, req), req, 201); });
  // The internal record is for admin and credit_officer (api.md): exactly spotcheck.write.
  r.get("/api/v1/spotcheck/draws/{id}", Access::internal, "spotcheck.write",
        [deps](Request& req) { return answer_text(draw_record(deps, req, true), req, 200); });
  r.get("/api/v1/spotcheck/tasks", Access::internal, "spotcheck.task.read",
        [deps](Request& req) { return answer(list_tasks(deps, req), req); });
  r.post("/api/v1/spotcheck/tasks/{id}/result", Access::internal, "spotcheck.task.result",
         [deps](Request& req) { return answer(enter_result(deps, req), req, 201); });
  r.get("/api/v1/public/spotcheck/plans", Access::open, "",
        [deps](Request& req) { return answer(public_plans(deps, req), req); });
  r.get("/api/v1/public/spotcheck/draws/{id}", Access::open, "",
        [deps](Request& req) { return answer_text(draw_record(deps, req, false), req, 200); });
}

}  // namespace xj::http
