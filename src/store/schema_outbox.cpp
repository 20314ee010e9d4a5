#include "store/schema_capabilities.h"
#include "store/schema_text.h"

namespace xj::store {

// outbox_cursors: the id of the last outbox event each consumer (store/outbox_worker.h) has
// handled; a consumer with no row starts after the events that existed when it first ran.
const Migration& outbox_migration() {
  static const Migration& m = dialect_migration(7, "outbox_cursors", R"sql(
CREATE TABLE outbox_cursors (
  consumer TEXT PRIMARY KEY,
  last_id BIGINT NOT NULL,
  updated_at {TS} NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX outbox_type ON outbox (type);
)sql");
  return m;
}

}  // namespace xj::store
