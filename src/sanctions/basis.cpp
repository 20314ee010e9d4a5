#include "sanctions/basis.h"

#include <algorithm>
#include <charconv>

#include "collection/record_repo.h"
#include "disclosure/publicity.h"

namespace xj::sanctions {
namespace {

ErrorDetail failure(std::string code, std::string message) {
  return ErrorDetail{"basis", std::move(code), std::move(message)};
}

std::optional<std::int64_t> to_id(const std::string& text) {
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return id;
}

}  // namespace

// §4.2 basis checks; every failed condition is named.
std::vector<ErrorDetail> basis_failures(const DishonestProposal& p, const BasisFacts& facts) {
  std::vector<ErrorDetail> out;
  if (p.basis_type == "penalty") {
    if (!facts.penalty) {
      out.push_back(failure("basis_not_found", "未找到作为依据的行政处罚决定 (no penalty with this decision number)"));
    } else {
      if (facts.penalty->uscc != p.uscc) {
        out.push_back(failure("other_enterprise", "依据的处罚属于其他市场主体 (the penalty concerns another enterprise)"));
      }
      if (!facts.penalty->heavier) {
        out.push_back(failure("not_heavier", "依据的处罚不是较重行政处罚 (the penalty is not a heavier penalty)"));
      }
      if (facts.penalty->revoked_on) {
        out.push_back(failure("penalty_revoked", "依据的处罚决定已被撤销 (the penalty decision was revoked)"));
      }
    }
  } else {
    if (!facts.abnormal) {
      out.push_back(failure("basis_not_found", "未找到作为依据的经营异常名录记录 (no such abnormal list entry)"));
    } else {
      const AbnormalEntry& a = *facts.abnormal;
      if (a.uscc != p.uscc) {
        out.push_back(failure("other_enterprise", "依据的经营异常记录属于其他市场主体 (the entry concerns another enterprise)"));
      }
      if (!is_active(a, p.listed_on)) {
        out.push_back(failure("abnormal_not_active", "依据的经营异常记录在列入日不在列 (the entry is not active on listed_on)"));
      } else if (auto listed = core::parse_date(a.listed_on);
                 !listed || p.listed_on < core::add_years(*listed, 3)) {
        out.push_back(failure("abnormal_under_3_years", "列入经营异常名录未满3年 (on the abnormal list for less than 3 years)"));
      }
    }
  }
  if (facts.already_listed) {
    out.push_back(failure("already_listed", "该市场主体已在严重违法失信名单中或正待批准 (already listed or pending approval)"));
  }
  return out;
}

Result<BasisFacts> load_basis_facts(store::Session& s, const DishonestProposal& p) {
  BasisFacts facts;
  if (p.basis_type == "penalty") {
    XJ_TRY(auto owner, s.query("SELECT uscc FROM penalties WHERE decision_no = ?", {store::Value{p.basis_id}}));
    if (!owner.empty()) {
      XJ_TRY(auto penalties, collection::penalties_of(s, owner[0].text(0)));
      auto it = std::find_if(penalties.begin(), penalties.end(),
                             [&](const auto& q) { return q.decision_no == p.basis_id; });
      if (it != penalties.end()) {
        facts.penalty = BasisPenalty{it->uscc, disclosure::is_heavier(*it), it->revoked_on};
      }
    }
  } else if (auto id = to_id(p.basis_id)) {
    XJ_TRY(facts.abnormal, find_abnormal(s, *id));
  }
  XJ_TRY(auto listed, dishonest_entries_of(s, p.uscc));
  facts.already_listed = std::any_of(listed.begin(), listed.end(), [&](const DishonestEntry& e) {
    return e.status == "pending_approval" || in_force(e, p.listed_on);
  });
  return facts;
}

}  // namespace xj::sanctions
