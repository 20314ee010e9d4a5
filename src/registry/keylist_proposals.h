// The key-area list proposals as a service (issue 4 item 1; rules in registry/keylist_proposal.h,
// SQL in registry/keylist_proposal_repo.h): proposing from licence events, the daily expiry
// check, and deciding a proposal.
//
//   auto consumer = std::make_shared<ProposalConsumer>(db, clock, settings, apply);
//   outbox.add_consumer(consumer);                       // "keylist_proposals"
//   outbox.add_tick([=] { return consumer->daily_check(); });
//
// Applying a proposal (listing or removing the entry with history and outbox) is the caller's
// ApplyProposal, so that it goes through the same code as POST/DELETE /api/v1/keylist; it runs in
// the caller's transaction and, for an addition, sets proposal.entry_id.
// With apply_automatically (config/keylist.toml `[proposals] apply_automatically`, default
// false) every new proposal is applied at once and stored as accepted by "system".
// Errors: internal from the store; decide(): not_found, conflict (already decided, or no longer
// supported by the licences: it is then withdrawn by the next check).
// Thread safety: ProposalConsumer is used by the outbox worker's one thread; the functions are
// as the Session passed in.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/result.h"
#include "registry/keylist_proposal.h"
#include "store/database.h"
#include "store/outbox_worker.h"

namespace xj::registry {

struct ProposalSettings {
  bool apply_automatically = false;
};

// <config_dir>/keylist.toml; defaults when the file is absent; internal (naming file and line)
// when it is malformed.
Result<ProposalSettings> load_proposal_settings(const std::filesystem::path& config_dir);

using ApplyProposal =
    std::function<Status(store::Session&, Proposal&, std::string_view decided_by, core::Date)>;

// Evaluates one enterprise on `today`: stores new proposals (applied at once when configured),
// withdraws those that no longer hold. Returns the number of new proposals.
Result<std::int64_t> propose_for(store::Session& session, std::string_view uscc, core::Date today,
                                 const ProposalSettings& settings, const ApplyProposal& apply);

// Accepts (apply, then status accepted) or rejects one pending proposal.
Result<Proposal> decide(store::Session& session, std::int64_t id, bool accept,
                        std::string_view decided_by, std::optional<std::string> reason,
                        core::Date today, const ApplyProposal& apply);

// The outbox consumer: `licence.created` / `licence.updated` events re-evaluate their enterprise.
class ProposalConsumer : public store::OutboxConsumer {
 public:
  ProposalConsumer(store::Database& db, core::Clock clock, ProposalSettings settings,
                   ApplyProposal apply)
      : db_(db), clock_(clock), settings_(settings), apply_(std::move(apply)) {}

  std::string name() const override { return "keylist_proposals"; }
  Status consume(const std::vector<store::OutboxEvent>& events) override;

  // Once per business date: re-evaluates every enterprise with an active entry whose licence is
  // not in force (expired, 吊销, 撤销, 注销) or with a pending proposal. Does nothing when it
  // already ran for today (recorded in keylist_expiry_checks, so restarts do not repeat it).
  Status daily_check();

 private:
  store::Database& db_;
  const core::Clock clock_;
  const ProposalSettings settings_;
  const ApplyProposal apply_;
  // The last business date the daily check ran (or found done); used by the worker's one pass at
  // a time only.
  std::optional<core::Date> checked_on_;
};

}  // namespace xj::registry
