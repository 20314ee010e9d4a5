#include "support/pg_cluster.h"

#include <arpa/inet.h>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>

#include "support/child_process.h"

namespace xj::testing {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

constexpr int kStartAttempts = 3;  // a free port can be taken between probing and binding
constexpr auto kReadyTimeout = 60s;

// A loopback port nobody listens on right now.
Result<int> free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return fail(ErrorCode::internal, "socket() failed");
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  const bool ok = bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
                  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0;
  close(fd);
  if (!ok) return fail(ErrorCode::internal, "cannot find a free port");
  return static_cast<int>(ntohs(addr.sin_port));
}

std::optional<std::string> pg_config_bindir() {
  FILE* pipe = popen("pg_config --bindir 2>/dev/null", "r");
  if (pipe == nullptr) return std::nullopt;
  char line[4096] = {};
  const bool read = fgets(line, sizeof line, pipe) != nullptr;
  pclose(pipe);
  if (!read) return std::nullopt;
  std::string dir(line);
  while (!dir.empty() && (dir.back() == '\n' || dir.back() == '\r')) dir.pop_back();
  return dir;
}

}  // namespace

std::optional<fs::path> find_pg_bindir() {
  const fs::path debian = "/usr/lib/postgresql/15/bin";
  if (fs::exists(debian / "initdb") && fs::exists(debian / "postgres")) return debian;
  if (auto dir = pg_config_bindir(); dir && fs::exists(fs::path(*dir) / "initdb")) return *dir;
  return std::nullopt;
}

Result<PgCluster*> PgCluster::instance() {
  static Result<std::unique_ptr<PgCluster>> cluster = start();
  if (!cluster) return fail(cluster.error());
  return cluster->get();
}

Result<std::unique_ptr<PgCluster>> PgCluster::start() {
  const auto began = std::chrono::steady_clock::now();
  const std::optional<fs::path> bindir = find_pg_bindir();
  if (!bindir) return fail(ErrorCode::internal, "PostgreSQL 15 is not installed (no initdb)");
  std::unique_ptr<PgCluster> cluster(new PgCluster());
  if (geteuid() == 0) {
    const passwd* pw = getpwnam("postgres");
    if (pw == nullptr) return fail(ErrorCode::internal, "running as root and no OS user postgres");
    cluster->uid_ = pw->pw_uid;
    cluster->gid_ = pw->pw_gid;
    cluster->switch_user_ = true;
  }
  std::string pattern = (fs::temp_directory_path() / "xj-pg-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) return fail(ErrorCode::internal, "mkdtemp failed");
  cluster->dir_ = pattern;  // from here on the destructor removes it
  if (cluster->switch_user_ && chown(pattern.c_str(), cluster->uid_, cluster->gid_) != 0) {
    return fail(ErrorCode::internal, "cannot chown " + pattern + " to postgres");
  }
  XJ_CHECK(cluster->start_server(*bindir));
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - began;
  std::fprintf(stderr, "pg_cluster: PostgreSQL started in %.2f s on 127.0.0.1:%d (%s)\n",
               took.count(), cluster->port_, cluster->dir_.c_str());
  return cluster;
}

Status PgCluster::start_server(const fs::path& bindir) {
  SpawnOptions options{dir_, dir_ / "server.log", std::nullopt, false};
  if (switch_user_) options.user = std::make_pair(uid_, gid_);
  const fs::path data = dir_ / "data";
  XJ_TRY(pid_t initdb, spawn({(bindir / "initdb").string(), "-D", data.string(), "-A", "trust",
                              "-U", "xj", "--encoding", "UTF8", "--no-locale", "--no-sync"},
                             options));
  if (wait_exit(initdb, 120s) != 0) {
    return fail(ErrorCode::internal, "initdb failed:\n" + tail_of(options.log));
  }
  options.die_with_parent = true;
  for (int attempt = 1;; ++attempt) {
    XJ_TRY(port_, free_port());
    XJ_TRY(
        server_,
        spawn({(bindir / "postgres").string(), "-D", data.string(), "-p", std::to_string(port_),
               "-k", dir_.string(), "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c",
               "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=200"},
              options));
    const std::string ping = url("postgres") + "?connect_timeout=5";
    const auto deadline = std::chrono::steady_clock::now() + kReadyTimeout;
    while (std::chrono::steady_clock::now() < deadline) {
      if (PQping(ping.c_str()) == PQPING_OK) return {};
      if (wait_exit(server_, 50ms)) break;  // exited: port taken, or a real failure
    }
    if (!wait_exit(server_, 0ms)) {  // still running yet not answering
      kill(server_, SIGQUIT);
      wait_exit(server_, 10s);
    }
    server_ = -1;
    if (attempt == kStartAttempts) {
      return fail(ErrorCode::internal, "PostgreSQL did not start:\n" + tail_of(options.log));
    }
  }
}

PgCluster::~PgCluster() {
  if (server_ > 0) {
    kill(server_, SIGINT);  // fast shutdown: disconnects clients, no waiting for them
    if (!wait_exit(server_, 30s)) {
      kill(server_, SIGKILL);
      wait_exit(server_, 5s);
    }
  }
  std::error_code ignored;
  if (!dir_.empty()) fs::remove_all(dir_, ignored);
}

std::string PgCluster::url(const std::string& database) const {
  return "postgresql://xj@127.0.0.1:" + std::to_string(port_) + "/" + database;
}

Result<std::string> PgCluster::create_database() {
  const std::string name = "xj_test_" + std::to_string(++next_database_);
  PGconn* conn = PQconnectdb(url("postgres").c_str());
  std::string error;
  if (PQstatus(conn) != CONNECTION_OK) {
    error = PQerrorMessage(conn);
  } else {
    PGresult* r = PQexec(conn, ("CREATE DATABASE " + name).c_str());
    if (PQresultStatus(r) != PGRES_COMMAND_OK) error = PQresultErrorMessage(r);
    PQclear(r);
  }
  PQfinish(conn);
  if (!error.empty()) return fail(ErrorCode::internal, "CREATE DATABASE " + name + ": " + error);
  return url(name);
}

}  // namespace xj::testing
