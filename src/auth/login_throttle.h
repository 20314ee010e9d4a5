// Failed-login throttling (issue 3), counted per user name and per client address in the
// login_failures table so that every server behind a load balancer sees the same counts.
//
// The first `free_failures - 1` failures cost nothing; failure number `free_failures` (5) and
// each one after it lock the subject for base_delay × 2^(n − free_failures), at most max_delay
// (60 s, 120 s, 240 s, … 1 h). While locked, login is refused without checking the password.
// A subject whose last failure is older than `forget_after` starts again from zero; a successful
// login clears the user's counter (not the address's, so that one good account does not hide a
// guessing run against others). Thread-safe as the Database is; on PostgreSQL two simultaneous
// failures of one subject may count once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/database.h"

namespace xj::auth {

struct ThrottlePolicy {
  std::int64_t free_failures = 5;
  std::int64_t base_delay_seconds = 60;
  std::int64_t max_delay_seconds = 3600;
  std::int64_t forget_after_seconds = 24 * 3600;
};

enum class SubjectKind { user, address };

std::string_view to_string(SubjectKind kind);

// Seconds until the subject may try again; 0 when it may now.
Result<std::int64_t> locked_for(store::Session& s, SubjectKind kind, std::string_view subject,
                                std::int64_t now);

// Counts one failure and locks the subject when the policy says so.
Status record_failure(store::Session& s, SubjectKind kind, std::string_view subject,
                      std::int64_t now, const ThrottlePolicy& policy);

// Forgets the subject's failures (after a successful login, or an administrator's unlock).
Status clear_failures(store::Session& s, SubjectKind kind, std::string_view subject);

// A subject with failures on record, for the administrators' view.
struct LockState {
  SubjectKind kind = SubjectKind::user;
  std::string subject;
  std::int64_t failures = 0;
  std::int64_t last_failure_at = 0;
  std::int64_t locked_until = 0;  // Unix seconds; in the past when no longer locked
};

// Every subject with failures, the most recent first.
Result<std::vector<LockState>> failure_states(store::Session& s);

}  // namespace xj::auth
