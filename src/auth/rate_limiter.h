// Token-bucket rate limiting per key (a client address), in memory (issue 3 "Abuse limits").
// Each key's bucket holds up to `burst` tokens and refills at `rate` per second; a request takes
// one token or is refused with the seconds until one is available (api.md defaults: 20/s, burst
// 60). Per server process: behind a load balancer each server limits on its own.
//
//   RateLimiter limiter({20, 60});
//   if (auto wait = limiter.take(address, steady_now_seconds)) → 429, Retry-After: ceil(*wait)
//
// Buckets that have refilled completely are dropped once the map holds `max_keys`, so memory
// stays bounded. Thread-safe (one mutex guards the map).
#pragma once

#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace xj::auth {

struct RateLimit {
  double rate = 20;   // tokens per second
  double burst = 60;  // bucket capacity
};

class RateLimiter {
 public:
  explicit RateLimiter(RateLimit limit, std::size_t max_keys = 100'000);

  // Takes a token for `key` at time `now` (seconds on a monotonic clock). nullopt when allowed;
  // otherwise the seconds to wait (> 0).
  std::optional<double> take(std::string_view key, double now);

 private:
  struct Bucket {
    double tokens;
    double updated;
  };
  void prune(double now);  // REQUIRES: mutex_ held

  const RateLimit limit_;
  const std::size_t max_keys_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;  // guarded by mutex_
};

}  // namespace xj::auth
