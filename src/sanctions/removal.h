// Removing list entries (sanctions/, domain-rules.md §4), used by the list routes and by credit
// repair's approval effects (repair/, §5), inside the caller's transaction:
//
//   XJ_CHECK(sanctions::remove_abnormal_entry(session, {id, uscc, on, "repair", note, actor}));
//
// Each fills removed_on, removal_reason, removal_note and writes the outbox event
// `abnormal_list.removed` / `dishonest_list.removed` (payload: {"id","uscc","removed_on",
// "reason"}). Errors: not_found (no such entry for this USCC), conflict (already removed, or a
// dishonest entry not in force), internal from the store.
#pragma once

#include <cstdint>
#include <string>

#include "core/date.h"
#include "core/result.h"
#include "store/database.h"

namespace xj::sanctions {

struct Removal {
  std::int64_t id = 0;
  std::string uscc;
  core::Date on;
  std::string reason;  // abnormal: cured | revoked_decision | repair; dishonest: revoked_decision | other | repair
  std::string note;
  std::string actor;   // username or API key name
};

Status remove_abnormal_entry(store::Session& session, const Removal& removal);
Status remove_dishonest_entry(store::Session& session, const Removal& removal);

}  // namespace xj::sanctions
