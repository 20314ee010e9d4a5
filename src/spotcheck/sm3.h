// SM3 (GB/T 32905) as the draw uses it (domain-rules.md §8): raw 32-byte digests for sort keys,
// the seed as 32 raw bytes parsed from its 64 lowercase hex characters, and hex text for the
// record. OpenSSL EVP underneath (the same SM3 as audit::sm3_hex), with one reusable context per
// thread so that hashing millions of short messages costs only the compression rounds.
//
//   XJ_TRY(Seed seed, parse_seed(text));              // validation_failed unless 64 lowercase hex
//   Digest key = sm3(seed_bytes(seed) + uscc);        // compare keys bytewise: operator<
//
// Thread-safe. Throws std::runtime_error only when OpenSSL lacks SM3 (a broken build).
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "core/result.h"

namespace xj::spotcheck {

using Digest = std::array<unsigned char, 32>;
using Seed = std::array<unsigned char, 32>;

// SM3 of the concatenation of the parts (no separator added).
Digest sm3(std::string_view a, std::string_view b = {}, std::string_view c = {},
           std::string_view d = {}, std::string_view e = {});

// 64 lowercase hex characters.
std::string to_hex(const Digest& digest);

// The seed of §8.1: exactly 64 lowercase hex characters → 32 bytes; validation_failed (detail
// `field`, code invalid_format) otherwise.
Result<Seed> parse_seed(std::string_view hex, std::string_view field = "seed");

// The seed's 32 raw bytes as a string_view (for hashing). The view refers to `seed`.
inline std::string_view seed_bytes(const Seed& seed) {
  return {reinterpret_cast<const char*>(seed.data()), seed.size()};
}

// True when `text` is 64 lowercase hex characters (a seed or a commitment).
bool is_lower_hex64(std::string_view text);

}  // namespace xj::spotcheck
