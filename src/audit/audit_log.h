// The append-only, hash-chained audit log (审计日志), in the audit_log table
// (store/schema_security.h). There is deliberately no update or delete here, nor anywhere else in
// the application.
//
//   XJ_CHECK(db.write([&](store::Session& s) -> Status {
//     ...the change...
//     XJ_CHECK(audit::append(s, entry));   // same transaction: both or neither
//     return {};
//   }));
//
// append() serialises appenders so the chain stays linear: on SQLite the single writer does, on
// PostgreSQL a transaction-scoped advisory lock. Thread-safe as the Database is.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/entry.h"
#include "core/result.h"
#include "store/database.h"

namespace xj::audit {

// Appends `entry` (its seq, prev_hash and hash are assigned here) inside the caller's write
// transaction; returns the stored entry. Errors: internal.
Result<Entry> append(store::Session& s, Entry entry);

// append() in a write transaction of its own.
Result<Entry> append(store::Database& db, Entry entry);

// GET /api/v1/audit filters; every field optional. `target` matches target_uscc or target_id;
// `from`/`to` bound `at` (RFC 3339 UTC text, inclusive); `region_prefix` keeps entries whose
// actor region lies within it (a scoped reader's view).
struct Filter {
  std::optional<std::string> actor;
  std::optional<std::string> target;
  std::optional<std::string> action;
  std::optional<std::string> from;
  std::optional<std::string> to;
  std::optional<std::string> region_prefix;
};

struct EntryPage {
  std::vector<Entry> items;  // newest first
  std::int64_t total = 0;
};

Result<EntryPage> find(store::Session& s, const Filter& filter, std::int64_t offset,
                       std::int64_t limit);

// The outcome of walking the chain from the first entry.
struct Verification {
  std::int64_t checked = 0;               // entries that matched
  std::optional<std::int64_t> broken_at;  // seq of the first entry that does not match
  std::string reason;                     // why it does not match
};

// Recomputes every hash in seq order; stops at the first entry whose seq is not the next one,
// whose prev_hash is not the previous hash, or whose hash is not chain_hash(prev, entry).
Result<Verification> verify(store::Database& db);

}  // namespace xj::audit
