#include "http/risk_handlers.h"

namespace xj::http {

void register_risk_handlers(App&, const Capabilities&) {}

}  // namespace xj::http
