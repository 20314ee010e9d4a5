// The stored assessments (tables risk_current and risk_assessments, store/schema_risk.cpp) and
// the class counts read from them.
//
//   XJ_TRY(auto priors, load_priors(session, scope));
//   XJ_TRY(auto changed, store_assessments(session, uscc, fresh, models, priors, run_id));
//
// store_assessments writes only differences, so re-scoring unchanged records writes nothing:
// a new or different assessment (version, score, class or factors) adds a history row and
// replaces the class in force; a model that no longer applies (deregistered, left the key-area
// list) loses its class in force. Each change of a class in force (a first classification is
// not one) appends the outbox event `risk.class_changed` {"model","from","to","score"} (to and
// score null when withdrawn) with the USCC, in the caller's transaction. Errors: internal from the store. Thread safety: as the Session.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "risk/fact_repo.h"
#include "risk/model.h"
#include "risk/scoring.h"
#include "store/database.h"

namespace xj::risk {

struct StoredAssessment {
  std::string uscc;
  std::string model;
  std::string model_version;
  std::int64_t score = 0;
  char cls = 'A';
  std::string factors_json;
  std::string computed_at;  // RFC 3339, UTC
};

// The assessments in force in scope, by (uscc, model).
using Priors = std::map<std::pair<std::string, std::string>, StoredAssessment>;
Result<Priors> load_priors(store::Session& session, const UsccScope& scope);

// Writes the difference between `fresh` (the applicable models' new assessments) and `priors`
// for the models named in `models`; returns how many (uscc, model) pairs changed.
Result<std::int64_t> store_assessments(store::Session& session, const std::string& uscc,
                                       const std::vector<Assessment>& fresh,
                                       const std::vector<std::string>& models,
                                       const Priors& priors, std::optional<std::int64_t> run_id);

// The assessments in force of one enterprise, by model id.
Result<std::vector<StoredAssessment>> assessments_of(store::Session& session,
                                                     const std::string& uscc);

// GET /api/v1/risk/summary: enterprises registered in `region_prefix` (and with an active
// key-list entry in `area`, and within the model's own applicability) counted by their class in
// force under `model`; "unclassified" for none.
struct SummaryFilter {
  const Model* model = nullptr;
  std::string region_prefix;
  std::optional<std::string> area;
};
Result<std::map<std::string, std::int64_t>> class_counts(store::Session& session,
                                                         const SummaryFilter& filter);

// "2026-03-05 08:30:00" (SQLite) or "2026-03-05 16:30:00+08" (PostgreSQL) → "2026-03-05T08:30:00Z".
std::string rfc3339_utc(std::string_view stored);

}  // namespace xj::risk
