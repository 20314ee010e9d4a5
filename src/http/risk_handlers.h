// The risk routes (being written).
#pragma once

#include "http/capabilities.h"

namespace xj::http {

void register_risk_handlers(App& app, const Capabilities& caps);

}  // namespace xj::http
