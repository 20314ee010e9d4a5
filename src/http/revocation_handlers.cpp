#include "http/revocation_handlers.h"

#include "collection/penalty_revocation.h"
#include "http/body_fields.h"
#include "http/errors.h"
#include "http/json.h"
#include "registry/enterprise_query.h"

namespace xj::http {
namespace {

using nlohmann::json;

Result<json> revoke(const Capabilities& caps, const Request& req) {
  XJ_TRY(auth::Principal who, caps.security.principal(req));
  XJ_TRY(json body, parse_json_object(req.body));
  collection::PenaltyRevocation in;
  in.decision_no = req.param("decision_no");
  XJ_TRY(in.revoked_on, required_string(body, "revoked_on"));
  XJ_TRY(in.reason, required_string(body, "reason"));
  XJ_TRY(in.revocation_no, optional_string(body, "revocation_no"));
  in.source = who.name;
  collection::RevokedPenalty done;
  XJ_CHECK(caps.db.write([&](store::Session& s) -> Status {
    XJ_TRY(auto uscc, collection::penalty_uscc(s, in.decision_no));
    if (uscc) {
      XJ_TRY(std::string region, registry::enterprise_region(s, *uscc));
      XJ_CHECK(who.require_write(region));
    }
    XJ_TRY(done, collection::revoke_penalty(s, in, caps.clock.today()));
    return {};
  }));
  caps.outbox.wake();
  return json{{"decision_no", done.decision_no},
              {"uscc", done.uscc},
              {"revoked_on", done.revoked_on},
              {"revocation_no", or_null(in.revocation_no)},
              {"reason", in.reason}};
}

}  // namespace

void register_revocation_handlers(App& app, const Capabilities& caps) {
  app.router().post("/api/v1/penalties/{decision_no}/revocation", Access::internal, "record.write",
                    [caps](Request& req) -> Response {
                      auto out = revoke(caps, req);
                      if (!out) return error_response(out.error(), req.request_id);
                      return json_response(200, *out);
                    });
}

}  // namespace xj::http
