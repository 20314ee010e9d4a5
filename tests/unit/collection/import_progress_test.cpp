#include "collection/import_progress.h"

#include <gtest/gtest.h>

namespace xj::collection {
namespace {

TEST(ImportProgress, KnownWhileRunningForgottenWhenFinished) {
  ImportProgress p;
  EXPECT_FALSE(p.of(1));
  p.update(1, {1000, 3});
  p.update(2, {5, 0});
  ASSERT_TRUE(p.of(1));
  EXPECT_EQ(p.of(1)->rows, 1000);
  EXPECT_EQ(p.of(1)->rejected, 3);
  p.finish(1);
  EXPECT_FALSE(p.of(1));
  EXPECT_EQ(p.of(2)->rows, 5);
}

}  // namespace
}  // namespace xj::collection
