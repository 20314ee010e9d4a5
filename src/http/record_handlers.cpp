// POST /api/v1/licences|penalties|inspections|events, PUT /api/v1/enterprises/{uscc},
// GET /api/v1/enterprises/{uscc}/records (collection_handlers.h).
#include "collection/json_row.h"
#include "collection/record_repo.h"
#include "collection/record_writer.h"
#include "collection/row_validator.h"
#include "core/uscc.h"
#include "http/collection_handlers.h"
#include "http/collection_json.h"
#include "http/commitment_handlers.h"
#include "http/errors.h"
#include "http/json.h"
#include "http/sanctions_handlers.h"
#include "registry/enterprise_repo.h"
#include "registry/keylist_repo.h"
#include "registry/enterprise_query.h"

namespace xj::http {
namespace {

using nlohmann::json;

// A body as a validated record of `kind` (the same rules as an import row); 422
// validation_failed with the problem in details.
Result<collection::ValidatedRow> validated(collection::ImportKind kind, const json& body,
                                           const CollectionDeps& deps) {
  collection::RowInput in = collection::row_from_json(body, kind, 1);
  collection::ValidatedRow v = collection::validate_row(kind, in, deps.clock.today(), deps.legacy);
  if (v.error) {
    return fail(ErrorCode::validation_failed, v.error->message,
                {ErrorDetail{v.error->column, v.error->code, v.error->message}});
  }
  return v;
}

// The stored record of `key` among the records of its USCC, as JSON.
Result<json> stored_json(store::Session& s, const collection::Record& record, core::Date today) {
  const std::string uscc = collection::record_uscc(record);
  const std::string key = collection::record_key(record);
  auto find = [&](auto list, auto key_of, auto map) -> Result<json> {
    for (const auto& item : list) {
      if (key_of(item) == key) return map(item);
    }
    return fail(ErrorCode::internal, "stored record not found: " + key);
  };
  return std::visit(
      [&](const auto& r) -> Result<json> {
        using T = std::decay_t<decltype(r)>;
        if constexpr (std::is_same_v<T, collection::Licence>) {
          XJ_TRY(auto list, collection::licences_of(s, uscc));
          return find(
              list, [](const auto& l) { return l.licence_no; },
              [&](const auto& l) { return to_json(l, today); });
        } else if constexpr (std::is_same_v<T, collection::Penalty>) {
          XJ_TRY(auto list, collection::penalties_of(s, uscc));
          return find(
              list, [](const auto& p) { return p.decision_no; },
              [&](const auto& p) { return to_json(p, today); });
        } else if constexpr (std::is_same_v<T, collection::Inspection>) {
          XJ_TRY(auto list, collection::inspections_of(s, uscc));
          return find(
              list, [](const auto& i) { return i.inspection_no; },
              [](const auto& i) { return to_json(i); });
        } else if constexpr (std::is_same_v<T, collection::Event>) {
          XJ_TRY(auto list, collection::events_of(s, uscc));
          return find(
              list, [](const auto& e) { return e.event_no; },
              [](const auto& e) { return to_json(e); });
        } else if constexpr (std::is_same_v<T, registry::Enterprise>) {
          XJ_TRY(auto found, registry::find_enterprise(s, uscc));
          if (!found) return fail(ErrorCode::internal, "stored enterprise not found");
          return to_json(*found);
        } else {
          return fail(ErrorCode::internal, "record kind not served here");
        }
      },
      record);
}

// Validates, checks the region scope, stores with history and outbox; 201 when created, 200
// when it updated or matched a stored record.
Response submit(const CollectionDeps& deps, Request& req, collection::ImportKind kind, json body) {
  auto run = [&]() -> Result<std::pair<collection::Change, json>> {
    XJ_TRY(auth::Principal who, deps.security.principal(req));
    XJ_TRY(collection::ValidatedRow v, validated(kind, body, deps));
    std::pair<collection::Change, json> out;
    XJ_CHECK(deps.db.write([&](store::Session& s) -> Status {
      const std::string uscc = collection::record_uscc(*v.record);
      XJ_TRY(std::string region, registry::enterprise_region(s, uscc));
      if (kind == collection::ImportKind::enterprises)
        region = collection::record_region(*v.record);
      XJ_CHECK(who.require_enterprise_write(uscc, region));
      const collection::Provenance provenance{req.query_param("source").value_or(who.name),
                                              std::nullopt};
      XJ_TRY(out.first, collection::store_record(s, *v.record, provenance));
      XJ_TRY(out.second, stored_json(s, *v.record, deps.clock.today()));
      return {};
    }));
    json warnings = json::array();
    for (const auto& w : v.warnings) {
      warnings.push_back({{"column", w.column}, {"code", w.code}, {"message", w.message}});
    }
    out.second["warnings"] = warnings;
    return out;
  };
  auto result = run();
  if (!result) return error_response(result.error(), req.request_id);
  return json_response(result->first == collection::Change::inserted ? 201 : 200, result->second);
}

void post_record(App& app, const CollectionDeps& deps, std::string path,
                 collection::ImportKind kind) {
  app.router().post(std::move(path), Access::internal, "record.write",
                    [deps, kind](Request& req) -> Response {
                      auto body = parse_json_object(req.body);
                      if (!body) return error_response(body.error(), req.request_id);
                      return submit(deps, req, kind, std::move(*body));
                    });
}

Result<json> records_of(const CollectionDeps& deps, const Request& req) {
  XJ_TRY(core::Uscc uscc, core::Uscc::parse(req.param("uscc"), deps.legacy));
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  const core::Date today = deps.clock.today();
  json out;
  XJ_CHECK(deps.db.read([&](store::Session& s) -> Status {
    const std::string& code = uscc.str();
    XJ_TRY(auto enterprise, registry::find_enterprise(s, code));
    XJ_TRY(auto entries, registry::keylist_entries_of(s, code));
    XJ_TRY(auto licences, collection::licences_of(s, code));
    XJ_TRY(auto penalties, collection::penalties_of(s, code));
    XJ_TRY(auto inspections, collection::inspections_of(s, code));
    XJ_TRY(auto events, collection::events_of(s, code));
    if (!enterprise && entries.empty() && licences.empty() && penalties.empty() &&
        inspections.empty() && events.empty()) {
      return fail(ErrorCode::not_found, "未找到该市场主体 (no enterprise with this code)");
    }
    XJ_TRY(std::string region, registry::enterprise_region(s, code));
    // Every record, public or not: within the account's region only (api.md "Region scope").
    XJ_CHECK(who.require_enterprise_read(code, region));
    XJ_TRY(json lists, internal_lists_json(s, code, today));
    XJ_TRY(json commitments, internal_commitments_json(s, code));
    auto list = [](const auto& items, auto map) {
      json a = json::array();
      for (const auto& item : items) a.push_back(map(item));
      return a;
    };
    out = {{"uscc", code},
           {"enterprise", enterprise ? to_json(*enterprise) : json(nullptr)},
           {"key_areas", list(entries, [](const auto& e) { return to_json(e); })},
           {"licences", list(licences, [&](const auto& l) { return to_json(l, today); })},
           {"penalties", list(penalties, [&](const auto& p) { return to_json(p, today); })},
           {"inspections", list(inspections, [](const auto& i) { return to_json(i); })},
           {"events", list(events, [](const auto& e) { return to_json(e); })},
           {"commitments", commitments},
           {"abnormal_list", lists["abnormal_list"]},
           {"dishonest_list", lists["dishonest_list"]}};
    return {};
  }));
  return out;
}

}  // namespace

void register_record_handlers(App& app, const CollectionDeps& deps) {
  post_record(app, deps, "/api/v1/licences", collection::ImportKind::licences);
  post_record(app, deps, "/api/v1/penalties", collection::ImportKind::penalties);
  post_record(app, deps, "/api/v1/inspections", collection::ImportKind::inspections);
  post_record(app, deps, "/api/v1/events", collection::ImportKind::events);
  app.router().put("/api/v1/enterprises/{uscc}", Access::internal, "enterprise.write",
                   [deps](Request& req) -> Response {
                     auto body = parse_json_object(req.body);
                     if (!body) return error_response(body.error(), req.request_id);
                     (*body)["uscc"] = req.param("uscc");
                     return submit(deps, req, collection::ImportKind::enterprises,
                                   std::move(*body));
                   });
  app.router().get("/api/v1/enterprises/{uscc}/records", Access::internal, "enterprise.read",
                   [deps](Request& req) -> Response {
                     auto out = records_of(deps, req);
                     if (!out) return error_response(out.error(), req.request_id);
                     return json_response(200, *out);
                   });
}

}  // namespace xj::http
