#include "http/public_handlers.h"

#include <optional>

#include "core/uscc.h"
#include "disclosure/public_record.h"
#include "http/enterprise_json.h"
#include "http/errors.h"
#include "http/json.h"

namespace xj::http {

void register_public_handlers(App& app, store::Database& db, core::Clock clock,
                              const core::LegacyCodes& legacy) {
  app.router().get("/api/v1/public/enterprises/{uscc}", Access::open, "",
                   [&db, clock, &legacy](Request& req) -> Response {
                     auto uscc = core::Uscc::parse(req.param("uscc"), legacy);
                     if (!uscc) return error_response(uscc.error(), req.request_id);
                     std::optional<disclosure::PublicRecord> record;
                     Status read = db.read([&](store::Session& session) -> Status {
                       XJ_TRY(record,
                              disclosure::public_record(session, uscc->str(), clock.today()));
                       return {};
                     });
                     if (!read) return error_response(read.error(), req.request_id);
                     return json_response(200, to_json(*record));
                   });
}

}  // namespace xj::http
