// The outbox consumer "sharing" (architecture.md "React"): turns each outbox event that some
// active subscription receives into a pushed event and one queued delivery per such subscription
// (docs/sharing.md "What is pushed", "Who receives what"). Sending is DeliverySender's job.
//
//   auto planner = std::make_shared<DeliveryPlanner>(db, penalty_publication);
//   caps.outbox.add_consumer(planner);
//
// Idempotent: events and deliveries are unique per (subscription, outbox event), so a batch
// re-run after a crash queues nothing twice. One write transaction per batch. Penalty events
// need the disclosure rules, which live above this capability: the caller passes them in.
// Thread safety: consume() is called by the outbox worker, one pass at a time.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "core/result.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/outbox_worker.h"

namespace xj::sharing {

// The `data` of penalty.published for a penalty.created / penalty.updated event — the penalty
// as the public record shows it today — or nullopt when the penalty is not public today
// (domain-rules.md §2–§3). Runs inside the planner's transaction.
using PenaltyPublication =
    std::function<Result<std::optional<std::string>>(store::Session&, const store::OutboxEvent&)>;

class DeliveryPlanner : public store::OutboxConsumer {
 public:
  DeliveryPlanner(store::Database& db, PenaltyPublication penalty_publication);

  std::string name() const override { return "sharing"; }
  Status consume(const std::vector<store::OutboxEvent>& events) override;

 private:
  store::Database& db_;
  PenaltyPublication penalty_publication_;
};

}  // namespace xj::sharing
