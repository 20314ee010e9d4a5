#include "sanctions/revocation.h"

#include <algorithm>
#include <set>

#include "sanctions/entries.h"
#include "sanctions/removal.h"

namespace xj::sanctions {

Status remove_revoked_bases(store::Session& s, const std::string& uscc, core::Date today) {
  XJ_TRY(auto entries, dishonest_entries_of(s, uscc));
  for (const DishonestEntry& e : entries) {
    if (e.basis_type != "penalty" || e.status != "active" || e.removed_on) continue;
    XJ_TRY(auto rows, s.query("SELECT revoked_on FROM penalties WHERE decision_no = ? AND "
                              "revoked_on IS NOT NULL AND revoked_on <= ?",
                              {store::Value{e.basis_id}, store::Value{today.to_string()}}));
    if (rows.empty()) continue;
    auto revoked = core::parse_date(rows[0].text(0), "revoked_on");
    auto listed = core::parse_date(e.listed_on, "listed_on");
    if (!revoked || !listed) continue;
    const core::Date on = std::max(*revoked, *listed);
    if (!in_force(e, on)) continue;  // expired before the revocation: nothing to end
    XJ_CHECK(remove_dishonest_entry(
        s, {e.id, e.uscc, on, "revoked_decision", "处罚决定已撤销 (basis penalty revoked)", "sanctions"}));
  }
  return {};
}

Status RevocationConsumer::consume(const std::vector<store::OutboxEvent>& events) {
  std::set<std::string> usccs;
  for (const auto& e : events) {
    const bool penalty_changed = e.type == "penalty.created" || e.type == "penalty.updated" ||
                                 e.type == "penalty.revoked";
    if (penalty_changed && !e.uscc.empty()) {
      usccs.insert(e.uscc);
    }
  }
  if (usccs.empty()) return {};
  const core::Date today = clock_.today();
  return db_.write([&](store::Session& s) -> Status {
    for (const auto& uscc : usccs) XJ_CHECK(remove_revoked_bases(s, uscc, today));
    return {};
  });
}

}  // namespace xj::sanctions
