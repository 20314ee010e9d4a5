#include "auth/client_address.h"

#include <gtest/gtest.h>

namespace xj::auth {
namespace {

TrustedProxies proxies(std::vector<std::string> entries) {
  auto parsed = TrustedProxies::parse(entries);
  EXPECT_TRUE(parsed) << parsed.error().message;
  return *parsed;
}

TEST(ClientAddress, IgnoresForwardedForWithoutTrustedProxies) {
  EXPECT_EQ(client_address("203.0.113.9", "1.1.1.1", proxies({})), "203.0.113.9");
}

TEST(ClientAddress, ReadsForwardedForFromTheRightPastTrustedProxies) {
  auto trusted = proxies({"10.0.0.0/8", "127.0.0.1"});
  EXPECT_EQ(client_address("127.0.0.1", "198.51.100.7, 10.1.2.3", trusted), "198.51.100.7");
  // A client cannot pick its address by prepending one: the rightmost untrusted hop wins.
  EXPECT_EQ(client_address("127.0.0.1", "6.6.6.6, 198.51.100.7", trusted), "198.51.100.7");
  EXPECT_EQ(client_address("127.0.0.1", "", trusted), "127.0.0.1");
  EXPECT_EQ(client_address("127.0.0.1", "not-an-address", trusted), "127.0.0.1");
  EXPECT_EQ(client_address("192.0.2.1", "198.51.100.7", trusted), "192.0.2.1");
}

TEST(ClientAddress, MatchesCidrBlocksOfBothFamilies) {
  auto trusted = proxies({"192.168.4.0/22", "fd00::/8"});
  EXPECT_TRUE(trusted.contains("192.168.7.255"));
  EXPECT_FALSE(trusted.contains("192.168.8.0"));
  EXPECT_TRUE(trusted.contains("fd12::1"));
  EXPECT_FALSE(trusted.contains("fe80::1"));
  EXPECT_TRUE(trusted.contains("::ffff:192.168.5.1"));
}

TEST(ClientAddress, RefusesMalformedProxyEntries) {
  for (const char* bad : {"localhost", "10.0.0.0/33", "10.0.0.0/", "10.0.0.0/8x", "::1/129"}) {
    auto parsed = TrustedProxies::parse({bad});
    ASSERT_FALSE(parsed) << bad;
    EXPECT_EQ(parsed.error().code, ErrorCode::bad_request);
  }
}

}  // namespace
}  // namespace xj::auth
