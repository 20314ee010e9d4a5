// EnterpriseFacts: what the risk models read about one enterprise on one business day, reduced
// from its records (domain-rules.md §7 definitions applied here, once, for every model):
//   penalties    — §3/§7 "penalty": a published penalty (disclosure::is_published_penalty) not
//                  repaired and not revoked on or before today;
//   inspections  — problem inspection / failed sampling flags (§7 preamble);
//   abnormal, dishonest — entries active / in force today (schema_sanctions.cpp definitions);
//   false_commitments — inconsistent findings (verified_on) not repaired on or before today.
//
//   EnterpriseFacts f = base_facts(enterprise);
//   if (auto p = penalty_fact(penalty, today)) f.penalties.push_back(*p);
//
// Pure functions over plain structs; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "collection/model.h"
#include "core/date.h"

namespace xj::risk {

struct PenaltyFact {
  std::string decided_on;
  std::int64_t fine_fen = 0;
  bool heavier = false;          // 较重行政处罚 (§3)
  bool revokes_licence = false;  // types include 吊销许可证件
};

struct InspectionFact {
  std::string checked_on;
  bool sampling = false;         // 监督抽检
  bool problem = false;          // §7 problem inspection (never a sampling)
  bool failed_sampling = false;  // 监督抽检 不合格
};

struct EventFact {
  std::string event_type;
  std::string occurred_on;
  std::int64_t count = 1;
};

// An active key-list entry.
struct KeylistFact {
  std::string area;
  std::string subcategory;
  std::string licence_no;
};

struct LicenceFact {
  std::string licence_no;
  std::string status;       // 有效 注销 撤销 吊销
  std::string valid_until;  // last day in force
};

struct EnterpriseFacts {
  std::string uscc;
  bool registered = false;  // has a row in enterprises
  std::string region_code;
  std::string status;  // 登记状态
  std::optional<std::string> established_on;
  std::vector<KeylistFact> keylist;
  std::vector<LicenceFact> licences;
  std::vector<PenaltyFact> penalties;
  std::vector<InspectionFact> inspections;
  std::vector<EventFact> events;
  std::int64_t abnormal_active = 0;
  std::int64_t dishonest_active = 0;
  std::vector<std::string> false_commitments;  // verified_on of each
};

// §7: "Deregistered enterprises are not classified" — status 注销 or 迁出.
bool is_deregistered(const EnterpriseFacts& facts);

// The §7 penalty fact of `penalty` on `today`, or nullopt when it does not count (not published,
// repaired or revoked on or before today).
std::optional<PenaltyFact> penalty_fact(const collection::Penalty& penalty, core::Date today);

// The flags of an inspection (§7 preamble); `kind` 监督抽检 is sampling.
InspectionFact inspection_fact(std::string checked_on, std::string_view kind,
                               const std::vector<std::string>& results);

// schema_sanctions.cpp: abnormal entry active on d ⇔ listed_on ≤ d and (no removal or
// removed_on > d).
bool abnormal_active_on(std::string_view listed_on, const std::optional<std::string>& removed_on,
                        core::Date d);

// Dishonest entry in force on d ⇔ status active, listed_on ≤ d < expires_on and (no removal or
// removed_on > d).
bool dishonest_in_force_on(std::string_view status, std::string_view listed_on,
                           std::string_view expires_on,
                           const std::optional<std::string>& removed_on, core::Date d);

// A false commitment (inconsistent finding) counts unless repaired on or before d.
bool false_commitment_counts(std::string_view verification_result,
                             const std::optional<std::string>& verified_on,
                             const std::optional<std::string>& repaired_on, core::Date d);

// Splits a stored list field (items joined with '；', collection/record_repo.h).
std::vector<std::string> split_stored_list(std::string_view text);

}  // namespace xj::risk
