#include "core/config_dir.h"

#include <cstdlib>

namespace xj::core {

std::filesystem::path config_dir() {
  if (const char* env = std::getenv("XJ_CONFIG_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  return XJ_SOURCE_CONFIG_DIR;
}

}  // namespace xj::core
