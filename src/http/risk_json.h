// JSON of the risk routes: models, assessments, runs (http/risk_handlers.cpp).
// Stateless; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "risk/assessment_repo.h"
#include "risk/model.h"
#include "risk/run_repo.h"

namespace xj::http {

// A model in force: id, version, name, file, applies_to, bands, floor, indicators, groups,
// overrides and the §7.5 measures per class.
nlohmann::json to_json(const risk::Model& model);

// api.md: {"model","model_version","score","class","computed_at","factors":[…]} plus the model's
// name and the measures of its class (when the model is still in force).
nlohmann::json to_json(const risk::StoredAssessment& a, const risk::Model* model);

// {"id","status","progress",…}.
nlohmann::json to_json(const risk::Run& run);

}  // namespace xj::http
