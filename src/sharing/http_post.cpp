#include "sharing/http_post.h"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace xj::sharing {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t kMaxResponse = 64 * 1024;  // we only need the status line

class Socket {
 public:
  explicit Socket(int fd) : fd_(fd) {}
  ~Socket() {
    if (fd_ >= 0) ::close(fd_);
  }
  Socket(const Socket&) = delete;
  Socket& operator=(const Socket&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_;
};

// Waits for `events` on fd until the deadline: false on timeout or error.
bool wait_for(int fd, short events, Clock::time_point deadline) {
  for (;;) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return false;
    pollfd p{fd, events, 0};
    const int n = ::poll(&p, 1, static_cast<int>(left));
    if (n > 0) return true;
    if (n < 0 && errno != EINTR) return false;
  }
}

// A connected non-blocking socket, or -1 with `error` set.
int connect_to(const TargetUrl& url, Clock::time_point deadline, std::string& error) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_NUMERICSERV;
  addrinfo* found = nullptr;
  const std::string port = std::to_string(url.port);
  if (int rc = ::getaddrinfo(url.resolver_host().c_str(), port.c_str(), &hints, &found); rc != 0) {
    error = std::string("resolve failed: ") + ::gai_strerror(rc);
    return -1;
  }
  error = "connect failed";
  int connected = -1;
  for (addrinfo* a = found; a && connected < 0; a = a->ai_next) {
    const int fd =
        ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
    if (fd < 0) continue;
    int rc = ::connect(fd, a->ai_addr, a->ai_addrlen);
    if (rc < 0 && errno == EINPROGRESS) {
      int so_error = ETIMEDOUT;
      socklen_t len = sizeof so_error;
      if (wait_for(fd, POLLOUT, deadline)) ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &so_error, &len);
      rc = so_error == 0 ? 0 : -1;
      errno = so_error;
    }
    if (rc == 0) {
      connected = fd;
    } else {
      error = std::string("connect failed: ") + std::strerror(errno);
      ::close(fd);
    }
  }
  ::freeaddrinfo(found);
  return connected;
}

bool send_all(int fd, std::string_view data, Clock::time_point deadline) {
  while (!data.empty()) {
    const ssize_t n = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (n > 0) {
      data.remove_prefix(static_cast<std::size_t>(n));
    } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
      if (!wait_for(fd, POLLOUT, deadline)) return false;
    } else {
      return false;
    }
  }
  return true;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Whether `response` holds a complete message (headers plus the body they announce).
bool complete(const std::string& response) {
  const auto head_end = response.find("\r\n\r\n");
  if (head_end == std::string::npos) return false;
  const std::string head = lower(std::string_view(response).substr(0, head_end));
  const std::size_t body = response.size() - head_end - 4;
  if (auto at = head.find("\r\ncontent-length:"); at != std::string::npos) {
    return body >= std::strtoull(head.c_str() + at + 17, nullptr, 10);
  }
  if (head.find("\r\ntransfer-encoding:") != std::string::npos) {
    return response.ends_with("0\r\n\r\n");
  }
  return false;  // delimited by the end of the connection
}

// The status code of "HTTP/1.x NNN …", or nullopt.
std::optional<int> status_of(const std::string& response) {
  if (response.size() < 12 || !response.starts_with("HTTP/1.")) return std::nullopt;
  int code = 0;
  for (std::size_t i = 9; i < 12; ++i) {
    if (response[i] < '0' || response[i] > '9') return std::nullopt;
    code = code * 10 + (response[i] - '0');
  }
  return code;
}

}  // namespace

PostOutcome http_post(const TargetUrl& url,
                      const std::vector<std::pair<std::string, std::string>>& headers,
                      std::string_view body, std::chrono::milliseconds timeout) {
  PostOutcome out;
  if (url.scheme != "http") {
    out.error = "https 投递需要 TLS，本构建未启用 (TLS not available in this build)";
    return out;
  }
  const auto deadline = Clock::now() + timeout;
  Socket socket(connect_to(url, deadline, out.error));
  if (socket.fd() < 0) return out;
  std::string request = "POST " + url.target + " HTTP/1.1\r\nHost: " + url.host_header() +
                        "\r\nUser-Agent: xinjian-sharing/1\r\n"
                        "Content-Type: application/json; charset=utf-8\r\nContent-Length: " +
                        std::to_string(body.size()) + "\r\nConnection: close\r\n";
  for (const auto& [name, value] : headers) request += name + ": " + value + "\r\n";
  request += "\r\n";
  request += body;
  if (!send_all(socket.fd(), request, deadline)) {
    out.error = "send failed or timed out";
    return out;
  }
  std::string response;
  char buffer[4096];
  while (response.size() < kMaxResponse && !complete(response)) {
    const ssize_t n = ::recv(socket.fd(), buffer, sizeof buffer, 0);
    if (n > 0) {
      response.append(buffer, static_cast<std::size_t>(n));
    } else if (n == 0) {
      break;
    } else if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
      if (!wait_for(socket.fd(), POLLIN, deadline)) break;
    } else {
      break;
    }
  }
  out.status = status_of(response);
  if (!out.status)
    out.error = response.empty() ? "no response (timeout or closed)" : "bad response";
  return out;
}

}  // namespace xj::sharing
