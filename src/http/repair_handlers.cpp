#include "http/repair_handlers.h"

namespace xj::http {

void register_repair_handlers(App&, const Capabilities&) {}

}  // namespace xj::http
