#include "auth/role.h"

#include <array>
#include <utility>

namespace xj::auth {
namespace {

constexpr std::array<std::pair<Role, std::string_view>, 8> kRoles{{
    {Role::admin, "admin"},
    {Role::credit_officer, "credit_officer"},
    {Role::area_officer, "area_officer"},
    {Role::inspector, "inspector"},
    {Role::data_provider, "data_provider"},
    {Role::partner, "partner"},
    {Role::enterprise, "enterprise"},
    {Role::viewer, "viewer"},
}};

constexpr std::array<Role, kRoles.size()> kAll = [] {
  std::array<Role, kRoles.size()> all{};
  for (std::size_t i = 0; i < kRoles.size(); ++i) all[i] = kRoles[i].first;
  return all;
}();

}  // namespace

std::span<const Role> all_roles() { return kAll; }

std::optional<Role> parse_role(std::string_view text) {
  for (const auto& [role, name] : kRoles) {
    if (name == text) return role;
  }
  return std::nullopt;
}

std::string_view to_string(Role role) {
  for (const auto& [r, name] : kRoles) {
    if (r == role) return name;
  }
  return "viewer";
}

}  // namespace xj::auth
