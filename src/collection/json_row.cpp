#include "collection/json_row.h"

#include <algorithm>
#include <array>

namespace xj::collection {
namespace {

std::vector<std::string> keys_of(ImportKind kind) {
  std::vector<std::string> out;
  for (const auto& spec : columns_of(kind)) out.emplace_back(spec.key);
  return out;
}

std::optional<formats::Cell> cell_of(const nlohmann::json& v) {
  using formats::Cell;
  using formats::CellType;
  if (v.is_null()) return std::nullopt;
  if (v.is_string()) return Cell{v.get<std::string>(), CellType::text};
  if (v.is_boolean()) return Cell{v.get<bool>() ? "是" : "否", CellType::text};
  if (v.is_number()) return Cell{v.dump(), CellType::number};
  if (v.is_array()) {
    std::string joined;
    for (const auto& item : v) {
      if (!joined.empty()) joined += "；";
      joined += item.is_string() ? item.get<std::string>() : item.dump();
    }
    return Cell{joined, CellType::text};
  }
  return Cell{v.dump(), CellType::text};
}

}  // namespace

const std::vector<std::string>& english_names(ImportKind kind) {
  static const std::array<std::vector<std::string>, 7> all = {
      keys_of(ImportKind::keylist),     keys_of(ImportKind::enterprises),
      keys_of(ImportKind::licences),    keys_of(ImportKind::penalties),
      keys_of(ImportKind::inspections), keys_of(ImportKind::events),
      keys_of(ImportKind::inspectors)};
  return all[static_cast<std::size_t>(kind)];
}

RowInput row_from_json(const nlohmann::json& object, ImportKind kind, std::int64_t row_number,
                       std::set<std::string>* unknown) {
  const auto& names = english_names(kind);
  RowInput in;
  in.row_number = row_number;
  in.names = &names;
  in.cells.resize(names.size());
  for (const auto& [key, value] : object.items()) {
    auto it = std::find(names.begin(), names.end(), key);
    if (it == names.end()) {
      if (unknown) unknown->insert(key);
      continue;
    }
    in.cells[static_cast<std::size_t>(it - names.begin())] = cell_of(value);
  }
  return in;
}

}  // namespace xj::collection
