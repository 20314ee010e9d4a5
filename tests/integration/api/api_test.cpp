// Properties of every route of the fully wired API (http::Api): it can be built (so every
// internal route has a permission in the table), every route is documented in docs/openapi.yaml,
// and no internal route answers without a token.
#include "http/api.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

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

}  // namespace
}  // namespace xj::http
