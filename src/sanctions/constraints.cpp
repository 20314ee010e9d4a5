#include "sanctions/constraints.h"

#include <algorithm>
#include <array>

namespace xj::sanctions {
namespace {

constexpr std::array<std::string_view, 6> kDishonestMeasures = {
    "restrict_licensing", "restrict_procurement", "restrict_bidding",
    "restrict_honours",   "no_commitment_route",  "key_supervision"};
constexpr std::array<std::string_view, 4> kAbnormalMeasures = {
    "restrict_procurement", "restrict_bidding", "restrict_honours", "key_supervision"};
constexpr std::array<std::string_view, 2> kFalseCommitmentMeasures = {"no_commitment_route",
                                                                      "key_supervision"};

// Statutory periods of §4.3 *(config in the spec; fixed here)*.
constexpr int kFoodLicenceBanYears = 5;    // Food Safety Law Art. 135
constexpr int kFalseCommitmentYears = 3;

template <std::size_t N>
void add(Constraints& c, const std::array<std::string_view, N>& codes, std::string_view basis,
         const std::string& basis_id, const std::string& since,
         const std::optional<std::string>& until) {
  for (std::string_view code : codes) {
    c.measures.push_back({std::string(code), std::string(basis), basis_id, since, until});
  }
}

// The last day in force of a period of `years` starting on `from` (inclusive): from + years − 1 day.
std::optional<std::string> last_day(const std::string& from, int years) {
  auto d = core::parse_date(from);
  if (!d) return std::nullopt;
  return core::add_days(core::add_years(*d, years), -1).to_string();
}

bool on_or_before(const std::optional<std::string>& date, const std::string& day) {
  return date && *date <= day;
}

}  // namespace

Constraints constraints_on(const ConstraintFacts& f, core::Date as_of) {
  Constraints c;
  c.as_of = as_of;
  const std::string day = as_of.to_string();
  for (const DishonestEntry& e : f.dishonest) {
    if (!in_force(e, as_of)) continue;
    // §4.2: a revoked basis penalty ends the listing (revocation.h removes it; until the
    // consumer has run, the answer already follows the revocation).
    const bool revoked = e.basis_type == "penalty" &&
                         std::any_of(f.revoked_basis.begin(), f.revoked_basis.end(),
                                     [&](const RevokedPenalty& r) {
                                       return r.decision_no == e.basis_id && r.revoked_on <= day;
                                     });
    if (revoked) continue;
    auto expires = core::parse_date(e.expires_on);
    if (!expires) continue;
    add(c, kDishonestMeasures, "dishonest_list", std::to_string(e.id), e.listed_on,
        core::add_days(*expires, -1).to_string());
  }
  for (const AbnormalEntry& e : f.abnormal) {
    if (is_active(e, as_of)) {
      add(c, kAbnormalMeasures, "abnormal_list", std::to_string(e.id), e.listed_on, std::nullopt);
    }
  }
  for (const FoodLicenceBan& p : f.food_bans) {
    auto until = last_day(p.decided_on, kFoodLicenceBanYears);
    if (!until || p.decided_on > day || *until < day || on_or_before(p.revoked_on, day)) continue;
    c.measures.push_back({"restrict_licensing", "penalty", p.decision_no, p.decided_on, until});
  }
  for (const FalseCommitment& k : f.false_commitments) {
    auto until = last_day(k.verified_on, kFalseCommitmentYears);
    if (!until || k.verified_on > day || *until < day || on_or_before(k.repaired_on, day)) continue;
    add(c, kFalseCommitmentMeasures, "commitment", std::to_string(k.id), k.verified_on, until);
  }
  c.restricted = std::any_of(c.measures.begin(), c.measures.end(),
                             [](const Measure& m) { return m.code != "key_supervision"; });
  return c;
}

Result<ConstraintFacts> load_constraint_facts(store::Session& s, std::string_view uscc) {
  ConstraintFacts f;
  const store::Value code{std::string(uscc)};
  XJ_TRY(f.dishonest, dishonest_entries_of(s, uscc));
  XJ_TRY(f.abnormal, abnormal_entries_of(s, uscc));
  if (std::any_of(f.dishonest.begin(), f.dishonest.end(),
                  [](const DishonestEntry& e) { return e.basis_type == "penalty"; })) {
    XJ_TRY(auto rows, s.query("SELECT decision_no, revoked_on FROM penalties WHERE uscc = ? AND "
                              "revoked_on IS NOT NULL",
                              {code}));
    for (const auto& r : rows.rows) f.revoked_basis.push_back({r.text(0), r.text(1)});
  }
  // §4.3 / §3: a food penalty is one whose area says food, or, when empty, of an enterprise that
  // has (or had) a food key-area entry or a food-production licence.
  XJ_TRY(auto bans, s.query("SELECT decision_no, decided_on, revoked_on, area FROM penalties "
                            "WHERE uscc = ? AND penalty_types LIKE ? ORDER BY decided_on, id",
                            {code, store::Value{std::string("%吊销许可证件%")}}));
  std::optional<bool> food_enterprise;
  for (const auto& r : bans.rows) {
    const std::string area = r.text(3);
    if (area.empty() && !food_enterprise) {
      XJ_TRY(auto any, s.query("SELECT 1 FROM keylist_entries WHERE uscc = ? AND area = 'food_production' "
                               "UNION ALL SELECT 1 FROM licences WHERE uscc = ? AND "
                               "licence_type = '食品生产许可'",
                               {code, code}));
      food_enterprise = !any.empty();
    }
    if (area == "food" || (area.empty() && *food_enterprise)) {
      f.food_bans.push_back({r.text(0), r.text(1), r.opt_text(2)});
    }
  }
  XJ_TRY(auto commitments,
         s.query("SELECT id, verified_on, repaired_on FROM commitments WHERE uscc = ? AND "
                 "verification_result = 'inconsistent' AND verified_on IS NOT NULL ORDER BY verified_on, id",
                 {code}));
  for (const auto& r : commitments.rows) {
    f.false_commitments.push_back({r.integer(0), r.text(1), r.opt_text(2)});
  }
  return f;
}

}  // namespace xj::sanctions
