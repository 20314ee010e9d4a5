#include "store/schema_capabilities.h"
#include "store/schema_text.h"

namespace xj::store {

// Credit-risk classification (domain-rules.md §7).
//   risk_current: the class in force per enterprise and model (read by risk/current.h).
const Migration& risk_migration() {
  static const Migration& m = dialect_migration(11, "risk", R"sql(
CREATE TABLE risk_current (
  uscc TEXT NOT NULL,
  model TEXT NOT NULL,
  model_version TEXT NOT NULL,
  score BIGINT NOT NULL,
  class TEXT NOT NULL,
  computed_at {TS} NOT NULL,
  PRIMARY KEY (uscc, model)
);
CREATE INDEX risk_current_model_class ON risk_current (model, class);
)sql");
  return m;
}

}  // namespace xj::store
