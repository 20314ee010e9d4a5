// The region and area filters of an internal list request (api.md "Region scope" and roles),
// shared by every route that lists records of many enterprises (`?region=`, `?area=`).
//
//   XJ_TRY(std::string prefix, scoped_region(req, who));   // then: region_code LIKE prefix || '%'
//   XJ_TRY(std::optional<std::string> area, scoped_area(req, who));
//
// scoped_region: `region` when it lies within the account's prefix; the account's prefix when
// `region` is absent or wider than it; 403 forbidden for a region outside it; 400 bad_request for
// a value that is not a 2, 4 or 6-digit prefix.
// scoped_area: `area` checked (400 unless food_production | special_equipment); an area officer
// gets its own area (403 when it asks for another one). Pure; thread-safe.
#pragma once

#include <optional>
#include <string>

#include "auth/principal.h"
#include "core/result.h"
#include "core/uscc_legacy.h"
#include "http/message.h"

namespace xj::http {

Result<std::string> scoped_region(const Request& req, const auth::Principal& who);

Result<std::optional<std::string>> scoped_area(const Request& req, const auth::Principal& who);

// The enterprise and region a list of one enterprise's applications or commitments is about:
// `?uscc=` (normalised; 422 invalid_uscc when malformed). An enterprise user is held to its own
// USCC (403 forbidden for another) and any region; everyone else gets scoped_region.
struct ListSubject {
  std::optional<std::string> uscc;
  std::string region_prefix;  // "" = every region
};
Result<ListSubject> list_subject(const Request& req, const auth::Principal& who,
                                 const core::LegacyCodes& legacy);

}  // namespace xj::http
