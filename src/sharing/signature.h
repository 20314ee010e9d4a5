// Signing pushed events (api.md "Events pushed to subscribers"): the header
//   X-Xinjian-Signature: sha256=<hex HMAC-SHA256(secret, body)>
// and the generation of subscription secrets. OpenSSL underneath.
//
//   request.headers.emplace_back(kSignatureHeader, signature(secret, body));
//
// Thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace xj::sharing {

inline constexpr std::string_view kSignatureHeader = "X-Xinjian-Signature";

// Lower-case hex of HMAC-SHA256(key, message).
std::string hmac_sha256_hex(std::string_view key, std::string_view message);

// "sha256=" + hmac_sha256_hex(secret, body).
std::string signature(std::string_view secret, std::string_view body);

// A new secret: 32 bytes from the system's CSPRNG as 64 hex characters; internal when the
// generator fails.
Result<std::string> random_secret();

}  // namespace xj::sharing
