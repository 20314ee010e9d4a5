#include "http/opendata_render.h"

#include <nlohmann/json.hpp>

#include "formats/csv_writer.h"

namespace xj::http {
namespace {

using disclosure::Cell;
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

}  // namespace

std::optional<OpenDataFormat> opendata_format(std::string_view extension) {
  if (extension == "csv") return OpenDataFormat::csv;
  if (extension == "jsonl") return OpenDataFormat::jsonl;
  return std::nullopt;
}

std::string_view extension_of(OpenDataFormat format) {
  return format == OpenDataFormat::csv ? "csv" : "jsonl";
}

std::string_view content_type_of(OpenDataFormat format) {
  return format == OpenDataFormat::csv ? "text/csv; charset=utf-8"
                                       : "application/jsonl; charset=utf-8";
}

std::string opendata_header(const disclosure::DatasetInfo& set, OpenDataFormat format) {
  std::string out;
  if (format == OpenDataFormat::jsonl) return out;
  out += formats::kUtf8Bom;
  std::vector<std::string> header;
  for (const auto& c : set.columns) header.emplace_back(c.title);
  formats::append_csv_line(out, header);
  return out;
}

void append_opendata_row(std::string& out, const disclosure::DatasetInfo& set,
                         const disclosure::OpenDataRow& row, OpenDataFormat format) {
  if (format == OpenDataFormat::csv) {
    std::vector<std::string> fields;
    fields.reserve(row.size());
    for (const Cell& cell : row) fields.push_back(std::visit(CellText{}, cell));
    formats::append_csv_line(out, fields);
    return;
  }
  json object = json::object();
  for (std::size_t i = 0; i < row.size(); ++i) {
    object[std::string(set.columns[i].key)] = std::visit(CellJson{}, row[i]);
  }
  out += object.dump(-1, ' ', false, json::error_handler_t::replace);
  out += '\n';
}

}  // namespace xj::http
