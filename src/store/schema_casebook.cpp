#include "store/schema_capabilities.h"
#include "store/schema_text.h"

namespace xj::store {

// Typical cases (典型案例, seed task 12): published by credit officers, public from
// published_on. region_code: the enterprise's division, else the publisher's region prefix.
const Migration& casebook_migration() {
  static const Migration& m = dialect_migration(15, "casebook", R"sql(
CREATE TABLE cases (
  id {ID},
  title TEXT NOT NULL,
  uscc TEXT,
  summary TEXT NOT NULL,
  body TEXT,
  published_on TEXT NOT NULL,
  region_code TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at {TS} NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX cases_published ON cases (published_on);
)sql");
  return m;
}

}  // namespace xj::store
