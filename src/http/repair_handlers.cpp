// The credit repair routes (repair_handlers.h).
#include "http/repair_handlers.h"

#include <nlohmann/json.hpp>

#include "core/uscc.h"
#include "http/commitment_handlers.h"
#include "http/body_fields.h"
#include "http/enterprise_write.h"
#include "http/errors.h"
#include "http/json.h"
#include "http/list_scope.h"
#include "repair/base64.h"
#include "repair/repair_repo.h"
#include "repair/repair_service.h"
#include "commitment/commitment_repo.h"

namespace xj::http {
namespace {

using nlohmann::json;

constexpr const char* kNoRepair = "未找到该修复申请 (no such repair application)";

json repair_json(const repair::Repair& r, core::Date today) {
  return {{"id", r.id},
          {"uscc", r.uscc},
          {"target", {{"type", repair::to_string(r.target_type)}, {"id", r.target_id}}},
          {"applied_on", r.applied_on},
          {"reason", r.reason},
          {"obligations_fulfilled", r.obligations_fulfilled},
          {"rectified", r.rectified},
          {"commitment_id", or_null(r.commitment_id)},
          {"repeat_offender", r.repeat_offender},
          {"status", r.status},
          {"due_on", r.due_on},
          {"overdue", repair::is_open(r.status) && today.to_string() > r.due_on},
          {"region_code", r.region_code},
          {"applied_by", r.applied_by},
          {"first_approved_by", or_null(r.first_approved_by)},
          {"decided_on", or_null(r.decided_on)},
          {"decided_by", or_null(r.decided_by)},
          {"decision_reason", or_null(r.decision_reason)}};
}

json material_json(const repair::Material& m) {
  return {{"id", m.id},
          {"repair_id", m.repair_id},
          {"kind", m.kind},
          {"filename", or_null(m.filename)},
          {"content_type", or_null(m.content_type)},
          {"size", m.size},
          {"sm3", m.sm3},
          {"text", or_null(m.text)},
          {"added_by", m.added_by},
          {"added_on", m.added_on}};
}

json decision_json(const repair::Decision& d) {
  return {{"id", d.id},
          {"decision", d.decision},
          {"reason", d.reason},
          {"decided_on", d.decided_on},
          {"officer", d.officer}};
}

Result<bool> required_bool(const json& body, const char* field) {
  auto it = body.find(field);
  if (it == body.end() || it->is_null()) {
    return invalid(field, "missing_field", std::string("缺少字段 ") + field + " (missing field)");
  }
  if (!it->is_boolean()) {
    return invalid(field, "invalid_enum", std::string(field) + " 应为 true 或 false (must be a boolean)");
  }
  return it->get<bool>();
}

// api.md body of POST /api/v1/repairs (uscc and region filled by the caller).
Result<repair::NewRepair> new_repair(const json& body) {
  repair::NewRepair in;
  auto target = body.find("target");
  if (target == body.end() || !target->is_object()) {
    return invalid("target", "missing_field", "缺少修复对象 target (missing target)");
  }
  XJ_TRY(std::string type, required_string(*target, "type"));
  auto parsed = repair::parse_target_type(type);
  if (!parsed) {
    return invalid("target.type", "invalid_enum",
                   "target.type 应为 penalty、abnormal_list 或 dishonest_list (invalid target type)");
  }
  in.target_type = *parsed;
  if (auto id = target->find("id"); id != target->end() && id->is_number_integer()) {
    in.target_id = std::to_string(id->get<std::int64_t>());
  } else {
    XJ_TRY(in.target_id, required_string(*target, "id"));
  }
  XJ_TRY(in.applied_on, optional_date(body, "applied_on"));
  XJ_TRY(in.reason, required_string(body, "reason"));
  XJ_TRY(in.obligations_fulfilled, required_bool(body, "obligations_fulfilled"));
  XJ_TRY(in.rectified, required_bool(body, "rectified"));
  if (auto ev = body.find("evidence"); ev != body.end() && !ev->is_null()) {
    if (!ev->is_array()) return invalid("evidence", "invalid_enum", "evidence 应为文本数组 (must be an array)");
    for (const auto& item : *ev) {
      if (!item.is_string()) return invalid("evidence", "invalid_enum", "evidence 应为文本数组 (must be an array of texts)");
      if (!item.get<std::string>().empty()) in.evidence.push_back(item.get<std::string>());
    }
  }
  XJ_TRY(in.commitment, required_string(body, "commitment"));
  return in;
}

// RFC 5987 filename*: UTF-8 bytes percent-encoded except unreserved characters.
std::string attachment(const std::string& name) {
  return "attachment; filename*=UTF-8''" + percent_encode(name);
}

class Routes {
 public:
  explicit Routes(const Capabilities& caps) : caps_(caps), calendar_(caps.calendar) {}

