#include "support/api_fixture.h"

#include "auth/user.h"
#include "store/migrations.h"
#include "support/test_db.h"

namespace xj::testing {
namespace {
constexpr const char* kPassword = "correct-horse-43";
}

void ApiTest::SetUp() {
  db_ = fresh_database();
  auto applied = store::migrate(*db_);
  ASSERT_TRUE(applied) << applied.error().message;
}

void ApiTest::TearDown() { stop(); }

void ApiTest::start(core::Date today) {
  stop();
  http::ApiOptions options;
  options.clock = core::Clock::fixed(today);
  options.security.public_rate.rate = 1e6;  // tests are not throttled
  options.security.public_rate.burst = 1e6;
  auto api = http::Api::create(*db_, std::move(options));
  ASSERT_TRUE(api) << api.error().message;
  api_ = std::move(*api);
  auto started = server_.start([this](http::Request& r) { return api_->handle(r); });
  ASSERT_TRUE(started) << started.error().message;
}

void ApiTest::stop() {
  server_.stop();
  api_.reset();
}

void ApiTest::add_user(const std::string& name, const std::string& role,
                       const std::string& region, std::optional<std::string> area,
                       std::optional<std::string> uscc) {
  auto created = auth::create_user(*db_, {name, kPassword, role, region, area, uscc});
  ASSERT_TRUE(created) << created.error().message;
}

std::string ApiTest::login(const std::string& name) {
  auto r = send("POST", "/api/v1/auth/login", "",
                json{{"username", name}, {"password", kPassword}}.dump());
  EXPECT_EQ(r.status, 200) << r.body;
  return r.status == 200 ? json::parse(r.body).at("token").get<std::string>() : "";
}

http::testing::ClientResponse ApiTest::send(const std::string& method, const std::string& target,
                                            const std::string& token, const std::string& body) {
  std::vector<std::pair<std::string, std::string>> headers;
  if (!token.empty()) headers.emplace_back("Authorization", "Bearer " + token);
  if (!body.empty()) headers.emplace_back("Content-Type", "application/json");
  http::testing::TestClient client(server_.port());
  return client.send({method, target, body, headers, false});
}

nlohmann::json ApiTest::get_json(const std::string& target, const std::string& token,
                                 int status) {
  auto r = send("GET", target, token);
  EXPECT_EQ(r.status, status) << "GET " << target << "\n" << r.body;
  return json::parse(r.body, nullptr, false);
}

nlohmann::json ApiTest::post_json(const std::string& target, const std::string& token,
                                  const json& body, int status) {
  auto r = send("POST", target, token, body.dump());
  EXPECT_EQ(r.status, status) << "POST " << target << " " << body.dump() << "\n" << r.body;
  return json::parse(r.body, nullptr, false);
}

void ApiTest::drain() {
  const Status s = api_->outbox().drain();
  ASSERT_TRUE(s) << s.error().message;
}

void ApiTest::write(const std::function<Status(store::Session&)>& fn) {
  const Status s = db_->write(fn);
  ASSERT_TRUE(s) << s.error().message;
}

}  // namespace xj::testing
