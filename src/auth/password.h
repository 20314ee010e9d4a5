// Password hashing with Argon2id (libsodium crypto_pwhash_str, interactive limits by default).
//
// The stored string is libsodium's self-describing "$argon2id$v=19$m=…" form, so the limits can
// be raised later without invalidating existing hashes (needs_rehash tells when).
// Thread-safe. Fails only when libsodium cannot initialise or allocate (ErrorCode::internal).
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace xj::auth {

Result<std::string> hash_password(std::string_view password);

// True when password matches the stored hash; false for a mismatch or a malformed hash.
bool verify_password(std::string_view stored_hash, std::string_view password);

}  // namespace xj::auth
