// The commitment routes (commitment_handlers.h).
#include "http/commitment_handlers.h"

#include <charconv>

#include <spdlog/spdlog.h>

#include "commitment/commitment_repo.h"
#include "commitment/commitment_service.h"
#include "core/uscc.h"
#include "http/body_fields.h"
#include "http/enterprise_write.h"
#include "http/errors.h"
#include "http/json.h"
#include "http/list_scope.h"

namespace xj::http {
namespace {

using nlohmann::json;

json template_json(const commitment::Template& t) {
  return {{"id", t.id},     {"kind", t.kind},
          {"title", t.title}, {"text", t.text},
          {"matter", or_null(t.matter)}, {"region_code", t.region_code},
          {"created_by", t.created_by}};
}

bool flag_param(const Request& req, const char* name) {
  const auto v = req.query_param(name).value_or("");
  return v == "true" || v == "1";
}

template <typename T>
Response answer(const Result<T>& r, const Request& req, int status) {
  if (!r) return error_response(r.error(), req.request_id);
  return json_response(status, *r);
}

class Routes {
 public:
  Routes(const Capabilities& caps) : caps_(caps), calendar_(caps.calendar) {}

  // Templates are forms anyone making a commitment may read: not region-scoped.
  Result<json> templates(const Request& req) const {
    std::vector<commitment::Template> found;
    XJ_CHECK(caps_.db.read([&](store::Session& s) -> Status {
      XJ_TRY(found, commitment::list_templates(s, req.query_param("kind")));
      return {};
    }));
    json items = json::array();
    for (const auto& t : found) items.push_back(template_json(t));
    return json{{"items", items}, {"total", items.size()}};
  }

  Result<json> add_template(const Request& req) const {
    XJ_TRY(auth::Principal who, caps_.security.principal(req));
    XJ_TRY(json body, parse_json_object(req.body));
    commitment::Template t;
    XJ_TRY(t.kind, required_string(body, "kind"));
    if (!commitment::is_kind(t.kind)) {
      return invalid("kind", "invalid_enum",
                     "kind 应为 approval、registration、voluntary 或 repair (invalid kind)");
    }
    XJ_TRY(t.title, required_string(body, "title"));
    XJ_TRY(t.text, required_string(body, "text"));
    XJ_TRY(t.matter, optional_string(body, "matter"));
    t.region_code = who.region;
    t.created_by = who.name;
    XJ_CHECK(caps_.db.write([&](store::Session& s) -> Status {
      XJ_TRY(t.id, commitment::insert_template(s, t));
      return {};
    }));
    return template_json(t);
  }

  Result<json> make(const Request& req) const {
    XJ_TRY(auth::Principal who, caps_.security.principal(req));
    XJ_TRY(json body, parse_json_object(req.body));
    commitment::NewCommitment in;
    XJ_TRY(std::string code, required_string(body, "uscc"));
    XJ_TRY(core::Uscc uscc, core::Uscc::parse(code, caps_.legacy));
    in.uscc = uscc.str();
    XJ_TRY(in.kind, required_string(body, "kind"));
    if (auto t = body.find("template_id"); t != body.end() && !t->is_null()) {
      if (!t->is_number_integer()) {
        return invalid("template_id", "invalid_enum", "template_id 应为整数 (template_id must be an integer)");
      }
      in.template_id = t->get<std::int64_t>();
    }
    XJ_TRY(in.text, optional_string(body, "text"));
    XJ_TRY(in.made_on, optional_date(body, "made_on"));
    XJ_TRY(in.matter, optional_string(body, "matter"));
    XJ_TRY(in.verify_by, optional_date(body, "verify_by"));
    return write_for_enterprise(
        caps_, who, in.uscc, [&](store::Session& s, const std::string& region) -> Result<json> {
          in.region_code = region;
          XJ_TRY(auto c, commitment::make_commitment(s, in, context(who)));
          return commitment_json(c);
        });
  }

