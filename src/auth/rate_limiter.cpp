#include "auth/rate_limiter.h"

#include <algorithm>

namespace xj::auth {

RateLimiter::RateLimiter(RateLimit limit, std::size_t max_keys)
    : limit_(limit), max_keys_(max_keys) {}

std::optional<double> RateLimiter::take(std::string_view key, double now) {
  std::lock_guard lock(mutex_);
  auto it = buckets_.find(std::string(key));
  if (it == buckets_.end()) {
    if (buckets_.size() >= max_keys_) prune(now);
    it = buckets_.emplace(std::string(key), Bucket{limit_.burst, now}).first;
  }
  Bucket& b = it->second;
  b.tokens = std::min(limit_.burst, b.tokens + std::max(0.0, now - b.updated) * limit_.rate);
  b.updated = now;
  if (b.tokens >= 1.0) {
    b.tokens -= 1.0;
    return std::nullopt;
  }
  return (1.0 - b.tokens) / limit_.rate;
}

void RateLimiter::prune(double now) {
  std::erase_if(buckets_, [&](const auto& entry) {
    const Bucket& b = entry.second;
    return b.tokens + (now - b.updated) * limit_.rate >= limit_.burst;
  });
}

}  // namespace xj::auth
