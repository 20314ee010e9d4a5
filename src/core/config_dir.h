// Where the configuration directory (config/: holiday calendar, legacy USCC list, risk models)
// is at run time: $XJ_CONFIG_DIR when set and not empty, else the source tree's config/ folder
// compiled in as XJ_SOURCE_CONFIG_DIR. The CLI's --config overrides both by passing its own path
// to the loaders. Reads the environment on every call; does not check that the folder exists.
#pragma once

#include <filesystem>

namespace xj::core {

std::filesystem::path config_dir();

}  // namespace xj::core
