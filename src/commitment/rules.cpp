#include "commitment/rules.h"

#include <string>

namespace xj::commitment {
namespace {

std::optional<core::Date> date_of(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  auto d = core::parse_date(*text);
  if (!d) return std::nullopt;
  return *d;
}

}  // namespace

bool is_public_kind(std::string_view kind) {
  return kind == "voluntary" || kind == "registration" || kind == "approval";
}

std::optional<core::Date> default_verify_by(std::string_view kind, core::Date made_on,
                                            const core::WorkingCalendar& calendar,
                                            const CommitmentRules& rules) {
  if (kind != "approval") return std::nullopt;
  return calendar.add_working_days(made_on, rules.approval_verify_working_days);
}

bool false_commitment_in_force(const Commitment& c, core::Date d, const CommitmentRules& rules) {
  if (c.verification_result != kInconsistent) return false;
  const auto found = date_of(c.verified_on);
  if (!found || d < *found || d >= core::add_years(*found, rules.false_commitment_years)) {
    return false;
  }
  const auto repaired = date_of(c.repaired_on);
  return !repaired || *repaired > d;
}

std::vector<ErrorDetail> approval_route_refusals(bool dishonest_in_force,
                                                 const std::vector<Commitment>& commitments,
                                                 core::Date d, const CommitmentRules& rules) {
  std::vector<ErrorDetail> out;
  if (dishonest_in_force) {
    out.push_back({"uscc", "on_list",
                   "企业在严重违法失信名单中，不适用告知承诺 (on the dishonest list: the approval "
                   "route is not available)"});
  }
  for (const auto& c : commitments) {
    if (!false_commitment_in_force(c, d, rules)) continue;
    out.push_back({"uscc", "false_commitment",
                   "企业存在虚假承诺记录（承诺 " + std::to_string(c.id) +
                       "），不适用告知承诺 (a false commitment is in force: the approval route is "
                       "not available)"});
    break;
  }
  return out;
}

}  // namespace xj::commitment
