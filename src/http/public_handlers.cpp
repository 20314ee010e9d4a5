#include "http/public_handlers.h"

#include <optional>

#include "core/uscc.h"
#include "disclosure/change_feed_repo.h"
#include "disclosure/public_record.h"
#include "disclosure/search_repo.h"
#include "http/enterprise_json.h"
#include "http/errors.h"
#include "http/etag.h"
#include "http/json.h"
#include "http/opendata_handlers.h"
#include "http/report_handlers.h"

namespace xj::http {
namespace {

// Caches may keep the record but must revalidate: it can change at any midnight.
constexpr const char* kRevalidate = "no-cache";

// The cached record as a response: 304 when the client's ETag matches.
Response record_response(const Request& req, const disclosure::CachedRecord& record) {
  if (if_none_match_matches(req.header("if-none-match"), record.etag)) {
    return not_modified(record.etag, kRevalidate);
  }
  Response res = Response::json(200, record.body);
  res.set_header("ETag", record.etag);
  res.set_header("Cache-Control", kRevalidate);
  return res;
}

Handler public_record_handler(store::Database& db, core::Clock clock,
                              const core::LegacyCodes& legacy,
                              std::shared_ptr<disclosure::PublicRecordCache> cache) {
  return [&db, clock, &legacy, cache](Request& req) -> Response {
    auto uscc = core::Uscc::parse(req.param("uscc"), legacy);
    if (!uscc) return error_response(uscc.error(), req.request_id);
    const core::Date today = clock.today();
    auto cached = cache->get(uscc->str(), today, [&]() -> Result<std::string> {
      std::optional<disclosure::PublicRecord> record;
      XJ_CHECK(db.read([&](store::Session& session) -> Status {
        XJ_TRY(record, disclosure::public_record(session, uscc->str(), today));
        return {};
      }));
      return to_json(*record).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    });
    if (!cached) return error_response(cached.error(), req.request_id);
    return record_response(req, **cached);
  };
}

// The fast path (router.h): a record already cached for today is answered on the io thread.
FastHandler cached_record_handler(core::Clock clock, const core::LegacyCodes& legacy,
                                  std::shared_ptr<disclosure::PublicRecordCache> cache) {
  return [clock, &legacy, cache](Request& req) -> std::optional<Response> {
    auto uscc = core::Uscc::parse(req.param("uscc"), legacy);
    if (!uscc) return std::nullopt;
    auto record = cache->peek(uscc->str(), clock.today());
    if (!record) return std::nullopt;
    return record_response(req, *record);
  };
}

nlohmann::json hit_json(const disclosure::SearchHit& h) {
  return {{"uscc", h.uscc}, {"name", h.name}, {"region_code", h.region_code}, {"status", h.status}};
}

Handler search_handler(store::Database& db, const core::LegacyCodes& legacy) {
  return [&db, &legacy](Request& req) -> Response {
    const std::optional<std::string> q = req.query_param("q");
    if (!q) {
      return error_response(Error{ErrorCode::bad_request, "缺少检索词 q (missing q)", {}},
                            req.request_id);
    }
    auto query = disclosure::parse_search_query(*q, legacy);
    if (!query) return error_response(query.error(), req.request_id);
    auto page = parse_page(req);
    if (!page) return error_response(page.error(), req.request_id);
    disclosure::SearchPage found;
    Status read = db.read([&](store::Session& session) -> Status {
      XJ_TRY(found,
             disclosure::search_enterprises(session, *query, page->page_size, page->offset()));
      return {};
    });
    if (!read) return error_response(read.error(), req.request_id);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& hit : found.items) items.push_back(hit_json(hit));
    return json_response(200, list_envelope(std::move(items), found.total, *page));
  };
}

Handler changes_handler(store::Database& db) {
  return [&db](Request& req) -> Response {
    const std::optional<std::string> since = req.query_param("since");
    auto after = since ? disclosure::decode_cursor(*since) : Result<std::int64_t>(0);
    if (!after) return error_response(after.error(), req.request_id);
    auto limit = disclosure::parse_change_limit(req.query_param("limit"));
    if (!limit) return error_response(limit.error(), req.request_id);
    std::vector<disclosure::ChangeItem> found;
    Status read = db.read([&](store::Session& session) -> Status {
      XJ_TRY(found, disclosure::public_changes_after(session, *after, *limit));
      return {};
    });
    if (!read) return error_response(read.error(), req.request_id);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& c : found) {
      items.push_back({{"cursor", disclosure::encode_cursor(c.outbox_id)},
                       {"uscc", c.uscc},
                       {"change", disclosure::to_string(c.change)},
                       {"event", c.event},
                       {"at", c.at}});
    }
    // With nothing new the position stays where the client is.
    const std::int64_t next = found.empty() ? *after : found.back().outbox_id;
    return json_response(
        200, {{"items", std::move(items)}, {"next", disclosure::encode_cursor(next)}});
  };
}

}  // namespace

std::shared_ptr<disclosure::PublicRecordCache> register_public_handlers(
    App& app, store::Database& db, core::Clock clock, const core::LegacyCodes& legacy,
    disclosure::PublicRecordCache::Options cache_options) {
  auto cache = std::make_shared<disclosure::PublicRecordCache>(db, cache_options);
  app.router().get("/api/v1/public/enterprises/{uscc}", public_record_handler(db, clock, legacy, cache),
                   cached_record_handler(clock, legacy, cache));
  app.router().get("/api/v1/public/search", Access::open, "", search_handler(db, legacy));
  app.router().get("/api/v1/public/changes", Access::open, "", changes_handler(db));
  register_opendata_handlers(app, db, clock, cache);
  register_report_handlers(app, db, clock, legacy);
  return cache;
}

}  // namespace xj::http
