#include <string>

#include "store/schema_capabilities.h"
#include "store/schema_text.h"

namespace xj::store {
namespace {

// Double random, one public (domain-rules.md §8, api.md "Spot-check plans and draws").
//   spotcheck_matters          抽查事项清单, keyed by code
//   key_supervision_items      重点监管事项清单
//   spotcheck_recusals         回避 declarations: inspector × USCC, in force until valid_until
//   spotcheck_plans            plans; ratios in basis points; lists joined with '；'
//   spotcheck_draws            one per plan (UNIQUE plan_id: drawn once); the internal and public
//                              records as written at the draw, without draw_id (= id); immutable
//   spotcheck_tasks            one per selected enterprise; the result once entered
//   spotcheck_task_inspectors  the task's inspectors in rank order (seq 0, 1, …)
constexpr std::string_view kTables = R"sql(
CREATE TABLE spotcheck_matters (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  basis TEXT,
  area TEXT NOT NULL,
  kind TEXT NOT NULL,
  method TEXT,
  created_by TEXT NOT NULL,
  created_at {TS} NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE key_supervision_items (
  id {ID},
  region_code TEXT NOT NULL,
  area TEXT NOT NULL,
  item TEXT NOT NULL,
  subject TEXT,
  object TEXT,
  measures TEXT,
  created_by TEXT NOT NULL,
  created_at {TS} NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX key_supervision_items_region ON key_supervision_items (region_code);

CREATE TABLE spotcheck_recusals (
  id {ID},
  inspector_id TEXT NOT NULL,
  uscc TEXT NOT NULL,
  reason TEXT NOT NULL,
  declared_on TEXT NOT NULL,
  valid_until TEXT,
  declared_by TEXT NOT NULL
);
CREATE INDEX spotcheck_recusals_uscc ON spotcheck_recusals (uscc);
CREATE INDEX spotcheck_recusals_inspector ON spotcheck_recusals (inspector_id);

CREATE TABLE spotcheck_plans (
  id {ID},
  name TEXT NOT NULL,
  matter_codes TEXT NOT NULL,
  model TEXT NOT NULL,
  areas TEXT NOT NULL,
  region_prefix TEXT NOT NULL,
  exclude_days BIGINT NOT NULL,
  ratio_a BIGINT NOT NULL,
  ratio_b BIGINT NOT NULL,
  ratio_c BIGINT NOT NULL,
  ratio_d BIGINT NOT NULL,
  inspectors_per_task BIGINT NOT NULL,
  filter_region_prefix TEXT NOT NULL,
  filter_domain TEXT,
  due_on TEXT NOT NULL,
  seed_commitment TEXT NOT NULL,
  created_on TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX spotcheck_plans_region ON spotcheck_plans (region_prefix);

CREATE TABLE spotcheck_draws (
  id {ID},
  plan_id BIGINT NOT NULL UNIQUE REFERENCES spotcheck_plans (id),
  drawn_on TEXT NOT NULL,
  population_size BIGINT NOT NULL,
  population_digest TEXT NOT NULL,
  record TEXT NOT NULL,
  public_record TEXT NOT NULL,
  drawn_by TEXT NOT NULL,
  created_at {TS} NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE spotcheck_tasks (
  id {ID},
  plan_id BIGINT NOT NULL REFERENCES spotcheck_plans (id),
  draw_id BIGINT NOT NULL REFERENCES spotcheck_draws (id),
  seq BIGINT NOT NULL,
  uscc TEXT NOT NULL,
  name TEXT NOT NULL,
  region_code TEXT NOT NULL,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL,
  results TEXT,
  findings TEXT,
  checked_on TEXT,
  entered_on TEXT,
  entered_by TEXT,
  inspection_no TEXT
);
CREATE INDEX spotcheck_tasks_plan ON spotcheck_tasks (plan_id, seq);
CREATE INDEX spotcheck_tasks_uscc ON spotcheck_tasks (uscc, id);

CREATE TABLE spotcheck_task_inspectors (
  task_id BIGINT NOT NULL REFERENCES spotcheck_tasks (id),
  seq BIGINT NOT NULL,
  inspector_id TEXT NOT NULL,
  unit TEXT NOT NULL,
  PRIMARY KEY (task_id, seq)
);
CREATE INDEX spotcheck_task_inspectors_inspector ON spotcheck_task_inspectors (inspector_id);
)sql";

// §8: a draw record, once written, is never changed (an auditor recomputes it later).
constexpr std::string_view kSqliteImmutable = R"sql(
CREATE TRIGGER spotcheck_draws_no_update BEFORE UPDATE ON spotcheck_draws
BEGIN SELECT RAISE(ABORT, 'spot-check draw records are immutable'); END;
CREATE TRIGGER spotcheck_draws_no_delete BEFORE DELETE ON spotcheck_draws
BEGIN SELECT RAISE(ABORT, 'spot-check draw records are immutable'); END;
)sql";

constexpr std::string_view kPostgresImmutable = R"sql(
CREATE FUNCTION spotcheck_draws_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'spot-check draw records are immutable'; END $$;
CREATE TRIGGER spotcheck_draws_no_change BEFORE UPDATE OR DELETE ON spotcheck_draws
FOR EACH ROW EXECUTE FUNCTION spotcheck_draws_immutable();
)sql";

}  // namespace

const Migration& spotcheck_migration() {
  static const std::string sqlite =
      for_dialect(kTables, Dialect::sqlite) + std::string(kSqliteImmutable);
  static const std::string postgresql =
      for_dialect(kTables, Dialect::postgresql) + std::string(kPostgresImmutable);
  static const Migration m{12, "spotcheck", sqlite, postgresql};
  return m;
}

}  // namespace xj::store
