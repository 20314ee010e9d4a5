// The security tables (issue 3): sessions, API keys, login-failure counters and the audit log.
// One migration, listed by store/schema.cpp as version 3.
//
// Times that code compares (expiry, lockouts) are BIGINT Unix seconds from an injected clock, so
// tests never sleep; the audit log's `at` is RFC 3339 UTC text because it is part of the hashed
// bytes (audit/entry.h). Tokens and keys are stored only as SHA-256 hex.
#pragma once

#include "store/migrations.h"

namespace xj::store {

// The migration that creates the tables above; its version is 3.
const Migration& security_migration();

}  // namespace xj::store
