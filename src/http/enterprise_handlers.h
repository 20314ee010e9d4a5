// The internal enterprise routes and the key-area list proposals (issue 4; api.md "Endpoints"),
// all Access::internal:
//   GET  /api/v1/enterprises?q=&region=&area=&risk_class=&model=&page=&page_size=
//                                                     enterprise.read  (enterprise_handlers.cpp)
//   GET  /api/v1/enterprises/{uscc}                   enterprise.read
//   GET  /api/v1/keylist/proposals?area=&status=&region=&page=&page_size=
//                                                     keylist.read  (keylist_proposal_handlers.cpp)
//   POST /api/v1/keylist/proposals/{id}/decision      keylist.write
// and the outbox consumer "keylist_proposals" with its daily expiry tick
// (registry/keylist_proposals.h).
//
//   register_enterprise_handlers(app, caps);
//
// Region scope (api.md): lists are cut to the account's prefix; one enterprise outside it is 403.
// An enterprise account sees only its own enterprise and never a risk class (classes are
// internal, domain-rules §2). Area officers see and decide only the proposals of their area.
// Handlers are thread-safe; `caps` must outlive the app.
#pragma once

#include "http/app.h"
#include "http/capabilities.h"

namespace xj::http {

// The enterprise routes, then register_keylist_proposal_handlers().
void register_enterprise_handlers(App& app, const Capabilities& caps);

// The proposal routes, the consumer and the tick.
void register_keylist_proposal_handlers(App& app, const Capabilities& caps);

}  // namespace xj::http
