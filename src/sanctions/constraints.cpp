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

namespace {

// Every fact of one USCC in a single statement: four probes of the `uscc` indexes of
// dishonest_entries, abnormal_entries, penalties and commitments, one round trip. Columns:
// kind, id, flag, then six text columns whose meaning depends on the kind:
//   a  abnormal entry   c1 listed_on   c2 removed_on
//   c  false commitment c1 verified_on c2 repaired_on
//   d  dishonest entry  c1 listed_on   c2 removed_on  c3 expires_on c4 status c5 basis_type
//                       c6 basis_id
//   p  penalty revoked or with 吊销许可证件 (flag 1)
//                       c1 decided_on  c2 revoked_on  c3 decision_no c4 area
// Ordered by kind, then c1 and id: each list as the per-table reads ordered it.
constexpr const char* kFactsSql =
    "SELECT 'a' AS k, id, 0 AS flag, listed_on AS c1, removed_on AS c2, NULL AS c3, NULL AS c4, "
    "NULL AS c5, NULL AS c6 FROM abnormal_entries WHERE uscc = ? "
    "UNION ALL SELECT 'c', id, 0, verified_on, repaired_on, NULL, NULL, NULL, NULL "
    "FROM commitments WHERE uscc = ? AND verification_result = 'inconsistent' AND "
    "verified_on IS NOT NULL "
    "UNION ALL SELECT 'd', id, 0, listed_on, removed_on, expires_on, status, basis_type, basis_id "
    "FROM dishonest_entries WHERE uscc = ? "
    "UNION ALL SELECT 'p', id, CASE WHEN penalty_types LIKE '%吊销许可证件%' THEN 1 ELSE 0 END, "
    "decided_on, revoked_on, decision_no, area, NULL, NULL FROM penalties WHERE uscc = ? AND "
    "(revoked_on IS NOT NULL OR penalty_types LIKE '%吊销许可证件%') "
    "ORDER BY k, c1, id";

// §4.3 / §3: whether the enterprise has (or had) a food key-area entry or a food-production
// licence — asked only for a licence-revoking penalty whose area is empty.
Result<bool> is_food_enterprise(store::Session& s, const store::Value& code) {
  XJ_TRY(auto any, s.query("SELECT 1 FROM keylist_entries WHERE uscc = ? AND area = "
                           "'food_production' UNION ALL SELECT 1 FROM licences WHERE uscc = ? AND "
                           "licence_type = '食品生产许可'",
                           {code, code}));
  return !any.empty();
}

}  // namespace

Result<ConstraintFacts> load_constraint_facts(store::Session& s, std::string_view uscc) {
  ConstraintFacts f;
  const store::Value code{std::string(uscc)};
  XJ_TRY(auto rows, s.query(kFactsSql, {code, code, code, code}));
  std::vector<const store::Row*> bans;  // penalties with 吊销许可证件, by decided_on and id
  for (const auto& r : rows.rows) {
    const std::string kind = r.text(0);
    if (kind == "a") {
      AbnormalEntry e;
      e.id = r.integer(1);
      e.uscc = std::string(uscc);
      e.listed_on = r.text(3);
      e.removed_on = r.opt_text(4);
      f.abnormal.push_back(std::move(e));
    } else if (kind == "c") {
      f.false_commitments.push_back({r.integer(1), r.text(3), r.opt_text(4)});
    } else if (kind == "d") {
      DishonestEntry e;
      e.id = r.integer(1);
      e.uscc = std::string(uscc);
      e.listed_on = r.text(3);
      e.removed_on = r.opt_text(4);
      e.expires_on = r.text(5);
      e.status = r.text(6);
      e.basis_type = r.text(7);
      e.basis_id = r.text(8);
      f.dishonest.push_back(std::move(e));
    } else {
      // §4.2: the revoked penalties (basis of a dishonest entry or not: the rule matches them).
      if (!r.is_null(4)) f.revoked_basis.push_back({r.text(5), r.text(4)});
      if (r.integer(2) == 1) bans.push_back(&r);
    }
  }
  // §4.3 / §3: a food penalty is one whose area says food, or, when empty, of an enterprise that
  // has (or had) a food key-area entry or a food-production licence.
  std::optional<bool> food_enterprise;
  for (const store::Row* r : bans) {
    const std::string area = r->text(6);
    if (area.empty() && !food_enterprise) {
      XJ_TRY(food_enterprise, is_food_enterprise(s, code));
    }
    if (area == "food" || (area.empty() && *food_enterprise)) {
      f.food_bans.push_back({r->text(5), r->text(3), r->opt_text(4)});
    }
  }
  return f;
}

}  // namespace xj::sanctions
