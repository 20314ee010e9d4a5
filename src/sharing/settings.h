// Delivery settings of pushed events (docs/sharing.md "Configuration"): which receiver URLs are
// allowed, the back-off, the dead-letter limit, the network timeout, an extra CA for https. Read
// once at start-up from `sharing.toml` in the configuration folder; every key is optional.
//
//   XJ_TRY(DeliverySettings s, load_delivery_settings(caps.config_dir));
//
//   [delivery]
//   allowed_targets = ["https://*", "http://127.0.0.1", "http://localhost", "http://[::1]"]
//   backoff_base_ms = 30000     # wait after the 1st failure; doubles after each further one …
//   backoff_cap_ms = 3600000    # … up to this
//   max_attempts = 10           # the 10th failure makes the delivery a dead letter
//   timeout_ms = 5000           # connect, send and receive, per attempt
//   batch = 100                 # deliveries read per round of a tick
//   ca_file = "ca/gov-root.pem" # PEM CA(s) trusted for https besides the system store; a relative
//                               # path is relative to the configuration folder (default: none)
//
// Plain value; thread-compatible.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace xj::sharing {

struct DeliverySettings {
  std::vector<std::string> allowed_targets = {"https://*", "http://127.0.0.1", "http://localhost",
                                              "http://[::1]"};
  std::chrono::milliseconds backoff_base{30'000};
  std::chrono::milliseconds backoff_cap{3'600'000};
  int max_attempts = 10;
  std::chrono::milliseconds timeout{5'000};
  int batch = 100;
  std::optional<std::filesystem::path> ca_file;  // absolute; loaded and checked at start-up
};

// The defaults overridden by `config_dir`/sharing.toml when that file exists; bad_request naming
// the file and line for a malformed file or a value out of range (attempts and batch ≥ 1,
// durations ≥ 0, timeout ≥ 1 ms, base ≤ cap, a ca_file that loads as PEM certificates).
Result<DeliverySettings> load_delivery_settings(const std::filesystem::path& config_dir);

}  // namespace xj::sharing
