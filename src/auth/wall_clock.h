// WallClock: the current time as Unix seconds, for session expiry, login lockouts and audit
// timestamps. Injected so that tests move time forward instead of sleeping.
//
//   WallClock clock = system_wall_clock();
//   std::int64_t now = clock();
//
// The system clock is thread-safe; an injected one must be too if shared between threads.
#pragma once

#include <cstdint>
#include <functional>

namespace xj::auth {

using WallClock = std::function<std::int64_t()>;

// std::chrono::system_clock in whole seconds since 1970-01-01T00:00:00Z.
WallClock system_wall_clock();

}  // namespace xj::auth
