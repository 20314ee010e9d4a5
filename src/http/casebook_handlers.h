// The casebook routes (C12, seed task 12):
//   POST /api/v1/cases                 case.write      publish a typical case → 201
//   GET  /api/v1/public/cases          open            published cases, newest first, paginated
//   GET  /api/v1/public/cases/{id}     open            one published case (extension)
//   GET  /api/v1/dashboard?region=     dashboard.read  counts and trends (casebook/dashboard.h)
// A case about an enterprise must lie within the publisher's region (403); the dashboard's
// region defaults to the account's prefix and may only narrow it.
#pragma once

#include "http/capabilities.h"

namespace xj::http {

void register_casebook_handlers(App& app, const Capabilities& caps);

}  // namespace xj::http
