#include "audit/digest.h"

#include <openssl/evp.h>

#include <memory>
#include <stdexcept>

namespace xj::audit {
namespace {

std::string digest_hex(const EVP_MD* md, std::string_view bytes) {
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (md == nullptr || !ctx || EVP_DigestInit_ex(ctx.get(), md, nullptr) != 1 ||
      EVP_DigestUpdate(ctx.get(), bytes.data(), bytes.size()) != 1 ||
      EVP_DigestFinal_ex(ctx.get(), out, &size) != 1) {
    throw std::runtime_error("OpenSSL digest is unavailable");
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(size * 2);
  for (unsigned int i = 0; i < size; ++i) {
    hex.push_back(kHex[out[i] >> 4]);
    hex.push_back(kHex[out[i] & 0x0f]);
  }
  return hex;
}

}  // namespace

std::string sm3_hex(std::string_view bytes) { return digest_hex(EVP_sm3(), bytes); }

std::string sha256_hex(std::string_view bytes) { return digest_hex(EVP_sha256(), bytes); }

}  // namespace xj::audit
