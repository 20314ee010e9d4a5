#include "auth/login_throttle.h"

#include <algorithm>

namespace xj::auth {

std::string_view to_string(SubjectKind kind) {
  return kind == SubjectKind::user ? "user" : "address";
}

Result<std::int64_t> locked_for(store::Session& s, SubjectKind kind, std::string_view subject,
                                std::int64_t now) {
  XJ_TRY(store::Rows rows,
         s.query("SELECT locked_until FROM login_failures WHERE subject_kind = ? AND subject = ?",
                 {std::string(to_string(kind)), std::string(subject)}));
  if (rows.empty()) return std::int64_t{0};
  return std::max<std::int64_t>(0, rows[0].integer(0) - now);
}

Status record_failure(store::Session& s, SubjectKind kind, std::string_view subject,
                      std::int64_t now, const ThrottlePolicy& policy) {
  XJ_TRY(store::Rows rows,
         s.query("SELECT failures, last_failure_at FROM login_failures "
                 "WHERE subject_kind = ? AND subject = ?",
                 {std::string(to_string(kind)), std::string(subject)}));
  std::int64_t failures = 1;
  if (!rows.empty() && now - rows[0].integer(1) <= policy.forget_after_seconds) {
    failures = rows[0].integer(0) + 1;
  }
  std::int64_t locked_until = 0;
  if (failures >= policy.free_failures) {
    // base × 2^(n − free), capped; the shift is bounded so it cannot overflow.
    const std::int64_t doublings = std::min<std::int64_t>(failures - policy.free_failures, 30);
    const std::int64_t delay =
        std::min(policy.max_delay_seconds, policy.base_delay_seconds << doublings);
    locked_until = now + delay;
  }
  XJ_CHECK(s.exec(
      "INSERT INTO login_failures (subject_kind, subject, failures, last_failure_at, locked_until) "
      "VALUES (?, ?, ?, ?, ?) ON CONFLICT (subject_kind, subject) DO UPDATE SET "
      "failures = excluded.failures, last_failure_at = excluded.last_failure_at, "
      "locked_until = excluded.locked_until",
      {std::string(to_string(kind)), std::string(subject), failures, now, locked_until}));
  return {};
}

Status clear_failures(store::Session& s, SubjectKind kind, std::string_view subject) {
  XJ_CHECK(s.exec("DELETE FROM login_failures WHERE subject_kind = ? AND subject = ?",
                  {std::string(to_string(kind)), std::string(subject)}));
  return {};
}

Result<std::vector<LockState>> failure_states(store::Session& s) {
  XJ_TRY(store::Rows rows,
         s.query("SELECT subject_kind, subject, failures, last_failure_at, locked_until "
                 "FROM login_failures ORDER BY last_failure_at DESC, subject"));
  std::vector<LockState> out;
  for (const auto& r : rows.rows) {
    out.push_back({r.text(0) == "user" ? SubjectKind::user : SubjectKind::address, r.text(1),
                   r.integer(2), r.integer(3), r.integer(4)});
  }
  return out;
}

}  // namespace xj::auth
