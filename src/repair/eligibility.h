// Repair eligibility (信用修复条件, domain-rules.md §5 and §4.2): whether an application may be
// submitted, with every failed condition named, and whether the applicant is a repeat offender.
//
//   Verdict v = assess(application, facts, RepairRules{});
//   if (!v.eligible()) return fail(ErrorCode::not_eligible, "…", v.failures);
//
// A pure function over plain data (the enterprise's penalties and list entries as read from the
// store); "today" never enters: every date is relative to the application date. Detail codes:
// too_early, not_repairable_type, repeat_violation, on_list, obligations_not_fulfilled,
// new_heavier_penalty, not_found. Thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "collection/model.h"
#include "core/date.h"
#include "core/result.h"
#include "repair/model.h"

namespace xj::repair {

// The periods of §5 and §4.2; those marked *(config)* there may be overridden.
struct RepairRules {
  int penalty_wait_months = 6;            // earliest application after the decision
  int key_area_penalty_wait_months = 12;  // food or special-equipment penalties: 1 year
  int repeat_factor = 2;                  // repeat offenders: waiting periods ×2 (config)
  int repeat_window_years = 3;            // published penalties counted in the 3 years before
  int repeat_min_penalties = 2;           // … at least 2 (the one under repair included)
  int dishonest_wait_years = 1;           // §4.2: 1 year ≤ applied_on − listed_on
  int dishonest_repeat_wait_years = 2;    // §4.2: listed before within 5 years → 2 years (config)
  int dishonest_repeat_lookback_years = 5;
  int decision_working_days = 15;         // decision due (config)
};

// An abnormal-list entry as far as repair needs it (table abnormal_entries).
struct AbnormalFact {
  std::int64_t id = 0;
  core::Date listed_on;
  std::optional<core::Date> removed_on;
  bool active_on(core::Date d) const;  // listed_on ≤ d and not removed on or before d
};

// A dishonest-list entry (table dishonest_entries).
struct DishonestFact {
  std::int64_t id = 0;
  std::string status;  // pending_approval | active | rejected | removed
  core::Date listed_on;
  core::Date expires_on;  // first day no longer in force
  std::optional<core::Date> removed_on;
  std::string basis_type;  // penalty | abnormal_list
  std::string basis_id;
  bool in_force_on(core::Date d) const;  // §4.2: active, listed_on ≤ d < expires_on, not removed
  bool was_listed() const;               // ever in force: approved (active, or removed later)
};

// What is known of the applicant.
struct EnterpriseFacts {
  std::string uscc;
  std::vector<collection::Penalty> penalties;
  std::vector<AbnormalFact> abnormal_entries;
  std::vector<DishonestFact> dishonest_entries;
  // §3: has (or had) a key-area list entry or a food-production or special-equipment licence;
  // decides whether a penalty without `area` is a food or special-equipment penalty.
  bool key_area_enterprise = false;
};

struct Application {
  TargetType target_type = TargetType::penalty;
  std::string target_id;  // decision number, or the entry id as text
  core::Date applied_on;
  bool obligations_fulfilled = false;
  bool rectified = false;
};

struct Verdict {
  std::vector<ErrorDetail> failures;  // one per failed condition, field + code + sentence
  bool repeat_offender = false;       // §5: waiting doubled and two officers must approve
  bool eligible() const { return failures.empty(); }
};

Verdict assess(const Application& application, const EnterpriseFacts& facts,
               const RepairRules& rules);

// §5: types whose penalty cannot be repaired (责令停产停业, 限制开展生产经营活动, 限制从业,
// 降低资质等级, 吊销许可证件, 吊销营业执照), or a 3-month penalty (its publicity lapses by itself).
bool is_unrepairable(const collection::Penalty& penalty, bool individual_business);

// §5 repeat offender: published penalties (not revoked) decided in
// applied_on − window < decided_on ≤ applied_on number at least `repeat_min_penalties`.
bool is_repeat_offender(const std::vector<collection::Penalty>& penalties, core::Date applied_on,
                        const RepairRules& rules);

}  // namespace xj::repair
