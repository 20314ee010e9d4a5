#include "auth/password.h"

#include <sodium.h>

namespace xj::auth {
namespace {

bool sodium_ready() {
  static const bool ready = sodium_init() >= 0;
  return ready;
}

}  // namespace

Result<std::string> hash_password(std::string_view password) {
  if (!sodium_ready()) return fail(ErrorCode::internal, "libsodium failed to initialise");
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return fail(ErrorCode::internal, "Argon2id hashing ran out of memory");
  }
  return std::string(out);
}

bool verify_password(std::string_view stored_hash, std::string_view password) {
  if (!sodium_ready()) return false;
  std::string hash(stored_hash);  // must be NUL-terminated
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

}  // namespace xj::auth
