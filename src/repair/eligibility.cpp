#include "repair/eligibility.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "disclosure/publicity.h"

namespace xj::repair {
namespace {

using collection::Penalty;

// §5: penalties with these types are never repaired.
constexpr std::array<std::string_view, 6> kUnrepairableTypes = {
    "责令停产停业", "限制开展生产经营活动", "限制从业", "降低资质等级", "吊销许可证件", "吊销营业执照"};

std::optional<core::Date> date_of(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  auto d = core::parse_date(*text);
  if (!d) return std::nullopt;
  return *d;
}

bool happened_by(const std::optional<std::string>& text, core::Date d) {
  const auto on = date_of(text);
  return on && *on <= d;
}

// A revoked decision (撤销) no longer exists in law: it counts nowhere.
bool revoked_by(const Penalty& p, core::Date d) { return happened_by(p.revoked_on, d); }

// §3: "penalty" in §5 = a published penalty that has not been repaired (nor revoked), on day d.
bool counts_as_penalty(const Penalty& p, core::Date d) {
  return disclosure::is_published_penalty(p) && !revoked_by(p, d) &&
         !happened_by(p.repaired_on, d);
}

ErrorDetail detail(std::string field, std::string code, std::string message) {
  return ErrorDetail{std::move(field), std::move(code), std::move(message)};
}

ErrorDetail not_found(std::string message) {
  return detail("target.id", "not_found", std::move(message));
}

ErrorDetail too_early(core::Date earliest) {
  return detail("applied_on", "too_early",
                "未到最早申请日期 " + earliest.to_string() + " (too early: apply on or after " +
                    earliest.to_string() + ")");
}

// §5: obligations fulfilled (fine paid, rectified) / ground cured / harm rectified — declared.
void check_obligations(const Application& a, Verdict& v) {
  if (a.obligations_fulfilled && a.rectified) return;
  v.failures.push_back(detail(a.obligations_fulfilled ? "rectified" : "obligations_fulfilled",
                              "obligations_not_fulfilled",
                              "未履行法定义务或未完成整改 (obligations not fulfilled or not rectified)"));
}

// §3: a food or special-equipment penalty by its area, or, without one, by the enterprise.
bool is_key_area_penalty(const Penalty& p, bool key_area_enterprise) {
  if (p.area && !p.area->empty()) return *p.area == "food" || *p.area == "special_equipment";
  return key_area_enterprise;
}

void assess_penalty(const Application& a, const EnterpriseFacts& f, const RepairRules& rules,
                    Verdict& v) {
  const core::Date d = a.applied_on;
  auto it = std::find_if(f.penalties.begin(), f.penalties.end(),
                         [&](const Penalty& p) { return p.decision_no == a.target_id; });
  const std::optional<core::Date> decided =
      it == f.penalties.end() ? std::nullopt : date_of(it->decided_on);
  if (!decided || *decided > d || !counts_as_penalty(*it, d)) {
    v.failures.push_back(not_found(
        "该企业无此公示中的行政处罚 (no published, unrepaired penalty with this decision number)"));
    return;
  }
  const Penalty& p = *it;
  // §5: not_repairable_type short-circuits — no other condition is evaluated.
  if (is_unrepairable(p, f.uscc.starts_with("92"))) {
    v.failures.push_back(detail("target", "not_repairable_type",
                                "该类行政处罚不予修复 (this penalty cannot be repaired: a 3-month "
                                "penalty or one of the excluded penalty types)"));
    return;
  }
  v.repeat_offender = is_repeat_offender(f.penalties, d, rules);
  // §5: ≥ 6 months after the decision, food or special equipment ≥ 1 year, repeat offenders ×2.
  int months = is_key_area_penalty(p, f.key_area_enterprise) ? rules.key_area_penalty_wait_months
                                                             : rules.penalty_wait_months;
  if (v.repeat_offender) months *= rules.repeat_factor;
  const core::Date earliest = core::add_months(*decided, months);
  if (d < earliest) v.failures.push_back(too_early(earliest));
  // §5: no later penalty of the same violation type.
  const bool later = std::any_of(f.penalties.begin(), f.penalties.end(), [&](const Penalty& q) {
    const auto on = date_of(q.decided_on);
    return q.decision_no != p.decision_no && q.violation_type == p.violation_type && on &&
           *on > *decided && *on <= d && counts_as_penalty(q, d);
  });
  if (later) {
    v.failures.push_back(detail("target", "repeat_violation",
                                "此后又因同类违法行为受到行政处罚 (a later penalty for the same "
                                "violation type exists)"));
  }
  // §5: not on the abnormal or dishonest list.
  const bool listed =
      std::any_of(f.abnormal_entries.begin(), f.abnormal_entries.end(),
                  [&](const AbnormalFact& e) { return e.active_on(d); }) ||
      std::any_of(f.dishonest_entries.begin(), f.dishonest_entries.end(),
                  [&](const DishonestFact& e) { return e.in_force_on(d); });
  if (listed) {
    v.failures.push_back(detail("uscc", "on_list",
                                "企业被列入经营异常名录或严重违法失信名单 (the enterprise is on "
                                "the abnormal or dishonest list)"));
  }
  check_obligations(a, v);
}

void assess_abnormal(const Application& a, const EnterpriseFacts& f, Verdict& v) {
  auto it = std::find_if(f.abnormal_entries.begin(), f.abnormal_entries.end(),
                         [&](const AbnormalFact& e) { return std::to_string(e.id) == a.target_id; });
  if (it == f.abnormal_entries.end() || !it->active_on(a.applied_on)) {
    v.failures.push_back(
        not_found("该企业无此在列的经营异常名录记录 (no active abnormal-list entry with this id)"));
    return;
  }
  // §5: any time, once the ground is cured.
  check_obligations(a, v);
}

void assess_dishonest(const Application& a, const EnterpriseFacts& f, const RepairRules& rules,
                      Verdict& v) {
  const core::Date d = a.applied_on;
  auto it = std::find_if(f.dishonest_entries.begin(), f.dishonest_entries.end(),
                         [&](const DishonestFact& e) { return std::to_string(e.id) == a.target_id; });
  // §4.2: t < 3 years — an expired entry has nothing left to remove.
  if (it == f.dishonest_entries.end() || !it->in_force_on(d)) {
    v.failures.push_back(not_found(
        "该企业无此有效的严重违法失信名单记录 (no dishonest-list entry in force with this id)"));
    return;
  }
  const DishonestFact& e = *it;
  // §4.2 (plan task 10): listed before within the 5 years before this listing → 2 years.
  v.repeat_offender =
      std::any_of(f.dishonest_entries.begin(), f.dishonest_entries.end(), [&](const DishonestFact& o) {
        return o.id != e.id && o.was_listed() && o.listed_on < e.listed_on &&
               e.listed_on < core::add_years(o.listed_on, rules.dishonest_repeat_lookback_years);
      });
  const core::Date earliest = core::add_years(
      e.listed_on,
      v.repeat_offender ? rules.dishonest_repeat_wait_years : rules.dishonest_wait_years);
  if (d < earliest) v.failures.push_back(too_early(earliest));
  check_obligations(a, v);
  // §4.2: no new heavier penalty decided since listed_on.
  const bool heavier = std::any_of(f.penalties.begin(), f.penalties.end(), [&](const Penalty& q) {
    const auto on = date_of(q.decided_on);
    const bool is_basis = e.basis_type == "penalty" && e.basis_id == q.decision_no;
    return !is_basis && on && *on > e.listed_on && *on <= d && counts_as_penalty(q, d) &&
           disclosure::is_heavier(q);
  });
  if (heavier) {
    v.failures.push_back(detail("target", "new_heavier_penalty",
                                "列入后又受到较重行政处罚 (a heavier penalty was decided after the "
                                "listing)"));
  }
}

}  // namespace

bool AbnormalFact::active_on(core::Date d) const {
  return listed_on <= d && (!removed_on || *removed_on > d);
}

bool DishonestFact::in_force_on(core::Date d) const {
  return status == "active" && listed_on <= d && d < expires_on && (!removed_on || *removed_on > d);
}

bool DishonestFact::was_listed() const {
  return status == "active" || (status == "removed" && removed_on.has_value());
}

bool is_unrepairable(const Penalty& p, bool individual_business) {
  // §5: 3-month penalties lapse by themselves (the §2 rule, as the public record applies it).
  if (disclosure::publicity_period(p, individual_business, {}) ==
      disclosure::PublicityPeriod::three_months) {
    return true;
  }
  return std::any_of(p.penalty_types.begin(), p.penalty_types.end(), [](const std::string& t) {
    return std::find(kUnrepairableTypes.begin(), kUnrepairableTypes.end(), t) !=
           kUnrepairableTypes.end();
  });
}

bool is_repeat_offender(const std::vector<Penalty>& penalties, core::Date applied_on,
                        const RepairRules& rules) {
  // §5: applied_on − 3 years < decided_on ≤ applied_on; published penalties whether or not their
  // publicity has lapsed or been repaired (§3), revoked decisions excluded.
  const core::Date after = core::add_years(applied_on, -rules.repeat_window_years);
  const auto n = std::count_if(penalties.begin(), penalties.end(), [&](const Penalty& p) {
    const auto on = date_of(p.decided_on);
    return on && *on > after && *on <= applied_on && disclosure::is_published_penalty(p) &&
           !revoked_by(p, applied_on);
  });
  return n >= rules.repeat_min_penalties;
}

Verdict assess(const Application& application, const EnterpriseFacts& facts,
               const RepairRules& rules) {
  Verdict v;
  switch (application.target_type) {
    case TargetType::penalty:
      assess_penalty(application, facts, rules, v);
      break;
    case TargetType::abnormal_list:
      assess_abnormal(application, facts, v);
      break;
    case TargetType::dishonest_list:
      assess_dishonest(application, facts, rules, v);
      break;
  }
  return v;
}

}  // namespace xj::repair
