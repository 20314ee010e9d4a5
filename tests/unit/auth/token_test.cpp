#include "auth/token.h"

#include <gtest/gtest.h>

namespace xj::auth {
namespace {

TEST(Token, SessionTokensAre32RandomBytesInHex) {
  const std::string a = new_session_token(), b = new_session_token();
  EXPECT_EQ(a.size(), 64u);
  EXPECT_EQ(a.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_NE(a, b);
  EXPECT_FALSE(is_api_key(a));
}

TEST(Token, ApiKeysCarryTheirPrefix) {
  const std::string key = new_api_key_secret();
  EXPECT_TRUE(key.starts_with("xjk_"));
  EXPECT_EQ(key.size(), 68u);
  EXPECT_TRUE(is_api_key(key));
}

TEST(Token, OnlyTheSha256IsStored) {
  const std::string token = new_session_token();
  EXPECT_EQ(secret_hash(token).size(), 64u);
  EXPECT_NE(secret_hash(token), token);
  EXPECT_EQ(secret_hash(token), secret_hash(token));
}

}  // namespace
}  // namespace xj::auth
