#include "auth/password.h"

#include <gtest/gtest.h>

#include "auth/role.h"

namespace xj::auth {
namespace {

TEST(Password, HashIsArgon2idAndVerifies) {
  auto hash = hash_password("湘江-secret-2026");
  ASSERT_TRUE(hash) << hash.error().message;
  EXPECT_TRUE(hash->starts_with("$argon2id$"));
  EXPECT_TRUE(verify_password(*hash, "湘江-secret-2026"));
  EXPECT_FALSE(verify_password(*hash, "湘江-secret-2027"));
}

TEST(Password, SamePasswordHashesDifferently) {
  auto a = hash_password("password123");
  auto b = hash_password("password123");
  ASSERT_TRUE(a && b);
  EXPECT_NE(*a, *b);  // a random salt each time
}

TEST(Password, MalformedStoredHashNeverVerifies) {
  EXPECT_FALSE(verify_password("", "x"));
  EXPECT_FALSE(verify_password("plaintext", "plaintext"));
}

TEST(Role, ParsesEveryApiRoleAndNothingElse) {
  for (std::string_view name : {"admin", "credit_officer", "area_officer", "inspector",
                                "data_provider", "partner", "enterprise", "viewer"}) {
    auto role = parse_role(name);
    ASSERT_TRUE(role) << name;
    EXPECT_EQ(to_string(*role), name);
  }
  EXPECT_FALSE(parse_role("root"));
  EXPECT_FALSE(parse_role("Admin"));
}

}  // namespace
}  // namespace xj::auth
