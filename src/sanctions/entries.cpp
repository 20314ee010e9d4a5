#include "sanctions/entries.h"

namespace xj::sanctions {
namespace {

// Dates are stored as 'YYYY-MM-DD', so text order is date order.
bool before_or_on(const std::string& a, const std::string& b) { return a <= b; }

bool removed_by(const std::optional<std::string>& removed_on, const std::string& day) {
  return removed_on && before_or_on(*removed_on, day);
}

}  // namespace

core::Date dishonest_expires_on(core::Date listed_on) { return core::add_years(listed_on, 3); }

bool is_active(const AbnormalEntry& e, core::Date d) {
  const std::string day = d.to_string();
  return before_or_on(e.listed_on, day) && !removed_by(e.removed_on, day);
}

bool in_force(const DishonestEntry& e, core::Date d) {
  const std::string day = d.to_string();
  return e.status == "active" && before_or_on(e.listed_on, day) && day < e.expires_on &&
         !removed_by(e.removed_on, day);
}

std::string state_on(const AbnormalEntry& e, core::Date d) {
  return removed_by(e.removed_on, d.to_string()) ? "removed" : "active";
}

std::string state_on(const DishonestEntry& e, core::Date d) {
  const std::string day = d.to_string();
  if (e.status != "active") return e.status;
  if (removed_by(e.removed_on, day)) return "removed";
  return day < e.expires_on ? "active" : "expired";
}

const char* const kAbnormalColumns =
    "a.id, a.uscc, a.ground, a.listed_on, a.decision_no, a.authority, a.region_code, "
    "a.proposed_from, a.removed_on, a.removal_reason, a.removal_note, a.created_by";

const char* const kDishonestColumns =
    "d.id, d.uscc, d.basis_type, d.basis_id, d.grounds, d.decision_no, d.authority, d.listed_on, "
    "d.expires_on, d.notice_served_on, d.hearing_requested, d.hearing_held_on, d.status, "
    "d.region_code, d.proposed_by, d.approved_by, d.approved_on, d.removed_on, d.removal_reason, "
    "d.removal_note";

AbnormalEntry abnormal_from_row(const store::Row& r) {
  AbnormalEntry e;
  e.id = r.integer(0);
  e.uscc = r.text(1);
  e.ground = r.text(2);
  e.listed_on = r.text(3);
  e.decision_no = r.opt_text(4);
  e.authority = r.opt_text(5);
  e.region_code = r.text(6);
  e.proposed_from = r.opt_text(7);
  e.removed_on = r.opt_text(8);
  e.removal_reason = r.opt_text(9);
  e.removal_note = r.opt_text(10);
  e.created_by = r.text(11);
  return e;
}

DishonestEntry dishonest_from_row(const store::Row& r) {
  DishonestEntry e;
  e.id = r.integer(0);
  e.uscc = r.text(1);
  e.basis_type = r.text(2);
  e.basis_id = r.text(3);
  e.grounds = r.opt_text(4);
  e.decision_no = r.opt_text(5);
  e.authority = r.opt_text(6);
  e.listed_on = r.text(7);
  e.expires_on = r.text(8);
  e.notice_served_on = r.opt_text(9);
  e.hearing_requested = r.integer(10) != 0;
  e.hearing_held_on = r.opt_text(11);
  e.status = r.text(12);
  e.region_code = r.text(13);
  e.proposed_by = r.text(14);
  e.approved_by = r.opt_text(15);
  e.approved_on = r.opt_text(16);
  e.removed_on = r.opt_text(17);
  e.removal_reason = r.opt_text(18);
  e.removal_note = r.opt_text(19);
  return e;
}

namespace {

template <typename Entry, typename Map>
Result<std::vector<Entry>> select_entries(store::Session& s, const std::string& sql,
                                          const store::Params& params, Map map) {
  XJ_TRY(auto rows, s.query(sql, params));
  std::vector<Entry> out;
  out.reserve(rows.size());
  for (const auto& row : rows.rows) out.push_back(map(row));
  return out;
}

}  // namespace

Result<std::optional<AbnormalEntry>> find_abnormal(store::Session& s, std::int64_t id) {
  XJ_TRY(auto found, select_entries<AbnormalEntry>(
                         s, std::string("SELECT ") + kAbnormalColumns +
                                " FROM abnormal_entries a WHERE a.id = ?",
                         {store::Value{id}}, abnormal_from_row));
  if (found.empty()) return std::optional<AbnormalEntry>{};
  return std::optional<AbnormalEntry>{std::move(found.front())};
}

Result<std::optional<DishonestEntry>> find_dishonest(store::Session& s, std::int64_t id) {
  XJ_TRY(auto found, select_entries<DishonestEntry>(
                         s, std::string("SELECT ") + kDishonestColumns +
                                " FROM dishonest_entries d WHERE d.id = ?",
                         {store::Value{id}}, dishonest_from_row));
  if (found.empty()) return std::optional<DishonestEntry>{};
  return std::optional<DishonestEntry>{std::move(found.front())};
}

Result<std::vector<AbnormalEntry>> abnormal_entries_of(store::Session& s, std::string_view uscc) {
  return select_entries<AbnormalEntry>(
      s, std::string("SELECT ") + kAbnormalColumns +
             " FROM abnormal_entries a WHERE a.uscc = ? ORDER BY a.listed_on, a.id",
      {store::Value{std::string(uscc)}}, abnormal_from_row);
}

Result<std::vector<DishonestEntry>> dishonest_entries_of(store::Session& s, std::string_view uscc) {
  return select_entries<DishonestEntry>(
      s, std::string("SELECT ") + kDishonestColumns +
             " FROM dishonest_entries d WHERE d.uscc = ? ORDER BY d.listed_on, d.id",
      {store::Value{std::string(uscc)}}, dishonest_from_row);
}

}  // namespace xj::sanctions
