// The repair tables (store/schema_repair.cpp) and the facts eligibility reads from other
// capabilities' tables (penalties, licences, key-area entries, abnormal and dishonest entries).
// SQL only; no rules. Errors: internal from the store. Thread safety: as the Session passed in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "repair/eligibility.h"
#include "repair/model.h"
#include "store/database.h"

namespace xj::repair {

Result<std::int64_t> insert_repair(store::Session& session, const Repair& r);
Result<std::optional<Repair>> find_repair(store::Session& session, std::int64_t id);
// An application for this target still waiting for a decision.
Result<bool> has_open_repair(store::Session& session, std::string_view uscc, TargetType type,
                             std::string_view target_id);

struct RepairFilter {
  std::optional<std::string> uscc;
  std::string region_prefix;              // region_code LIKE prefix%
  std::optional<std::string> status;
  std::optional<std::string> overdue_on;  // open and due_on before this day
};
Result<std::int64_t> count_repairs(store::Session& session, const RepairFilter& f);
// Oldest due first (the review queue).
Result<std::vector<Repair>> list_repairs(store::Session& session, const RepairFilter& f,
                                         std::int64_t offset, std::int64_t limit);

// Moves an open application to `status`; false when it was no longer in `from`.
struct StatusChange {
  std::string from;
  std::string to;
  std::optional<std::string> first_approved_by;
  std::optional<std::string> decided_on;
  std::optional<std::string> decided_by;
  std::optional<std::string> decision_reason;
};
Result<bool> change_status(store::Session& session, std::int64_t id, const StatusChange& change);

// `content` is stored as given (file bytes base64-encoded by the caller).
Result<std::int64_t> insert_material(store::Session& session, const Material& m,
                                     const std::optional<std::string>& content);
Result<std::vector<Material>> materials_of(store::Session& session, std::int64_t repair_id);
// The stored content (base64) of a file material of `repair_id`.
Result<std::optional<std::string>> material_content(store::Session& session,
                                                    std::int64_t repair_id,
                                                    std::int64_t material_id);

Result<std::int64_t> insert_decision(store::Session& session, const Decision& d);
Result<std::vector<Decision>> decisions_of(store::Session& session, std::int64_t repair_id);

// §2: a granted repair ends the penalty's publicity on the decision day. False when the penalty
// of this USCC was not found or was already repaired.
Result<bool> mark_penalty_repaired(store::Session& session, std::string_view uscc,
                                   std::string_view decision_no, std::string_view on);

// Everything assess() needs about one enterprise.
Result<EnterpriseFacts> enterprise_facts(store::Session& session, std::string_view uscc);

}  // namespace xj::repair
