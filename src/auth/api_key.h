// API keys for partner systems (合作系统): created from the command line (`xinjian apikey
// create`), shown once, stored as SHA-256 only, revocable; each has a role and a region and is
// used as `Authorization: Bearer xjk_…` like a session token (auth/session.h), without expiry.
//
// Roles that need more than a region (area_officer: an area; enterprise: a USCC) are refused.
// Thread-safe as the Database is.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/entry.h"
#include "auth/principal.h"
#include "core/result.h"
#include "store/database.h"

namespace xj::auth {

struct NewApiKey {
  std::string name;
  std::string role;
  std::optional<std::string> region;  // default "43"
};

struct ApiKey {
  std::int64_t id = 0;
  std::string name;
  Role role = Role::partner;
  std::string region;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> revoked_at;
};

struct IssuedApiKey {
  ApiKey key;
  std::string secret;  // shown once
};

// Validates (validation_failed with details) and stores a key; appends "apikey.create" to the
// audit log in the same transaction.
Result<IssuedApiKey> create_api_key(store::Database& db, const NewApiKey& request,
                                    std::int64_t now, const audit::Actor& by);

// Revokes a key; not_found for an unknown or already revoked id. Appends "apikey.revoke".
Status revoke_api_key(store::Database& db, std::int64_t id, std::int64_t now,
                      const audit::Actor& by);

// Every key, newest first.
Result<std::vector<ApiKey>> list_api_keys(store::Database& db);

// The principal of an unrevoked key with that SHA-256 hex, or nullopt.
Result<std::optional<Principal>> find_api_key(store::Database& db, const std::string& key_hash);

}  // namespace xj::auth
