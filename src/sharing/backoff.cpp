#include "sharing/backoff.h"

namespace xj::sharing {

std::chrono::milliseconds backoff_after(int failed_attempts, std::chrono::milliseconds base,
                                        std::chrono::milliseconds cap) {
  std::chrono::milliseconds wait = base;
  for (int n = 1; n < failed_attempts && wait < cap; ++n) wait *= 2;
  return wait < cap ? wait : cap;
}

bool is_dead(int failed_attempts, int max_attempts) { return failed_attempts >= max_attempts; }

}  // namespace xj::sharing
