#include "registry/keylist_proposals.h"

#include <toml++/toml.h>

#include <algorithm>
#include <set>

#include "registry/keylist_proposal_repo.h"
#include "registry/keylist_repo.h"

namespace xj::registry {
namespace {

constexpr std::string_view kSettingsFile = "keylist.toml";
constexpr std::string_view kSystem = "system";

Result<Evaluation> evaluate(store::Session& session, std::string_view uscc, core::Date today) {
  XJ_TRY(auto licences, licence_facts_of(session, uscc));
  XJ_TRY(auto entries, keylist_entries_of(session, uscc));
  std::erase_if(entries, [](const KeyListEntry& e) { return e.removed_on.has_value(); });
  XJ_TRY(auto proposals, proposals_of(session, uscc));
  return evaluate_enterprise(licences, entries, proposals, today);
}

Status accept(store::Session& session, Proposal& p, std::string_view decided_by,
              std::optional<std::string> reason, core::Date today, const ApplyProposal& apply) {
  XJ_CHECK(apply(session, p, decided_by, today));
  p.status = "accepted";
  p.decided_on = today.to_string();
  p.decided_by = std::string(decided_by);
  p.decision_reason = std::move(reason);
  return update_proposal(session, p);
}

}  // namespace

Result<ProposalSettings> load_proposal_settings(const std::filesystem::path& config_dir) {
  ProposalSettings settings;
  const std::filesystem::path file = config_dir / kSettingsFile;
  if (!std::filesystem::exists(file)) return settings;
  toml::table table;
  try {
    table = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    return fail(ErrorCode::internal, file.string() + ":" + std::to_string(e.source().begin.line) +
                                         ": " + std::string(e.description()));
  }
  if (auto flag = table["proposals"]["apply_automatically"]; flag) {
    if (!flag.is_boolean()) {
      return fail(ErrorCode::internal, file.string() +
                                           ": proposals.apply_automatically 应为 true 或 false "
                                           "(must be a boolean)");
    }
    settings.apply_automatically = flag.value_or(false);
  }
  return settings;
}

Result<std::int64_t> propose_for(store::Session& session, std::string_view uscc, core::Date today,
                                 const ProposalSettings& settings, const ApplyProposal& apply) {
  XJ_TRY(Evaluation ev, evaluate(session, uscc, today));
  for (std::int64_t id : ev.withdraw) {
    XJ_TRY(auto found, find_proposal(session, id));
    if (!found) continue;
    found->status = "withdrawn";
    found->decided_on = today.to_string();
    found->decided_by = std::string(kSystem);
    XJ_CHECK(update_proposal(session, *found));
  }
  for (Proposal& p : ev.create) {
    XJ_TRY(p.id, insert_proposal(session, p));
    if (settings.apply_automatically) {
      XJ_CHECK(accept(session, p, kSystem, "自动采纳 (applied automatically)", today, apply));
    }
  }
  return static_cast<std::int64_t>(ev.create.size());
}

Result<Proposal> decide(store::Session& session, std::int64_t id, bool accept_it,
                        std::string_view decided_by, std::optional<std::string> reason,
                        core::Date today, const ApplyProposal& apply) {
  XJ_TRY(auto found, find_proposal(session, id));
  if (!found) return fail(ErrorCode::not_found, "未找到该调整建议 (no such proposal)");
  Proposal p = std::move(*found);
  if (p.status != "pending") {
    return fail(ErrorCode::conflict,
                "该建议已处理 (the proposal was already decided: " + p.status + ")");
  }
  if (!accept_it) {
    p.status = "rejected";
    p.decided_on = today.to_string();
    p.decided_by = std::string(decided_by);
    p.decision_reason = std::move(reason);
    XJ_CHECK(update_proposal(session, p));
    return p;
  }
  XJ_TRY(Evaluation ev, evaluate(session, p.uscc, today));
  if (std::find(ev.withdraw.begin(), ev.withdraw.end(), p.id) != ev.withdraw.end()) {
    return fail(ErrorCode::conflict,
                "许可或清单已变化，该建议不再成立 (the licences or the list changed: the proposal "
                "no longer holds)");
  }
  XJ_CHECK(accept(session, p, decided_by, std::move(reason), today, apply));
  return p;
}

Status ProposalConsumer::consume(const std::vector<store::OutboxEvent>& events) {
  std::set<std::string> usccs;
  for (const auto& e : events) {
    if ((e.type == "licence.created" || e.type == "licence.updated") && !e.uscc.empty()) {
      usccs.insert(e.uscc);
    }
  }
  if (usccs.empty()) return {};
  const core::Date today = clock_.today();
  return db_.write([&](store::Session& s) -> Status {
    for (const auto& uscc : usccs) XJ_CHECK(propose_for(s, uscc, today, settings_, apply_));
    return {};
  });
}

Status ProposalConsumer::daily_check() {
  const core::Date today = clock_.today();
  if (checked_on_ == today) return {};
  XJ_CHECK(db_.write([&](store::Session& s) -> Status {
    XJ_TRY(bool again, expiry_checked(s, today));
    if (again) return {};
    XJ_TRY(auto usccs, usccs_due_for_check(s, today));
    std::int64_t proposed = 0;
    for (const auto& uscc : usccs) {
      XJ_TRY(std::int64_t n, propose_for(s, uscc, today, settings_, apply_));
      proposed += n;
    }
    return record_expiry_check(s, today, proposed);
  }));
  checked_on_ = today;
  return {};
}

}  // namespace xj::registry
