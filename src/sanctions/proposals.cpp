#include "sanctions/proposals.h"

#include <array>
#include <utility>

namespace xj::sanctions {
namespace {

// §4.1 grounds from spot-check result texts (formats.md inspection results).
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kResultGrounds = {{
    {"未按规定公示应当公示的信息", "instant_info"},
    {"公示信息隐瞒真实情况弄虚作假", "false_info"},
    {"通过登记的住所（经营场所）无法联系", "unreachable"},
}};

constexpr int kNoticeDays = 60;  // §4.1: notice prepared 60 days before the 3 years

constexpr const char* kRegion = "COALESCE(e.region_code, substr(i.uscc, 3, 6))";

}  // namespace

std::vector<std::string> grounds_of_results(std::string_view results) {
  std::vector<std::string> out;
  for (const auto& [text, ground] : kResultGrounds) {
    if (results.find(text) != std::string_view::npos) out.emplace_back(ground);
  }
  return out;
}

Result<std::vector<AbnormalProposal>> abnormal_proposals(store::Session& s,
                                                         const std::string& region_prefix,
                                                         core::Date today) {
  std::string sql = std::string("SELECT i.inspection_no, i.uscc, COALESCE(e.name, i.name), ") +
                    kRegion + ", i.checked_on, i.authority, i.results FROM inspections i " +
                    "LEFT JOIN enterprises e ON e.uscc = i.uscc WHERE " + kRegion +
                    " LIKE ? AND i.checked_on <= ? AND (";
  store::Params params{store::Value{region_prefix + "%"}, store::Value{today.to_string()}};
  for (std::size_t k = 0; k < kResultGrounds.size(); ++k) {
    sql += k ? " OR i.results LIKE ?" : "i.results LIKE ?";
    params.push_back(store::Value{"%" + std::string(kResultGrounds[k].first) + "%"});
  }
  sql += ") AND NOT EXISTS (SELECT 1 FROM abnormal_entries a WHERE a.proposed_from = "
         "i.inspection_no) ORDER BY i.checked_on, i.inspection_no";
  XJ_TRY(auto rows, s.query(sql, params));
  std::vector<AbnormalProposal> out;
  for (const auto& r : rows.rows) {
    // One proposal per ground.
    for (auto& ground : grounds_of_results(r.text(6))) {
      out.push_back({r.text(0), r.text(1), r.text(2), r.text(3), std::move(ground), r.text(4),
                     r.text(5)});
    }
  }
  return out;
}

Result<std::vector<EscalationProposal>> escalation_proposals(store::Session& s,
                                                             const std::string& region_prefix,
                                                             core::Date today) {
  // Listed on or before today + 60 days − 3 years ⇔ 3 years reached within 60 days. The SQL
  // bound is generous by a few days (month ends); the exact test is below.
  const std::string day = today.to_string();
  const std::string bound = core::add_years(core::add_days(today, kNoticeDays + 3), -3).to_string();
  XJ_TRY(auto rows,
         s.query(std::string("SELECT ") + kAbnormalColumns +
                     ", COALESCE(e.name, '') FROM abnormal_entries a LEFT JOIN enterprises e ON "
                     "e.uscc = a.uscc WHERE a.region_code LIKE ? AND a.listed_on <= ? AND "
                     "(a.removed_on IS NULL OR a.removed_on > ?) AND NOT EXISTS (SELECT 1 FROM "
                     "dishonest_entries d WHERE d.basis_type = 'abnormal_list' AND d.basis_id = "
                     "CAST(a.id AS TEXT) AND d.status IN ('pending_approval', 'active') AND d.expires_on > ?) "
                     "ORDER BY a.listed_on, a.id",
                 {store::Value{region_prefix + "%"}, store::Value{bound}, store::Value{day},
                  store::Value{day}}));
  std::vector<EscalationProposal> out;
  const core::Date horizon = core::add_days(today, kNoticeDays);
  for (const auto& r : rows.rows) {
    AbnormalEntry entry = abnormal_from_row(r);
    auto listed = core::parse_date(entry.listed_on);
    if (!listed) continue;
    const core::Date eligible = core::add_years(*listed, 3);
    if (eligible > horizon) continue;
    out.push_back({std::move(entry), r.text(12), eligible.to_string(), eligible > today});
  }
  return out;
}

}  // namespace xj::sanctions
