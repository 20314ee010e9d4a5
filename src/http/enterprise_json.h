// JSON mapping of enterprise records (api.md "The public record"): plain structs in, the api.md
// shapes out. Field names are api.md's, not the table columns'. Money: yuan as a JSON number with
// at most two decimals, built from integer fen exactly (core/money.h). Absent optional fields are
// null. Pure; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "disclosure/public_record.h"

namespace xj::http {

// {"uscc","name","legal_representative","address","region_code","status","key_areas",
//  "licences","penalties","inspections","commitments","abnormal_list","dishonest_list"}
nlohmann::json to_json(const disclosure::PublicRecord& record);

}  // namespace xj::http
