// The `xinjian` program as an operator runs it (api.md "CLI"): user add, demo, serve with
// --listen and --today, the public record of a demo enterprise, exit codes, and SIGTERM.
// Runs once per database backend (XJ_TEST_DB).
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <fstream>
#include <regex>
#include <thread>

#include "demo/showcase.h"
#include "support/child_process.h"
#include "support/test_db.h"
#include "support/http_client.h"

namespace xj::testing {
namespace {

using namespace std::chrono_literals;

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = temp_dir();
    db_url_ = fresh_database_url();
  }

  // Runs xinjian with args (plus --db) to completion; returns its exit status.
  int run(std::vector<std::string> args, std::chrono::seconds timeout = 300s) {
    auto pid = start(std::move(args));
    auto status = wait_exit(pid, timeout);
    if (!status) {
      kill(pid, SIGKILL);
      ADD_FAILURE() << "xinjian did not finish:\n" << tail_of(log_);
      return -1;
    }
    return *status;
  }

  pid_t start(std::vector<std::string> args) {
    std::vector<std::string> argv{XJ_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    argv.push_back("--db");
    argv.push_back(db_url_);
    log_ = dir_ / ("run" + std::to_string(++runs_) + ".log");
    auto pid = spawn(argv, SpawnOptions{dir_, log_, std::nullopt, true});
    EXPECT_TRUE(pid) << pid.error().message;
    return *pid;
  }

  // Waits for serve's "serving at http://127.0.0.1:PORT" line; returns PORT.
  std::uint16_t wait_for_port(pid_t pid) {
    static const std::regex kServing(R"(serving at http://127\.0\.0\.1:(\d+))");
    for (int i = 0; i < 600; ++i) {
      std::ifstream in(log_);
      std::string text((std::istreambuf_iterator<char>(in)), {});
      std::smatch m;
      if (std::regex_search(text, m, kServing)) return static_cast<std::uint16_t>(std::stoi(m[1]));
      if (wait_exit(pid, 0ms)) break;
      std::this_thread::sleep_for(100ms);
    }
    ADD_FAILURE() << "serve did not start:\n" << tail_of(log_);
    return 0;
  }

  std::filesystem::path dir_;
  std::filesystem::path log_;
  std::string db_url_;
  int runs_ = 0;
};

TEST_F(CliTest, UserAddCreatesAUserAndRefusesBadInput) {
  EXPECT_EQ(run({"user", "add", "--username", "chen", "--password", "long-enough-1",
                 "--role", "credit_officer", "--region", "4301"}), 0)
      << tail_of(log_);
  // The same username again: refused, usage/fatal exit code 2, nothing half-written.
  EXPECT_EQ(run({"user", "add", "--username", "chen", "--password", "long-enough-1",
                 "--role", "viewer"}), 2);
  EXPECT_NE(tail_of(log_).find("用户名已存在"), std::string::npos) << tail_of(log_);
  EXPECT_EQ(run({"user", "add", "--username", "li", "--password", "long-enough-1",
                 "--role", "root"}), 2);
  EXPECT_EQ(run({"user", "add", "--username", "li", "--password", "short",
                 "--role", "viewer"}), 2);
  EXPECT_EQ(run({"user", "add", "--username", "li", "--password", "long-enough-1",
                 "--role", "viewer", "--region", "43x1"}), 2);
  EXPECT_EQ(run({"user", "add", "--username", "li", "--password", "long-enough-1",
                 "--role", "enterprise", "--uscc", "914403001922038217"}), 2);
  EXPECT_EQ(run({"user", "add", "--username", "li", "--password", "long-enough-1",
                 "--role", "enterprise", "--uscc", "914403001922038216"}), 0)
      << tail_of(log_);
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(run({"no-such-command"}), 2);
  EXPECT_EQ(run({"serve", "--listen", "nonsense"}), 2);
  EXPECT_EQ(run({"serve", "--today", "2026-13-45"}), 2);
}

TEST_F(CliTest, ServesTheDemoDataAndStopsOnSigterm) {
  ASSERT_EQ(run({"demo", "--enterprises", "300", "--seed", "7", "--today", "2026-06-15"}), 0)
      << tail_of(log_);
  pid_t pid = start({"serve", "--listen", "127.0.0.1:0", "--today", "2026-06-15"});
  std::uint16_t port = wait_for_port(pid);
  ASSERT_NE(port, 0);
  {
    http::testing::TestClient client(port);
    EXPECT_EQ(client.get("/healthz").status, 200);
    auto record = client.get("/api/v1/public/enterprises/" + demo::showcase_uscc(0));
    EXPECT_EQ(record.status, 200) << record.body;
    EXPECT_NE(record.body.find("\"licences\""), std::string::npos);
    EXPECT_EQ(record.body.find("phone"), std::string::npos);
    EXPECT_EQ(client.get("/api/v1/public/enterprises/914403001922038217").status, 422);
    EXPECT_EQ(client.get("/api/v1/public/enterprises/914403001922038216").status, 404);
    auto metrics = client.get("/metrics");
    EXPECT_NE(metrics.body.find("xinjian_http_requests_total"), std::string::npos);
  }
  ASSERT_EQ(kill(pid, SIGTERM), 0);
  auto status = wait_exit(pid, 30s);
  ASSERT_TRUE(status) << "serve did not stop on SIGTERM";
  EXPECT_EQ(*status, 0) << tail_of(log_);
}

}  // namespace
}  // namespace xj::testing
