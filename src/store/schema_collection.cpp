#include "store/schema_collection.h"

#include <string>

#include "store/schema_text.h"

namespace xj::store {
namespace {

// {ID} and {TS} as in store/schema.cpp.
constexpr std::string_view kCollection = R"sql(
CREATE TABLE imports (
  id {ID},
  kind TEXT NOT NULL,
  source TEXT NOT NULL,
  mode TEXT NOT NULL,
  format TEXT NOT NULL,
  status TEXT NOT NULL,
  rows_read BIGINT NOT NULL DEFAULT 0,
  inserted BIGINT NOT NULL DEFAULT 0,
  updated BIGINT NOT NULL DEFAULT 0,
  unchanged BIGINT NOT NULL DEFAULT 0,
  rejected BIGINT NOT NULL DEFAULT 0,
  committed INTEGER NOT NULL DEFAULT 0,
  created_by TEXT,
  created_at {TS} NOT NULL DEFAULT CURRENT_TIMESTAMP,
  finished_at {TS}
);

CREATE TABLE import_errors (
  id {ID},
  import_id BIGINT NOT NULL REFERENCES imports (id),
  severity TEXT NOT NULL,
  row_number BIGINT,
  column_name TEXT NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL
);
CREATE INDEX import_errors_import ON import_errors (import_id, id);

CREATE TABLE record_history (
  id {ID},
  record_kind TEXT NOT NULL,
  record_key TEXT NOT NULL,
  version BIGINT NOT NULL,
  before_json TEXT NOT NULL,
  changed_at {TS} NOT NULL DEFAULT CURRENT_TIMESTAMP,
  import_id BIGINT,
  source TEXT NOT NULL,
  UNIQUE (record_kind, record_key, version)
);
)sql";

}  // namespace

const Migration& collection_migration() {
  static const Migration& migration = dialect_migration(4, "collection", kCollection);
  return migration;
}

}  // namespace xj::store
