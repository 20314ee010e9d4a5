// The roles of api.md "Authentication and roles", and what each must carry.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace xj::auth {

enum class Role {
  admin,           // everything, users and configuration
  credit_officer,  // 信用监管处: lists, repair decisions, models, plans, all areas, within region
  area_officer,    // key-area list and records of its area, within region
  inspector,       // its own tasks and their results
  data_provider,   // imports and record submission, within region
  partner,         // constraints query, subscriptions, public data
  enterprise,      // its own record, commitments, repair applications
  viewer,          // read-only, within region
};

// Every role, in declaration order.
std::span<const Role> all_roles();

std::optional<Role> parse_role(std::string_view text);
std::string_view to_string(Role role);

}  // namespace xj::auth
