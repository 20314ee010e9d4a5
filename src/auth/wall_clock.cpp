#include "auth/wall_clock.h"

#include <chrono>

namespace xj::auth {

WallClock system_wall_clock() {
  return [] {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  };
}

}  // namespace xj::auth
