#include "http/commitment_handlers.h"

namespace xj::http {

void register_commitment_handlers(App&, const Capabilities&) {}

}  // namespace xj::http
