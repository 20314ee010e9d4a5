#include "auth/client_address.h"

#include <arpa/inet.h>

#include <algorithm>
#include <optional>

#include "core/text.h"

namespace xj::auth {
namespace {

// 4 bytes for IPv4, 16 for IPv6, nullopt for anything else. "::ffff:a.b.c.d" becomes IPv4.
std::optional<std::string> address_bytes(std::string_view text) {
  std::string s(text);
  unsigned char buf[16];
  if (inet_pton(AF_INET, s.c_str(), buf) == 1) return std::string(reinterpret_cast<char*>(buf), 4);
  if (inet_pton(AF_INET6, s.c_str(), buf) == 1) {
    static constexpr unsigned char kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::equal(buf, buf + 12, kMapped)) return std::string(reinterpret_cast<char*>(buf + 12), 4);
    return std::string(reinterpret_cast<char*>(buf), 16);
  }
  return std::nullopt;
}

}  // namespace

Result<TrustedProxies> TrustedProxies::parse(const std::vector<std::string>& entries) {
  TrustedProxies out;
  for (const std::string& entry : entries) {
    auto slash = entry.find('/');
    auto bytes = address_bytes(entry.substr(0, slash));
    int bits = bytes ? static_cast<int>(bytes->size() * 8) : 0;
    bool ok = bytes.has_value();
    if (ok && slash != std::string::npos) {
      try {
        std::size_t used = 0;
        int prefix = std::stoi(entry.substr(slash + 1), &used);
        ok = used == entry.size() - slash - 1 && prefix >= 0 && prefix <= bits;
        bits = prefix;
      } catch (const std::exception&) {
        ok = false;
      }
    }
    if (!ok) {
      return fail(ErrorCode::bad_request,
                  "可信代理应为地址或网段 (a trusted proxy must be an address or CIDR block): " + entry);
    }
    out.blocks_.push_back({*bytes, bits});
  }
  return out;
}

bool TrustedProxies::contains(std::string_view address) const {
  auto bytes = address_bytes(address);
  if (!bytes) return false;
  for (const Block& b : blocks_) {
    if (b.bytes.size() != bytes->size()) continue;
    const int full = b.prefix_bits / 8, rest = b.prefix_bits % 8;
    if (b.bytes.compare(0, full, *bytes, 0, full) != 0) continue;
    if (rest == 0) return true;
    const unsigned mask = (0xffu << (8 - rest)) & 0xffu;
    if ((static_cast<unsigned char>(b.bytes[full]) & mask) ==
        (static_cast<unsigned char>((*bytes)[full]) & mask)) {
      return true;
    }
  }
  return false;
}

std::string client_address(std::string_view peer, std::string_view x_forwarded_for,
                           const TrustedProxies& trusted) {
  if (!trusted.contains(peer)) return std::string(peer);
  std::string_view rest = x_forwarded_for;
  std::string client(peer);
  while (!rest.empty()) {
    auto comma = rest.rfind(',');
    std::string_view hop = core::trim(comma == std::string_view::npos ? rest : rest.substr(comma + 1));
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(0, comma);
    if (!address_bytes(hop)) break;  // garbage: keep the last address we could trust
    client = std::string(hop);
    if (!trusted.contains(hop)) break;
  }
  return client;
}

}  // namespace xj::auth
