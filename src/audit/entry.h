// One audit-log entry (审计日志) and the bytes its chain hash covers.
//
// Entries are chained: hash_n = SM3(prev_hash ‖ canonical_bytes(entry_n)), where prev_hash is the
// previous entry's hash as 64 lowercase hex characters (kGenesisHash for the first entry) and
// canonical_bytes writes every field but the two hashes as netstrings ("<length>:<bytes>,") in
// a fixed order, so no two different entries have the same bytes. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace xj::audit {

// The hash before the first entry.
inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// Who did it: a user (its username), an API key (its name), or the command line ("cli").
struct Actor {
  std::string name;
  std::string kind;  // user | api_key | cli
  std::string role;
  std::string region;
};

// The actor of command-line operations (user add, apikey create, …).
inline Actor cli_actor() { return {"cli", "cli", "", ""}; }

struct Entry {
  std::int64_t seq = 0;     // 1, 2, 3, ... assigned by append()
  std::string at;           // RFC 3339 UTC, "2026-03-05T08:30:00Z"
  Actor actor;
  std::string action;       // "auth.login", "keylist.add", "enterprise.read_internal", ...
  std::string target_uscc;  // "" when the action has no enterprise
  std::string target_id;    // a record id, a username, ...; "" when none
  std::string request_id;   // the HTTP request id; "" from the command line
  std::string digest;       // change_digest(before, after); "" when nothing changed
  std::string prev_hash;    // filled by append()
  std::string hash;         // filled by append()
};

// SM3 over the before and after states (each e.g. canonical JSON; "" for none).
std::string change_digest(std::string_view before, std::string_view after);

// The bytes the hash covers: seq, at, actor fields, action, targets, request id, digest.
std::string canonical_bytes(const Entry& entry);

// SM3(prev_hash ‖ canonical_bytes(entry)) as lowercase hex.
std::string chain_hash(std::string_view prev_hash, const Entry& entry);

// RFC 3339 UTC text of a Unix time in seconds: "2026-03-05T08:30:00Z".
std::string format_utc(std::int64_t unix_seconds);

}  // namespace xj::audit
