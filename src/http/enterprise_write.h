// One write for one enterprise by an enterprise user or an officer (api.md "Region scope"):
//
//   return write_for_enterprise(caps, who, uscc, [&](store::Session& s, const std::string& region)
//                                                    -> Result<nlohmann::json> { … });
//
// In one write transaction: the enterprise's division (registry::enterprise_region), the check
// that `who` may write for it (an enterprise user: its own USCC; an officer: within its prefix;
// 403 otherwise), then `fn`. The outbox worker is woken after the commit, so consumers see the
// change within one tick. Errors: those of the check, of `fn`, and of the store.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "auth/principal.h"
#include "core/result.h"
#include "http/capabilities.h"
#include "registry/enterprise_query.h"

namespace xj::http {

template <typename Fn>
Result<nlohmann::json> write_for_enterprise(const Capabilities& caps, const auth::Principal& who,
                                            const std::string& uscc, Fn fn) {
  nlohmann::json out;
  XJ_CHECK(caps.db.write([&](store::Session& s) -> Status {
    XJ_TRY(std::string region, registry::enterprise_region(s, uscc));
    XJ_CHECK(who.require_enterprise_write(uscc, region));
    XJ_TRY(out, fn(s, region));
    return {};
  }));
  caps.outbox.wake();
  return out;
}

}  // namespace xj::http
