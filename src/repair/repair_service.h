// Credit repair use cases (domain-rules.md §5), each inside the caller's write transaction:
// applying (eligibility at once, with every failed condition), adding materials, and deciding —
// with the effects of approval in the same transaction.
//
//   XJ_TRY(Repair r, apply(session, application, ctx));                 // 422 not_eligible …
//   XJ_TRY(Repair r, decide(session, stored, {"approve", "材料齐全", {}}, ctx));
//
// Effects of a granted repair (§5, §2): penalty → penalties.repaired_on = decided_on and event
// `penalty.repaired` {"decision_no","uscc","repaired_on"}; abnormal / dishonest entry → removed
// with reason `repair` (sanctions/removal.h, events `*.removed`); always `repair.granted`
// {"id","uscc","target":{"type","id"},"decided_on"}. Other events: `repair.submitted`
// {"id","uscc","target","due_on"} and `repair.rejected` {"id","uscc","target","decided_on"}.
// Errors: validation_failed, not_eligible (details: the §5 codes), not_found, conflict (an open
// application for the same target; a decided application; the same officer approving twice),
// internal. Thread safety: as the Session passed in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "commitment/rules.h"
#include "core/date.h"
#include "core/result.h"
#include "core/working_days.h"
#include "repair/eligibility.h"
#include "repair/model.h"
#include "store/database.h"

namespace xj::repair {

struct Context {
  core::Date today;
  const core::WorkingCalendar& calendar;
  RepairRules rules;
  std::string actor;  // username or API key name
};

struct NewRepair {
  std::string uscc;  // normalised, valid
  TargetType target_type = TargetType::penalty;
  std::string target_id;
  std::optional<core::Date> applied_on;
  std::string reason;
  bool obligations_fulfilled = false;
  bool rectified = false;
  std::vector<std::string> evidence;  // texts, stored as materials
  std::string commitment;             // 守信承诺书 text, stored as a `repair` commitment
  std::string region_code;            // the enterprise's division
};

Result<Repair> apply(store::Session& session, const NewRepair& input, const Context& ctx);

struct Upload {
  std::string filename;
  std::optional<std::string> content_type;
  std::string bytes;
};

// A file for an open application, stored with the SM3 digest of its bytes.
Result<Material> add_file(store::Session& session, const Repair& repair, const Upload& upload,
                          const Context& ctx);

struct DecisionInput {
  std::string decision;  // approve | reject
  std::string reason;
  std::optional<core::Date> decided_on;
};

// One officer's decision on `repair` (as read in this transaction).
Result<Repair> decide(store::Session& session, const Repair& repair, const DecisionInput& input,
                      const Context& ctx);

}  // namespace xj::repair
