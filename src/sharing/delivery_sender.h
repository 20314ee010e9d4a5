// Sending queued deliveries (docs/sharing.md "Delivery"): the outbox worker's tick for sharing.
// Each round reads the deliveries due now (the head of each (subscription, enterprise) queue),
// POSTs each signed body without any transaction open, and records the outcome in a short write
// transaction: 2xx → delivered; anything else → retried after exponential back-off, or a dead
// letter after max_attempts failures. Rounds repeat while some delivery succeeded (the next one
// of that enterprise is then due) for at most 2 s, then the tick gives way to the other
// consumers. A receiver that gives no answer at all (unreachable, timeout) is skipped for the
// rest of the tick.
//
//   auto sender = std::make_shared<DeliverySender>(db, settings);
//   caps.outbox.add_tick([sender] { return sender->tick(); });
//
// https receivers: the TLS context (system CA store plus settings.ca_file) is built once here; if
// it cannot be (settings already checked the file at start-up), every https attempt fails with
// that reason, recorded like any other failure.
//
// At-least-once: a crash between the POST and its record sends it again (same body, same id).
// Thread safety: tick() is called by the outbox worker, one pass at a time.
#pragma once

#include <cstdint>

#include "core/result.h"
#include "sharing/http_post.h"
#include "sharing/settings.h"
#include "store/database.h"

namespace xj::sharing {

class DeliverySender {
 public:
  DeliverySender(store::Database& db, DeliverySettings settings);

  Status tick();

 private:
  store::Database& db_;
  DeliverySettings settings_;
  Result<HttpPoster> poster_;
};

}  // namespace xj::sharing
