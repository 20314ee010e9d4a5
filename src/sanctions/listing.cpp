#include "sanctions/listing.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "store/outbox.h"

namespace xj::sanctions {
namespace {

store::Value opt(const std::optional<std::string>& v) { return store::null_or(v); }

Status dishonest_added(store::Session& s, const DishonestEntry& e) {
  const auto payload = nlohmann::json{{"id", e.id},
                                      {"uscc", e.uscc},
                                      {"listed_on", e.listed_on},
                                      {"expires_on", e.expires_on}};
  return store::append_outbox(s, "dishonest_list.added", e.uscc, payload.dump());
}

Result<std::int64_t> inserted_id(const store::Rows& rows) {
  if (rows.empty()) return fail(ErrorCode::internal, "INSERT … RETURNING id gave no row");
  return rows[0].integer(0);
}

}  // namespace

Result<AbnormalEntry> add_abnormal_entry(store::Session& s, const NewAbnormalEntry& e) {
  // §4.1 grounds.
  if (std::find(std::begin(kAbnormalGrounds), std::end(kAbnormalGrounds), e.ground) ==
      std::end(kAbnormalGrounds)) {
    return invalid("ground", "invalid_enum",
                   "列入事由应为 annual_report、instant_info、false_info 或 unreachable (invalid ground)");
  }
  if (e.proposed_from) {
    XJ_TRY(auto used, s.query("SELECT id FROM abnormal_entries WHERE proposed_from = ?",
                              {store::Value{*e.proposed_from}}));
    if (!used.empty()) {
      return fail(ErrorCode::conflict, "该检查结果已据以列入经营异常名录 (this inspection already led to an entry)");
    }
  }
  XJ_TRY(auto rows,
         s.query("INSERT INTO abnormal_entries (uscc, ground, listed_on, decision_no, authority, "
                 "region_code, proposed_from, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                 {store::Value{e.uscc}, store::Value{e.ground}, store::Value{e.listed_on.to_string()},
                  opt(e.decision_no), opt(e.authority), store::Value{e.region_code},
                  opt(e.proposed_from), store::Value{e.created_by}}));
  XJ_TRY(std::int64_t id, inserted_id(rows));
  const auto payload = nlohmann::json{
      {"id", id}, {"uscc", e.uscc}, {"ground", e.ground}, {"listed_on", e.listed_on.to_string()}};
  XJ_CHECK(store::append_outbox(s, "abnormal_list.added", e.uscc, payload.dump()));
  XJ_TRY(auto stored, find_abnormal(s, id));
  return *stored;
}

bool needs_approval(std::string_view proposer_region) { return proposer_region.size() >= 4; }

Result<DishonestEntry> propose_dishonest_entry(store::Session& s, const DishonestProposal& p) {
  XJ_TRY(BasisFacts facts, load_basis_facts(s, p));
  auto failures = basis_failures(p, facts);
  if (!failures.empty()) {
    return fail(ErrorCode::not_eligible, "不符合列入严重违法失信名单的条件 (not eligible for the list)",
                std::move(failures));
  }
  const bool pending = needs_approval(p.proposer_region);
  XJ_TRY(auto rows,
         s.query("INSERT INTO dishonest_entries (uscc, basis_type, basis_id, grounds, decision_no, "
                 "authority, listed_on, expires_on, notice_served_on, hearing_requested, "
                 "hearing_held_on, status, region_code, proposed_by) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                 {store::Value{p.uscc}, store::Value{p.basis_type}, store::Value{p.basis_id},
                  opt(p.grounds), opt(p.decision_no), opt(p.authority),
                  store::Value{p.listed_on.to_string()},
                  store::Value{dishonest_expires_on(p.listed_on).to_string()},  // §4.2
                  opt(p.notice_served_on), store::Value{std::int64_t{p.hearing_requested ? 1 : 0}},
                  opt(p.hearing_held_on),
                  store::Value{std::string(pending ? "pending_approval" : "active")},
                  store::Value{p.proposer_region}, store::Value{p.proposed_by}}));
  XJ_TRY(std::int64_t id, inserted_id(rows));
  XJ_TRY(auto stored, find_dishonest(s, id));
  if (!pending) XJ_CHECK(dishonest_added(s, *stored));
  return *stored;
}

Result<DishonestEntry> approve_dishonest_entry(store::Session& s, std::int64_t id,
                                               core::Date approved_on, const std::string& approver) {
  XJ_TRY(auto found, find_dishonest(s, id));
  if (!found) return fail(ErrorCode::not_found, "严重违法失信名单记录不存在 (no such dishonest list entry)");
  if (found->status != "pending_approval") {
    return fail(ErrorCode::conflict, "该记录不在待批准状态 (entry is not pending approval)");
  }
  if (approved_on.to_string() >= found->expires_on) {
    return fail(ErrorCode::conflict, "列入期限已届满，不能批准 (the listing term is already over)");
  }
  if (approved_on.to_string() < found->listed_on) {
    return invalid("approved_on", "invalid_date", "批准日期早于列入日期 (approved_on before listed_on)");
  }
  // The basis again, without counting the entry itself as an existing listing.
  DishonestProposal p{found->uscc,        found->basis_type, found->basis_id, found->grounds,
                      found->decision_no, found->authority,  {},              found->notice_served_on,
                      found->hearing_requested, found->hearing_held_on, found->region_code,
                      found->proposed_by};
  XJ_TRY(p.listed_on, core::parse_date(found->listed_on, "listed_on"));
  XJ_TRY(BasisFacts facts, load_basis_facts(s, p));
  XJ_TRY(auto others, dishonest_entries_of(s, p.uscc));
  facts.already_listed = std::any_of(others.begin(), others.end(), [&](const DishonestEntry& e) {
    return e.id != id && in_force(e, approved_on);
  });
  auto failures = basis_failures(p, facts);
  if (!failures.empty()) {
    return fail(ErrorCode::not_eligible, "不符合列入严重违法失信名单的条件 (not eligible for the list)",
                std::move(failures));
  }
  XJ_CHECK(s.exec("UPDATE dishonest_entries SET status = 'active', approved_by = ?, approved_on = ? "
                  "WHERE id = ?",
                  {store::Value{approver}, store::Value{approved_on.to_string()}, store::Value{id}}));
  XJ_TRY(auto stored, find_dishonest(s, id));
  XJ_CHECK(dishonest_added(s, *stored));
  return *stored;
}

}  // namespace xj::sanctions
