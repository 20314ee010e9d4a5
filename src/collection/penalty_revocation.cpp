#include "collection/penalty_revocation.h"

#include "core/text.h"
#include "store/outbox.h"

namespace xj::collection {

Result<std::optional<std::string>> penalty_uscc(store::Session& session,
                                                const std::string& decision_no) {
  XJ_TRY(auto rows,
         session.query("SELECT uscc FROM penalties WHERE decision_no = ?", {decision_no}));
  if (rows.empty()) return std::optional<std::string>{};
  return std::optional<std::string>{rows[0].text(0)};
}

Result<RevokedPenalty> revoke_penalty(store::Session& session, const PenaltyRevocation& r,
                                      core::Date today) {
  XJ_TRY(core::Date revoked_on, core::parse_date(r.revoked_on, "revoked_on"));
  if (r.reason.empty()) return invalid("reason", "missing_field", "reason 必填 (required)");
  XJ_TRY(auto rows, session.query("SELECT uscc, decided_on, revoked_on FROM penalties "
                                  "WHERE decision_no = ?",
                                  {r.decision_no}));
  if (rows.empty()) {
    return fail(ErrorCode::not_found, "未找到该处罚决定 (no penalty with this decision number)");
  }
  if (rows[0].opt_text(2)) {
    return fail(ErrorCode::conflict, "该处罚决定已于 " + rows[0].text(2) +
                                         " 撤销 (already revoked on that day)");
  }
  XJ_TRY(core::Date decided_on, core::parse_date(rows[0].text(1), "decided_on"));
  if (revoked_on < decided_on || today < revoked_on) {
    return invalid("revoked_on", "invalid_date",
                   "撤销日期须在处罚决定日期与今天之间 (revoked_on must lie between the decision "
                   "date and today)");
  }
  RevokedPenalty out{rows[0].text(0), r.decision_no, revoked_on.to_string()};
  XJ_CHECK(session.exec("UPDATE penalties SET revoked_on = ? WHERE decision_no = ?",
                        {out.revoked_on, out.decision_no}));
  XJ_CHECK(session.exec("INSERT INTO penalty_revocations (decision_no, uscc, revoked_on, "
                        "revocation_no, reason, source) VALUES (?, ?, ?, ?, ?, ?)",
                        {out.decision_no, out.uscc, out.revoked_on, store::null_or(r.revocation_no),
                         r.reason, r.source}));
  const std::string payload = "{\"kind\":\"penalty\",\"key\":" + core::json_string(out.decision_no) +
                              ",\"revoked_on\":" + core::json_string(out.revoked_on) +
                              ",\"source\":" + core::json_string(r.source) + "}";
  XJ_CHECK(store::append_outbox(session, "penalty.revoked", out.uscc, payload));
  return out;
}

}  // namespace xj::collection
