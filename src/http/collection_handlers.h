// The collection routes (issue 4, api.md "Endpoints"), all Access::internal:
//   POST /api/v1/imports/{kind}?format=&mode=&encoding=&source=   import.run    (import_handlers.h)
//   GET  /api/v1/imports/{id}, /api/v1/imports/{id}/errors.csv     import.read
//   POST /api/v1/licences|penalties|inspections|events             record.write (record_handlers.h)
//   PUT  /api/v1/enterprises/{uscc}                                 enterprise.write
//   GET  /api/v1/enterprises/{uscc}/records                         enterprise.read
//   GET  /api/v1/keylist?area=&region=&include_removed=, /keylist/export?format=&area=
//                                                                   keylist.read
//                                                                   (keylist_handlers.cpp)
//   POST /api/v1/keylist, DELETE /api/v1/keylist/{id}?reason=       keylist.write
//
//   register_collection_handlers(app, db, clock, legacy, *security);
//
// Region scope (api.md) is enforced per request through security.principal(): writes of an
// enterprise outside the account's prefix are 403 (import rows: rejected with `forbidden`), and
// so are reads of its non-public records. `db`, `legacy` and `security` must outlive the app.
// Handlers are thread-safe.
#pragma once

#include <memory>

#include "collection/import_progress.h"
#include "core/clock.h"
#include "core/uscc_legacy.h"
#include "http/app.h"
#include "http/security_hook.h"
#include "store/database.h"

namespace xj::http {

struct CollectionDeps {
  store::Database& db;
  core::Clock clock;
  const core::LegacyCodes& legacy;
  const Security& security;
  // Rows read so far by this server's running imports (GET /imports/{id}).
  std::shared_ptr<collection::ImportProgress> progress;
};

void register_import_handlers(App& app, const CollectionDeps& deps);
void register_record_handlers(App& app, const CollectionDeps& deps);
void register_keylist_handlers(App& app, const CollectionDeps& deps);

inline void register_collection_handlers(App& app, store::Database& db, core::Clock clock,
                                         const core::LegacyCodes& legacy,
                                         const Security& security) {
  const CollectionDeps deps{db, clock, legacy, security,
                            std::make_shared<collection::ImportProgress>()};
  register_import_handlers(app, deps);
  register_record_handlers(app, deps);
  register_keylist_handlers(app, deps);
}

}  // namespace xj::http
