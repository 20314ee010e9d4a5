// Starting and stopping helper programs (initdb, postgres) from the test harness.
//
// spawn() forks and execs argv[0] (a path) with stdin from /dev/null and stdout/stderr appended
// to `log`, working directory `cwd`, optionally as another OS user, optionally receiving
// SIGQUIT when the calling thread dies. Thread-safe (no shared state).
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace xj::testing {

struct SpawnOptions {
  std::filesystem::path cwd;
  std::filesystem::path log;
  std::optional<std::pair<uid_t, gid_t>> user;  // switch to this uid/gid (requires root)
  bool die_with_parent = false;
};

// The child's pid; fails when the log cannot be opened or fork fails. exec failures show as
// exit status 127.
Result<pid_t> spawn(const std::vector<std::string>& argv, const SpawnOptions& options);

// The child's exit status (or 128 + signal) once it has exited; nullopt when it is still running
// after `timeout` (zero: just look).
std::optional<int> wait_exit(pid_t pid, std::chrono::milliseconds timeout);

// The last `max_bytes` of a text file, for error messages.
std::string tail_of(const std::filesystem::path& file, std::size_t max_bytes = 2000);

}  // namespace xj::testing
