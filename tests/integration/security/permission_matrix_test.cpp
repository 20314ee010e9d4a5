// Every route of the wired app × every role (and no token) → the expected status.
#include <map>
#include <set>

#include "auth/permissions.h"
#include "integration/security/security_fixture.h"

namespace xj::security_test {
namespace {

// A concrete target for a route pattern: parameters get a syntactically valid value.
std::string target_of(const std::string& pattern) {
  std::string out;
  std::size_t at = 0;
  while (at < pattern.size()) {
    auto open = pattern.find('{', at);
    if (open == std::string::npos) {
      out += pattern.substr(at);
      break;
    }
    auto close = pattern.find('}', open);
    out += pattern.substr(at, open - at);
    out += pattern.substr(open + 1, close - open - 1) == "uscc" ? "914403001922038216" : "1";
    at = close + 1;
  }
  return out;
}

TEST_F(SecurityTest, EveryInternalRouteHasAPermissionEntry) {
  start();
  Status s = http::check_route_permissions(app_.router());
  EXPECT_TRUE(s) << s.error().message;
}

TEST_F(SecurityTest, ARouteWithoutAPermissionEntryIsCaught) {
  http::App app;
  app.router().get("/api/v1/new-thing", http::Access::internal, "new.thing",
                   [](http::Request&) { return http::Response::text(200, "x"); });
  Status s = http::check_route_permissions(app.router());
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("/api/v1/new-thing"), std::string::npos);
}

TEST_F(SecurityTest, UnknownPermissionIsRefusedEvenToAdmins) {
  app_.router().get("/api/v1/new-thing", http::Access::internal, "new.thing",
                    [](http::Request&) { return http::Response::text(200, "x"); });
  start();
  add_user("admin1", "admin", "43");
  EXPECT_EQ(send("GET", "/api/v1/new-thing", login("admin1")).status, 403);
}

TEST_F(SecurityTest, PermissionMatrix) {
  start();
  std::map<auth::Role, std::string> tokens;
  for (auth::Role role : auth::all_roles()) {
    const std::string name = "u_" + std::string(auth::to_string(role));
    add_user(name, std::string(auth::to_string(role)), "43",
             role == auth::Role::area_officer ? std::optional<std::string>("food_production") : std::nullopt,
             role == auth::Role::enterprise ? std::optional<std::string>("914403001922038216") : std::nullopt);
    tokens[role] = login(name);
  }
  // The decisions that must hold whatever the table says (api.md).
  const std::map<std::string, std::set<auth::Role>> fixed = {
      {"GET /api/v1/audit", {auth::Role::admin, auth::Role::credit_officer}},
      {"GET /api/v1/auth/lockouts", {auth::Role::admin}},
  };
  int checked = 0;
  for (const http::Route& route : app_.router().routes()) {
    if (route.pattern == "/api/v1/auth/logout") continue;  // revokes the token: tested apart
    const std::string target = target_of(route.pattern);
    const std::string key = route.method + " " + route.pattern;
    ClientResponse anonymous = send(route.method, target);
    if (route.access == http::Access::open) {
      EXPECT_NE(anonymous.status, 401) << key;
      EXPECT_NE(anonymous.status, 403) << key;
      continue;
    }
    EXPECT_EQ(anonymous.status, 401) << key;
    for (auth::Role role : auth::all_roles()) {
      bool allowed = auth::allows(route.permission, role);
      if (auto it = fixed.find(key); it != fixed.end()) {
        EXPECT_EQ(allowed, it->second.contains(role)) << key << " " << auth::to_string(role);
      }
      ClientResponse r = send(route.method, target, tokens[role]);
      if (allowed) {
        EXPECT_NE(r.status, 401) << key << " as " << auth::to_string(role) << ": " << r.body;
        EXPECT_NE(r.status, 403) << key << " as " << auth::to_string(role) << ": " << r.body;
      } else {
        EXPECT_EQ(r.status, 403) << key << " as " << auth::to_string(role) << ": " << r.body;
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 0);
  for (auto& [role, token] : tokens) {
    EXPECT_EQ(send("POST", "/api/v1/auth/logout", token).status, 200) << auth::to_string(role);
  }
}

}  // namespace
}  // namespace xj::security_test
