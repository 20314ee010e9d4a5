// The permission table: which roles may use each permission that a route names (api.md
// "Authentication and roles"). This file and permissions.cpp are the one place to audit who may
// do what; docs/security.md shows the same table.
//
//   if (!allows(route.permission, principal.role)) → 403 forbidden
//
// A permission says which *kind* of operation a role may attempt. Where the data lies is checked
// separately, by the handler, through auth::Principal (region prefix, area, bound USCC).
// An unknown permission allows nobody (fail closed). Constant data; thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "auth/role.h"

namespace xj::auth {

struct Permission {
  std::string_view name;     // "enterprise.read"
  std::uint32_t roles;       // bit (1 << Role) per role allowed
  std::string_view purpose;  // what it covers, for the docs
};

// Every permission, in the order of docs/security.md.
std::span<const Permission> permission_table();

bool is_known_permission(std::string_view name);

// True when `role` may use `permission`; false for an unknown permission.
bool allows(std::string_view permission, Role role);

// The roles allowed a permission, in Role order; empty for an unknown one.
std::vector<Role> roles_allowed(std::string_view permission);

}  // namespace xj::auth
