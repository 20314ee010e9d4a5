// GET /api/v1/keylist, POST /api/v1/keylist, DELETE /api/v1/keylist/{id},
// GET /api/v1/keylist/export (collection_handlers.h).
#include <charconv>

#include "collection/json_row.h"
#include "collection/record_writer.h"
#include "http/collection_handlers.h"
#include "http/collection_json.h"
#include "http/errors.h"
#include "http/json.h"
#include "http/list_scope.h"
#include "registry/enterprise_query.h"
#include "registry/keylist_export.h"

namespace xj::http {
namespace {

using nlohmann::json;

Result<registry::KeylistFilter> filter_of(const Request& req, const auth::Principal& who) {
  registry::KeylistFilter f;
  XJ_TRY(f.area, scoped_area(req, who));
  XJ_TRY(std::string region, scoped_region(req, who));
  f.region_prefix = region;
  f.include_removed = req.query_param("include_removed").value_or("") == "true";
  return f;
}

Result<json> list(const CollectionDeps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(Page page, parse_page(req));
  XJ_TRY(registry::KeylistFilter filter, filter_of(req, who));
  json items = json::array();
  std::int64_t total = 0;
  XJ_CHECK(deps.db.read([&](store::Session& s) -> Status {
    XJ_TRY(total, registry::count_keylist(s, filter));
    return registry::each_keylist_entry(
        s, filter, page.offset(), page.page_size,
        [&](const registry::KeyListEntry& e) { items.push_back(to_json(e)); });
  }));
  return list_envelope(std::move(items), total, page);
}

Result<std::pair<int, json>> add(const CollectionDeps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(json body, parse_json_object(req.body));
  const auto kind = collection::ImportKind::keylist;
  collection::RowInput in = collection::row_from_json(body, kind, 1);
  auto v = collection::validate_row(kind, in, deps.clock.today(), deps.legacy);
  if (v.error) {
    return fail(ErrorCode::validation_failed, v.error->message,
                {ErrorDetail{v.error->column, v.error->code, v.error->message}});
  }
  const auto& entry = std::get<registry::KeyListEntry>(*v.record);
  XJ_CHECK(who.require_area(entry.area));
  std::pair<int, json> out;
  XJ_CHECK(deps.db.write([&](store::Session& s) -> Status {
    XJ_TRY(std::string region, registry::enterprise_region(s, entry.uscc));
    XJ_CHECK(who.require_enterprise_write(entry.uscc, region));
    XJ_TRY(auto change, collection::store_record(s, *v.record, {who.name, std::nullopt}));
    out.first = change == collection::Change::inserted ? 201 : 200;
    registry::KeylistFilter f{entry.area, std::nullopt, false};
    return registry::each_keylist_entry(s, f, 0, -1, [&](const registry::KeyListEntry& e) {
      if (e.uscc == entry.uscc && e.licence_no == entry.licence_no) out.second = to_json(e);
    });
  }));
  return out;
}

Result<json> remove(const CollectionDeps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  const std::string text = req.param("id");
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size()) {
    return fail(ErrorCode::not_found, "未找到该清单条目 (no such key-area list entry)");
  }
  const std::string reason = req.query_param("reason").value_or("");
  if (reason.empty())
    return invalid("reason", "missing_field", "请填写移出原因 (reason is required)");
  json out;
  XJ_CHECK(deps.db.write([&](store::Session& s) -> Status {
    XJ_TRY(auto found, registry::find_keylist_entry(s, id));
    if (!found) return fail(ErrorCode::not_found, "未找到该清单条目 (no such key-area list entry)");
    XJ_CHECK(who.require_area(found->area));
    XJ_TRY(std::string region, registry::enterprise_region(s, found->uscc));
    XJ_CHECK(who.require_enterprise_write(found->uscc, region));
    XJ_CHECK(registry::remove_keylist_entry(s, id, deps.clock.today().to_string(), reason));
    XJ_TRY(found, registry::find_keylist_entry(s, id));
    out = to_json(*found);
    return {};
  }));
  return out;
}

Result<Response> export_table(const CollectionDeps& deps, const Request& req) {
  XJ_TRY(auth::Principal who, deps.security.principal(req));
  XJ_TRY(auto format, registry::parse_export_format(req.query_param("format").value_or("")));
  XJ_TRY(registry::KeylistFilter filter, filter_of(req, who));
  std::string bytes;
  XJ_CHECK(deps.db.read([&](store::Session& s) -> Status {
    XJ_TRY(bytes, registry::export_keylist(s, filter, format));
    return {};
  }));
  const bool xlsx = format == registry::ExportFormat::xlsx;
  Response r =
      Response::text(200, std::move(bytes),
                     xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                          : "text/csv; charset=utf-8");
  r.set_header("Content-Disposition",
               std::string("attachment; filename=\"keylist.") + (xlsx ? "xlsx" : "csv") + "\"");
  return r;
}

template <typename T>
Response answer(const Result<T>& r, const Request& req, int status = 200) {
  if (!r) return error_response(r.error(), req.request_id);
  return json_response(status, *r);
}

}  // namespace

void register_keylist_handlers(App& app, const CollectionDeps& deps) {
  app.router().get("/api/v1/keylist", Access::internal, "keylist.read",
                   [deps](Request& req) { return answer(list(deps, req), req); });
  app.router().post("/api/v1/keylist", Access::internal, "keylist.write",
                    [deps](Request& req) -> Response {
                      auto r = add(deps, req);
                      if (!r) return error_response(r.error(), req.request_id);
                      return json_response(r->first, r->second);
                    });
  app.router().del("/api/v1/keylist/{id}", Access::internal, "keylist.write",
                   [deps](Request& req) { return answer(remove(deps, req), req); });
  app.router().get("/api/v1/keylist/export", Access::internal, "keylist.read",
                   [deps](Request& req) -> Response {
                     auto r = export_table(deps, req);
                     if (!r) return error_response(r.error(), req.request_id);
                     return std::move(*r);
                   });
}

}  // namespace xj::http
