#include "http/opendata_handlers.h"

#include <mutex>
#include <optional>
#include <string>

#include "disclosure/opendata.h"
#include "disclosure/opendata_repo.h"
#include "disclosure/outbox_repo.h"
#include "http/errors.h"
#include "http/json.h"
#include "http/opendata_render.h"

namespace xj::http {
namespace {

using disclosure::DatasetInfo;
using disclosure::OpenDataRow;
using nlohmann::json;

// "penalties.csv" → the set and the format; nullopt for anything else.
std::optional<std::pair<const DatasetInfo*, OpenDataFormat>> parse_file(std::string_view file) {
  const auto dot = file.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  const DatasetInfo* set = disclosure::find_dataset(file.substr(0, dot));
  const auto format = opendata_format(file.substr(dot + 1));
  if (!set || !format) return std::nullopt;
  return std::pair{set, *format};
}

Response dataset_handler(store::Database& db, core::Clock clock, Request& req) {
  const auto file = parse_file(req.param("file"));
  if (!file) {
    return error_response(
        Error{ErrorCode::not_found, "没有这个开放数据集 (no such open data set)", {}},
        req.request_id);
  }
  const auto [set, format] = *file;
  const core::Date today = clock.today();
  const std::string name = std::string(set->name) + "." + std::string(extension_of(format));
  Response res = Response::text(200, "", std::string(content_type_of(format)));
  res.set_header("Content-Disposition", "attachment; filename=\"" + name + "\"");
  res.set_header("Cache-Control", "no-cache");
  // Streamed row by row from one read transaction (issue 5: never built in memory).
  res.stream = [&db, set, format, today](BodySink& sink) -> Status {
    if (!sink.write(opendata_header(*set, format))) return {};
    std::string line;
    return db.read([&](store::Session& session) -> Status {
      return disclosure::each_public_row(session, *set, today, {}, [&](const OpenDataRow& row) {
        line.clear();
        append_opendata_row(line, *set, row, format);
        return sink.write(line);
      });
    });
  };
  return res;
}

// The catalogue, recomputed when the business date or the record cache's generation moves.
class Catalogue {
 public:
  Catalogue(store::Database& db, std::shared_ptr<const disclosure::PublicRecordCache> cache)
      : db_(db), cache_(std::move(cache)) {}

  Result<std::string> body(core::Date today) {
    const std::uint64_t generation = cache_->generation();
    std::lock_guard lock(mutex_);  // one computation at a time; others wait for its result
    json sets = json::array();
    bool fresh = false;
    std::int64_t head = 0;
    XJ_CHECK(db_.read([&](store::Session& session) -> Status {
      XJ_TRY(head, disclosure::outbox_head(session));
      fresh = body_ && as_of_ == today && generation_ == generation && head_ == head;
      if (fresh) return {};
      for (const auto& set : disclosure::open_datasets()) {
        std::int64_t rows = 0;
        XJ_CHECK(disclosure::each_public_row(session, set, today, {}, [&](const OpenDataRow&) {
          ++rows;
          return true;
        }));
        XJ_TRY(auto last, disclosure::last_event_at(session, set.event_prefix));
        json columns = json::array();
        for (const auto& c : set.columns) columns.push_back({{"key", c.key}, {"title", c.title}});
        const std::string base = "/api/v1/public/opendata/" + std::string(set.name);
        sets.push_back({{"name", set.name},
                        {"title", set.title},
                        {"description", set.description},
                        {"formats", {"csv", "jsonl"}},
                        {"urls", {{"csv", base + ".csv"}, {"jsonl", base + ".jsonl"}}},
                        {"columns", std::move(columns)},
                        {"row_count", rows},
                        {"last_updated", last ? json(*last) : json(nullptr)}});
      }
      return {};
    }));
    if (fresh) return *body_;
    json catalogue = {{"as_of", today.to_string()},
                      {"licence", disclosure::kOpenDataLicence},
                      {"datasets", std::move(sets)}};
    body_ = catalogue.dump(-1, ' ', false, json::error_handler_t::replace);
    as_of_ = today;
    generation_ = generation;
    head_ = head;
    return *body_;
  }

 private:
  store::Database& db_;
  const std::shared_ptr<const disclosure::PublicRecordCache> cache_;
  std::mutex mutex_;  // guards the four below
  std::optional<std::string> body_;
  core::Date as_of_;
  std::uint64_t generation_ = 0;
  std::int64_t head_ = 0;  // the outbox head when body_ was computed
};

}  // namespace

void register_opendata_handlers(App& app, store::Database& db, core::Clock clock,
                                std::shared_ptr<const disclosure::PublicRecordCache> cache) {
  auto catalogue = std::make_shared<Catalogue>(db, std::move(cache));
  app.router().get("/api/v1/public/opendata", Access::open, "",
                   [catalogue, clock](Request& req) -> Response {
                     auto body = catalogue->body(clock.today());
                     if (!body) return error_response(body.error(), req.request_id);
                     return Response::json(200, std::move(*body));
                   });
  app.router().get("/api/v1/public/opendata/{file}", Access::open, "",
                   [&db, clock](Request& req) { return dataset_handler(db, clock, req); });
}

}  // namespace xj::http
