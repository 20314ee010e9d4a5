// List entries as stored (经营异常名录 §4.1, 严重违法失信名单 §4.2), their state on a day, and
// the reads other code shares (routes, constraints, the public record, proposals).
//
//   XJ_TRY(auto entries, sanctions::abnormal_entries_of(session, uscc));
//   bool shown = sanctions::is_active(entries[0], today);
//
// State (store/schema_sanctions.cpp):
//   abnormal active on d  ⇔ listed_on ≤ d and (removed_on empty or removed_on > d);
//   dishonest in force on d ⇔ status active and listed_on ≤ d < expires_on and
//                             (removed_on empty or removed_on > d).
// Errors: internal from the store. Pure functions are thread-safe; reads: as the Session.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/database.h"

namespace xj::sanctions {

struct AbnormalEntry {
  std::int64_t id = 0;
  std::string uscc;
  std::string ground;  // annual_report | instant_info | false_info | unreachable
  std::string listed_on;
  std::optional<std::string> decision_no;
  std::optional<std::string> authority;
  std::string region_code;  // the enterprise's division
  std::optional<std::string> proposed_from;  // inspection_no
  std::optional<std::string> removed_on;
  std::optional<std::string> removal_reason;
  std::optional<std::string> removal_note;
  std::string created_by;
};

struct DishonestEntry {
  std::int64_t id = 0;
  std::string uscc;
  std::string basis_type;  // penalty | abnormal_list
  std::string basis_id;    // decision number | abnormal entry id
  std::optional<std::string> grounds;
  std::optional<std::string> decision_no;
  std::optional<std::string> authority;
  std::string listed_on;
  std::string expires_on;  // first day no longer in force
  std::optional<std::string> notice_served_on;
  bool hearing_requested = false;
  std::optional<std::string> hearing_held_on;
  std::string status;       // pending_approval | active | rejected | removed
  std::string region_code;  // the proposer's region prefix
  std::string proposed_by;
  std::optional<std::string> approved_by;
  std::optional<std::string> approved_on;
  std::optional<std::string> removed_on;
  std::optional<std::string> removal_reason;
  std::optional<std::string> removal_note;
};

inline constexpr std::string_view kAbnormalGrounds[] = {"annual_report", "instant_info",
                                                        "false_info", "unreachable"};

// §4.2: expires_on = listed_on + 3 years (core::add_years: a 29 February listing expires on
// 28 February three years later).
core::Date dishonest_expires_on(core::Date listed_on);

bool is_active(const AbnormalEntry& e, core::Date d);
bool in_force(const DishonestEntry& e, core::Date d);
// The state shown internally on d: abnormal active | removed | (not yet listed: pending);
// dishonest pending_approval | active | expired | removed | rejected.
std::string state_on(const AbnormalEntry& e, core::Date d);
std::string state_on(const DishonestEntry& e, core::Date d);

// The columns read by the mappers below, in their order (for callers that join or filter).
extern const char* const kAbnormalColumns;
extern const char* const kDishonestColumns;
AbnormalEntry abnormal_from_row(const store::Row& row);
DishonestEntry dishonest_from_row(const store::Row& row);

Result<std::optional<AbnormalEntry>> find_abnormal(store::Session& s, std::int64_t id);
Result<std::optional<DishonestEntry>> find_dishonest(store::Session& s, std::int64_t id);

// Every entry of one enterprise, oldest first (history included).
Result<std::vector<AbnormalEntry>> abnormal_entries_of(store::Session& s, std::string_view uscc);
Result<std::vector<DishonestEntry>> dishonest_entries_of(store::Session& s, std::string_view uscc);

}  // namespace xj::sanctions