  Result<json> list(const Request& req) const {
    XJ_TRY(auth::Principal who, caps_.security.principal(req));
    XJ_TRY(Page page, parse_page(req));
    commitment::CommitmentFilter f;
    XJ_TRY(ListSubject subject, list_subject(req, who, caps_.legacy));
    f.uscc = std::move(subject.uscc);
    f.region_prefix = std::move(subject.region_prefix);
    if (auto k = req.query_param("kind"); k && !k->empty()) f.kind = *k;
    f.pending_only = flag_param(req, "pending");
    if (flag_param(req, "overdue")) f.overdue_on = caps_.clock.today().to_string();
    json items = json::array();
    std::int64_t total = 0;
    XJ_CHECK(caps_.db.read([&](store::Session& s) -> Status {
      XJ_TRY(total, commitment::count_commitments(s, f));
      XJ_TRY(auto found, commitment::list_commitments(s, f, page.offset(), page.page_size));
      for (const auto& c : found) items.push_back(commitment_json(c));
      return {};
    }));
    return list_envelope(std::move(items), total, page);
  }

  Result<json> verify(const Request& req) const {
    XJ_TRY(auth::Principal who, caps_.security.principal(req));
    XJ_TRY(std::int64_t id, id_param(req, "id", "未找到该承诺 (no such commitment)"));
    XJ_TRY(json body, parse_json_object(req.body));
    commitment::Verification in;
    XJ_TRY(in.result, required_string(body, "result"));
    XJ_TRY(in.verified_on, optional_date(body, "verified_on"));
    XJ_TRY(in.action, optional_string(body, "action"));
    XJ_TRY(in.note, optional_string(body, "note"));
    json out;
    XJ_CHECK(caps_.db.write([&](store::Session& s) -> Status {
      XJ_TRY(auto found, commitment::find_commitment(s, id));
      if (!found) return fail(ErrorCode::not_found, "未找到该承诺 (no such commitment)");
      XJ_CHECK(who.require_write(found->region_code));
      XJ_TRY(auto c, commitment::verify_commitment(s, id, in, context(who)));
      out = commitment_json(c);
      return {};
    }));
    caps_.outbox.wake();
    return out;
  }

 private:
  commitment::Context context(const auth::Principal& who) const {
    return {caps_.clock.today(), *calendar_, {}, who.name};
  }

  Capabilities caps_;
  std::shared_ptr<const core::WorkingCalendar> calendar_;
};

}  // namespace

json commitment_json(const commitment::Commitment& c) {
  return {{"id", c.id},
          {"uscc", c.uscc},
          {"kind", c.kind},
          {"template_id", or_null(c.template_id)},
          {"text", c.text},
          {"matter", or_null(c.matter)},
          {"made_on", c.made_on},
          {"verify_by", or_null(c.verify_by)},
          {"verification_result", c.verification_result},
          {"verified_on", or_null(c.verified_on)},
          {"action", or_null(c.action)},
          {"note", or_null(c.note)},
          {"repaired_on", or_null(c.repaired_on)},
          {"is_public", c.is_public},
          {"is_public_today", c.is_public},
          {"region_code", c.region_code},
          {"created_by", c.created_by}};
}

Result<json> internal_commitments_json(store::Session& s, std::string_view uscc) {
  XJ_TRY(auto all, commitment::commitments_of(s, uscc));
  json out = json::array();
  for (const auto& c : all) out.push_back(commitment_json(c));
  return out;
}

Result<std::int64_t> id_param(const Request& req, const char* name, const char* missing) {
  const std::string text = req.param(name);
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size()) {
    return fail(ErrorCode::not_found, missing);
  }
  return id;
}

void register_commitment_handlers(App& app, const Capabilities& caps) {
  auto routes = std::make_shared<const Routes>(caps);
  auto& r = app.router();
  r.get("/api/v1/commitments/templates", Access::internal, "enterprise.read",
        [routes](Request& req) { return answer(routes->templates(req), req, 200); });
  r.post("/api/v1/commitments/templates", Access::internal, "commitment.verify",
         [routes](Request& req) { return answer(routes->add_template(req), req, 201); });
  r.post("/api/v1/commitments", Access::internal, "commitment.write",
         [routes](Request& req) { return answer(routes->make(req), req, 201); });
  r.get("/api/v1/commitments", Access::internal, "enterprise.read",
        [routes](Request& req) { return answer(routes->list(req), req, 200); });
  r.post("/api/v1/commitments/{id}/verification", Access::internal, "commitment.verify",
         [routes](Request& req) { return answer(routes->verify(req), req, 200); });
}

}  // namespace xj::http
