// A fixture for integration tests of the whole HTTP API (http::Api, every capability's routes
// behind the security hook): a fresh migrated database of the backend under test (XJ_TEST_DB),
// the real server on an ephemeral port, a fixed business date, users and their tokens.
//
//   class CasesTest : public xj::testing::ApiTest {};
//   TEST_F(CasesTest, …) {
//     start(day(2026, 6, 15));
//     add_user("credit", "credit_officer", "43");
//     auto created = post_json("/api/v1/cases", login("credit"), {{"title", …}}, 201);
//   }
//
// The outbox worker is not started: tests call drain() to run one pass of its consumers.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/clock.h"
#include "core/date.h"
#include "http/api.h"
#include "store/database.h"
#include "support/http_client.h"
#include "support/test_server.h"

namespace xj::testing {

inline core::Date day(int y, int m, int d) { return *core::Date::from_ymd(y, m, d); }

class ApiTest : public ::testing::Test {
 protected:
  using json = nlohmann::json;

  void SetUp() override;
  void TearDown() override;

  // (Re)starts the API and the server under business date `today`; the database is kept.
  void start(core::Date today);
  void stop();

  // Creates a user with the shared test password.
  void add_user(const std::string& name, const std::string& role, const std::string& region,
                std::optional<std::string> area = std::nullopt,
                std::optional<std::string> uscc = std::nullopt);
  // Logs in; fails the test and returns "" otherwise.
  std::string login(const std::string& name);

  http::testing::ClientResponse send(const std::string& method, const std::string& target,
                                     const std::string& token = "",
                                     const std::string& body = "");
  // Sends and parses the JSON answer, expecting `status`.
  json get_json(const std::string& target, const std::string& token = "", int status = 200);
  json post_json(const std::string& target, const std::string& token, const json& body,
                 int status = 201);

  // One synchronous pass of the outbox worker's consumers and ticks.
  void drain();
  // Runs fn in a write transaction; fails the test on error.
  void write(const std::function<Status(store::Session&)>& fn);

  std::unique_ptr<store::Database> db_;
  std::unique_ptr<http::Api> api_;
  TestServer server_;
};

}  // namespace xj::testing
