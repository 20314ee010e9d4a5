// The spot-check routes (issue 7; api.md "Endpoints", "Spot-check plans and draws";
// domain-rules.md §8). Internal, with their permissions (auth/permissions.cpp):
//   GET  /api/v1/spotcheck/matters?area=                      spotcheck.read   抽查事项清单
//   POST /api/v1/spotcheck/matters                            spotcheck.write
//   GET  /api/v1/spotcheck/inspectors?region=&domain=&status= spotcheck.read   执法检查人员名录库
//   POST /api/v1/spotcheck/inspectors                         spotcheck.write  (import kind
//   `inspectors`) POST /api/v1/spotcheck/inspectors/{id}/conflicts          spotcheck.conflict (an
//   inspector: its own) GET  /api/v1/key-supervision-items?region=&area=          supervision.read
//   重点监管事项清单 POST /api/v1/key-supervision-items                        supervision.write
//   GET  /api/v1/spotcheck/plans                              spotcheck.read
//   POST /api/v1/spotcheck/plans                              spotcheck.write
//   POST /api/v1/spotcheck/plans/{id}/draw {"seed"}           spotcheck.write  → 201 internal
//   record GET  /api/v1/spotcheck/draws/{id}                         spotcheck.write  (admin,
//   credit_officer) GET  /api/v1/spotcheck/tasks?plan=&inspector=&status=     spotcheck.task.read
//   (an inspector: its own) POST /api/v1/spotcheck/tasks/{id}/result spotcheck.task.result (an
//   inspector: its own)
// Public (rate-limited by the security hook):
//   GET  /api/v1/public/spotcheck/plans     plans as published before their draw (an extension)
//   GET  /api/v1/public/spotcheck/draws/{id} the public draw record
// An inspector account is bound to its inspector by its username: the username IS the
// certificate number (执法证号). Region scope: plans by their population region, tasks by the
// enterprise's region, inspectors by theirs. Handlers are thread-safe.
#pragma once

#include "http/capabilities.h"

namespace xj::http {

void register_spotcheck_handlers(App& app, const Capabilities& caps);

}  // namespace xj::http
