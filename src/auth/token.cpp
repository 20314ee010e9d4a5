#include "auth/token.h"

#include <sodium.h>

#include <array>
#include <stdexcept>

#include "audit/digest.h"

namespace xj::auth {
namespace {

std::string random_hex() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium failed to initialise");
  std::array<unsigned char, 32> bytes;
  randombytes_buf(bytes.data(), bytes.size());
  std::array<char, 32 * 2 + 1> hex;
  sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
  return std::string(hex.data(), 32 * 2);
}

}  // namespace

std::string new_session_token() { return random_hex(); }

std::string new_api_key_secret() { return std::string(kApiKeyPrefix) + random_hex(); }

std::string secret_hash(std::string_view secret) { return audit::sha256_hex(secret); }

bool is_api_key(std::string_view secret) { return secret.starts_with(kApiKeyPrefix); }

}  // namespace xj::auth
