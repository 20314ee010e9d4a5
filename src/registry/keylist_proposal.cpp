#include "registry/keylist_proposal.h"

#include <algorithm>
#include <array>

namespace xj::registry {
namespace {

constexpr std::string_view kInForce = "有效";

// Special foods (特殊食品), domain-rules §1.2: SC + category 127 保健食品, 128
// 特殊医学用途配方食品, 129 婴幼儿配方食品 (130 特殊膳食食品 is not one).
bool is_special_food(std::string_view licence_no) {
  if (licence_no.size() < 5 || !licence_no.starts_with("SC")) return false;
  const std::string_view category = licence_no.substr(2, 3);
  return category == "127" || category == "128" || category == "129";
}

bool same_key(const Proposal& a, const Proposal& b) {
  return a.kind == b.kind && a.area == b.area && a.licence_no == b.licence_no &&
         (a.kind == ProposalKind::add || a.entry_id == b.entry_id);
}

Proposal draft(ProposalKind kind, std::string area, std::optional<std::string> subcategory,
               std::string uscc, std::string name, std::string licence_no,
               std::optional<std::int64_t> entry_id, std::string reason, std::string licence_status,
               core::Date today) {
  Proposal p;
  p.kind = kind;
  p.area = std::move(area);
  p.subcategory = std::move(subcategory);
  p.uscc = std::move(uscc);
  p.name = std::move(name);
  p.licence_no = std::move(licence_no);
  p.entry_id = entry_id;
  p.reason = std::move(reason);
  p.licence_status = std::move(licence_status);
  p.proposed_on = today.to_string();
  return p;
}

}  // namespace

std::string_view to_string(ProposalKind kind) {
  return kind == ProposalKind::add ? "add" : "remove";
}

std::optional<ProposalKind> proposal_kind(std::string_view text) {
  if (text == "add") return ProposalKind::add;
  if (text == "remove") return ProposalKind::remove;
  return std::nullopt;
}

std::string licence_status_on(const LicenceFact& licence, core::Date today) {
  if (licence.status != kInForce) return licence.status;
  // 'YYYY-MM-DD' text compares as the date; valid_until is the last day in force (api.md).
  return licence.valid_until < today.to_string() ? "过期" : licence.status;
}

bool is_in_force(const LicenceFact& licence, core::Date today) {
  return licence_status_on(licence, today) == kInForce;
}

std::optional<std::string> licence_area(std::string_view type) {
  if (type == "食品生产许可") return std::string(kFoodProduction);
  if (type == "特种设备生产许可" || type == "移动式压力容器充装许可" || type == "气瓶充装许可") {
    return std::string(kSpecialEquipment);
  }
  return std::nullopt;
}

std::optional<std::string> licence_subcategory(const LicenceFact& l) {
  if (l.licence_type == "食品生产许可") {
    return std::string(is_special_food(l.licence_no) ? "特殊食品" : "普通食品");
  }
  if (l.licence_type == "气瓶充装许可") return std::string("气瓶充装");
  if (l.licence_type == "移动式压力容器充装许可") return std::string("移动式压力容器充装");
  if (l.licence_type != "特种设备生产许可" || !l.scope) return std::nullopt;
  const std::string& scope = *l.scope;
  if (scope.find("维保") != std::string::npos || scope.find("维护保养") != std::string::npos) {
    return std::string("电梯维保");
  }
  static constexpr std::array<std::string_view, 5> kWorks = {"设计", "制造", "安装", "改造",
                                                             "修理"};
  std::size_t best = std::string::npos;
  std::string_view found;
  for (auto w : kWorks) {
    if (auto at = scope.find(w); at < best) best = at, found = w;
  }
  if (found.empty()) return std::nullopt;
  return std::string(found);
}

std::string removal_reason(const LicenceFact& l, core::Date today) {
  const std::string status = licence_status_on(l, today);
  if (status == "吊销") return "licence_revoked";
  if (status == "撤销") return "licence_rescinded";
  if (status == "注销") return "licence_cancelled";
  return "licence_expired";
}

Evaluation evaluate_enterprise(const std::vector<LicenceFact>& licences,
                               const std::vector<KeyListEntry>& active_entries,
                               const std::vector<Proposal>& proposals, core::Date today) {
  auto licence_of = [&](const KeyListEntry& e) -> const LicenceFact* {
    for (const auto& l : licences) {
      if (l.licence_no == e.licence_no && l.uscc == e.uscc) return &l;
    }
    return nullptr;
  };
  std::vector<Proposal> drafts;
  std::vector<std::string> covered;  // areas with an entry whose licence is in force or unknown
  for (const auto& e : active_entries) {
    const LicenceFact* l = licence_of(e);
    if (!l || is_in_force(*l, today)) {
      covered.push_back(e.area);
      continue;
    }
    drafts.push_back(draft(ProposalKind::remove, e.area, e.subcategory, e.uscc, e.name,
                           e.licence_no, e.id, removal_reason(*l, today),
                           licence_status_on(*l, today), today));
  }
  for (const auto& l : licences) {
    const auto area = licence_area(l.licence_type);
    if (!area || !is_in_force(l, today)) continue;
    if (std::find(covered.begin(), covered.end(), *area) != covered.end()) continue;
    drafts.push_back(draft(ProposalKind::add, *area, licence_subcategory(l), l.uscc, l.name,
                           l.licence_no, std::nullopt, "licence_issued", std::string(kInForce),
                           today));
  }

  Evaluation out;
  for (const auto& d : drafts) {
    const bool known = std::any_of(proposals.begin(), proposals.end(), [&](const Proposal& p) {
      return (p.status == "pending" || p.status == "rejected") && same_key(p, d);
    });
    if (!known) out.create.push_back(d);
  }
  for (const auto& p : proposals) {
    if (p.status != "pending") continue;
    const bool holds = std::any_of(drafts.begin(), drafts.end(),
                                   [&](const Proposal& d) { return same_key(p, d); });
    if (!holds) out.withdraw.push_back(p.id);
  }
  return out;
}

}  // namespace xj::registry
