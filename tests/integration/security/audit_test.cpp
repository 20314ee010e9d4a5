// The hash-chained audit log: appends, verification, tampering (also through `xinjian audit
// verify`), and GET /api/v1/audit with its filters and region scope.
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

#include "audit/audit_log.h"
#include "integration/security/security_fixture.h"

namespace xj::security_test {
namespace {

audit::Entry entry(std::string action, std::string uscc, std::string region) {
  audit::Entry e;
  e.at = audit::format_utc(kStart);
  e.actor = {"officer-" + region, "user", "credit_officer", region};
  e.action = std::move(action);
  e.target_uscc = std::move(uscc);
  e.target_id = "penalty:1";
  e.request_id = "0123456789abcdef";
  e.digest = audit::change_digest("{}", "{\"fine_fen\":5000050}");
  return e;
}

class AuditTest : public SecurityTest {
 protected:
  void append_three() {
    for (const char* region : {"4301", "4302", "4301"}) {
      auto stored = audit::append(*db_, entry("penalty.create", "914403001922038216", region));
      ASSERT_TRUE(stored) << stored.error().message;
    }
  }
  audit::Verification verify() {
    auto v = audit::verify(*db_);
    EXPECT_TRUE(v) << v.error().message;
    return v ? *v : audit::Verification{};
  }
  void tamper(std::string_view sql) {
    Status s = db_->write([&](store::Session& session) -> Status {
      XJ_CHECK(session.exec(sql));
      return {};
    });
    ASSERT_TRUE(s) << s.error().message;
  }
};

TEST_F(AuditTest, AppendsChainOneEntryToTheNext) {
  append_three();
  store::Rows rows;
  ASSERT_TRUE(db_->read([&](store::Session& s) -> Status {
    XJ_TRY(rows, s.query("SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq"));
    return {};
  }));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].text(1), audit::kGenesisHash);
  EXPECT_EQ(rows[1].text(1), rows[0].text(2));
  EXPECT_EQ(rows[2].text(1), rows[1].text(2));
  audit::Verification v = verify();
  EXPECT_FALSE(v.broken_at);
  EXPECT_EQ(v.checked, 3);
}

TEST_F(AuditTest, ControlCharactersDoNotBreakTheChainOnEitherBackend) {
  audit::Entry e = entry("auth.login_failed", "", "");
  e.actor.name = std::string("nul\0in the middle", 18);
  ASSERT_TRUE(audit::append(*db_, e));
  append_three();
  audit::Verification v = verify();
  EXPECT_FALSE(v.broken_at) << v.reason;
  EXPECT_EQ(v.checked, 4);
}

TEST_F(AuditTest, AnEmptyLogVerifies) {
  audit::Verification v = verify();
  EXPECT_FALSE(v.broken_at);
  EXPECT_EQ(v.checked, 0);
}

TEST_F(AuditTest, ChangingOneFieldBreaksTheChainAtThatEntry) {
  append_three();
  tamper("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 2");
  audit::Verification v = verify();
  ASSERT_TRUE(v.broken_at);
  EXPECT_EQ(*v.broken_at, 2);
  EXPECT_EQ(v.checked, 1);
}

TEST_F(AuditTest, RecomputingOneHashStillBreaksTheNextLink) {
  append_three();
  audit::Entry forged = entry("penalty.create", "914403001922038216", "4302");
  forged.seq = 2;
  forged.target_id = "penalty:999";
  tamper("UPDATE audit_log SET target_id = 'penalty:999', hash = '" +
         audit::chain_hash(std::string(64, '0'), forged) + "' WHERE seq = 2");
  audit::Verification v = verify();
  ASSERT_TRUE(v.broken_at);
  EXPECT_EQ(*v.broken_at, 2);
}

TEST_F(AuditTest, DeletingAnEntryLeavesAGap) {
  append_three();
  tamper("DELETE FROM audit_log WHERE seq = 2");
  audit::Verification v = verify();
  ASSERT_TRUE(v.broken_at);
  EXPECT_EQ(*v.broken_at, 2);
}

// The command line, against the same database: exit 0, then 1 naming the entry.
TEST_F(AuditTest, CommandLineVerifyExitsOneOnTampering) {
  const std::string url = testing::fresh_database_url();
  auto opened = store::open(url);
  ASSERT_TRUE(opened) << opened.error().message;
  db_ = std::move(*opened);
  ASSERT_TRUE(store::migrate(*db_));
  append_three();
  const std::string out = (testing::temp_dir() / "verify.out").string();
  const std::string command = std::string(XJ_BINARY) + " --db '" + url + "' audit verify > " + out + " 2>&1";
  int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  tamper("UPDATE audit_log SET digest = '' WHERE seq = 3");
  status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 1);
  std::ifstream in(out);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  EXPECT_NE(text.find("entry 3"), std::string::npos) << text;
}

TEST_F(AuditTest, QueryFiltersAndKeepsOfficersInTheirRegion) {
  start();
  append_three();
  add_user("admin1", "admin", "43");
  add_user("cs", "credit_officer", "4301");
  add_user("zz", "credit_officer", "4302");
  add_user("v", "viewer", "43");
  const std::string admin = login("admin1");

  auto items = [&](const std::string& query, const std::string& token) {
    ClientResponse r = send("GET", "/api/v1/audit" + query, token);
    EXPECT_EQ(r.status, 200) << query << ": " << r.body;
    return r.status == 200 ? json::parse(r.body) : json::object();
  };
  json all = items("?action=penalty.create", admin);
  EXPECT_EQ(all["total"], 3);
  EXPECT_EQ(all["items"][0]["seq"], 3);  // newest first
  EXPECT_EQ(all["items"][0]["target_uscc"], "914403001922038216");
  EXPECT_EQ(all["items"][0]["hash"].get<std::string>().size(), 64u);
  EXPECT_EQ(items("?actor=officer-4302", admin)["total"], 1);
  EXPECT_EQ(items("?target=914403001922038216", admin)["total"], 3);
  EXPECT_EQ(items("?target=penalty:1&action=penalty.create", admin)["total"], 3);
  EXPECT_EQ(items("?action=penalty.create&from=2026-03-05T08:30:01Z", admin)["total"], 0);
  EXPECT_EQ(items("?action=penalty.create&from=2026-03-05&to=2026-03-05", admin)["total"], 3);
  EXPECT_EQ(items("?actor=%27%20OR%201%3D1%20--", admin)["total"], 0);  // injection-like text
  EXPECT_EQ(send("GET", "/api/v1/audit?from=yesterday", admin).status, 400);
  EXPECT_EQ(send("GET", "/api/v1/audit?page_size=201", admin).status, 400);

  // A Changsha (4301) officer sees the entries of 4301 actors, not Zhuzhou's (4302).
  json changsha = items("?action=penalty.create", login("cs"));
  EXPECT_EQ(changsha["total"], 2);
  for (const auto& e : changsha["items"]) EXPECT_EQ(e["region"], "4301");
  EXPECT_EQ(items("?actor=officer-4302", login("zz"))["total"], 1);
  EXPECT_EQ(send("GET", "/api/v1/audit", login("v")).status, 403);
  EXPECT_EQ(send("GET", "/api/v1/audit").status, 401);
}

TEST_F(AuditTest, ThereIsNoWayToChangeTheLogOverHttp) {
  start();
  add_user("admin1", "admin", "43");
  const std::string admin = login("admin1");
  for (const char* method : {"PUT", "DELETE", "POST", "PATCH"}) {
    EXPECT_EQ(send(method, "/api/v1/audit", admin, "{}").status, 405) << method;
  }
}

}  // namespace
}  // namespace xj::security_test
