// Settings of one run of the program: the command-line flags every command shares (api.md CLI:
// --db, --today, --config) merged over the configuration file.
//
// The configuration file is TOML (config/xinjian.toml is the documented default):
//   [server]   listen = "127.0.0.1:8080", io_threads = 0 (0 = one per core), worker_threads = 0
//   [database] url = "sqlite:var/xinjian.db", pool = 4
//   [security] session_hours = 8, public_rate = 20.0, public_burst = 60.0, trusted_proxies = []
// A flag given on the command line wins over the file. Fails at start-up with a message naming
// the file and line (exit code 2).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace xj::cli {

struct Settings {
  std::string db_url = "sqlite:var/xinjian.db";
  int db_pool = 4;
  std::optional<std::string> today;  // --today YYYY-MM-DD
  std::string listen = "127.0.0.1:8080";
  int io_threads = 0;
  int worker_threads = 0;
  std::filesystem::path config_dir;  // holidays/, models/, uscc-legacy.txt
  double session_hours = 8;          // sliding session lifetime
  double public_rate = 20;           // public requests per second per client address
  double public_burst = 60;          // and the bucket size
  std::vector<std::string> trusted_proxies;  // whose X-Forwarded-For counts (addresses, CIDR)
};

// Reads `file` (when given) into `settings`; the folder of the file becomes the config folder.
Status load_config_file(const std::filesystem::path& file, Settings& settings);

}  // namespace xj::cli
