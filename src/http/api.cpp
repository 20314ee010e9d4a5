#include "http/api.h"

#include "http/auth_handlers.h"
#include "http/collection_handlers.h"
#include "http/public_handlers.h"

namespace xj::http {

Result<std::unique_ptr<Api>> Api::create(store::Database& db, ApiOptions options) {
  std::unique_ptr<Api> api(new Api(std::move(options)));
  XJ_TRY(api->security_, Security::create(db, api->options_.security));
  App& app = api->app_;
  register_public_handlers(app, db, api->options_.clock, api->options_.legacy);
  register_auth_handlers(app, *api->security_);
  register_collection_handlers(app, db, api->options_.clock, api->options_.legacy,
                               *api->security_);
  XJ_CHECK(check_route_permissions(app.router()));  // after the last route
  app.add_before(api->security_->hook());
  return api;
}

}  // namespace xj::http
