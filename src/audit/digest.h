// Hash functions as lowercase hex (OpenSSL EVP): SM3 (GB/T 32905) for the audit chain and
// SHA-256 for stored token and API-key hashes.
// Thread-safe. Throw std::runtime_error only if OpenSSL lacks the algorithm (a broken build).
#pragma once

#include <string>
#include <string_view>

namespace xj::audit {

// 64 lowercase hex characters each.
std::string sm3_hex(std::string_view bytes);
std::string sha256_hex(std::string_view bytes);

}  // namespace xj::audit
