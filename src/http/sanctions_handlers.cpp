#include "http/sanctions_handlers.h"

namespace xj::http {

void register_sanctions_handlers(App&, const Capabilities&) {}

}  // namespace xj::http
