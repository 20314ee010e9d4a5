// A throwaway PostgreSQL cluster for the tests of one process.
//
// instance() starts it on first call: initdb (trust authentication, superuser `xj`, UTF8) into a
// new temporary folder, then the server on 127.0.0.1 and a free port, with its Unix socket in
// that folder and fsync off. As root it runs as the OS user `postgres`, since PostgreSQL refuses
// to run as root. The server is a child of the calling thread and receives SIGQUIT if that
// thread dies (a crashed test leaves no server behind); call instance() first from the main
// thread. At process exit the server is stopped and the folder removed. Thread-safe.
#pragma once

#include <sys/types.h>

#include <atomic>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "core/result.h"

namespace xj::testing {

// The folder holding initdb and postgres: /usr/lib/postgresql/15/bin, else `pg_config --bindir`;
// nullopt when PostgreSQL is not installed.
std::optional<std::filesystem::path> find_pg_bindir();

class PgCluster {
 public:
  // The process's cluster, started on the first call; the error says why it could not start.
  static Result<PgCluster*> instance();

  PgCluster(const PgCluster&) = delete;
  PgCluster& operator=(const PgCluster&) = delete;
  ~PgCluster();  // stops the server (fast shutdown) and removes the folder

  // Creates an empty database and returns its URL, postgresql://xj@127.0.0.1:PORT/xj_test_N.
  Result<std::string> create_database();

 private:
  PgCluster() = default;
  static Result<std::unique_ptr<PgCluster>> start();
  Status start_server(const std::filesystem::path& bindir);
  std::string url(const std::string& database) const;

  std::filesystem::path dir_;  // owned by the server's OS user when running as root
  uid_t uid_ = 0;
  gid_t gid_ = 0;
  bool switch_user_ = false;
  pid_t server_ = -1;
  int port_ = 0;
  std::atomic<int> next_database_{0};
};

}  // namespace xj::testing
