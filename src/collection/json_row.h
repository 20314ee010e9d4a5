// A JSON object (a JSON Lines line, an API request body) as a RowInput of a kind: values are
// looked up by the English keys of formats.md; strings are text cells, numbers are number cells
// (so a USCC sent as a JSON number is rejected like a numeric spreadsheet cell), booleans are
// 是/否, arrays of strings are joined with '；', null is an absent cell.
//
//   RowInput in = row_from_json(object, ImportKind::penalties, line_number, &unknown);
//
// This header includes nlohmann/json: include it only where JSON is read. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "collection/import_kind.h"
#include "collection/row_input.h"

namespace xj::collection {

// The English keys of a kind, in column order (the names errors report for JSON input).
const std::vector<std::string>& english_names(ImportKind kind);

// REQUIRES: object.is_object(). Keys the kind does not know are added to `unknown` when given.
RowInput row_from_json(const nlohmann::json& object, ImportKind kind, std::int64_t row_number,
                       std::set<std::string>* unknown = nullptr);

}  // namespace xj::collection
