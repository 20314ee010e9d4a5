#include "auth/rate_limiter.h"

#include <gtest/gtest.h>

namespace xj::auth {
namespace {

TEST(RateLimiter, AllowsTheBurstThenRefusesWithTheWait) {
  RateLimiter limiter({20, 60});
  for (int i = 0; i < 60; ++i) EXPECT_FALSE(limiter.take("1.2.3.4", 100.0)) << i;
  auto wait = limiter.take("1.2.3.4", 100.0);
  ASSERT_TRUE(wait);
  EXPECT_NEAR(*wait, 0.05, 1e-9);
  EXPECT_FALSE(limiter.take("5.6.7.8", 100.0));  // another address has its own bucket
}

TEST(RateLimiter, RefillsAtTheRate) {
  RateLimiter limiter({2, 2});
  EXPECT_FALSE(limiter.take("a", 0));
  EXPECT_FALSE(limiter.take("a", 0));
  EXPECT_TRUE(limiter.take("a", 0.1));
  EXPECT_FALSE(limiter.take("a", 0.6));  // 0.5 s × 2/s = one token
  EXPECT_TRUE(limiter.take("a", 0.6));
  EXPECT_FALSE(limiter.take("a", 100));
  EXPECT_FALSE(limiter.take("a", 100));
  EXPECT_TRUE(limiter.take("a", 100));  // never more than the burst
}

TEST(RateLimiter, MemoryStaysBoundedButBusyKeysKeepTheirState) {
  RateLimiter limiter({1, 1}, 2);
  EXPECT_FALSE(limiter.take("busy", 0));
  EXPECT_FALSE(limiter.take("idle", 0));
  EXPECT_FALSE(limiter.take("new", 0.5));  // prunes nothing: neither bucket has refilled
  EXPECT_TRUE(limiter.take("busy", 0.5));  // still empty: not forgotten
}

}  // namespace
}  // namespace xj::auth
