// The JSON text of the draw records (api.md "Spot-check plans and draws", field by field, in the
// order api.md lists them) and reading them back for verification (`xinjian verify-draw`).
//
//   std::string stored = internal_json(record, false);   // without draw_id (stored before the id
//   is known) std::string served = with_draw_id(stored, id);       // {"draw_id":id, …the rest}
//   XJ_TRY(AnyDrawRecord r, parse_draw_record(text));    // either variant
//
// Ratios are written as decimal numbers of their basis points (300 → 0.03). Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "core/result.h"
#include "spotcheck/draw_record.h"

namespace xj::spotcheck {

std::string internal_json(const DrawRecord& record, bool with_id = true);
std::string public_json(const PublicDrawRecord& record, bool with_id = true);

// Inserts "draw_id" as the first member of a record written without it.
// REQUIRES: `json` is an object written by internal_json/public_json with with_id = false.
std::string with_draw_id(std::string_view json, std::int64_t draw_id);

using AnyDrawRecord = std::variant<DrawRecord, PublicDrawRecord>;

// The internal record when `population` holds objects (or `pool` is present), else the public
// one. bad_request naming the first missing or mistyped field.
Result<AnyDrawRecord> parse_draw_record(std::string_view text);

}  // namespace xj::spotcheck
