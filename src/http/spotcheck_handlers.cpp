#include "http/spotcheck_handlers.h"

namespace xj::http {

void register_spotcheck_handlers(App&, const Capabilities&) {}

}  // namespace xj::http
