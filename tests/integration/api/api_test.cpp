// Properties of every route of the fully wired API (http::Api): it can be built (so every
// internal route has a permission in the table), every route is documented in docs/openapi.yaml,
// and no internal route answers without a token.
#include "http/api.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "audit/audit_log.h"
#include "auth/permissions.h"
#include "auth/user.h"
#include "http/json.h"
#include "store/migrations.h"
#include "support/test_db.h"

namespace xj::http {
namespace {

// path → methods (lower case), from the `paths:` section of an OpenAPI YAML file (two-space
// indentation: paths at 2, methods at 4).
std::map<std::string, std::set<std::string>> documented_routes(const std::string& file) {
  std::ifstream in(file);
  std::map<std::string, std::set<std::string>> routes;
  std::string line, current;
  bool in_paths = false;
  while (std::getline(in, line)) {
    if (line == "paths:") {
      in_paths = true;
      continue;
    }
    if (!in_paths) continue;
    if (line.starts_with("  /") && line.ends_with(":")) {
      current = line.substr(2, line.size() - 3);
      routes[current];
    } else if (line.starts_with("    ") && !line.starts_with("     ") && line.ends_with(":")) {
      routes[current].insert(line.substr(4, line.size() - 5));
    }
  }
  return routes;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A concrete path for a pattern: every {param} replaced by a plausible value.
std::string concrete(const std::string& pattern) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{') {
      auto end = pattern.find('}', i);
      std::string name = pattern.substr(i + 1, end - i - 1);
      out += name == "uscc" ? "914403001922038216" : "1";
      i = end;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = xj::testing::fresh_database();
    ASSERT_TRUE(store::migrate(*db_));
    ApiOptions options;
    options.clock = core::Clock::fixed(*core::Date::from_ymd(2026, 6, 15));
    auto api = Api::create(*db_, std::move(options));
    ASSERT_TRUE(api) << api.error().message;  // fails for a route without a permission entry
    api_ = std::move(*api);
  }
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<Api> api_;
};

TEST_F(ApiTest, EveryRouteIsInTheOpenApiFile) {
  auto documented = documented_routes(XJ_SOURCE_DIR "/docs/openapi.yaml");
  ASSERT_FALSE(documented.empty());
  for (const auto& route : api_->app().router().routes()) {
    auto it = documented.find(route.pattern);
    ASSERT_NE(it, documented.end()) << route.pattern << " is missing from docs/openapi.yaml";
    EXPECT_TRUE(it->second.contains(lower(route.method)))
        << route.method << " " << route.pattern << " is missing from docs/openapi.yaml";
  }
}

TEST_F(ApiTest, EveryDocumentedRouteIsServed) {
  auto documented = documented_routes(XJ_SOURCE_DIR "/docs/openapi.yaml");
  std::set<std::pair<std::string, std::string>> served;
  for (const auto& route : api_->app().router().routes()) {
    served.insert({lower(route.method), route.pattern});
  }
  for (const auto& [path, methods] : documented) {
    for (const auto& method : methods) {
      EXPECT_TRUE(served.contains({method, path})) << method << " " << path << " is documented but not served";
    }
  }
}

TEST_F(ApiTest, NoInternalRouteAnswersWithoutAToken) {
  for (const auto& route : api_->app().router().routes()) {
    if (route.access != Access::internal) continue;
    Request req;
    req.method = route.method;
    req.path = concrete(route.pattern);
    req.target = req.path;
    req.remote_address = "127.0.0.1";
    req.request_id = "test";
    auto res = api_->handle(req);
    EXPECT_EQ(res.status, 401) << route.method << " " << route.pattern;
    req.headers["authorization"] = "Bearer not-a-real-token";
    res = api_->handle(req);
    EXPECT_EQ(res.status, 401) << route.method << " " << route.pattern << " with a bad token";
  }
}

// The permission matrix: every internal route × every role. A role the permission table does not
// allow gets exactly 403; an allowed role is never refused by the permission layer (it may still
// get 400/404/422 from the handler for the empty request). Users are province-wide (43), the
// enterprise user is bound to the USCC the paths name, so region and binding do not interfere.
TEST_F(ApiTest, PermissionMatrixOverEveryRouteAndRole) {
  const std::string uscc = "91430104MA4EMRA639";
  std::map<auth::Role, std::string> tokens;
  for (auth::Role role : auth::all_roles()) {
    std::string name = "u_" + std::string(auth::to_string(role));
    auth::NewUser u{name, "long-enough-1", std::string(auth::to_string(role)), "43", {}, {}};
    if (role == auth::Role::area_officer) u.area = "food_production";
    if (role == auth::Role::enterprise) u.uscc = uscc;
    ASSERT_TRUE(auth::create_user(*db_, u));
    Request login;
    login.method = "POST";
    login.path = login.target = "/api/v1/auth/login";
    login.body = nlohmann::json{{"username", name}, {"password", "long-enough-1"}}.dump();
    login.remote_address = "127.0.0.1";
    auto res = api_->handle(login);
    ASSERT_EQ(res.status, 200) << name << ": " << res.body;
    tokens[role] = nlohmann::json::parse(res.body)["token"];
  }
  // Logout revokes the token it is called with: check it last.
  std::vector<const Route*> routes;
  for (const auto& route : api_->app().router().routes()) {
    if (route.access == Access::internal) routes.push_back(&route);
  }
  std::stable_partition(routes.begin(), routes.end(),
                        [](const Route* r) { return r->pattern != "/api/v1/auth/logout"; });
  int checked = 0;
  for (const Route* r : routes) {
    const Route& route = *r;
    for (auto& [role, token] : tokens) {
      Request req;
      req.method = route.method;
      req.path = concrete(route.pattern);
      for (std::size_t at; (at = req.path.find("914403001922038216")) != std::string::npos;) {
        req.path.replace(at, 18, uscc);
      }
      req.target = req.path;
      req.body = route.method == "GET" || route.method == "DELETE" ? "" : "{}";
      req.remote_address = "127.0.0.2";
      req.headers["authorization"] = "Bearer " + token;
      auto res = api_->handle(req);
      const bool allowed = auth::allows(route.permission, role);
      const std::string what = std::string(auth::to_string(role)) + " " + route.method + " " +
                               route.pattern + " → " + std::to_string(res.status) + " " + res.body;
      if (allowed) {
        EXPECT_NE(res.status, 401) << what;
        EXPECT_NE(res.status, 403) << what;
      } else {
        EXPECT_EQ(res.status, 403) << what;
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 100);
}

// A logged-in admin's write and its read of non-public records each leave an audit entry naming
// the enterprise; a public read leaves none.
TEST_F(ApiTest, WritesAndNonPublicReadsAreAudited) {
  ASSERT_TRUE(auth::create_user(*db_, {"auditor", "long-enough-1", "admin", "43", {}, {}}));
  auto call = [&](std::string method, std::string path, std::string body, std::string token) {
    Request req;
    req.method = std::move(method);
    req.path = path;
    req.target = path;
    req.body = std::move(body);
    req.remote_address = "127.0.0.1";
    req.request_id = "req-" + req.method;
    if (!token.empty()) req.headers["authorization"] = "Bearer " + token;
    return api_->handle(req);
  };
  auto login = call("POST", "/api/v1/auth/login",
                    R"({"username":"auditor","password":"long-enough-1"})", "");
  ASSERT_EQ(login.status, 200) << login.body;
  std::string token = nlohmann::json::parse(login.body)["token"];
  const std::string uscc = "91430104MA4EMRA639";  // a Changsha code, inside region 43
  auto put = call("PUT", "/api/v1/enterprises/" + uscc, R"({"name":"长沙测试食品有限公司"})", token);
  ASSERT_LT(put.status, 300) << put.body;
  ASSERT_EQ(call("GET", "/api/v1/enterprises/" + uscc + "/records", "", token).status, 200);
  ASSERT_EQ(call("GET", "/api/v1/public/enterprises/" + uscc, "", "").status, 200);

  audit::Filter filter;
  filter.target = uscc;
  Result<audit::EntryPage> page = fail(ErrorCode::internal, "not read");
  ASSERT_TRUE(db_->read([&](store::Session& session) -> Status {
    page = audit::find(session, filter, 0, 50);
    return {};
  }));
  ASSERT_TRUE(page) << page.error().message;
  std::set<std::string> actions;
  for (const auto& e : page->items) {
    actions.insert(e.action);
    EXPECT_EQ(e.actor.name, "auditor");
    EXPECT_FALSE(e.digest.empty());
  }
  EXPECT_TRUE(actions.contains("PUT /api/v1/enterprises/{uscc}"));
  EXPECT_TRUE(actions.contains("GET /api/v1/enterprises/{uscc}/records"));
  EXPECT_EQ(page->items.size(), 2u);  // the public read is not audited
  auto chain = audit::verify(*db_);
  ASSERT_TRUE(chain);
  EXPECT_FALSE(chain->broken_at);
}

}  // namespace
}  // namespace xj::http
