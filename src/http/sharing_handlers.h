// The sharing routes (being written).
#pragma once

#include "http/capabilities.h"

namespace xj::http {

void register_sharing_handlers(App& app, const Capabilities& caps);

}  // namespace xj::http
