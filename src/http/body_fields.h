// The fields of a JSON request body, shared by every write route:
//
//   XJ_TRY(std::string reason, required_string(body, "reason"));       // 422 missing_field
//   XJ_TRY(std::optional<std::string> no, optional_string(body, "revocation_no"));
//   XJ_TRY(std::optional<core::Date> on, optional_date(body, "revoked_on"));
//
// optional_*: absent or null → nullopt; a value of another type → 422 validation_failed naming
// the field. required_string: absent, null or "" → 422 missing_field. A string holding a NUL
// character (JSON "\u0000") is refused with 400 bad_request: the PostgreSQL client cannot pass
// it on, so it would be silently cut. optional_date: "" counts as absent; otherwise YYYY-MM-DD (422
// invalid_date). Pure; thread-safe.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/date.h"
#include "core/result.h"

namespace xj::http {

Result<std::optional<std::string>> optional_string(const nlohmann::json& body, const char* field);
Result<std::string> required_string(const nlohmann::json& body, const char* field);
Result<std::optional<core::Date>> optional_date(const nlohmann::json& body, const char* field);

}  // namespace xj::http
