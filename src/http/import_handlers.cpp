// POST /api/v1/imports/{kind}, GET /api/v1/imports/{id}, GET /api/v1/imports/{id}/errors.csv
// (collection_handlers.h).
#include <charconv>

#include "auth/role.h"
#include "collection/import_repo.h"
#include "collection/importer.h"
#include "formats/csv_writer.h"
#include "http/collection_handlers.h"
#include "http/collection_json.h"
#include "http/errors.h"
#include "http/json.h"

namespace xj::http {
namespace {

Result<collection::ImportRequest> import_request(const Request& req, const auth::Principal& who) {
  collection::ImportRequest r;
  XJ_TRY(r.kind, collection::parse_import_kind(req.param("kind")));
  XJ_TRY(r.format, collection::parse_input_format(req.query_param("format").value_or("")));
  XJ_TRY(r.mode, collection::parse_import_mode(req.query_param("mode").value_or("")));
  XJ_TRY(r.encoding, formats::parse_encoding(req.query_param("encoding").value_or("")));
  // Provenance: the department named by the caller, else the account or API key (谁提供).
  r.source = req.query_param("source").value_or(who.name);
  if (r.source.empty()) r.source = who.name;
  r.created_by = who.name;
  // api.md "Region scope": an administrator may write everywhere; everyone else within its prefix.
  if (who.role != auth::Role::admin) r.region_scope = who.region;
  if (who.role == auth::Role::area_officer) r.area_scope = who.area;
  return r;
}

Result<std::int64_t> import_id(const Request& req) {
  const std::string text = req.param("id");
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) {
    return fail(ErrorCode::not_found, "未找到该导入任务 (no such import)");
  }
  return id;
}

Result<collection::ImportSummary> load(store::Database& db, std::int64_t id) {
  std::optional<collection::ImportSummary> found;
  XJ_CHECK(db.read([&](store::Session& s) -> Status {
    XJ_TRY(found, collection::find_import(s, id));
    return {};
  }));
  if (!found) return fail(ErrorCode::not_found, "未找到该导入任务 (no such import)");
  return std::move(*found);
}

// UTF-8 with BOM (so Excel shows the Chinese), one line per rejected row.
std::string errors_csv(const collection::ImportSummary& s) {
  std::string out = std::string(formats::kUtf8Bom) + "row,column,code,message\r\n";
  for (const auto& e : s.errors) {
    out += e.row ? std::to_string(*e.row) : std::string();
    out += ',';
    formats::append_csv_field(out, e.column);
    out += ',';
    formats::append_csv_field(out, e.code);
    out += ',';
    formats::append_csv_field(out, e.message);
    out += "\r\n";
  }
  return out;
}

}  // namespace

void register_import_handlers(App& app, const CollectionDeps& deps) {
  app.router().post(
      "/api/v1/imports/{kind}", Access::internal, "import.run", [deps](Request& req) -> Response {
        auto run = [&]() -> Result<collection::ImportSummary> {
          XJ_TRY(auth::Principal who, deps.security.principal(req));
          XJ_TRY(collection::ImportRequest request, import_request(req, who));
          collection::Importer importer(deps.db, deps.clock, deps.legacy, deps.progress.get());
          return importer.run(request, collection::ImportInput::memory(std::move(req.body)));
        };
        auto summary = run();
        if (!summary) return error_response(summary.error(), req.request_id);
        return json_response(200, to_json(*summary));
      });
  app.router().get(
      "/api/v1/imports/{id}", Access::internal, "import.read", [deps](Request& req) -> Response {
        auto found = import_id(req).and_then([&](std::int64_t id) { return load(deps.db, id); });
        if (!found) return error_response(found.error(), req.request_id);
        if (auto p = deps.progress->of(found->import_id)) {
          found->rows = p->rows;  // still running: what has been read so far
          found->rejected = p->rejected;
        }
        nlohmann::json body = to_json(*found);
        body["created_at"] = found->created_at;
        body["finished_at"] = found->finished_at.empty() ? nlohmann::json(nullptr)
                                                         : nlohmann::json(found->finished_at);
        return json_response(200, body);
      });
  app.router().get(
      "/api/v1/imports/{id}/errors.csv", Access::internal, "import.read",
      [deps](Request& req) -> Response {
        auto found = import_id(req).and_then([&](std::int64_t id) { return load(deps.db, id); });
        if (!found) return error_response(found.error(), req.request_id);
        Response r = Response::text(200, errors_csv(*found), "text/csv; charset=utf-8");
        r.set_header("Content-Disposition", "attachment; filename=\"import-" +
                                                std::to_string(found->import_id) + "-errors.csv\"");
        return r;
      });
}

}  // namespace xj::http
