// What goes on the wire: receiver URLs and their policy, the signature, the body, timestamps,
// the settings file.
#include <gtest/gtest.h>

#include "core/text.h"

#include <fstream>

#include "sharing/event_body.h"
#include "sharing/settings.h"
#include "sharing/signature.h"
#include "sharing/target_url.h"
#include "sharing/timestamps.h"
#include "support/test_db.h"

namespace xj::sharing {
namespace {

using namespace std::chrono_literals;

TEST(TargetUrl, ParsesHttpAndHttps) {
  auto u = parse_target_url("HTTP://LocalHost:8080/hook?x=1");
  ASSERT_TRUE(u) << u.error().message;
  EXPECT_EQ(u->scheme, "http");
  EXPECT_EQ(u->host, "localhost");
  EXPECT_EQ(u->port, 8080);
  EXPECT_EQ(u->target, "/hook?x=1");
  EXPECT_EQ(u->host_header(), "localhost:8080");
  u = parse_target_url("https://partner.example.cn");
  ASSERT_TRUE(u);
  EXPECT_EQ(u->port, 443);
  EXPECT_EQ(u->target, "/");
  EXPECT_EQ(u->host_header(), "partner.example.cn");
  u = parse_target_url("http://[::1]:9/x");
  ASSERT_TRUE(u);
  EXPECT_EQ(u->host, "[::1]");
  EXPECT_EQ(u->resolver_host(), "::1");
  u = parse_target_url("http://127.0.0.1?a=b");
  ASSERT_TRUE(u);
  EXPECT_EQ(u->target, "/?a=b");
}

TEST(TargetUrl, RejectsWhatIsNotAPlainAbsoluteUrl) {
  for (auto bad :
       {"", "ftp://x/", "//x/", "x", "http://", "http://a b/", "http://u:p@host/", "http://host:0/",
        "http://host:70000/", "http://host:x/", "http://h/#f", "http://ho_st/"}) {
    auto u = parse_target_url(bad);
    ASSERT_FALSE(u) << bad;
    EXPECT_EQ(u.error().code, ErrorCode::validation_failed);
    EXPECT_EQ(u.error().details.at(0).code, "invalid_url");
  }
  EXPECT_FALSE(parse_target_url("http://h/" + std::string(3000, 'a')));
}

TEST(TargetUrl, DefaultPolicyIsHttpsAnywhereAndHttpToLoopbackOnly) {
  const auto policy = DeliverySettings{}.allowed_targets;
  auto allowed = [&](std::string_view text) {
    return static_cast<bool>(require_allowed(*parse_target_url(text), policy));
  };
  EXPECT_TRUE(allowed("https://partner.example.cn/hook"));
  EXPECT_TRUE(allowed("http://127.0.0.1:9000/"));
  EXPECT_TRUE(allowed("http://LOCALHOST/"));
  EXPECT_TRUE(allowed("http://[::1]:80/"));
  EXPECT_FALSE(allowed("http://partner.example.cn/hook"));
  EXPECT_FALSE(allowed("http://10.0.0.1/"));
  EXPECT_FALSE(static_cast<bool>(
      require_allowed(*parse_target_url("https://a.example/"), {"https://b.example"})));
}

TEST(Signature, HmacSha256MatchesRfc4231) {
  // RFC 4231 test case 2.
  EXPECT_EQ(hmac_sha256_hex("Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  EXPECT_EQ(signature("Jefe", "what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  auto a = random_secret();
  auto b = random_secret();
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->size(), 64u);
  EXPECT_NE(*a, *b);
}

TEST(EventBody, HasTheApiFieldsInOrderWithDataVerbatim) {
  PushedEvent e{42, "dishonest_list.added", "914403001922038216", "2026-11-28T14:20:57+08:00",
                R"({"id":7,"uscc":"914403001922038216"})"};
  EXPECT_EQ(event_id(42), "evt-42");
  EXPECT_EQ(
      event_body(e),
      R"({"id":"evt-42","type":"dishonest_list.added","occurred_at":"2026-11-28T14:20:57+08:00","uscc":"914403001922038216","data":{"id":7,"uscc":"914403001922038216"}})");
  e.data_json.clear();
  EXPECT_TRUE(event_body(e).ends_with(R"("data":{}})"));
  EXPECT_EQ(core::json_string("a\"b\\c\n\x01中"), "\"a\\\"b\\\\c\\n\\u0001中\"");
}

TEST(Timestamps, StoredTextBecomesShanghaiRfc3339) {
  EXPECT_EQ(rfc3339_of_stored("2026-11-28 06:20:57"), "2026-11-28T14:20:57+08:00");
  EXPECT_EQ(rfc3339_of_stored("2026-11-28 20:00:00.123456+00"), "2026-11-29T04:00:00+08:00");
  EXPECT_EQ(rfc3339_of_stored("2026-11-28 14:20:57+08"), "2026-11-28T14:20:57+08:00");
  EXPECT_EQ(rfc3339_of_stored("2026-01-01 00:30:00-05:30"), "2026-01-01T14:00:00+08:00");
  EXPECT_EQ(rfc3339_of_stored("2026-11-28T06:20:57Z"), "2026-11-28T14:20:57+08:00");
  EXPECT_FALSE(rfc3339_of_stored("2026-13-28 06:20:57"));
  EXPECT_FALSE(rfc3339_of_stored("yesterday"));
  EXPECT_FALSE(rfc3339_of_stored("2026-11-28 06:20:57 junk"));
  EXPECT_EQ(rfc3339_of_unix_ms(0), "1970-01-01T08:00:00+08:00");
  EXPECT_EQ(rfc3339_of_unix_ms(-1), "1970-01-01T07:59:59+08:00");
}

TEST(Settings, DefaultsWithoutAFileAndOverridesFromIt) {
  const auto dir = testing::temp_dir();
  auto s = load_delivery_settings(dir);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->max_attempts, 10);
  EXPECT_EQ(s->backoff_base, 30s);
  std::ofstream(dir / "sharing.toml") << "[delivery]\nallowed_targets = [\"https://*\"]\n"
                                         "backoff_base_ms = 5\nbackoff_cap_ms = 40\n"
                                         "max_attempts = 3\ntimeout_ms = 250\n";
  s = load_delivery_settings(dir);
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ(s->allowed_targets, std::vector<std::string>{"https://*"});
  EXPECT_EQ(s->backoff_base, 5ms);
  EXPECT_EQ(s->backoff_cap, 40ms);
  EXPECT_EQ(s->max_attempts, 3);
  EXPECT_EQ(s->timeout, 250ms);
  std::ofstream(dir / "sharing.toml") << "[delivery]\nmax_attempts = 0\n";
  EXPECT_FALSE(load_delivery_settings(dir));
  std::ofstream(dir / "sharing.toml") << "[delivery\n";
  auto broken = load_delivery_settings(dir);
  ASSERT_FALSE(broken);
  EXPECT_EQ(broken.error().code, ErrorCode::bad_request);
}

TEST(Settings, CaFileIsResolvedAgainstTheConfigFolderAndMustLoad) {
  const auto dir = testing::temp_dir();
  std::ofstream(dir / "sharing.toml") << "[delivery]\nca_file = \"ca/root.pem\"\n";
  auto missing = load_delivery_settings(dir);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::bad_request);
  EXPECT_NE(missing.error().message.find("ca/root.pem"), std::string::npos);
  std::filesystem::create_directories(dir / "ca");
  std::ofstream(dir / "ca" / "root.pem") << "not a certificate\n";
  EXPECT_FALSE(load_delivery_settings(dir));
  // Any PEM bundle will do: the system's own.
  std::filesystem::copy_file("/etc/ssl/certs/ca-certificates.crt", dir / "ca" / "root.pem",
                             std::filesystem::copy_options::overwrite_existing);
  auto s = load_delivery_settings(dir);
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ(s->ca_file, dir / "ca" / "root.pem");
  EXPECT_FALSE(DeliverySettings{}.ca_file);
}

}  // namespace
}  // namespace xj::sharing
