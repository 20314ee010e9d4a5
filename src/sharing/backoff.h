// Retry schedule of failed deliveries (docs/sharing.md "Delivery"): exponential back-off with a
// cap, and the dead-letter limit.
//
//   if (is_dead(attempts, settings.max_attempts)) … else next = now + backoff_after(attempts, …);
//
// Pure; thread-safe.
#pragma once

#include <chrono>

namespace xj::sharing {

// The wait after the n-th consecutive failed attempt (n ≥ 1): base × 2^(n−1), at most cap.
std::chrono::milliseconds backoff_after(int failed_attempts, std::chrono::milliseconds base,
                                        std::chrono::milliseconds cap);

// Whether a delivery that has failed `failed_attempts` times becomes a dead letter.
bool is_dead(int failed_attempts, int max_attempts);

}  // namespace xj::sharing
