#include "store/schema_capabilities.h"
#include "store/schema_text.h"

namespace xj::store {

// The sharing capability (信息共享, docs/sharing.md): partners' subscriptions, their watch lists,
// the pushed events (one per outbox event that any subscription receives, with the exact body
// sent every time) and the delivery queue. Wall-clock instants of the queue are BIGINT Unix
// milliseconds (back-off works in milliseconds, and both dialects compare them the same way).
//   sharing_subscriptions  url, event types (joined with ','), region filter, signing secret,
//                          owner (user or API key, role, internal flag), active; after_outbox_id:
//                          the outbox head at creation (older events are never pushed to it)
//   sharing_watchlist      (subscription, uscc): a subscription with rows receives only them
//   sharing_events         outbox_id → pushed type, uscc, body
//   sharing_deliveries     one per (subscription, outbox event), unique; sent in outbox order per
//                          (subscription, uscc); status pending | delivered | dead
const Migration& sharing_migration() {
  static const Migration& m = dialect_migration(13, "sharing", R"sql(
CREATE TABLE sharing_subscriptions (
  id {ID},
  url TEXT NOT NULL,
  event_types TEXT NOT NULL,
  region_prefix TEXT NOT NULL,
  secret TEXT NOT NULL,
  owner_kind TEXT NOT NULL,
  owner_id BIGINT NOT NULL,
  owner_name TEXT NOT NULL,
  owner_role TEXT NOT NULL,
  internal INTEGER NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  after_outbox_id BIGINT NOT NULL,
  created_at {TS} NOT NULL DEFAULT CURRENT_TIMESTAMP,
  deleted_at {TS}
);
CREATE INDEX sharing_subscriptions_owner ON sharing_subscriptions (owner_kind, owner_id, active);

CREATE TABLE sharing_watchlist (
  subscription_id BIGINT NOT NULL,
  uscc TEXT NOT NULL,
  added_at {TS} NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (subscription_id, uscc)
);
CREATE INDEX sharing_watchlist_uscc ON sharing_watchlist (uscc);

CREATE TABLE sharing_events (
  outbox_id BIGINT PRIMARY KEY,
  type TEXT NOT NULL,
  uscc TEXT NOT NULL,
  body TEXT NOT NULL
);

CREATE TABLE sharing_deliveries (
  id {ID},
  subscription_id BIGINT NOT NULL,
  outbox_id BIGINT NOT NULL,
  uscc TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  last_attempt_at BIGINT,
  last_status INTEGER,
  last_error TEXT,
  delivered_at BIGINT,
  UNIQUE (subscription_id, outbox_id)
);
CREATE INDEX sharing_deliveries_due ON sharing_deliveries (status, next_attempt_at);
CREATE INDEX sharing_deliveries_order ON sharing_deliveries (subscription_id, uscc, status, outbox_id);
)sql");
  return m;
}

}  // namespace xj::store