  Result<json> apply(const Request& req) const {
    XJ_TRY(auth::Principal who, caps_.security.principal(req));
    XJ_TRY(json body, parse_json_object(req.body));
    XJ_TRY(std::string code, required_string(body, "uscc"));
    XJ_TRY(core::Uscc uscc, core::Uscc::parse(code, caps_.legacy));
    XJ_TRY(repair::NewRepair in, new_repair(body));
    in.uscc = uscc.str();
    return write_for_enterprise(
        caps_, who, in.uscc, [&](store::Session& s, const std::string& region) -> Result<json> {
          in.region_code = region;
          XJ_TRY(auto r, repair::apply(s, in, context(who)));
          return repair_json(r, caps_.clock.today());
        });
  }

  Result<json> list(const Request& req) const {
    XJ_TRY(auth::Principal who, caps_.security.principal(req));
    XJ_TRY(Page page, parse_page(req));
    repair::RepairFilter f;
    XJ_TRY(ListSubject subject, list_subject(req, who, caps_.legacy));
    f.uscc = std::move(subject.uscc);
    f.region_prefix = std::move(subject.region_prefix);
    if (auto st = req.query_param("status"); st && !st->empty()) f.status = *st;
    const core::Date today = caps_.clock.today();
    const auto overdue = req.query_param("overdue").value_or("");
    if (overdue == "true" || overdue == "1") f.overdue_on = today.to_string();
    json items = json::array();
    std::int64_t total = 0;
    XJ_CHECK(caps_.db.read([&](store::Session& s) -> Status {
      XJ_TRY(total, repair::count_repairs(s, f));
      XJ_TRY(auto found, repair::list_repairs(s, f, page.offset(), page.page_size));
      for (const auto& r : found) items.push_back(repair_json(r, today));
      return {};
    }));
    return list_envelope(std::move(items), total, page);
  }

  Result<json> show(const Request& req) const {
    XJ_TRY(auth::Principal who, caps_.security.principal(req));
    XJ_TRY(std::int64_t id, id_param(req, "id", kNoRepair));
    json out;
    XJ_CHECK(caps_.db.read([&](store::Session& s) -> Status {
      XJ_TRY(auto r, readable(s, who, id));
      out = repair_json(r, caps_.clock.today());
      XJ_TRY(auto materials, repair::materials_of(s, id));
      XJ_TRY(auto decisions, repair::decisions_of(s, id));
      out["materials"] = json::array();
      for (const auto& m : materials) out["materials"].push_back(material_json(m));
      out["decisions"] = json::array();
      for (const auto& d : decisions) out["decisions"].push_back(decision_json(d));
      return {};
    }));
    return out;
  }

  Result<json> decide(const Request& req) const {
    XJ_TRY(auth::Principal who, caps_.security.principal(req));
    XJ_TRY(std::int64_t id, id_param(req, "id", kNoRepair));
    XJ_TRY(json body, parse_json_object(req.body));
    repair::DecisionInput in;
    XJ_TRY(in.decision, required_string(body, "decision"));
    XJ_TRY(in.reason, required_string(body, "reason"));
    XJ_TRY(in.decided_on, optional_date(body, "decided_on"));
    json out;
    XJ_CHECK(caps_.db.write([&](store::Session& s) -> Status {
      XJ_TRY(auto found, repair::find_repair(s, id));
      if (!found) return fail(ErrorCode::not_found, kNoRepair);
      // §5: a credit officer of the deciding region (the enterprise's division).
      XJ_CHECK(who.require_write(found->region_code));
      XJ_TRY(auto r, repair::decide(s, *found, in, context(who)));
      out = repair_json(r, caps_.clock.today());
      return {};
    }));
    caps_.outbox.wake();
    return out;
  }

