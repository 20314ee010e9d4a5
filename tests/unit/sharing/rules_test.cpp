// The pure rules of the sharing capability: which outbox events are pushed, who receives them,
// the back-off schedule.
#include <gtest/gtest.h>

#include "sharing/backoff.h"
#include "sharing/event_types.h"
#include "sharing/matching.h"

namespace xj::sharing {
namespace {

using namespace std::chrono_literals;

TEST(EventTypes, OutboxEventsMapToPushedTypes) {
  EXPECT_EQ(translation_of("penalty.created"), Translation::penalty);
  EXPECT_EQ(translation_of("penalty.updated"), Translation::penalty);
  for (auto t : {"dishonest_list.added", "dishonest_list.removed", "abnormal_list.added",
                 "abnormal_list.removed", "repair.granted", "risk.class_changed"}) {
    EXPECT_EQ(translation_of(t), Translation::pass_through) << t;
  }
  for (auto t : {"penalty.published", "penalty.repaired", "commitment.verified",
                 "keylist_entry.created", "licence.created", "", "dishonest_list"}) {
    EXPECT_EQ(translation_of(t), Translation::none) << t;
  }
  EXPECT_EQ(pushed_types().size(), 7u);
  EXPECT_TRUE(is_public_type("penalty.published"));
  EXPECT_FALSE(is_public_type("risk.class_changed"));
  EXPECT_FALSE(is_public_type("penalty.created"));
}

TEST(Matching, TypesRegionAndInternalOnlyRisk) {
  SubscriptionFilter f{{"penalty.published", "risk.class_changed"}, "4301", false, false};
  EXPECT_TRUE(receives(f, {"penalty.published", "430102", false}));
  EXPECT_FALSE(receives(f, {"penalty.published", "430602", false}));  // other region
  EXPECT_FALSE(receives(f, {"penalty.published", "", false}));        // unknown region
  EXPECT_FALSE(receives(f, {"abnormal_list.added", "430102", false}));
  EXPECT_FALSE(receives(f, {"risk.class_changed", "430102", false}));  // not internal
  f.internal = true;
  EXPECT_TRUE(receives(f, {"risk.class_changed", "430102", false}));
  f.region_prefix = "43";
  EXPECT_TRUE(receives(f, {"penalty.published", "430602", false}));
}

TEST(Matching, WatchListNarrowsToWatchedAndAddsEveryPublicChange) {
  SubscriptionFilter f{{"abnormal_list.added", "risk.class_changed"}, "43", false, true};
  EXPECT_FALSE(receives(f, {"abnormal_list.added", "430102", false}));  // not watched
  EXPECT_TRUE(receives(f, {"abnormal_list.added", "430102", true}));
  EXPECT_TRUE(receives(f, {"dishonest_list.added", "430102", true}));  // public, not asked
  EXPECT_TRUE(receives(f, {"penalty.published", "430102", true}));
  EXPECT_TRUE(receives(f, {"repair.granted", "430102", true}));
  EXPECT_FALSE(receives(f, {"risk.class_changed", "430102", true}));    // not public, not internal
  EXPECT_FALSE(receives(f, {"dishonest_list.added", "440300", true}));  // region still applies
  f.internal = true;
  EXPECT_TRUE(receives(f, {"risk.class_changed", "430102", true}));
  f.event_types = {"abnormal_list.added"};
  EXPECT_FALSE(receives(f, {"risk.class_changed", "430102", true}));  // not asked, not public
}

TEST(Backoff, DoublesUpToTheCapAndDiesAtTheLimit) {
  EXPECT_EQ(backoff_after(1, 100ms, 1000ms), 100ms);
  EXPECT_EQ(backoff_after(2, 100ms, 1000ms), 200ms);
  EXPECT_EQ(backoff_after(4, 100ms, 1000ms), 800ms);
  EXPECT_EQ(backoff_after(5, 100ms, 1000ms), 1000ms);
  EXPECT_EQ(backoff_after(60, 100ms, 1000ms), 1000ms);
  EXPECT_EQ(backoff_after(3, 0ms, 0ms), 0ms);
  EXPECT_FALSE(is_dead(2, 3));
  EXPECT_TRUE(is_dead(3, 3));
  EXPECT_TRUE(is_dead(1, 1));
}

}  // namespace
}  // namespace xj::sharing
