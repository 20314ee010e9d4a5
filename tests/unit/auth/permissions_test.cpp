#include "auth/permissions.h"

#include <gtest/gtest.h>

#include <set>

namespace xj::auth {
namespace {

using enum Role;

TEST(Permissions, NamesAreUniqueAndEveryEntryAllowsSomeone) {
  std::set<std::string_view> seen;
  for (const Permission& p : permission_table()) {
    EXPECT_TRUE(seen.insert(p.name).second) << p.name;
    EXPECT_FALSE(roles_allowed(p.name).empty()) << p.name;
    EXPECT_FALSE(p.purpose.empty()) << p.name;
  }
}

TEST(Permissions, UnknownPermissionAllowsNobody) {
  for (Role r : all_roles()) {
    EXPECT_FALSE(allows("", r));
    EXPECT_FALSE(allows("enterprise.delete_everything", r));
  }
  EXPECT_FALSE(is_known_permission("Audit.Read"));
}

// api.md's role table, read independently of permissions.cpp: the decisions a reviewer checks.
TEST(Permissions, FollowTheApiRoleTable) {
  EXPECT_EQ(roles_allowed("audit.read"), (std::vector<Role>{admin, credit_officer}));
  EXPECT_EQ(roles_allowed("user.admin"), (std::vector<Role>{admin}));
  EXPECT_EQ(roles_allowed("enterprise.write"),
            (std::vector<Role>{admin, area_officer, data_provider}));
  EXPECT_EQ(roles_allowed("repair.decide"), (std::vector<Role>{admin, credit_officer}));
  EXPECT_EQ(roles_allowed("list.write"), (std::vector<Role>{admin, credit_officer}));
  EXPECT_EQ(roles_allowed("subscription.manage"), (std::vector<Role>{admin, partner}));
  EXPECT_EQ(roles_allowed("import.run"), (std::vector<Role>{admin, area_officer, data_provider}));
  EXPECT_TRUE(allows("constraints.read", partner));
  EXPECT_TRUE(allows("spotcheck.task.result", inspector));
  EXPECT_TRUE(allows("repair.apply", enterprise));
  EXPECT_TRUE(allows("enterprise.read", enterprise));  // its own only: Principal checks the USCC
  // Admin may do everything.
  for (const Permission& p : permission_table()) EXPECT_TRUE(allows(p.name, admin)) << p.name;
  // A viewer is read-only; a partner reads nothing internal beyond constraints.
  for (const Permission& p : permission_table()) {
    const std::string_view n = p.name;
    if (allows(n, viewer)) {
      EXPECT_TRUE(n.ends_with(".read") || n == "session.self") << n;
    }
    if (allows(n, partner)) {
      EXPECT_TRUE(n == "constraints.read" || n == "subscription.manage" || n == "session.self") << n;
    }
  }
}

}  // namespace
}  // namespace xj::auth
