// Shared fixture of the sharing suite: the fully wired Api (http::Api) over a fresh migrated
// database of the backend under test, a configuration folder whose sharing.toml sets a short
// back-off (20 ms doubling to 80 ms, dead after 4 tries), users (admin, two partners), and a
// real HTTP receiver on 127.0.0.1 (ephemeral port) that records every POST and answers with
// whatever status the test chooses per request.
#pragma once

#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "auth/user.h"
#include "core/config_dir.h"
#include "core/uscc.h"
#include "http/api.h"
#include "store/migrations.h"
#include "store/outbox.h"
#include "support/test_db.h"
#include "support/test_server.h"

namespace xj::sharing_test {

using nlohmann::json;

// A valid USCC registered in `division` (6 digits), body8 of 0-9/A-Z.
inline std::string make_uscc(std::string_view division, std::string_view body8) {
  const std::string first17 = "91" + std::string(division) + std::string(body8) +
                              std::string(1, core::org_code_check_char(body8));
  return first17 + core::uscc_check_char(first17);
}

// Lower-case hex HMAC-SHA256, computed here independently of the code under test.
inline std::string hmac_hex(const std::string& key, const std::string& body) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(body.data()), body.size(), mac, &n);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned i = 0; i < n; ++i) {
    out += kHex[mac[i] >> 4];
    out += kHex[mac[i] & 15];
  }
  return out;
}

// One POST the receiver got.
struct Received {
  std::string path;
  std::string signature;
  std::string body;
  json event;
  int answered = 0;
};

// The local receiver: records each POST, answers respond(path, event) (default 200).
class Receiver {
 public:
  Receiver() {
    auto started = server_.start([this](http::Request& r) { return handle(r); });
    EXPECT_TRUE(started) << started.error().message;
  }

  std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(server_.port()) + path;
  }

  void respond(std::function<int(const Received&)> fn) {
    std::lock_guard lock(mutex_);
    respond_ = std::move(fn);
  }

  std::vector<Received> received() const {
    std::lock_guard lock(mutex_);
    return received_;
  }

  // The requests for one path.
  std::vector<Received> received_at(const std::string& path) const {
    std::vector<Received> out;
    for (auto& r : received()) {
      if (r.path == path) out.push_back(r);
    }
    return out;
  }

 private:
  http::Response handle(http::Request& req) {
    Received r{req.path, req.header("x-xinjian-signature"), req.body,
               json::parse(req.body, nullptr, false), 200};
    std::lock_guard lock(mutex_);
    if (respond_) r.answered = respond_(r);
    received_.push_back(r);
    return http::Response::json(r.answered, "{}");
  }

  mutable std::mutex mutex_;  // guards respond_ and received_ (handlers run on worker threads)
  std::function<int(const Received&)> respond_;
  std::vector<Received> received_;
  testing::TestServer server_;
};

class SharingTest : public ::testing::Test {
 protected:
  static constexpr int kMaxAttempts = 4;

  void SetUp() override {
    db_ = testing::fresh_database();
    auto applied = store::migrate(*db_);
    ASSERT_TRUE(applied) << applied.error().message;
    const auto config = testing::temp_dir() / "config";
    std::filesystem::copy(core::config_dir(), config, std::filesystem::copy_options::recursive);
    std::ofstream(config / "sharing.toml")
        << "[delivery]\nbackoff_base_ms = 20\nbackoff_cap_ms = 80\nmax_attempts = " << kMaxAttempts
        << "\ntimeout_ms = 2000\n"
        << extra_delivery_config();
    http::ApiOptions options;
    options.clock = core::Clock::fixed(*core::Date::from_ymd(2026, 6, 15));
    options.config_dir = config;
    auto api = http::Api::create(*db_, std::move(options));
    ASSERT_TRUE(api) << api.error().message;
    api_ = std::move(*api);
    pass();  // the consumers start at the (empty) head
    admin_ = login("admin", "admin", "43");
    partner_ = login("partner", "partner", "43");
    other_partner_ = login("partner2", "partner", "43");
  }

  // More lines for sharing.toml's [delivery] table (a derived fixture's ca_file, say).
  virtual std::string extra_delivery_config() const { return ""; }

  std::string login(const std::string& name, const std::string& role, const std::string& region) {
    auth::NewUser u{name, "long-enough-1", role, region, {}, {}};
    auto created = auth::create_user(*db_, u);
    EXPECT_TRUE(created) << created.error().message;
    auto res = call("POST", "/api/v1/auth/login", "",
                    json{{"username", name}, {"password", "long-enough-1"}});
    EXPECT_EQ(res.status, 200) << res.body;
    return json::parse(res.body)["token"];
  }

  http::Response call(const std::string& method, const std::string& target,
                      const std::string& token, const json& body = nullptr) {
    http::Request req;
    req.method = method;
    req.target = target;
    EXPECT_TRUE(http::decode_target(req));
    if (!body.is_null()) req.body = body.dump();
    if (!token.empty()) req.headers["authorization"] = "Bearer " + token;
    req.remote_address = "127.0.0.1";
    req.request_id = "test";
    return api_->handle(req);
  }

  json call_json(const std::string& method, const std::string& target, const std::string& token,
                 const json& body, int status) {
    auto res = call(method, target, token, body);
    EXPECT_EQ(res.status, status) << method << " " << target << "\n" << res.body;
    return json::parse(res.body, nullptr, false);
  }

  // A subscription of `token`'s owner; the created JSON (with "secret" when generated).
  json subscribe(const std::string& token, const json& body) {
    return call_json("POST", "/api/v1/subscriptions", token, body, 201);
  }

  void append(const std::string& type, const std::string& uscc, const json& payload) {
    auto s = db_->write([&](store::Session& session) {
      return store::append_outbox(session, type, uscc, payload.dump());
    });
    ASSERT_TRUE(s) << s.error().message;
  }

  // One outbox pass: every consumer, then the delivery tick. Errors are not asserted: other
  // capabilities' consumers may refuse this suite's synthetic list events (they log it); what
  // matters here is what the receiver gets.
  void pass() { (void)api_->outbox().drain(); }

  // Runs outbox passes until done() or 5 s.
  bool deliver_until(const std::function<bool()>& done) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (std::chrono::steady_clock::now() < deadline) {
      pass();
      if (done()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return done();
  }

  // POST /api/v1/penalties as admin: a 罚款 of 50 000 yuan decided on 2026-06-01 unless changed
  // (a known decision number updates the penalty).
  void post_penalty(const std::string& decision_no, const std::string& uscc,
                    const json& changes = json::object()) {
    json p = {{"decision_no", decision_no},
              {"uscc", uscc},
              {"name", "长沙市示例食品有限公司"},
              {"violation_type", "生产经营不符合食品安全标准的食品"},
              {"legal_basis", "《中华人民共和国食品安全法》第一百二十四条"},
              {"penalty_types", json::array({"罚款"})},
              {"fine_yuan", 50000},
              {"decided_on", "2026-06-01"},
              {"authority", "长沙市市场监督管理局"}};
    p.update(changes);
    auto res = call("POST", "/api/v1/penalties", admin_, p);
    ASSERT_TRUE(res.status == 201 || res.status == 200) << res.body;  // created or updated
  }

  std::unique_ptr<store::Database> db_;
  std::unique_ptr<http::Api> api_;
  std::string admin_, partner_, other_partner_;
  Receiver receiver_;
};

}  // namespace xj::sharing_test
