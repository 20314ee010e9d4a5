#include "http/sharing_handlers.h"

namespace xj::http {

void register_sharing_handlers(App&, const Capabilities&) {}

}  // namespace xj::http
