#include "http/opendata_handlers.h"

#include <mutex>
#include <optional>
#include <string>

#include "disclosure/opendata.h"
#include "disclosure/opendata_repo.h"
#include "disclosure/outbox_repo.h"
#include "formats/csv_writer.h"
#include "http/errors.h"
#include "http/json.h"

namespace xj::http {
namespace {

using disclosure::Cell;
using disclosure::DatasetInfo;
using disclosure::OpenDataRow;
using nlohmann::json;

constexpr std::string_view kListJoiner = "；";

struct CellText {
  std::string operator()(std::monostate) const { return ""; }
  std::string operator()(const std::string& s) const { return s; }
  std::string operator()(const std::vector<std::string>& items) const {
    std::string out;
    for (const auto& item : items) {
      if (!out.empty()) out += kListJoiner;
      out += item;
    }
    return out;
  }
  std::string operator()(core::Money m) const { return m.to_yuan_string(); }
};

struct CellJson {
  json operator()(std::monostate) const { return nullptr; }
  json operator()(const std::string& s) const { return s; }
  json operator()(const std::vector<std::string>& items) const { return items; }
  // Yuan exactly as in enterprise_json: the decimal text parsed as a JSON number.
  json operator()(core::Money m) const { return json::parse(m.to_yuan_string()); }
};

enum class Format { csv, jsonl };

// "penalties.csv" → the set and the format; nullopt for anything else.
std::optional<std::pair<const DatasetInfo*, Format>> parse_file(std::string_view file) {
  const auto dot = file.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  const DatasetInfo* set = disclosure::find_dataset(file.substr(0, dot));
  const std::string_view ext = file.substr(dot + 1);
  if (!set) return std::nullopt;
  if (ext == "csv") return std::pair{set, Format::csv};
  if (ext == "jsonl") return std::pair{set, Format::jsonl};
  return std::nullopt;
}

Response dataset_handler(store::Database& db, core::Clock clock, Request& req) {
  const auto file = parse_file(req.param("file"));
  if (!file) {
    return error_response(
        Error{ErrorCode::not_found, "没有这个开放数据集 (no such open data set)", {}},
        req.request_id);
  }
  const auto& [set, format] = *file;
  const core::Date today = clock.today();
  std::string body;
  if (format == Format::csv) {
    body += formats::kUtf8Bom;
    std::vector<std::string> header;
    for (const auto& c : set->columns) header.emplace_back(c.title);
    formats::append_csv_line(body, header);
  }
  Status read = db.read([&](store::Session& session) -> Status {
    return disclosure::each_public_row(session, *set, today, {}, [&](const OpenDataRow& row) {
      if (format == Format::csv) {
        std::vector<std::string> fields;
        fields.reserve(row.size());
        for (const Cell& cell : row) fields.push_back(std::visit(CellText{}, cell));
        formats::append_csv_line(body, fields);
      } else {
        json object = json::object();
        for (std::size_t i = 0; i < row.size(); ++i) {
          object[std::string(set->columns[i].key)] = std::visit(CellJson{}, row[i]);
        }
        body += object.dump(-1, ' ', false, json::error_handler_t::replace);
        body += '\n';
      }
      return true;
    });
  });
  if (!read) return error_response(read.error(), req.request_id);
  const std::string name = std::string(set->name) + (format == Format::csv ? ".csv" : ".jsonl");
  Response res = Response::text(
      200, std::move(body),
      format == Format::csv ? "text/csv; charset=utf-8" : "application/jsonl; charset=utf-8");
  res.set_header("Content-Disposition", "attachment; filename=\"" + name + "\"");
  res.set_header("Cache-Control", "no-cache");
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
