// JSON mapping of collected records and import summaries (api.md "The internal records",
// formats.md "Summary"): plain structs in, api.md shapes with formats.md English keys out, every
// field present (absent optional fields are null). Money: yuan as an exact JSON number. Records
// carry `source`, `import_id` and `is_public_today` (domain-rules §2 on `today`).
// Pure; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "collection/import_summary.h"
#include "collection/model.h"
#include "core/date.h"
#include "registry/model.h"

namespace xj::http {

// {"import_id","kind","committed","rows","inserted","updated","unchanged","rejected","errors",
//  "warnings"} plus "mode", "format", "source", "status".
nlohmann::json to_json(const collection::ImportSummary& summary);

nlohmann::json to_json(const registry::Enterprise& enterprise);
nlohmann::json to_json(const registry::KeyListEntry& entry);
nlohmann::json to_json(const collection::Licence& licence, core::Date today);
nlohmann::json to_json(const collection::Penalty& penalty, core::Date today);
nlohmann::json to_json(const collection::Inspection& inspection);
nlohmann::json to_json(const collection::Event& event);
nlohmann::json to_json(const collection::Inspector& inspector);

}  // namespace xj::http
