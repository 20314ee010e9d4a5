// Principal: who is making a request — a user (through a session token) or a partner system
// (through an API key) — and the region scope every capability handler checks (api.md "Region
// scope": a user never reads non-public data, nor writes, outside its prefix → 403).
//
//   XJ_CHECK(principal.require_enterprise_write(uscc, enterprise.region_code));
//   sql += " AND region_code LIKE ?"; params.push_back(principal.region + "%");  // scoped list
//
// Enterprise users are bound to their USCC: they read and write only their own enterprise,
// whatever its region. Area officers are further bound to their area (require_area).
// Plain value; thread-compatible.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "audit/entry.h"
#include "auth/role.h"
#include "core/result.h"

namespace xj::auth {

struct Principal {
  enum class Kind { user, api_key };

  Kind kind = Kind::user;
  std::int64_t id = 0;   // users.id or api_keys.id
  std::string name;      // username or key name
  Role role = Role::viewer;
  std::string region = "43";        // division-code prefix (digits only), filters every query
  std::optional<std::string> area;  // area_officer
  std::optional<std::string> uscc;  // enterprise
  std::int64_t expires_at = 0;      // sessions: Unix seconds; API keys: 0 (until revoked)

  // Whether non-public data of an enterprise registered in `region_code` may be read: within
  // the prefix. Always false for enterprise users (use the *_enterprise_* checks).
  bool may_read(std::string_view region_code) const;

  // forbidden (403) unless region_code lies within the prefix (enterprise users: never).
  Status require_read(std::string_view region_code) const;
  Status require_write(std::string_view region_code) const;

  // As above for one enterprise: an enterprise user must be bound to `uscc`; anyone else must
  // hold `region_code` (the enterprise's registered division) within its prefix.
  Status require_enterprise_read(std::string_view uscc, std::string_view region_code) const;
  Status require_enterprise_write(std::string_view uscc, std::string_view region_code) const;

  // forbidden for an area officer of another area; everyone else passes.
  Status require_area(std::string_view area) const;

  // The audit-log actor of this principal.
  audit::Actor actor() const;
};

}  // namespace xj::auth
