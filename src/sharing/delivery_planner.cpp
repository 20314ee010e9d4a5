#include "sharing/delivery_planner.h"

#include <algorithm>

#include "sharing/delivery_repo.h"
#include "sharing/event_types.h"
#include "sharing/matching.h"
#include "sharing/subscription_repo.h"
#include "sharing/timestamps.h"

namespace xj::sharing {
namespace {

// The pushed form of an outbox event, or nullopt when it is not pushed.
Result<std::optional<PushedEvent>> translate(store::Session& s, const store::OutboxEvent& e,
                                             const PenaltyPublication& penalty_publication) {
  PushedEvent pushed{e.id, e.type, e.uscc, rfc3339_of_stored(e.created_at).value_or(e.created_at),
                     e.payload};
  switch (translation_of(e.type)) {
    case Translation::none:
      return std::optional<PushedEvent>{};
    case Translation::pass_through:
      return std::optional<PushedEvent>{std::move(pushed)};
    case Translation::penalty: {
      XJ_TRY(auto data, penalty_publication(s, e));
      if (!data) return std::optional<PushedEvent>{};
      pushed.type = kPenaltyPublished;
      pushed.data_json = std::move(*data);
      return std::optional<PushedEvent>{std::move(pushed)};
    }
  }
  return std::optional<PushedEvent>{};
}

}  // namespace

DeliveryPlanner::DeliveryPlanner(store::Database& db, PenaltyPublication penalty_publication)
    : db_(db), penalty_publication_(std::move(penalty_publication)) {}

Status DeliveryPlanner::consume(const std::vector<store::OutboxEvent>& events) {
  return db_.write([&](store::Session& s) -> Status {
    XJ_TRY(auto subscriptions, active_subscriptions(s));
    if (subscriptions.empty()) return {};
    const bool any_watchlist = std::any_of(subscriptions.begin(), subscriptions.end(),
                                           [](const auto& sub) { return sub.watchlist_size > 0; });
    const std::int64_t now = unix_ms_now();
    for (const auto& event : events) {
      if (translation_of(event.type) == Translation::none) continue;
      XJ_TRY(auto pushed, translate(s, event, penalty_publication_));
      if (!pushed) continue;
      XJ_TRY(std::string region, enterprise_region(s, pushed->uscc));
      std::vector<std::int64_t> watchers;
      if (any_watchlist) {
        XJ_TRY(watchers, watchers_of(s, pushed->uscc));
      }
      bool saved = false;
      for (const auto& sub : subscriptions) {
        if (event.id <= sub.after_outbox_id) continue;
        const bool watched = std::find(watchers.begin(), watchers.end(), sub.id) != watchers.end();
        if (!receives(sub.filter(), {pushed->type, region, watched})) continue;
        if (!saved) {
          XJ_CHECK(save_event(s, *pushed, event_body(*pushed)));
          saved = true;
        }
        XJ_CHECK(enqueue(s, sub.id, *pushed, now));
      }
    }
    return {};
  });
}

}  // namespace xj::sharing
