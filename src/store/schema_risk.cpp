#include "store/schema_capabilities.h"
#include "store/schema_text.h"

namespace xj::store {

// Credit-risk classification (信用风险分类, domain-rules.md §7).
//   risk_current: the class in force per enterprise and model (read by risk/current.h and the
//     spot-check strata). No row: the model does not apply, the enterprise is deregistered, or it
//     has not been scored.
//   risk_assessments: every distinct assessment (history): a row is added when the model version,
//     score, class or factors differ from the assessment in force. factors is a JSON array of
//     {"indicator","value","points","reason"} whose points sum to score. run_id: the full run
//     that computed it (NULL for an incremental re-score).
//   risk_runs: full re-scoring jobs (POST /api/v1/risk/runs, `xinjian classify`, the monthly
//     schedule). status queued | running | done | failed; origin api | cli | schedule | reload;
//     business_date: the business day the run scored ("today" of §7 windows).
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

CREATE TABLE risk_assessments (
  id {ID},
  uscc TEXT NOT NULL,
  model TEXT NOT NULL,
  model_version TEXT NOT NULL,
  score BIGINT NOT NULL,
  class TEXT NOT NULL,
  factors TEXT NOT NULL,
  computed_at {TS} NOT NULL,
  run_id BIGINT
);
CREATE INDEX risk_assessments_uscc ON risk_assessments (uscc, model, id);

CREATE TABLE risk_runs (
  id {ID},
  models TEXT NOT NULL,
  status TEXT NOT NULL,
  origin TEXT NOT NULL,
  business_date TEXT NOT NULL,
  total BIGINT NOT NULL DEFAULT 0,
  done BIGINT NOT NULL DEFAULT 0,
  changed BIGINT NOT NULL DEFAULT 0,
  error TEXT,
  created_at {TS} NOT NULL DEFAULT CURRENT_TIMESTAMP,
  started_at {TS},
  finished_at {TS}
);
)sql");
  return m;
}

}  // namespace xj::store