  Result<json> upload(const Request& req) const {
    XJ_TRY(auth::Principal who, caps_.security.principal(req));
    XJ_TRY(std::int64_t id, id_param(req, "id", kNoRepair));
    repair::Upload up;
    up.filename = req.query_param("filename").value_or("");
    if (auto type = req.header("content-type"); !type.empty()) up.content_type = type;
    up.bytes = req.body;
    json out;
    XJ_CHECK(caps_.db.write([&](store::Session& s) -> Status {
      XJ_TRY(auto found, repair::find_repair(s, id));
      if (!found) return fail(ErrorCode::not_found, kNoRepair);
      XJ_CHECK(who.require_enterprise_write(found->uscc, found->region_code));
      XJ_TRY(auto m, repair::add_file(s, *found, up, context(who)));
      out = material_json(m);
      return {};
    }));
    return out;
  }

  Result<Response> download(const Request& req) const {
    XJ_TRY(auth::Principal who, caps_.security.principal(req));
    XJ_TRY(std::int64_t id, id_param(req, "id", kNoRepair));
    XJ_TRY(std::int64_t material, id_param(req, "material_id", "未找到该材料 (no such material)"));
    std::optional<repair::Material> meta;
    std::optional<std::string> content;
    XJ_CHECK(caps_.db.read([&](store::Session& s) -> Status {
      XJ_CHECK(readable(s, who, id));
      XJ_TRY(content, repair::material_content(s, id, material));
      XJ_TRY(auto all, repair::materials_of(s, id));
      for (auto& m : all) {
        if (m.id == material) meta = std::move(m);
      }
      return {};
    }));
    if (!content || !meta) return fail(ErrorCode::not_found, "未找到该材料 (no such material)");
    auto bytes = repair::base64_decode(*content);
    if (!bytes) return fail(ErrorCode::internal, "stored material is not base64");
    Response res = Response::text(200, std::move(*bytes),
                                  meta->content_type.value_or("application/octet-stream"));
    res.set_header("Content-Disposition", attachment(meta->filename.value_or("material")));
    res.set_header("X-Content-SM3", meta->sm3);
    return res;
  }

 private:
  repair::Context context(const auth::Principal& who) const {
    return {caps_.clock.today(), *calendar_, {}, who.name};
  }

  // The application, when `who` may read it (officers within region; the enterprise itself).
  Result<repair::Repair> readable(store::Session& s, const auth::Principal& who,
                                  std::int64_t id) const {
    XJ_TRY(auto found, repair::find_repair(s, id));
    if (!found) return fail(ErrorCode::not_found, kNoRepair);
    XJ_CHECK(who.require_enterprise_read(found->uscc, found->region_code));
    return std::move(*found);
  }

  Capabilities caps_;
  std::shared_ptr<const core::WorkingCalendar> calendar_;
};

template <typename T>
Response answer(const Result<T>& r, const Request& req, int status) {
  if (!r) return error_response(r.error(), req.request_id);
  return json_response(status, *r);
}

}  // namespace

void register_repair_handlers(App& app, const Capabilities& caps) {
  auto routes = std::make_shared<const Routes>(caps);
  auto& r = app.router();
  r.post("/api/v1/repairs", Access::internal, "repair.apply",
         [routes](Request& req) { return answer(routes->apply(req), req, 201); });
  r.get("/api/v1/repairs", Access::internal, "repair.read",
        [routes](Request& req) { return answer(routes->list(req), req, 200); });
  r.get("/api/v1/repairs/{id}", Access::internal, "repair.read",
        [routes](Request& req) { return answer(routes->show(req), req, 200); });
  r.post("/api/v1/repairs/{id}/decision", Access::internal, "repair.decide",
         [routes](Request& req) { return answer(routes->decide(req), req, 200); });
  r.post("/api/v1/repairs/{id}/materials", Access::internal, "repair.apply",
         [routes](Request& req) { return answer(routes->upload(req), req, 201); });
  r.get("/api/v1/repairs/{id}/materials/{material_id}", Access::internal, "repair.read",
        [routes](Request& req) -> Response {
          auto res = routes->download(req);
          if (!res) return error_response(res.error(), req.request_id);
          return std::move(*res);
        });
}

}  // namespace xj::http
