// §4.2 "revoked basis penalty → entry removed (revoked_decision), publicity stops": an outbox
// consumer ("sanctions") that, for every penalty.created / .updated / .revoked event, removes the
// in-force dishonest entries of that enterprise whose basis penalty now has revoked_on, dated
// the revocation (or the listing date when the revocation predates it). Idempotent (a removed
// entry is skipped), so at-least-once delivery is safe.
//
//   caps.outbox.add_consumer(std::make_shared<sanctions::RevocationConsumer>(caps.db, caps.clock));
//
// Thread safety: consume() is called by the outbox worker only.
#pragma once

#include <string>
#include <vector>

#include "core/clock.h"
#include "store/database.h"
#include "store/outbox_worker.h"

namespace xj::sanctions {

// Removes the in-force entries of `uscc` whose basis penalty is revoked on or before `today`.
Status remove_revoked_bases(store::Session& s, const std::string& uscc, core::Date today);

class RevocationConsumer : public store::OutboxConsumer {
 public:
  RevocationConsumer(store::Database& db, core::Clock clock) : db_(db), clock_(clock) {}
  std::string name() const override { return "sanctions"; }
  Status consume(const std::vector<store::OutboxEvent>& events) override;

 private:
  store::Database& db_;
  core::Clock clock_;
};

}  // namespace xj::sanctions
