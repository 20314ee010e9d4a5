// A plan from its JSON body (api.md "Plan") with the validation of issue 7: ≥ 2 inspectors per
// task, ratios 0–1 with at most 4 decimals (§8.5), a known model, a 64-hex seed_commitment, a
// due date; defaults: ratios from §7.5, model `general`, both key areas, the caller's region,
// the population's region for the inspector pool, no domain filter, no exclusion window.
// Matter codes are checked against the database by the caller. And the plan as JSON, internal
// and public (name, matters, scope, commitment, due date).
//
//   XJ_TRY(Plan plan, plan_from_json(body, who.region, is_model));
//
// Pure; thread-safe. This header includes nlohmann/json.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "spotcheck/model.h"

namespace xj::spotcheck {

// validation_failed with one detail per problem (the first one's sentence as the message).
Result<Plan> plan_from_json(const nlohmann::json& body, std::string_view default_region,
                            const std::function<bool(std::string_view)>& is_model);

nlohmann::json plan_json(const Plan& plan);
// The public view: no ratios, model or inspector filter (they reveal nothing about who is
// drawn, but the classes behind them are internal).
nlohmann::json public_plan_json(const Plan& plan, const std::vector<Matter>& matters);

}  // namespace xj::spotcheck
