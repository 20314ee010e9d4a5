// The risk routes (信用风险分类, domain-rules.md §7, api.md): never public.
//   GET  /api/v1/risk/{uscc}                assessments in force with their factors (region scope)
//   GET  /api/v1/risk/summary?model=&region=&area=   {"A","B","C","D","unclassified"}
//   GET  /api/v1/risk/models                the models in force with versions and measures
//   POST /api/v1/risk/models/reload         reload config/models/*.toml (atomic; 422 naming lines)
//   POST /api/v1/risk/runs {[models]}       202 {id,status,progress}: a full run in the background
//   GET  /api/v1/risk/runs/{id}             the run's status and progress
// Registering also loads the models, registers the outbox consumer "risk" (incremental
// re-scoring) and the monthly tick with caps.outbox.
#pragma once

#include "http/capabilities.h"

namespace xj::http {

void register_risk_handlers(App& app, const Capabilities& caps);

}  // namespace xj::http
