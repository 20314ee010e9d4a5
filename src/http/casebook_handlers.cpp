#include "http/casebook_handlers.h"

#include <charconv>

#include "casebook/case_repo.h"
#include "casebook/dashboard.h"
#include "core/uscc.h"
#include "http/body_fields.h"
#include "http/errors.h"
#include "http/json.h"
#include "http/list_scope.h"
#include "registry/enterprise_repo.h"

namespace xj::http {
namespace {

using nlohmann::json;

json case_json(const casebook::CaseRecord& c) {
  return {{"id", c.id},
          {"title", c.title},
          {"uscc", or_null(c.uscc)},
          {"summary", c.summary},
          {"body", or_null(c.body)},
          {"published_on", c.published_on}};
}

// A required text of at most `max_bytes` bytes of UTF-8 (a limit against abuse).
Result<std::string> bounded_text(const json& body, const char* field, std::size_t max_bytes) {
  XJ_TRY(std::string value, required_string(body, field));
  if (value.size() > max_bytes) return invalid(field, "too_long", std::string(field) + " 过长 (too long)");
  return value;
}

Result<casebook::CaseRecord> publish(const Capabilities& caps, const Request& req) {
  XJ_TRY(auth::Principal who, caps.security.principal(req));
  XJ_TRY(json body, parse_json_object(req.body));
  casebook::CaseRecord draft;
  XJ_TRY(draft.title, bounded_text(body, "title", 600));
  XJ_TRY(draft.summary, bounded_text(body, "summary", 6000));
  XJ_TRY(draft.body, optional_string(body, "body"));
  XJ_TRY(auto uscc_text, optional_string(body, "uscc"));
  XJ_TRY(auto published_on, optional_string(body, "published_on"));
  draft.published_on = caps.clock.today().to_string();
  if (published_on) {
    XJ_TRY(core::Date d, core::parse_date(*published_on, "published_on"));
    draft.published_on = d.to_string();
  }
  draft.created_by = who.name;
  draft.region_code = who.region;
  casebook::CaseRecord stored;
  XJ_CHECK(caps.db.write([&](store::Session& s) -> Status {
    if (uscc_text) {
      XJ_TRY(core::Uscc uscc, core::Uscc::parse(*uscc_text, caps.legacy));
      draft.uscc = uscc.str();
      XJ_TRY(auto found, registry::find_enterprise(s, *draft.uscc));
      draft.region_code = found ? found->region_code : draft.uscc->substr(2, 6);
      XJ_CHECK(who.require_write(draft.region_code));
    }
    XJ_TRY(stored, casebook::insert_case(s, draft));
    return {};
  }));
  return stored;
}

Result<json> public_list(const Capabilities& caps, const Request& req) {
  XJ_TRY(Page page, parse_page(req));
  casebook::CasePage found;
  XJ_CHECK(caps.db.read([&](store::Session& s) -> Status {
    XJ_TRY(found, casebook::public_cases(s, caps.clock.today(), page.page_size, page.offset()));
    return {};
  }));
  json items = json::array();
  for (const auto& c : found.items) items.push_back(case_json(c));
  return list_envelope(std::move(items), found.total, page);
}

Result<json> public_one(const Capabilities& caps, const Request& req) {
  const std::string raw = req.param("id");
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), id);
  if (ec != std::errc() || end != raw.data() + raw.size()) {
    return fail(ErrorCode::not_found, "案例不存在 (no such case)");
  }
  std::optional<casebook::CaseRecord> found;
  XJ_CHECK(caps.db.read([&](store::Session& s) -> Status {
    XJ_TRY(found, casebook::public_case(s, caps.clock.today(), id));
    return {};
  }));
  if (!found) return fail(ErrorCode::not_found, "案例不存在 (no such case)");
  return case_json(*found);
}

Result<json> dashboard_json(const Capabilities& caps, const Request& req) {
  XJ_TRY(auth::Principal who, caps.security.principal(req));
  XJ_TRY(const std::string region, scoped_region(req, who));
  casebook::Dashboard d;
  XJ_CHECK(caps.db.read([&](store::Session& s) -> Status {
    XJ_TRY(d, casebook::dashboard(s, region, caps.clock.today(), *caps.calendar));
    return {};
  }));
  auto months = [](const std::vector<casebook::MonthCount>& list) {
    json out = json::array();
    for (const auto& m : list) out.push_back({{"month", m.month}, {"count", m.count}});
    return out;
  };
  return json{{"region", d.region},
              {"as_of", d.as_of},
              {"enterprises", d.enterprises},
              {"keylist", d.keylist},
              {"penalties_by_month", months(d.penalties)},
              {"inspections_by_month", months(d.inspections)},
              {"abnormal_active", d.abnormal_active},
              {"dishonest_active", d.dishonest_active},
              {"dishonest_pending_approval", d.dishonest_pending_approval},
              {"risk_general", d.risk},
              {"overdue",
               {{"repairs", d.overdue_repairs},
                {"spotcheck_tasks", d.overdue_tasks},
                {"commitment_verifications", d.overdue_verifications}}}};
}

// Runs `fn` and answers `status` with its JSON, or the error.
template <typename Fn>
Handler answer(int status, Fn fn) {
  return [status, fn](Request& req) -> Response {
    auto out = fn(req);
    if (!out) return error_response(out.error(), req.request_id);
    return json_response(status, *out);
  };
}

}  // namespace

void register_casebook_handlers(App& app, const Capabilities& caps) {
  app.router().post("/api/v1/cases", Access::internal, "case.write",
                    answer(201, [caps](const Request& req) -> Result<json> {
                      XJ_TRY(auto stored, publish(caps, req));
                      return case_json(stored);
                    }));
  app.router().get("/api/v1/public/cases", Access::open, "",
                   answer(200, [caps](const Request& req) { return public_list(caps, req); }));
  app.router().get("/api/v1/public/cases/{id}", Access::open, "",
                   answer(200, [caps](const Request& req) { return public_one(caps, req); }));
  app.router().get("/api/v1/dashboard", Access::internal, "dashboard.read",
                   answer(200, [caps](const Request& req) { return dashboard_json(caps, req); }));
}

}  // namespace xj::http
