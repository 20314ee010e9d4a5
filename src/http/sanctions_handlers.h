// The sanctions routes (domain-rules.md §4, api.md): the abnormal operation list, the serious
// illegal and dishonest list, their proposals, the constraints answer and the public lists.
//
//   POST /api/v1/abnormal-list                      list.write        → 201 entry (active)
//   GET  /api/v1/abnormal-list?region=&active=      enterprise.read   (an enterprise: its own)
//   GET  /api/v1/abnormal-list/proposals?region=    list.write        from spot-check results
//   POST /api/v1/abnormal-list/{id}/removal         list.write
//   POST /api/v1/dishonest-list                     list.write        → 201 active | pending_approval
//   GET  /api/v1/dishonest-list?region=&status=     enterprise.read   (an enterprise: its own)
//   GET  /api/v1/dishonest-list/proposals?region=   list.write        3-year escalations
//   POST /api/v1/dishonest-list/{id}/approval       list.write        by a shorter region prefix
//   POST /api/v1/dishonest-list/{id}/removal        list.write
//   GET  /api/v1/constraints/{uscc}[?as_of=]        constraints.read
//   POST /api/v1/constraints:batch                  constraints.read  up to 1 000 codes
//   GET  /api/v1/public/abnormal-list?region=       open              active entries
//   GET  /api/v1/public/dishonest-list?region=      open              entries in force
//   GET  /api/v1/public/exposure?region=            open              集中曝光
// Also the JSON item shapes of list entries for the public record and the internal records view.
#pragma once

#include <nlohmann/json.hpp>

#include "core/date.h"
#include "http/capabilities.h"
#include "sanctions/entries.h"

namespace xj::http {

void register_sanctions_handlers(App& app, const Capabilities& caps);

// api.md "The public record": {id, ground, listed_on, decision_no, authority} and
// {id, grounds, listed_on, expires_on, decision_no, authority}.
nlohmann::json public_json(const sanctions::AbnormalEntry& e);
nlohmann::json public_json(const sanctions::DishonestEntry& e);

// Every field, with `status` (its state on `today`) and `is_public_today`.
nlohmann::json internal_json(const sanctions::AbnormalEntry& e, core::Date today);
nlohmann::json internal_json(const sanctions::DishonestEntry& e, core::Date today);

// {"abnormal_list": [...], "dishonest_list": [...]} of one enterprise for the internal records
// view: every entry, history included (internal_json).
Result<nlohmann::json> internal_lists_json(store::Session& s, const std::string& uscc,
                                           core::Date today);

}  // namespace xj::http
