// The client address of a request, for rate limits and login throttling: the peer address,
// unless the peer is a trusted proxy — then X-Forwarded-For is read from the right, skipping
// trusted proxies, and the first address that is not one is the client. Without trusted
// proxies the header is ignored (anyone can write it).
//
// Trusted proxies are addresses ("10.0.0.5", "::1") or CIDR blocks ("10.0.0.0/8",
// "fd00::/8"). Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace xj::auth {

class TrustedProxies {
 public:
  // bad_request naming the entry for anything that is not an address or a CIDR block.
  static Result<TrustedProxies> parse(const std::vector<std::string>& entries);

  bool contains(std::string_view address) const;
  bool empty() const { return blocks_.empty(); }

 private:
  struct Block {
    std::string bytes;  // 4 or 16 bytes, network order
    int prefix_bits;
  };
  std::vector<Block> blocks_;
};

std::string client_address(std::string_view peer, std::string_view x_forwarded_for,
                           const TrustedProxies& trusted);

}  // namespace xj::auth
