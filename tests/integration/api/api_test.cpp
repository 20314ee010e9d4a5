// Properties of every route of the fully wired API (http::Api): it can be built (so every
// internal route has a permission in the table), every route is documented in docs/openapi.yaml,
// and no internal route answers without a token.
#include "http/api.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "audit/audit_log.h"
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
    auto api = Api::create(*db_, ApiOptions{core::Clock::fixed(*core::Date::from_ymd(2026, 6, 15)),
                                            {}, {}});
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
