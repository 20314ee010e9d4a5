// The credit repair routes (信用修复, domain-rules.md §5; api.md):
//   POST /api/v1/repairs                      repair.apply  → 201 {id, status: "submitted", due_on, …}
//                                             or 422 not_eligible naming every failed condition
//   GET  /api/v1/repairs?status=&region=&overdue=&uscc=   repair.read (the review queue)
//   GET  /api/v1/repairs/{id}                 repair.read   (extension: with materials, decisions)
//   POST /api/v1/repairs/{id}/decision        repair.decide {decision, reason, [decided_on]}
//   POST /api/v1/repairs/{id}/materials?filename=NAME    repair.apply (extension: raw body = the
//                                             file, ≤ 1 MiB, stored with its SM3 digest) → 201
//   GET  /api/v1/repairs/{id}/materials/{material_id}    repair.read (extension: the file)
// Region scope: officers within their prefix (the enterprise's division); an enterprise user
// applies for and reads only its own USCC.
#pragma once

#include "http/capabilities.h"

namespace xj::http {

void register_repair_handlers(App& app, const Capabilities& caps);

}  // namespace xj::http
