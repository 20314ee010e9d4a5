#include "disclosure/public_record.h"

#include "collection/record_repo.h"
#include "commitment/commitment_repo.h"
#include "disclosure/masking.h"
#include "registry/enterprise_repo.h"
#include "registry/keylist_repo.h"

namespace xj::disclosure {
namespace {

std::optional<std::string> masked(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  return mask_personal_data(*text);
}

}  // namespace

Result<PublicRecord> public_record(store::Session& session, std::string_view uscc, core::Date today,
                                   const PublicityConfig& config) {
  XJ_TRY(auto enterprise, registry::find_enterprise(session, uscc));
  XJ_TRY(auto entries, registry::keylist_entries_of(session, uscc));
  XJ_TRY(auto licences, collection::licences_of(session, uscc));
  XJ_TRY(auto penalties, collection::penalties_of(session, uscc));
  XJ_TRY(auto inspections, collection::inspections_of(session, uscc));
  XJ_TRY(auto commitments, commitment::commitments_of(session, uscc));

  PublicRecord out;
  out.uscc = std::string(uscc);
  if (enterprise) {
    // Basic data only: the phone is never public (§2).
    out.name = enterprise->name;
    out.legal_representative = enterprise->legal_representative;
    out.address = enterprise->address;
    out.region_code = enterprise->region_code;
    out.status = enterprise->status;
  } else {
    // Known only through its records: the name they give, the region of the USCC (§1.1).
    if (!entries.empty())
      out.name = entries.front().name;
    else if (!licences.empty())
      out.name = licences.front().name;
    else if (!penalties.empty())
      out.name = penalties.front().name;
    else if (!inspections.empty())
      out.name = inspections.front().name;
    else
      return fail(ErrorCode::not_found, "未找到该市场主体 (no enterprise with this code)");
    out.region_code = out.uscc.substr(2, 6);
  }

  // §2: key-area entries while active.
  for (auto& e : entries) {
    if (e.removed_on) continue;
    out.key_areas.push_back({std::move(e.area), std::move(e.subcategory), std::move(e.licence_no),
                             std::move(e.listed_on)});
  }
  // §2: licences always, with the status shown today.
  for (auto& l : licences) {
    std::string status = licence_status(l, today);
    out.licences.push_back({std::move(l.licence_no), std::move(l.licence_type), std::move(l.scope),
                            std::move(l.issuer), std::move(l.issued_on), std::move(l.valid_until),
                            std::move(status)});
  }
  // §2: penalties within their publicity period today; personal data in the facts masked.
  const bool individual_business = out.uscc.starts_with("92");
  for (auto& p : penalties) {
    const PenaltyPublicity publicity = penalty_publicity(p, today, individual_business, config);
    if (!publicity.is_public_today) continue;
    out.penalties.push_back({std::move(p.decision_no), std::move(p.violation_type), masked(p.facts),
                             std::move(p.legal_basis), std::move(p.penalty_types), p.fine_fen,
                             p.confiscation_fen, std::move(p.decided_on), std::move(p.authority),
                             *publicity.public_until});
  }
  // §2: inspection and sampling results unless marked non-public.
  for (auto& i : inspections) {
    if (!i.is_public) continue;
    out.inspections.push_back({std::move(i.inspection_no), std::move(i.kind), std::move(i.matter),
                               std::move(i.checked_on), std::move(i.results), std::move(i.product),
                               masked(i.failed_items), masked(i.findings), std::move(i.authority)});
  }
  // §4.1 / §4.2: list entries while active / in force (store/schema_sanctions.cpp).
  const store::Value code{std::string(uscc)}, day{today.to_string()};
  XJ_TRY(auto abnormal,
         session.query("SELECT id, ground, listed_on, decision_no, authority FROM abnormal_entries "
                       "WHERE uscc = ? AND listed_on <= ? AND (removed_on IS NULL OR removed_on > ?) "
                       "ORDER BY listed_on, id",
                       {code, day, day}));
  for (const auto& r : abnormal.rows) {
    out.abnormal_list.push_back({r.integer(0), r.text(1), r.text(2), r.opt_text(3), r.opt_text(4)});
  }
  XJ_TRY(auto dishonest,
         session.query("SELECT id, grounds, listed_on, expires_on, decision_no, authority FROM "
                       "dishonest_entries WHERE uscc = ? AND status = 'active' AND listed_on <= ? "
                       "AND expires_on > ? AND (removed_on IS NULL OR removed_on > ?) "
                       "ORDER BY listed_on, id",
                       {code, day, day, day}));
  for (const auto& r : dishonest.rows) {
    out.dishonest_list.push_back(
        {r.integer(0), r.opt_text(1), r.text(2), r.text(3), r.opt_text(4), r.opt_text(5)});
  }
  // §2: commitments marked public (voluntary, registration, approval; inconsistent findings).
  for (auto& c : commitments) {
    if (!c.is_public) continue;
    out.commitments.push_back({c.id, std::move(c.kind), mask_personal_data(c.text),
                               std::move(c.made_on), std::move(c.verification_result)});
  }
  return out;
}

std::string abnormal_ground_title(const std::string& ground) {
  if (ground == "annual_report") return "未按规定报送年度报告";
  if (ground == "instant_info") return "未按规定公示即时信息";
  if (ground == "false_info") return "公示信息隐瞒真实情况、弄虚作假";
  if (ground == "unreachable") return "通过登记的住所或经营场所无法联系";
  return ground;
}

}  // namespace xj::disclosure
