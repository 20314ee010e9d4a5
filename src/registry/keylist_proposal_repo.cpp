#include "registry/keylist_proposal_repo.h"

namespace xj::registry {
namespace {

constexpr std::string_view kLicences = R"sql(
SELECT licence_no, uscc, name, licence_type, scope, valid_until, status
FROM licences WHERE uscc = ? ORDER BY id
)sql";

constexpr std::string_view kColumns =
    "p.id, p.kind, p.area, p.subcategory, p.uscc, p.name, p.licence_no, p.entry_id, p.reason, "
    "p.licence_status, p.proposed_on, p.status, p.decided_on, p.decided_by, p.decision_reason";

constexpr std::string_view kInsert = R"sql(
INSERT INTO keylist_proposals (kind, area, subcategory, uscc, name, licence_no, entry_id, reason,
                               licence_status, proposed_on, status)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id
)sql";

constexpr std::string_view kUpdate = R"sql(
UPDATE keylist_proposals SET status = ?, decided_on = ?, decided_by = ?, decision_reason = ?,
                             entry_id = ?
WHERE id = ?
)sql";

// §1.1: the enterprise's region_code, else positions 3–8 of the USCC.
constexpr std::string_view kRegion =
    "COALESCE((SELECT e.region_code FROM enterprises e WHERE e.uscc = p.uscc), "
    "SUBSTR(p.uscc, 3, 6))";

// 'YYYY-MM-DD' text compares as the date; valid_until is the last day in force.
constexpr std::string_view kDue = R"sql(
SELECT k.uscc FROM keylist_entries k
JOIN licences l ON l.uscc = k.uscc AND l.licence_no = k.licence_no
WHERE k.removed_on IS NULL AND (l.status <> '有效' OR l.valid_until < ?)
UNION
SELECT uscc FROM keylist_proposals WHERE status = 'pending'
ORDER BY 1
)sql";

Proposal proposal_of_row(const store::Row& r) {
  Proposal p;
  p.id = r.integer(0);
  p.kind = proposal_kind(r.text(1)).value_or(ProposalKind::add);
  p.area = r.text(2);
  p.subcategory = r.opt_text(3);
  p.uscc = r.text(4);
  p.name = r.text(5);
  p.licence_no = r.text(6);
  p.entry_id = r.opt_integer(7);
  p.reason = r.text(8);
  p.licence_status = r.text(9);
  p.proposed_on = r.text(10);
  p.status = r.text(11);
  p.decided_on = r.opt_text(12);
  p.decided_by = r.opt_text(13);
  p.decision_reason = r.opt_text(14);
  return p;
}

Result<std::vector<Proposal>> select_proposals(store::Session& session, const std::string& sql,
                                               const store::Params& params) {
  std::vector<Proposal> out;
  XJ_CHECK(session.each(sql, params, [&](const store::Row& r) {
    out.push_back(proposal_of_row(r));
    return true;
  }));
  return out;
}

std::string where_clause(const ProposalFilter& f, store::Params& params) {
  std::string sql = " FROM keylist_proposals p WHERE 1 = 1";
  if (f.area) {
    sql += " AND p.area = ?";
    params.emplace_back(*f.area);
  }
  if (f.status) {
    sql += " AND p.status = ?";
    params.emplace_back(*f.status);
  }
  if (f.region_prefix) {
    sql += " AND " + std::string(kRegion) + " LIKE ?";
    params.emplace_back(*f.region_prefix + "%");
  }
  return sql;
}

}  // namespace

Result<std::vector<LicenceFact>> licence_facts_of(store::Session& session, std::string_view uscc) {
  std::vector<LicenceFact> out;
  XJ_CHECK(session.each(kLicences, {std::string(uscc)}, [&](const store::Row& r) {
    out.push_back(
        {r.text(0), r.text(1), r.text(2), r.text(3), r.opt_text(4), r.text(5), r.text(6)});
    return true;
  }));
  return out;
}

Result<std::vector<Proposal>> proposals_of(store::Session& session, std::string_view uscc) {
  return select_proposals(session,
                          "SELECT " + std::string(kColumns) +
                              " FROM keylist_proposals p WHERE p.uscc = ? "
                              "ORDER BY p.id",
                          {std::string(uscc)});
}

Result<std::optional<Proposal>> find_proposal(store::Session& session, std::int64_t id) {
  XJ_TRY(auto found, select_proposals(session,
                                      "SELECT " + std::string(kColumns) +
                                          " FROM keylist_proposals p "
                                          "WHERE p.id = ?",
                                      {id}));
  if (found.empty()) return std::optional<Proposal>();
  return std::optional<Proposal>(std::move(found[0]));
}

Result<std::int64_t> insert_proposal(store::Session& session, const Proposal& p) {
  XJ_TRY(auto rows, session.query(kInsert, {std::string(to_string(p.kind)), p.area,
                                            store::null_or(p.subcategory), p.uscc, p.name,
                                            p.licence_no, store::null_or(p.entry_id), p.reason,
                                            p.licence_status, p.proposed_on, p.status}));
  if (rows.empty()) return fail(ErrorCode::internal, "proposal insert returned no id");
  return rows[0].integer(0);
}

Status update_proposal(store::Session& session, const Proposal& p) {
  XJ_CHECK(
      session.exec(kUpdate, {p.status, store::null_or(p.decided_on), store::null_or(p.decided_by),
                             store::null_or(p.decision_reason), store::null_or(p.entry_id), p.id}));
  return {};
}

Result<std::int64_t> count_proposals(store::Session& session, const ProposalFilter& filter) {
  store::Params params;
  XJ_TRY(auto rows, session.query("SELECT COUNT(*)" + where_clause(filter, params), params));
  return rows[0].integer(0);
}

Result<std::vector<Proposal>> list_proposals(store::Session& session, const ProposalFilter& filter,
                                             std::int64_t offset, std::int64_t limit) {
  store::Params params;
  std::string sql = "SELECT " + std::string(kColumns) + where_clause(filter, params) +
                    " ORDER BY p.id DESC LIMIT ? OFFSET ?";
  params.emplace_back(limit);
  params.emplace_back(offset);
  return select_proposals(session, sql, params);
}

Result<std::vector<std::string>> usccs_due_for_check(store::Session& session, core::Date today) {
  std::vector<std::string> out;
  XJ_CHECK(session.each(kDue, {today.to_string()}, [&](const store::Row& r) {
    out.push_back(r.text(0));
    return true;
  }));
  return out;
}

Result<bool> expiry_checked(store::Session& session, core::Date today) {
  XJ_TRY(auto rows, session.query("SELECT 1 FROM keylist_expiry_checks WHERE checked_on = ?",
                                  {today.to_string()}));
  return !rows.empty();
}

Status record_expiry_check(store::Session& session, core::Date today, std::int64_t proposed) {
  XJ_CHECK(
      session.exec("INSERT INTO keylist_expiry_checks (checked_on, proposed) VALUES (?, ?) "
                   "ON CONFLICT (checked_on) DO NOTHING",
                   {today.to_string(), proposed}));
  return {};
}

}  // namespace xj::registry
