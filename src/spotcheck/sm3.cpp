#include "spotcheck/sm3.h"

#include <openssl/evp.h>

#include <memory>
#include <stdexcept>

namespace xj::spotcheck {
namespace {

const EVP_MD* sm3_md() {
  // Fetched once: an implicit fetch per call would dominate the cost of a short message.
  static EVP_MD* md = EVP_MD_fetch(nullptr, "SM3", nullptr);
  if (md == nullptr) throw std::runtime_error("OpenSSL has no SM3");
  return md;
}

EVP_MD_CTX* thread_context() {
  thread_local std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(),
                                                                           EVP_MD_CTX_free);
  if (!ctx) throw std::runtime_error("OpenSSL: no digest context");
  return ctx.get();
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace

Digest sm3(std::string_view a, std::string_view b, std::string_view c, std::string_view d,
           std::string_view e) {
  EVP_MD_CTX* ctx = thread_context();
  Digest out{};
  unsigned int size = 0;
  bool ok = EVP_DigestInit_ex(ctx, sm3_md(), nullptr) == 1;
  for (std::string_view part : {a, b, c, d, e}) {
    if (ok && !part.empty()) ok = EVP_DigestUpdate(ctx, part.data(), part.size()) == 1;
  }
  if (!ok || EVP_DigestFinal_ex(ctx, out.data(), &size) != 1 || size != out.size()) {
    throw std::runtime_error("OpenSSL SM3 failed");
  }
  return out;
}

std::string to_hex(const Digest& digest) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(64);
  for (unsigned char byte : digest) {
    hex.push_back(kHex[byte >> 4]);
    hex.push_back(kHex[byte & 0x0f]);
  }
  return hex;
}

bool is_lower_hex64(std::string_view text) {
  if (text.size() != 64) return false;
  for (char c : text) {
    if (hex_value(c) < 0) return false;
  }
  return true;
}

Result<Seed> parse_seed(std::string_view hex, std::string_view field) {
  if (!is_lower_hex64(hex)) {
    return invalid(std::string(field), "invalid_format",
                   "应为 64 位小写十六进制 (must be 64 lowercase hex characters: 32 bytes)");
  }
  Seed seed{};
  for (std::size_t i = 0; i < seed.size(); ++i) {
    seed[i] = static_cast<unsigned char>(hex_value(hex[2 * i]) * 16 + hex_value(hex[2 * i + 1]));
  }
  return seed;
}

}  // namespace xj::spotcheck
