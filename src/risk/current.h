// The classes in force (risk/, issue 6), read by other capabilities (spot-check strata, the
// enterprises filter, the dashboard). Classes are internal: never public.
//
//   XJ_TRY(auto classes, risk::current_classes(session, "general"));
//   char stratum = classes.contains(uscc) ? classes.at(uscc) : 'B';  // unclassified → B (§8.3)
//
// An enterprise the model does not apply to, or that has not been scored, is absent.
// Errors: ErrorCode::internal from the store. Thread safety: as the Session passed in.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "core/result.h"
#include "store/database.h"

namespace xj::risk {

// USCC → 'A' | 'B' | 'C' | 'D' under `model` as last computed.
Result<std::unordered_map<std::string, char>> current_classes(store::Session& session,
                                                              std::string_view model);

}  // namespace xj::risk
