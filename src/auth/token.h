// Bearer secrets: session tokens and API keys. 32 random bytes (libsodium randombytes_buf) as
// lowercase hex; API keys carry the prefix "xjk_" so that they are told apart (and recognised by
// secret scanners). Only SHA-256 (OpenSSL) of a secret is ever stored.
// Thread-safe. Throws std::runtime_error if libsodium cannot initialise (start-up failure).
#pragma once

#include <string>
#include <string_view>

namespace xj::auth {

inline constexpr std::string_view kApiKeyPrefix = "xjk_";

// 64 hex characters, or "xjk_" + 64 for an API key.
std::string new_session_token();
std::string new_api_key_secret();

// Lowercase hex SHA-256 of the secret: the only form in which it is stored.
std::string secret_hash(std::string_view secret);

bool is_api_key(std::string_view secret);

}  // namespace xj::auth
